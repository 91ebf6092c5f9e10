import { useState } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useTranslation } from 'react-i18next';

/**
 * A secret shown this once (an API token, a webhook's signing secret): the
 * warning that it will not be shown again, the value selected on focus, and a
 * copy button that says whether copying worked.
 */
export function OneTimeSecret({
  label,
  value,
  warning,
  usage,
}: {
  label: string;
  value: string;
  warning: string;
  /** How a program uses it. */
  usage?: string;
}) {
  const { t } = useTranslation('common');
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <>
      <Alert severity="warning">{warning}</Alert>
      <TextField
        label={label}
        value={value}
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } } }}
        onFocus={(event) => event.target.select()}
        autoFocus
      />
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={() => void copySecret()}>
          {t('secret.copy')}
        </Button>
        <Typography role="status" variant="body2" color="text.secondary">
          {copy === 'copied' ? t('secret.copied') : copy === 'failed' ? t('secret.copyFailed') : ''}
        </Typography>
      </Stack>
      {usage ? (
        <Typography variant="body2" color="text.secondary">
          {usage}
        </Typography>
      ) : null}
    </>
  );
}
