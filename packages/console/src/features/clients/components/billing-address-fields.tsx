import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CANADIAN_PROVINCES } from '@clientele/shared';
import type { AddressPart } from '../model/new-client-form';
import { isCanada } from '../model/new-client-form';
import { CountryField } from './country-field';

export interface AddressFieldBinding {
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

interface BillingAddressFieldsProps {
  bind: (part: AddressPart) => AddressFieldBinding;
  country: string;
  /** The fieldset's title; the new-client dialog's by default. */
  legend?: string;
}

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } as const;

/** An address as people write it; in Canada the province is picked from the official list. */
export function BillingAddressFields({ bind, country, legend }: BillingAddressFieldsProps) {
  const { t } = useTranslation('clients');
  const field = (part: AddressPart) => {
    const { id, value, error, onChange, onBlur } = bind(part);
    return {
      id,
      value,
      error: !!error,
      onChange: (event: { target: { value: string } }) => onChange(event.target.value),
      onBlur,
      helperText: error,
    };
  };
  const region = bind('region');
  const canadian = isCanada(country);
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
        {canadian ? (
          <TextField
            select
            label={t('fields.province')}
            {...field('region')}
            value={region.value.toUpperCase()}
          >
            <MenuItem value="">
              <em>{t('form.noProvince')}</em>
            </MenuItem>
            {CANADIAN_PROVINCES.map((code) => (
              <MenuItem key={code} value={code}>
                {t(`provinces.${code}`)}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField label={t('fields.region')} autoComplete="off" {...field('region')} />
        )}
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
