import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { BusinessNumberScheme, LIMITS, businessNumberSchemeLabels } from '@clientele/shared';
import type { BusinessNumberScheme as Scheme } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { BUSINESS_NUMBER_EXAMPLES } from '../model/business-numbers';

type Row = { scheme: Scheme; value: string };

interface BusinessNumbersFieldProps {
  idPrefix: string;
  label: string;
  value: readonly Row[];
  onChange: (rows: Row[]) => void;
  errorFor: (index: number) => string | undefined;
  onBlur: (index: number) => void;
  /** About the list as a whole (too many). */
  error?: string;
  /** The client's country decides which register comes first for a new row. */
  country: string;
}

const SCHEMES = Object.values(BusinessNumberScheme) as Scheme[];

/** Registration numbers, one row each: the register, then the number, checked by the register's rule. */
export function BusinessNumbersField({
  idPrefix,
  label,
  value,
  onChange,
  errorFor,
  onBlur,
  error,
  country,
}: BusinessNumbersFieldProps) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const update = (index: number, row: Partial<Row>) =>
    onChange(value.map((current, i) => (i === index ? { ...current, ...row } : current)));
  const defaultScheme: Scheme = country.toUpperCase() === 'FR' ? 'SIREN_SIRET' : 'NEQ';

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1.5 }}>
        {label}
      </Typography>
      <Stack sx={{ gap: 2 }}>
        {value.map((row, index) => {
          const rowError = errorFor(index);
          return (
            <Box
              key={index}
              sx={{
                display: 'grid',
                gap: 1,
                gridTemplateColumns: { xs: '1fr auto', sm: 'minmax(10rem, 14rem) 1fr auto' },
                alignItems: 'start',
              }}
            >
              <TextField
                select
                id={`${idPrefix}-scheme-${index}`}
                label={t('info.numberScheme', { n: index + 1 })}
                value={row.scheme}
                onChange={(event) => update(index, { scheme: event.target.value as Scheme })}
                sx={{ gridColumn: { xs: '1 / 2', sm: 'auto' } }}
              >
                {SCHEMES.map((scheme) => (
                  <MenuItem key={scheme} value={scheme}>
                    {businessNumberSchemeLabels[locale][scheme]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                id={`${idPrefix}-value-${index}`}
                label={t('info.numberValue', { n: index + 1 })}
                value={row.value}
                onChange={(event) => update(index, { value: event.target.value })}
                onBlur={() => onBlur(index)}
                error={!!rowError}
                helperText={rowError ?? BUSINESS_NUMBER_EXAMPLES[row.scheme]}
                sx={{ gridColumn: { xs: '1 / 2', sm: 'auto' }, gridRow: { xs: 2, sm: 'auto' } }}
                slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
              />
              <IconButton
                aria-label={t('info.removeNumber', { n: index + 1 })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                sx={{ mt: 0.25, gridColumn: { xs: '2 / 3', sm: 'auto' }, gridRow: { xs: '1', sm: 'auto' } }}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          );
        })}
        {error ? (
          <Typography variant="caption" color="error" role="alert">
            {error}
          </Typography>
        ) : null}
        <Box>
          <Button
            startIcon={<AddIcon />}
            onClick={() => onChange([...value, { scheme: defaultScheme, value: '' }])}
            disabled={value.length >= LIMITS.businessNumbers}
          >
            {t('info.addNumber')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
