import { Autocomplete, TextField } from '@mui/material';

/** The zones this browser knows, the usual ones first. */
const COMMON = [
  'America/Toronto',
  'America/Montreal',
  'Europe/Paris',
  'America/Vancouver',
  'America/Halifax',
];

function zones(): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ([] as string[]);
  return [
    ...COMMON.filter((zone) => known.includes(zone) || !known.length),
    ...known.filter((z) => !COMMON.includes(z)),
  ];
}

const ZONES = zones();

interface TimeZoneFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  error?: string;
  helperText?: string;
}

/** An IANA time zone (America/Toronto); one the browser does not list can still be typed. */
export function TimeZoneField({ id, label, value, onChange, onBlur, error, helperText }: TimeZoneFieldProps) {
  return (
    <Autocomplete<string, false, false, true>
      id={id}
      freeSolo
      options={ZONES}
      value={value || null}
      inputValue={value}
      onInputChange={(_, text, reason) => {
        if (reason !== 'reset') onChange(text);
      }}
      onChange={(_, zone) => onChange(zone ?? '')}
      onBlur={onBlur}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, spellCheck: false, autoComplete: 'off' },
          }}
        />
      )}
    />
  );
}
