import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldErrorCode, checkEmail, fieldErrorMessage } from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useLocale } from '@/lib/i18n';
import { useRequestPasswordResetMutation } from '../api/request-password-reset-mutation';
import { AuthCard } from './auth-card';

/**
 * Asks for a reset link. The answer is the same whether or not the address is
 * a user's: the page must not tell a stranger who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const locale = useLocale();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [requestReset, { loading }] = useRequestPasswordResetMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = email.trim() ? checkEmail(email.trim()) : { code: FieldErrorCode.REQUIRED };
    setFieldError(issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined);
    if (issue) return;
    setFailure(null);
    try {
      await requestReset({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <AuthCard title={t('forgot.title')} intro={sentTo ? undefined : t('forgot.intro')}>
      <title>{`${t('forgot.title')} · ${t('common:appName')}`}</title>
      {sentTo ? (
        <Stack sx={{ gap: 3 }}>
          <Alert severity="success" role="status">
            {t('forgot.sent', { email: sentTo })}
          </Alert>
          <Link component={RouterLink} to={paths.signIn}>
            {t('backToSignIn')}
          </Link>
        </Stack>
      ) : (
        <Box component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)}>
          <Stack sx={{ gap: 2.5 }}>
            {failure ? <ErrorAlert error={failure} /> : null}
            <TextField
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              autoFocus
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                setFieldError(undefined);
              }}
              error={!!fieldError}
              helperText={fieldError}
              slotProps={{ htmlInput: { 'aria-required': true, spellCheck: false, autoCapitalize: 'none' } }}
            />
            <Button type="submit" variant="contained" size="large" loading={loading} fullWidth>
              {t('forgot.submit')}
            </Button>
            <Link component={RouterLink} to={paths.signIn} variant="body2">
              {t('backToSignIn')}
            </Link>
          </Stack>
        </Box>
      )}
    </AuthCard>
  );
}
