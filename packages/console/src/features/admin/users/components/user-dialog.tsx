import { useId, useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { StaffRole, languageLabels, staffRoleLabels, userRuleMessages } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { useLocale } from '@/lib/i18n';
import { useIdempotencyKey } from '@/lib/idempotency-key';
import { FormDialog } from '../../components/form-dialog';
import type { AdminWording } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { useCreateUserMutation, useUpdateUserMutation } from '../api/user-mutations';
import {
  USER_FIELDS,
  adminRemovalBlock,
  checkUserForm,
  emptyUserForm,
  issueText,
  toCreateUserInput,
  toUpdateUserInput,
  userFormOf,
  type StaffUser,
  type UserFormValues,
} from '../model/user-form';

interface UserDialogProps {
  /** The user to edit; null to create one. */
  user: StaffUser | null;
  users: readonly StaffUser[];
  viewerId: string;
  onClose: () => void;
  onSaved: (wording: AdminWording) => void;
}

/** Creates a staff user (who then gets a set-password email) or edits one's name, role and language. */
export function UserDialog({ user, users, viewerId, onClose, onSaved }: UserDialogProps) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const creating = user === null;
  const [values, setValues] = useState<UserFormValues>(() =>
    user ? userFormOf(user) : emptyUserForm(locale),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const { key: idempotencyKey, afterRefusal } = useIdempotencyKey();
  const [createUser, created] = useCreateUserMutation();
  const [updateUser, updated] = useUpdateUserMutation();

  const issues = checkUserForm(values, creating);
  // An administrator who may not lose the role: say why under the field rather than fail on save.
  const roleBlock = user && user.role === StaffRole.ADMIN ? adminRemovalBlock(user, viewerId, users) : null;
  const errorOf = (field: keyof UserFormValues) =>
    server[field] ??
    (touched.has(field) || submitted ? issueText(issues[field], locale) : undefined) ??
    (field === 'role' && roleBlock && values.role !== StaffRole.ADMIN
      ? userRuleMessages[locale][roleBlock]
      : undefined);

  const change = (field: keyof UserFormValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServer(({ [field]: _gone, ...rest }) => rest);
  };
  const text = (field: 'email' | 'displayName') => ({
    id: `${idPrefix}-${field}`,
    label: t(`users.fields.${field}`),
    value: values[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
    onBlur: () => setTouched((current) => new Set(current).add(field)),
    error: !!errorOf(field),
    helperText: errorOf(field),
    required: true,
  });

  const submit = async () => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.keys(issues).length > 0 || errorOf('role')) return;
    try {
      if (creating) {
        await createUser({ variables: { input: toCreateUserInput(values, idempotencyKey) } });
        const email = values.email.trim();
        onSaved((t) => t('users.created', { email }));
      } else {
        await updateUser({ variables: { input: toUpdateUserInput(user, values) } });
        const name = values.displayName.trim();
        onSaved((t) => t('users.saved', { name }));
      }
    } catch (failure) {
      const summary = summarize(failure);
      afterRefusal(summary);
      const split = formErrors(summary, USER_FIELDS);
      setServer(split.fields);
      setGeneral(summary.codes.includes('CONFLICT') ? [t('conflict')] : split.general);
    }
  };

  return (
    <FormDialog
      open
      title={creating ? t('users.new') : t('users.editTitle', { name: user.displayName })}
      submitLabel={creating ? t('users.createAndInvite') : t('common:actions.save')}
      busy={created.loading || updated.loading}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField {...text('displayName')} autoFocus />
      {creating ? (
        <TextField
          {...text('email')}
          type="email"
          helperText={errorOf('email') ?? t('users.emailHelp')}
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
        />
      ) : null}
      <TextField
        select
        id={`${idPrefix}-role`}
        label={t('users.fields.role')}
        value={values.role}
        onChange={(event) => change('role', event.target.value)}
        error={!!errorOf('role')}
        helperText={errorOf('role') ?? t(`users.roleHelp.${values.role}`)}
      >
        {Object.values(StaffRole).map((role) => (
          <MenuItem key={role} value={role}>
            {staffRoleLabels[locale][role]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        id={`${idPrefix}-locale`}
        label={t('users.fields.locale')}
        value={values.locale}
        onChange={(event) => change('locale', event.target.value)}
        helperText={t('users.localeHelp')}
      >
        {(['fr', 'en'] as const).map((language) => (
          <MenuItem key={language} value={language}>
            {languageLabels[locale][language]}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
