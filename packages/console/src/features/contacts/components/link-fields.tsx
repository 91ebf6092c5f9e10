import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ContactType, contactTypeLabels } from '@clientele/shared';
import { FieldGrid } from '@/components/facts';
import type { ContactType as Type } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import type { LinkValues } from '../model/contact-form';

interface LinkFieldsProps {
  idPrefix: string;
  values: LinkValues;
  onChange: (values: LinkValues) => void;
  errorFor: (field: keyof LinkValues) => string | undefined;
  onBlur?: (field: keyof LinkValues) => void;
}

/** Title, department and role of a contact at this client. */
export function LinkFields({ idPrefix, values, onChange, errorFor, onBlur }: LinkFieldsProps) {
  const { t } = useTranslation('fields');
  const locale = useLocale();
  return (
    <FieldGrid columns={3}>
      <TextField
        id={`${idPrefix}-title`}
        label={t('link.title')}
        value={values.title}
        onChange={(event) => onChange({ ...values, title: event.target.value })}
        onBlur={() => onBlur?.('title')}
        error={!!errorFor('title')}
        helperText={errorFor('title')}
      />
      <TextField
        id={`${idPrefix}-department`}
        label={t('link.department')}
        value={values.department}
        onChange={(event) => onChange({ ...values, department: event.target.value })}
        onBlur={() => onBlur?.('department')}
        error={!!errorFor('department')}
        helperText={errorFor('department')}
      />
      <TextField
        select
        id={`${idPrefix}-type`}
        label={t('link.type')}
        value={values.type}
        onChange={(event) => onChange({ ...values, type: event.target.value as Type })}
        error={!!errorFor('type')}
        helperText={errorFor('type')}
      >
        {Object.values(ContactType).map((type) => (
          <MenuItem key={type} value={type}>
            {contactTypeLabels[locale][type]}
          </MenuItem>
        ))}
      </TextField>
    </FieldGrid>
  );
}
