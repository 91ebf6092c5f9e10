import { Autocomplete, Box, TextField, createFilterOptions } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { countryName } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** The countries our clients are in; any other ISO code can be typed. */
export const COMMON_COUNTRIES = ['CA', 'FR', 'US', 'BE', 'CH'] as const;

interface CountryFieldProps {
  id: string;
  value: string;
  onChange: (country: string) => void;
  onBlur: () => void;
  error?: string;
}

/**
 * A two-letter code with the usual countries offered. The code is what is
 * stored and typed; the name next to it confirms the choice in the reader's
 * language (`DE` → Allemagne).
 */
export function CountryField({ id, value, onChange, onBlur, error }: CountryFieldProps) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const name = value.length === 2 ? countryName(value, locale) : '';
  const matchByCodeOrName = createFilterOptions<string>({
    stringify: (code) => `${code} ${countryName(code, locale)}`,
  });

  return (
    <Autocomplete
      id={id}
      freeSolo
      onBlur={onBlur}
      autoHighlight={false}
      options={[...COMMON_COUNTRIES]}
      value={value || null}
      inputValue={value}
      onInputChange={(_, text) => onChange(text.toUpperCase())}
      onChange={(_, choice) => onChange((choice ?? '').toUpperCase())}
      filterOptions={(options, state) =>
        // An exact code already typed still shows the whole list, so it can be changed with a click.
        COMMON_COUNTRIES.includes(state.inputValue as (typeof COMMON_COUNTRIES)[number])
          ? options
          : matchByCodeOrName(options, state)
      }
      renderOption={({ key, ...props }, code) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1.5 }}>
          <Box component="span" sx={{ fontFamily: 'monospace', minWidth: 24 }}>
            {code}
          </Box>
          {countryName(code, locale)}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('fields.country')}
          error={!!error}
          helperText={error ?? (name && name !== value ? name : t('form.countryHelp'))}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, maxLength: 2, autoComplete: 'off' },
          }}
        />
      )}
    />
  );
}
