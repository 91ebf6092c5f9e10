import { Box, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AddressPart } from '../model/new-client-form';
import { RegionField, textFieldProps, twoColumns, type AddressFieldBinding } from './address-field-parts';
import { CountryField } from './country-field';

export type { AddressFieldBinding } from './address-field-parts';

interface BillingAddressFieldsProps {
  bind: (part: AddressPart) => AddressFieldBinding;
  country: string;
  /** The fieldset's title; the new-client dialog's by default. */
  legend?: string;
}

/** An address as people write it; in Canada the province is picked from the official list. */
export function BillingAddressFields({ bind, country, legend }: BillingAddressFieldsProps) {
  const { t } = useTranslation('clients');
  const field = (part: AddressPart) => textFieldProps(bind(part));
  const countryBinding = bind('country');
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 2 }}>
      <Typography component="legend" variant="h2" sx={{ mb: 2 }}>
        {legend ?? t('form.addressSection')}
      </Typography>
      <TextField
        label={t('fields.line1')}
        autoComplete="off"
        {...field('line1')}
        helperText={field('line1').helperText ?? t('form.line1Help')}
      />
      <TextField
        label={t('fields.line2')}
        autoComplete="off"
        {...field('line2')}
        helperText={field('line2').helperText ?? t('form.line2Help')}
      />
      <Box sx={twoColumns}>
        <TextField label={t('fields.city')} autoComplete="off" {...field('city')} />
        <RegionField binding={bind('region')} country={country} />
      </Box>
      <Box sx={twoColumns}>
        <TextField
          label={t('fields.postalCode')}
          autoComplete="off"
          {...field('postalCode')}
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
    </Box>
  );
}
