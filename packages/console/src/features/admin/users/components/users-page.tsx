import { useState } from 'react';
import { Alert, Button, Chip, IconButton, Skeleton, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/PersonAdd';
import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import SendIcon from '@mui/icons-material/Send';
import { useTranslation } from 'react-i18next';
import {
  UserStatus,
  languageLabels,
  staffRoleLabels,
  userRuleMessages,
  userStatusLabels,
  type StaffRole,
} from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { When } from '@/components/when';
import { useNotice } from '@/components/use-notice';
import { useLocale } from '@/lib/i18n';
import { useViewer } from '@/lib/viewer';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { Notice, type AdminWording } from '../../components/notice';
import { useAdminUsersQuery } from '../api/users-query';
import {
  useDeactivateUserMutation,
  useReactivateUserMutation,
  useResendUserInvitationMutation,
} from '../api/user-mutations';
import { adminRemovalBlock, type StaffUser } from '../model/user-form';
import { UserDialog } from './user-dialog';

// Outlined chips in colours that keep AA contrast on white (MUI's info blue does not).
const STATUS_COLOR = { ACTIVE: 'success', INVITED: 'primary', DEACTIVATED: 'default' } as const;

/** Users and roles: who may sign in to the console, and what they may do there. */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const viewer = useViewer();
  const summarize = useErrorSummary();
  const { data, error, refetch } = useAdminUsersQuery();
  const [deactivate, deactivating] = useDeactivateUserMutation();
  const [reactivate] = useReactivateUserMutation();
  const [resend, resending] = useResendUserInvitationMutation();
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);
  const [leaving, setLeaving] = useState<StaffUser | null>(null);
  const [notice, say, dismiss] = useNotice<AdminWording>();
  const [failure, setFailure] = useState<string | null>(null);
  const users = data?.users ?? [];
  const viewerId = viewer?.id ?? '';

  const doDeactivate = async () => {
    if (!leaving) return;
    setFailure(null);
    try {
      await deactivate({ variables: { input: { id: leaving.id } } });
      const name = leaving.displayName;
      say((t) => t('users.deactivated', { name }));
    } catch (problem) {
      const summary = summarize(problem);
      setFailure([...Object.values(summary.fields), ...summary.general][0] ?? null);
    } finally {
      setLeaving(null);
    }
  };

  const doReactivate = async (user: StaffUser) => {
    setFailure(null);
    try {
      await reactivate({ variables: { input: { id: user.id } } });
      say((t) => t('users.reactivated', { name: user.displayName }));
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    }
  };

  const doResend = async (user: StaffUser) => {
    setFailure(null);
    try {
      await resend({ variables: { input: { id: user.id } } });
      say((t) => t('users.resent', { email: user.email }));
    } catch (problem) {
      const summary = summarize(problem);
      setFailure([...Object.values(summary.fields), ...summary.general][0] ?? null);
    }
  };

  const actions = (user: StaffUser) => {
    const block = user.id === viewerId ? 'SELF_DEACTIVATE' : adminRemovalBlock(user, viewerId, users);
    return (
      <>
        <Tooltip title={t('users.edit', { name: user.displayName })}>
          <IconButton
            size="small"
            aria-label={t('users.edit', { name: user.displayName })}
            onClick={() => setEditing(user)}
          >
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        {user.status === UserStatus.INVITED ? (
          <Tooltip title={t('users.resend', { name: user.displayName })}>
            <IconButton
              size="small"
              aria-label={t('users.resend', { name: user.displayName })}
              disabled={resending.loading}
              onClick={() => void doResend(user)}
            >
              <SendIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
        {user.status === UserStatus.DEACTIVATED ? (
          <Tooltip title={t('users.reactivate', { name: user.displayName })}>
            <IconButton
              size="small"
              aria-label={t('users.reactivate', { name: user.displayName })}
              onClick={() => void doReactivate(user)}
            >
              <RestoreIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : (
          <Tooltip
            title={
              block ? userRuleMessages[locale][block] : t('users.deactivate', { name: user.displayName })
            }
          >
            {/* A disabled button gets no hover: the span carries the reason's tooltip. */}
            <span>
              <IconButton
                size="small"
                aria-label={t('users.deactivate', { name: user.displayName })}
                disabled={block !== null}
                onClick={() => setLeaving(user)}
              >
                <BlockIcon fontSize="small" />
              </IconButton>
            </span>
          </Tooltip>
        )}
      </>
    );
  };

  return (
    <AdminPage
      title={t('pages.users')}
      intro={t('users.intro')}
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          {t('users.new')}
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
      {!data && !error ? <Skeleton variant="rounded" height={240} aria-busy="true" /> : null}
      {data ? (
        <AdminTable
          label={t('users.tableLabel')}
          rows={users}
          rowKey={(user) => user.id}
          muted={(user) => user.status === UserStatus.DEACTIVATED}
          title={{
            key: 'name',
            header: t('users.fields.displayName'),
            render: (user) =>
              user.id === viewerId ? `${user.displayName} (${t('users.you')})` : user.displayName,
          }}
          columns={[
            { key: 'email', header: t('users.fields.email'), render: (user) => user.email },
            {
              key: 'role',
              header: t('users.fields.role'),
              render: (user) => staffRoleLabels[locale][user.role as StaffRole] ?? user.role,
            },
            {
              key: 'locale',
              header: t('users.fields.locale'),
              render: (user) => languageLabels[locale][user.locale === 'en' ? 'en' : 'fr'],
            },
            {
              key: 'lastSignIn',
              header: t('users.fields.lastSignIn'),
              render: (user) => (user.lastSignInAt ? <When iso={user.lastSignInAt} /> : t('users.never')),
            },
            {
              key: 'status',
              header: t('users.fields.status'),
              render: (user) => (
                <Chip
                  size="small"
                  variant="outlined"
                  color={STATUS_COLOR[user.status as UserStatus] ?? 'default'}
                  label={userStatusLabels[locale][user.status as UserStatus] ?? user.status}
                />
              ),
            },
          ]}
          actions={actions}
          actionsHeader={t('actions')}
          empty={t('users.empty')}
        />
      ) : null}

      {editing ? (
        <UserDialog
          user={editing === 'new' ? null : editing}
          users={users}
          viewerId={viewerId}
          onClose={() => setEditing(null)}
          onSaved={(wording) => {
            setEditing(null);
            say(wording);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={leaving !== null}
        title={t('users.deactivateTitle', { name: leaving?.displayName ?? '' })}
        confirmLabel={t('users.deactivateConfirm')}
        destructive
        busy={deactivating.loading}
        onConfirm={() => void doDeactivate()}
        onClose={() => setLeaving(null)}
      >
        {t('users.deactivateBody')}
      </ConfirmDialog>
      <Notice notice={notice} onClose={dismiss} />
    </AdminPage>
  );
}
