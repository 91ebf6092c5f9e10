import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import PlaceOutlinedIcon from '@mui/icons-material/PlaceOutlined';
import { useTranslation } from 'react-i18next';
import type { AddressSuggestionsQuery } from '@/gql/graphql';
import { useAddressSuggestionsQuery } from '../api/address-suggestions-query';
import { useDebouncedValue } from '@/lib/use-debounced-value';

export type AddressSuggestion = AddressSuggestionsQuery['addressSuggestions'][number];

/** Fewer characters match too much to help (the API answers nothing under 3). */
const MIN_CHARS = 3;

interface AddressLineFieldProps {
  id: string;
  label: string;
  value: string;
  /** The country searched in; empty: anywhere. */
  country: string;
  onChange: (line1: string) => void;
  /** A suggestion was picked: the form fills the address from it. */
  onPick: (suggestion: AddressSuggestion) => void;
  onBlur: () => void;
  error?: string;
  helperText?: string;
  required?: boolean;
}

/** City, province and postal code of a suggestion, as a second line. */
export const placeOf = (s: AddressSuggestion): string =>
  [s.city, [s.region, s.postalCode].filter(Boolean).join(' '), s.country].filter(Boolean).join(', ');

/**
 * The first address line, with addresses suggested as one types (seed 000):
 * those on file and, when configured, a geocoder's. Typing stays free: a
 * suggestion is an offer, never a constraint.
 */
export function AddressLineField({
  id,
  label,
  value,
  country,
  onChange,
  onPick,
  onBlur,
  error,
  helperText,
  required,
}: AddressLineFieldProps) {
  const { t } = useTranslation('partners');
  const query = useDebouncedValue(value.trim(), 250);
  const enough = query.length >= MIN_CHARS;
  const validCountry = /^[A-Za-z]{2}$/.test(country.trim()) ? country.trim().toUpperCase() : null;
  const { data, previousData, loading } = useAddressSuggestionsQuery(query, validCountry, !enough);
  // While the next answer comes, the last one stays: the list does not flicker at each key.
  const options = enough ? ((data ?? previousData)?.addressSuggestions ?? []) : [];

  return (
    <Autocomplete<AddressSuggestion, false, false, true>
      id={id}
      freeSolo
      options={options}
      filterOptions={(all) => all}
      autoHighlight={false}
      value={null}
      inputValue={value}
      loading={enough && loading}
      loadingText={t('address.searching')}
      onInputChange={(_, text, reason) => {
        if (reason === 'input' || reason === 'clear') onChange(text);
      }}
      onChange={(_, choice) => {
        if (choice && typeof choice !== 'string') onPick(choice);
      }}
      onBlur={onBlur}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.line1)}
      // The same street line exists in several towns: the label alone would give two options one key.
      getOptionKey={(option) =>
        typeof option === 'string' ? option : `${option.line1}|${placeOf(option)}|${option.source}`
      }
      isOptionEqualToValue={() => false}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ gap: 1.5, alignItems: 'flex-start' }}>
          <PlaceOutlinedIcon fontSize="small" color="action" sx={{ mt: 0.25 }} aria-hidden />
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2">{option.line1}</Typography>
            <Typography variant="caption" color="text.secondary">
              {placeOf(option)}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={!!error}
          helperText={error ?? helperText ?? t('address.help')}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              autoComplete: 'off',
              'aria-required': required || undefined,
            },
          }}
        />
      )}
    />
  );
}
