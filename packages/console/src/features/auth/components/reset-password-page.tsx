import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Stack } from '@mui/material';
import { useApolloClient } from '@apollo/client/react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { useLocale } from '@/lib/i18n';
import { markSignedOut } from '../api/me-query';
import { useAcceptAccessInvitationMutation } from '../api/accept-access-invitation-mutation';
import { useResetPasswordMutation } from '../api/reset-password-mutation';
import { checkNewPassword, type NewPasswordValues } from '../model/password-form';
import { AuthCard } from './auth-card';
import { PasswordField } from './password-field';
import type { SignInNotice } from './sign-in-page';

type Field = keyof NewPasswordValues;

/**
 * Why the link was sent: a forgotten password (`/reset-password?token=…`), or
 * an invitation to a client file (`/accept-invitation?token=…`, seed 004),
 * where the contact chooses their first password. Same form, same rules.
 */
export type PasswordLinkPurpose = 'reset' | 'invitation';

/** Chooses a password with a single-use link sent by email. */
export function ResetPasswordPage({ purpose = 'reset' }: { purpose?: PasswordLinkPurpose }) {
  const { t } = useTranslation(['auth', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [values, setValues] = useState<NewPasswordValues>({ password: '', confirmation: '' });
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [linkError, setLinkError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [resetPassword, resetting] = useResetPasswordMutation();
  const [acceptInvitation, accepting] = useAcceptAccessInvitationMutation();
  const loading = resetting.loading || accepting.loading;
  const texts = purpose === 'reset' ? 'reset' : 'invitation';

  const issues = checkNewPassword(values, locale, t('password.mismatch'));
  const errorFor = (field: Field) => serverErrors[field] ?? (touched.has(field) ? issues[field] : undefined);

  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const touch = (field: Field) => setTouched((current) => new Set(current).add(field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set<Field>(['password', 'confirmation']));
    if (issues.password || issues.confirmation) return;
    setGeneral([]);
    setLinkError(null);
    try {
      const input = { token, password: values.password };
      let login: string | undefined;
      if (purpose === 'reset') await resetPassword({ variables: { input } });
      else
        login = (await acceptInvitation({ variables: { input } })).data?.acceptAccessInvitation.account
          .userCode;
      // Every session of the account ended with the reset, this browser's included.
      markSignedOut(client);
      const notice: SignInNotice = purpose === 'reset' ? 'passwordReset' : 'accessReady';
      void navigate(paths.signIn, { replace: true, state: { notice, login } });
    } catch (error) {
      const summary = summarize(error);
      const { token: tokenError, password: passwordError, ...others } = summary.fields;
      if (tokenError) setLinkError(tokenError);
      if (passwordError) setServerErrors({ password: passwordError });
      setGeneral([...(tokenError || passwordError ? [] : summary.general), ...Object.values(others)]);
    }
  };

  if (!token) {
    return (
      <AuthCard title={t(`${texts}.title`)}>
        <Stack sx={{ gap: 3 }}>
          <Alert severity="warning">{t(`${texts}.noToken`)}</Alert>
          <Link component={RouterLink} to={paths.forgotPassword}>
            {t('reset.askAgain')}
          </Link>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t(`${texts}.title`)} intro={t(`${texts}.intro`, { min: PASSWORD_MIN })}>
      <title>{`${t(`${texts}.title`)} · ${t('common:appName')}`}</title>
      <Box component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)}>
        <Stack sx={{ gap: 2.5 }}>
          {linkError ? (
            <Alert
              severity="error"
              action={
                <Button color="inherit" size="small" component={RouterLink} to={paths.forgotPassword}>
                  {t('reset.askAgain')}
                </Button>
              }
            >
              {linkError}
            </Alert>
          ) : null}
          {general.length > 0 ? (
            <Alert severity="error">
              {general.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </Alert>
          ) : null}
          <PasswordField
            label={t('fields.newPassword')}
            autoComplete="new-password"
            autoFocus
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            onBlur={() => touch('password')}
            error={!!errorFor('password')}
            helperText={errorFor('password') ?? t('password.help', { min: PASSWORD_MIN })}
            slotProps={{ htmlInput: { 'aria-required': true } }}
          />
          <PasswordField
            label={t('fields.confirmation')}
            autoComplete="new-password"
            value={values.confirmation}
            onChange={(event) => change('confirmation', event.target.value)}
            onBlur={() => touch('confirmation')}
            error={!!errorFor('confirmation')}
            helperText={errorFor('confirmation')}
            slotProps={{ htmlInput: { 'aria-required': true } }}
          />
          <Button type="submit" variant="contained" size="large" loading={loading} fullWidth>
            {t(`${texts}.submit`)}
          </Button>
          <Link component={RouterLink} to={paths.signIn} variant="body2">
            {t('backToSignIn')}
          </Link>
        </Stack>
      </Box>
    </AuthCard>
  );
}
