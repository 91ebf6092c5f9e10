import { useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import { useApolloClient } from '@apollo/client/react';
import { Navigate, Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FieldErrorCode, fieldErrorMessage } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { followUserLocale, useLocale } from '@/lib/i18n';
import { fetchMe, useMeQuery } from '../api/me-query';
import { useSignInMutation } from '../api/sign-in-mutation';
import { safeNextPath } from '../model/next-path';
import { AuthCard } from './auth-card';
import { PasswordField } from './password-field';

/** Why someone lands on the sign-in page, when it is worth saying. */
export type SignInNotice = 'passwordReset' | 'accessReady' | 'signedOut' | 'expired';

const isNotice = (value: unknown): value is SignInNotice =>
  value === 'passwordReset' || value === 'accessReady' || value === 'signedOut' || value === 'expired';

type Field = 'login' | 'password';

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const state = location.state as { notice?: unknown; login?: unknown } | null;
  const notice = isNotice(state?.notice) ? state.notice : null;

  const me = useMeQuery();
  const [signIn] = useSignInMutation();
  // A contact who just chose their password arrives with their user code filled in.
  const [login, setLogin] = useState(typeof state?.login === 'string' ? state.login : '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginRef = useRef<HTMLInputElement>(null);

  // Already signed in (a bookmark, the Back button): straight on.
  if (me.data?.me && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = fieldErrorMessage(locale, FieldErrorCode.REQUIRED);
    const missing: Partial<Record<Field, string>> = {
      ...(login.trim() ? {} : { login: required }),
      ...(password ? {} : { password: required }),
    };
    setFieldErrors(missing);
    setError([]);
    if (missing.login) return loginRef.current?.focus();
    if (missing.password) return passwordRef.current?.focus();

    setBusy(true);
    try {
      await signIn({ variables: { input: { login: login.trim(), password, kind: 'COOKIE' } } });
      // Nothing read before signing in (or by someone else at this browser) is shown after.
      await client.clearStore();
      const viewer = await fetchMe(client);
      await followUserLocale(viewer?.user?.locale);
      void navigate(next, { replace: true });
    } catch (failure) {
      const summary = summarize(failure);
      setError(summary.general.length > 0 ? summary.general : Object.values(summary.fields));
      setPassword('');
      passwordRef.current?.focus();
      setBusy(false);
    }
  };

  const forgotLink = login.includes('@')
    ? `${paths.forgotPassword}?${new URLSearchParams({ email: login.trim() }).toString()}`
    : paths.forgotPassword;

  return (
    <AuthCard title={t('signIn.title')} intro={t('signIn.intro')}>
      <title>{`${t('signIn.title')} · ${t('common:appName')}`}</title>
      <Box component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)}>
        <Stack sx={{ gap: 2.5 }}>
          {notice ? (
            <Alert severity={notice === 'passwordReset' || notice === 'accessReady' ? 'success' : 'info'}>
              {t(`notices.${notice}`)}
            </Alert>
          ) : null}
          {error.length > 0 ? (
            <Alert severity="error">
              {error.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </Alert>
          ) : null}
          <TextField
            label={t('fields.login')}
            type="email"
            name="username"
            autoComplete="username"
            autoFocus
            inputRef={loginRef}
            value={login}
            onChange={(event) => {
              setLogin(event.target.value);
              setFieldErrors(({ login: _gone, ...rest }) => rest);
            }}
            error={!!fieldErrors.login}
            helperText={fieldErrors.login}
            slotProps={{ htmlInput: { 'aria-required': true, spellCheck: false, autoCapitalize: 'none' } }}
          />
          <PasswordField
            label={t('fields.password')}
            name="password"
            autoComplete="current-password"
            inputRef={passwordRef}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setFieldErrors(({ password: _gone, ...rest }) => rest);
            }}
            error={!!fieldErrors.password}
            helperText={fieldErrors.password}
            slotProps={{ htmlInput: { 'aria-required': true } }}
          />
          <Box sx={{ textAlign: 'right', mt: -1 }}>
            <Link component={RouterLink} to={forgotLink} variant="body2">
              {t('signIn.forgot')}
            </Link>
          </Box>
          <Button type="submit" variant="contained" size="large" loading={busy} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </Box>
    </AuthCard>
  );
}
