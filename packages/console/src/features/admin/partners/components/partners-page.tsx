import { useId, useState } from 'react';
import { Alert, Button, Chip, IconButton, Skeleton, Stack, TextField, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import { useTranslation } from 'react-i18next';
import { checkEmail, checkPassword, checkRequiredText, fieldErrorMessage } from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { When } from '@/components/when';
import { useNotice } from '@/components/use-notice';
import type { AdminPartnersQuery } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { FormDialog } from '../../components/form-dialog';
import { Notice, type AdminWording } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { issueText } from '../../users/model/user-form';
import {
  useAdminPartnersQuery,
  useCreatePartnerMutation,
  useCreatePartnerUserMutation,
  useDeactivatePartnerUserMutation,
  useReactivatePartnerUserMutation,
  useUpdatePartnerMutation,
} from '../api/partners-query';
import { invalidCertifications, parseCertifications } from '../model/certifications';

type Partner = AdminPartnersQuery['partners'][number];
type PartnerUser = Partner['users'][number];

/** Partners (resellers, MSPs): their certifications decide the plans they sell; their users sign in. */
export function PartnersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { data, error, refetch } = useAdminPartnersQuery();
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const [addingUser, setAddingUser] = useState<Partner | null>(null);
  const [notice, say, dismiss] = useNotice<AdminWording>();
  const [leaving, setLeaving] = useState<PartnerUser | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summarize = useErrorSummary();
  const [deactivate, deactivating] = useDeactivatePartnerUserMutation();
  const [reactivate, reactivating] = useReactivatePartnerUserMutation();
  const done = (wording: AdminWording) => {
    setEditing(null);
    setAddingUser(null);
    say(wording);
  };
  /** Someone changed the user since this page read it: say so, and read the list again. */
  const failed = (problem: unknown) => {
    const summary = summarize(problem);
    setFailure(summary.codes.includes('CONFLICT') ? t('conflict') : (summary.general[0] ?? null));
    if (summary.codes.includes('CONFLICT')) void refetch().catch(() => undefined);
  };

  const doDeactivate = async () => {
    if (!leaving) return;
    setFailure(null);
    try {
      await deactivate({ variables: { input: { id: leaving.id, version: leaving.version } } });
      const name = leaving.displayName;
      say((t) => t('partners.userDeactivated', { name }));
    } catch (problem) {
      failed(problem);
    } finally {
      setLeaving(null);
    }
  };

  const doReactivate = async (user: PartnerUser) => {
    setFailure(null);
    try {
      await reactivate({ variables: { input: { id: user.id, version: user.version } } });
      say((t) => t('partners.userReactivated', { name: user.displayName }));
    } catch (problem) {
      failed(problem);
    }
  };

  return (
    <AdminPage
      title={t('pages.partners')}
      intro={t('partners.intro')}
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('partners.new')}
        </Button>
      }
    >
      {failure ? (
        <Alert severity="error" onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {!data && error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <Skeleton variant="rounded" height={200} aria-busy="true" /> : null}
      {data ? (
        <AdminTable
          label={t('partners.tableLabel')}
          rows={data.partners}
          rowKey={(partner) => partner.id}
          title={{ key: 'name', header: t('partners.fields.name'), render: (partner) => partner.name }}
          columns={[
            {
              key: 'certifications',
              header: t('partners.fields.certifications'),
              render: (partner) =>
                partner.certifications.length > 0 ? (
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                    {partner.certifications.map((code) => (
                      <Chip key={code} size="small" variant="outlined" label={code} />
                    ))}
                  </Stack>
                ) : null,
            },
            {
              key: 'users',
              header: t('partners.fields.users'),
              render: (partner) =>
                partner.users.length > 0 ? (
                  <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
                    {partner.users.map((user) => (
                      <Stack
                        component="li"
                        key={user.id}
                        direction="row"
                        sx={{ alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}
                      >
                        <span>
                          {user.displayName} · {user.email}
                        </span>
                        {user.deactivatedAt ? (
                          <Chip size="small" variant="outlined" label={t('partners.userDeactivatedChip')} />
                        ) : null}
                        {user.deactivatedAt ? (
                          <Tooltip title={t('partners.reactivateUser', { name: user.displayName })}>
                            <IconButton
                              size="small"
                              aria-label={t('partners.reactivateUser', { name: user.displayName })}
                              disabled={reactivating.loading}
                              onClick={() => void doReactivate(user)}
                            >
                              <RestoreIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        ) : (
                          <Tooltip title={t('partners.deactivateUser', { name: user.displayName })}>
                            <IconButton
                              size="small"
                              aria-label={t('partners.deactivateUser', { name: user.displayName })}
                              onClick={() => setLeaving(user)}
                            >
                              <BlockIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        )}
                      </Stack>
                    ))}
                  </Stack>
                ) : null,
            },
            {
              key: 'created',
              header: t('partners.fields.created'),
              render: (partner) => <When iso={partner.createdAt} />,
            },
          ]}
          actions={(partner) => (
            <>
              <Tooltip title={t('partners.edit', { name: partner.name })}>
                <IconButton
                  size="small"
                  aria-label={t('partners.edit', { name: partner.name })}
                  onClick={() => setEditing(partner)}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title={t('partners.addUser', { name: partner.name })}>
                <IconButton
                  size="small"
                  aria-label={t('partners.addUser', { name: partner.name })}
                  onClick={() => setAddingUser(partner)}
                >
                  <PersonAddIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </>
          )}
          actionsHeader={t('actions')}
          empty={t('partners.empty')}
        />
      ) : null}
      {editing ? (
        <PartnerDialog
          partner={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      ) : null}
      {addingUser ? (
        <PartnerUserDialog partner={addingUser} onClose={() => setAddingUser(null)} onSaved={done} />
      ) : null}
      <ConfirmDialog
        open={leaving !== null}
        title={t('partners.deactivateUserTitle', { name: leaving?.displayName ?? '' })}
        confirmLabel={t('partners.deactivateUserConfirm')}
        destructive
        busy={deactivating.loading}
        onConfirm={() => void doDeactivate()}
        onClose={() => setLeaving(null)}
      >
        {t('partners.deactivateUserBody')}
      </ConfirmDialog>
      <Notice notice={notice} onClose={dismiss} />
    </AdminPage>
  );
}

/** A new partner (name and certifications), or an existing one's certifications. */
function PartnerDialog({
  partner,
  onClose,
  onSaved,
}: {
  partner: Partner | null;
  onClose: () => void;
  onSaved: (wording: AdminWording) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [create, creating] = useCreatePartnerMutation();
  const [update, updating] = useUpdatePartnerMutation();
  const [name, setName] = useState(partner?.name ?? '');
  const [certifications, setCertifications] = useState(partner?.certifications.join(', ') ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const codes = parseCertifications(certifications);
  const bad = invalidCertifications(codes);
  const issues: Record<string, string | undefined> = {
    name: issueText(checkRequiredText(name, 200) ?? undefined, locale),
    certifications: bad.length > 0 ? t('partners.badCodes', { codes: bad.join(', ') }) : undefined,
  };
  const errorOf = (field: string) => server[field] ?? (submitted ? issues[field] : undefined);

  const submit = async () => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.values(issues).some(Boolean)) return;
    try {
      if (partner) {
        await update({
          variables: {
            input: { id: partner.id, version: partner.version, name: name.trim(), certifications: codes },
          },
        });
        const saved = name.trim();
        onSaved((t) => t('partners.saved', { name: saved }));
      } else {
        await create({ variables: { input: { name: name.trim(), certifications: codes } } });
        const created = name.trim();
        onSaved((t) => t('partners.created', { name: created }));
      }
    } catch (failure) {
      const summary = summarize(failure);
      const split = formErrors(summary, ['name', 'certifications']);
      setServer(split.fields);
      setGeneral(summary.codes.includes('CONFLICT') ? [t('conflict')] : split.general);
    }
  };

  return (
    <FormDialog
      open
      title={partner ? t('partners.editTitle', { name: partner.name }) : t('partners.new')}
      submitLabel={partner ? t('common:actions.save') : t('common:actions.add')}
      busy={creating.loading || updating.loading}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        id={`${idPrefix}-name`}
        label={t('partners.fields.name')}
        value={name}
        required
        autoFocus
        onChange={(event) => {
          setName(event.target.value);
          setServer({});
        }}
        error={!!errorOf('name')}
        helperText={errorOf('name')}
      />
      <TextField
        id={`${idPrefix}-certifications`}
        label={t('partners.fields.certifications')}
        value={certifications}
        onChange={(event) => setCertifications(event.target.value)}
        error={!!errorOf('certifications')}
        helperText={errorOf('certifications') ?? t('partners.certificationsHelp')}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {codes.length > 0 ? (
        <Stack
          direction="row"
          sx={{ gap: 0.5, flexWrap: 'wrap' }}
          aria-label={t('partners.fields.certifications')}
        >
          {codes.map((code) => (
            <Chip key={code} size="small" label={code} color={bad.includes(code) ? 'error' : 'default'} />
          ))}
        </Stack>
      ) : null}
    </FormDialog>
  );
}

/** A person at the partner who signs in; they change the initial password themselves. */
function PartnerUserDialog({
  partner,
  onClose,
  onSaved,
}: {
  partner: Partner;
  onClose: () => void;
  onSaved: (wording: AdminWording) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [create, creating] = useCreatePartnerUserMutation();
  const [values, setValues] = useState({ displayName: '', email: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const password = checkPassword(values.password, values.email.trim());
  const issues: Record<string, string | undefined> = {
    displayName: issueText(checkRequiredText(values.displayName, 120) ?? undefined, locale),
    email: issueText(
      checkRequiredText(values.email, 254) ?? checkEmail(values.email.trim()) ?? undefined,
      locale,
    ),
    password: password ? fieldErrorMessage(locale, password.code, password.params) : undefined,
  };
  const errorOf = (field: string) => server[field] ?? (submitted ? issues[field] : undefined);
  const field = (name: keyof typeof values) => ({
    id: `${idPrefix}-${name}`,
    label: t(`partners.userFields.${name}`),
    value: values[name],
    required: true,
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
      setServer(({ [name]: _gone, ...rest }) => rest);
    },
    error: !!errorOf(name),
    helperText: errorOf(name),
  });

  const submit = async () => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.values(issues).some(Boolean)) return;
    try {
      await create({
        variables: {
          input: {
            partnerId: partner.id,
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
          },
        },
      });
      const name = values.displayName.trim();
      onSaved((t) => t('partners.userCreated', { name, partner: partner.name }));
    } catch (failure) {
      const split = formErrors(summarize(failure), ['displayName', 'email', 'password']);
      setServer(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <FormDialog
      open
      title={t('partners.addUser', { name: partner.name })}
      submitLabel={t('common:actions.add')}
      busy={creating.loading}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField {...field('displayName')} autoFocus />
      <TextField
        {...field('email')}
        type="email"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
      />
      <TextField
        {...field('password')}
        type="password"
        autoComplete="new-password"
        helperText={errorOf('password') ?? t('partners.passwordHelp')}
      />
    </FormDialog>
  );
}
