import { Alert, Button, Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { summarizeError, type ErrorSummary } from '@/lib/graphql-errors';

interface ErrorAlertProps {
  /** What the operation rejected with, or a summary already made from it. */
  error: unknown;
  onRetry?: () => void;
  sx?: SxProps<Theme>;
}

export function useErrorSummary() {
  const { t } = useTranslation();
  return (error: unknown): ErrorSummary =>
    summarizeError(error, {
      network: t('errors.network'),
      unexpected: t('errors.unexpected'),
      alreadySent: t('errors.alreadySent'),
    });
}

const isSummary = (value: unknown): value is ErrorSummary =>
  typeof value === 'object' && value !== null && 'general' in value && 'fields' in value;

/** An operation's failure in words, with the request id support needs for internal errors. */
export function ErrorAlert({ error, onRetry, sx }: ErrorAlertProps) {
  const { t } = useTranslation();
  const summarize = useErrorSummary();
  const summary = isSummary(error) ? error : summarize(error);
  const messages = summary.general.length > 0 ? summary.general : Object.values(summary.fields);
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      {messages.map((message) => (
        <Typography key={message} variant="body2">
          {message}
        </Typography>
      ))}
      {summary.requestId ? (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, fontFamily: 'monospace' }}>
          {t('errors.requestId', { requestId: summary.requestId })}
        </Typography>
      ) : null}
    </Alert>
  );
}
