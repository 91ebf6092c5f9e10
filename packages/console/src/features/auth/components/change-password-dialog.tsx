import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FieldErrorCode, PASSWORD_MIN, authMessages, fieldErrorMessage } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { useLocale } from '@/lib/i18n';
import { useChangePasswordMutation } from '../api/change-password-mutation';
import { checkNewPassword } from '../model/password-form';
import { PasswordField } from './password-field';

interface ChangePasswordDialogProps {
  open: boolean;
  /** The login, which the new password may not contain. */
  login: string;
  onClose: () => void;
  onChanged: () => void;
}

/** The user's own password: the current one proves it is them. */
export function ChangePasswordDialog({ open, login, onClose, onChanged }: ChangePasswordDialogProps) {
  const { t } = useTranslation(['auth', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const formId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="xs"
    >
      <DialogTitle id={titleId}>{t('change.title')}</DialogTitle>
      {open ? (
        <ChangePasswordForm formId={formId} login={login} onChanged={onChanged} onBusyChange={setBusy} />
      ) : null}
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" loading={busy}>
          {t('change.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

type Field = 'currentPassword' | 'password' | 'confirmation';

function ChangePasswordForm({
  formId,
  login,
  onChanged,
  onBusyChange,
}: {
  formId: string;
  login: string;
  onChanged: () => void;
  onBusyChange: (busy: boolean) => void;
}) {
  const { t } = useTranslation('auth');
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [changePassword] = useChangePasswordMutation();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    password: '',
    confirmation: '',
  });
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);

  const issues: Partial<Record<Field, string>> = {
    ...(values.currentPassword
      ? {}
      : { currentPassword: fieldErrorMessage(locale, FieldErrorCode.REQUIRED) }),
    ...checkNewPassword(values, locale, t('password.mismatch'), login),
  };
  const errorFor = (field: Field) => serverErrors[field] ?? (touched.has(field) ? issues[field] : undefined);
  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const touch = (field: Field) => setTouched((current) => new Set(current).add(field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set<Field>(['currentPassword', 'password', 'confirmation']));
    if (Object.keys(issues).length > 0) return;
    onBusyChange(true);
    setGeneral([]);
    try {
      await changePassword({
        variables: { input: { currentPassword: values.currentPassword, newPassword: values.password } },
      });
      onChanged();
    } catch (error) {
      const summary = summarize(error);
      const { currentPassword, newPassword, ...others } = summary.fields;
      setServerErrors({
        // The API names a wrong current password as an invalid reference; people need plainer words.
        ...(currentPassword ? { currentPassword: authMessages[locale].WRONG_PASSWORD } : {}),
        ...(newPassword ? { password: newPassword } : {}),
      });
      setGeneral(
        currentPassword || newPassword
          ? Object.values(others)
          : [...summary.general, ...Object.values(others)],
      );
    } finally {
      onBusyChange(false);
    }
  };

  return (
    <DialogContent dividers>
      <Box component="form" id={formId} noValidate onSubmit={(event: FormEvent) => void submit(event)}>
        <Stack sx={{ gap: 2.5, pt: 0.5 }}>
          {general.length > 0 ? (
            <Alert severity="error">
              {general.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </Alert>
          ) : null}
          <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
          <PasswordField
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            autoFocus
            value={values.currentPassword}
            onChange={(event) => change('currentPassword', event.target.value)}
            onBlur={() => touch('currentPassword')}
            error={!!errorFor('currentPassword')}
            helperText={errorFor('currentPassword')}
          />
          <PasswordField
            label={t('fields.newPassword')}
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            onBlur={() => touch('password')}
            error={!!errorFor('password')}
            helperText={errorFor('password') ?? t('password.help', { min: PASSWORD_MIN })}
          />
          <PasswordField
            label={t('fields.confirmation')}
            autoComplete="new-password"
            value={values.confirmation}
            onChange={(event) => change('confirmation', event.target.value)}
            onBlur={() => touch('confirmation')}
            error={!!errorFor('confirmation')}
            helperText={errorFor('confirmation')}
          />
        </Stack>
      </Box>
    </DialogContent>
  );
}
