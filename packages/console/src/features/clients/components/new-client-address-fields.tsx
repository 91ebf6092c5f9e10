import { Box, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotice, type Wording } from '@/components/use-notice';
import { AddressLineField, type AddressSuggestion } from '@/features/addresses/components/address-line-field';
import { usePostalCodePlace, type PostalCodePlace } from '@/features/addresses/hooks/use-postal-code-place';
import type { AddressPart } from '../model/new-client-form';
import { RegionField, textFieldProps, twoColumns, type AddressFieldBinding } from './address-field-parts';
import { CountryField } from './country-field';

interface NewClientAddressFieldsProps {
  bind: (part: AddressPart) => AddressFieldBinding;
  country: string;
  /** Fills several parts at once: a picked suggestion, or the place of a postal code. */
  onFill: (parts: Partial<Record<AddressPart, string>>) => void;
  /** The address as typed, to fill only what is still empty from a postal code. */
  current: Record<AddressPart, string>;
  /** Partners give no second line (seed 000 asks for address, city, postal code). */
  showLine2: boolean;
  legend: string;
}

/**
 * The new client's address: suggestions while typing the first line, and a
 * known postal code fills the city and province still empty. Each fill is
 * announced, so a screen reader user knows fields changed below them.
 */
export function NewClientAddressFields({
  bind,
  country,
  onFill,
  current,
  showLine2,
  legend,
}: NewClientAddressFieldsProps) {
  const { t } = useTranslation(['clients', 'partners']);
  // How to word it, not its words: what the status line says follows a change of language.
  const [announcement, announce] = useNotice<Wording<['clients', 'partners']>>();
  const field = (part: AddressPart) => textFieldProps(bind(part));
  const line1 = bind('line1');
  const countryBinding = bind('country');

  const pick = (suggestion: AddressSuggestion) => {
    onFill({
      line1: suggestion.line1,
      city: suggestion.city ?? '',
      region: suggestion.region ?? '',
      postalCode: suggestion.postalCode ?? '',
      ...(suggestion.country ? { country: suggestion.country } : {}),
    });
    announce((t) => t('partners:address.filledFromSuggestion'));
  };

  const placeFound = (place: PostalCodePlace) => {
    const fill: Partial<Record<AddressPart, string>> = {};
    if (place.city && !current.city.trim()) fill.city = place.city;
    if (place.region && !current.region.trim()) fill.region = place.region;
    if (Object.keys(fill).length === 0) return;
    onFill(fill);
    announce((t) => t('partners:address.filledFromPostalCode'));
  };
  const lookup = usePostalCodePlace(current.postalCode, country, placeFound);

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 2 }}>
      <Typography component="legend" variant="h2" sx={{ mb: 2 }}>
        {legend}
      </Typography>
      <AddressLineField
        id={line1.id}
        label={t('clients:fields.line1')}
        value={line1.value}
        country={country}
        error={line1.error}
        onChange={line1.onChange}
        onBlur={line1.onBlur}
        onPick={pick}
      />
      {showLine2 ? (
        <TextField
          label={t('clients:fields.line2')}
          autoComplete="off"
          {...field('line2')}
          helperText={field('line2').helperText ?? t('clients:form.line2Help')}
        />
      ) : null}
      <Box sx={twoColumns}>
        <TextField
          label={t('clients:fields.postalCode')}
          autoComplete="off"
          {...field('postalCode')}
          helperText={
            field('postalCode').helperText ??
            (lookup.loading ? t('partners:address.lookingUp') : t('partners:address.postalCodeHelp'))
          }
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
        />
        <CountryField
          id={countryBinding.id}
          value={countryBinding.value}
          error={countryBinding.error}
          onChange={countryBinding.onChange}
          onBlur={countryBinding.onBlur}
        />
      </Box>
      <Box sx={twoColumns}>
        <TextField label={t('clients:fields.city')} autoComplete="off" {...field('city')} />
        <RegionField binding={bind('region')} country={country} />
      </Box>
      <Typography role="status" variant="caption" color="text.secondary" sx={{ minHeight: '1em', mt: -1 }}>
        {announcement?.(t)}
      </Typography>
    </Box>
  );
}
