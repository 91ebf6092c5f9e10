import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CANADIAN_PROVINCES } from '@clientele/shared';
import { isCanada } from '../model/new-client-form';

/** One address part as a form hands it to the fields: its value, its error, and how to change it. */
export interface AddressFieldBinding {
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** Two fields side by side on a wide screen, one above the other on a phone. */
export const twoColumns = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
} as const;

/** A binding as a TextField's props: the error shown under the field. */
export function textFieldProps({ id, value, error, onChange, onBlur }: AddressFieldBinding) {
  return {
    id,
    value,
    error: !!error,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
    helperText: error,
  };
}

/** The province, picked from the official list in Canada; elsewhere the region as people write it. */
export function RegionField({ binding, country }: { binding: AddressFieldBinding; country: string }) {
  const { t } = useTranslation('clients');
  if (!isCanada(country)) {
    return <TextField label={t('fields.region')} autoComplete="off" {...textFieldProps(binding)} />;
  }
  return (
    <TextField
      select
      label={t('fields.province')}
      {...textFieldProps(binding)}
      value={binding.value.toUpperCase()}
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
  );
}
