import { Autocomplete, Box, TextField } from '@mui/material';
import { CURRENCIES } from '@clientele/shared';
import { useLocale } from '@/lib/i18n';
import { intlLocale } from '@/lib/format';

/** The currencies people pick most, first; any ISO 4217 code after them. */
const COMMON = ['CAD', 'EUR', 'USD', 'CHF', 'GBP'];
const OPTIONS = [...COMMON, ...CURRENCIES.filter((code) => !COMMON.includes(code))];

const names = new Map<string, Intl.DisplayNames>();

export function currencyName(code: string, locale: string): string {
  try {
    let display = names.get(locale);
    if (!display) {
      display = new Intl.DisplayNames([locale], { type: 'currency' });
      names.set(locale, display);
    }
    return display.of(code) ?? code;
  } catch {
    return code;
  }
}

interface CurrencyFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  error?: string;
  helperText?: string;
  /** Billing currency may be left empty (the client's own applies). */
  optional?: boolean;
}

/** An ISO 4217 code, chosen by code or by name in the reader's language. */
export function CurrencyField({
  id,
  label,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  optional,
}: CurrencyFieldProps) {
  const locale = intlLocale(useLocale());
  const describe = (code: string) => `${code} — ${currencyName(code, locale)}`;
  return (
    <Autocomplete<string, false, boolean>
      id={id}
      options={OPTIONS}
      value={value || null}
      disableClearable={!optional}
      onChange={(_, code) => onChange(code ?? '')}
      onBlur={onBlur}
      autoHighlight
      getOptionLabel={(code) => code}
      filterOptions={(options, state) => {
        const query = state.inputValue.trim().toLowerCase();
        if (!query || query === value.toLowerCase()) return options;
        return options.filter((code) => describe(code).toLowerCase().includes(query));
      }}
      renderOption={({ key, ...props }, code) => (
        <Box component="li" key={key} {...props}>
          {describe(code)}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? helperText ?? (value ? currencyName(value, locale) : undefined)}
        />
      )}
    />
  );
}
