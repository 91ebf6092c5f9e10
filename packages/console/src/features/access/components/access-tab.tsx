import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Paper,
  Skeleton,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import SendIcon from '@mui/icons-material/Send';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useApolloClient } from '@apollo/client/react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StaffRole, accessRoleLabels, accessStatusLabels } from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Empty } from '@/components/facts';
import { emailLink } from '@/components/reach-links';
import { useNotice, type Wording } from '@/components/use-notice';
import { clientPath, paths } from '@/config/paths';
import { fetchMe } from '@/features/auth/api/me-query';
import type { AccessGrantFieldsFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useCanEdit, useViewer } from '@/lib/viewer';
import {
  useActAsContactMutation,
  useReactivateAccessMutation,
  useResendAccessInvitationMutation,
  useRevokeAccessMutation,
  useSuspendAccessMutation,
} from '../api/access-mutations';
import { useClientAccessQuery } from '../api/client-access-query';
import { accessActions, statusColor, type AccessAction } from '../model/access-actions';
import { EditAccessDialog } from './edit-access-dialog';
import { GrantAccessDialog, type GrantCandidate } from './grant-access-dialog';
import { visuallyHidden } from '@/components/visually-hidden';

type Grant = AccessGrantFieldsFragment;

const fullName = (grant: Grant) => `${grant.contact.firstName} ${grant.contact.lastName}`;

const ICONS: Record<AccessAction, typeof EditIcon> = {
  edit: EditIcon,
  resend: SendIcon,
  suspend: PauseCircleIcon,
  reactivate: PlayCircleIcon,
  revoke: BlockIcon,
  actAs: VisibilityIcon,
};

/**
 * Every action but editing asks first: it locks someone out or lets them back in, spends the
 * link they were sent, or opens their portal.
 */
type Pending = { action: Exclude<AccessAction, 'edit'>; grant: Grant };

/**
 * The Access tab (seed 004): which of the client's contacts may sign in, how
 * (role, user code, allowed addresses, branch) and where each access stands;
 * grant, resend the invitation, suspend, reactivate, revoke, and — for
 * administrators — see the portal exactly as that contact does (seed 003).
 */
export function AccessTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['access', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const locale = useLocale();
  const canEdit = useCanEdit();
  const viewer = useViewer();
  const summarize = useErrorSummary();
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [search, setSearch] = useSearchParams();
  const { data, error, refetch } = useClientAccessQuery(clientId);
  const [resend, resending] = useResendAccessInvitationMutation();
  const [suspend, suspending] = useSuspendAccessMutation();
  const [reactivate, reactivating] = useReactivateAccessMutation();
  const [revoke, revoking] = useRevokeAccessMutation();
  const [actAs, acting] = useActAsContactMutation();
  const [editing, setEditing] = useState<Grant | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; grant: Grant } | null>(null);
  // How to word it, not its words: a notice on screen follows a change of language.
  const [notice, say, dismiss] = useNotice<Wording<['access', 'common']>>();
  const [failure, setFailure] = useState<string | null>(null);
  // `?grant=<contactId>` (from the Contacts tab's key button) opens the dialog with that person chosen.
  const grantFor = search.get('grant');
  const [granting, setGranting] = useState(grantFor !== null);
  const client = data?.client;

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Skeleton variant="rounded" height={200} aria-busy="true" />;
  }

  const writable = canEdit && !client.deletedAt;
  const isAdmin = viewer?.role === StaffRole.ADMIN;
  const granted = new Set(client.accessGrants.map((grant) => grant.contactId));
  const candidates: GrantCandidate[] = client.contacts
    .filter((link) => !granted.has(link.contactId))
    .map((link) => ({
      contactId: link.contactId,
      name: `${link.contact.firstName} ${link.contact.lastName}`,
      email: link.contact.email ?? null,
    }));

  const closeGrant = () => {
    setGranting(false);
    if (grantFor !== null) {
      const next = new URLSearchParams(search);
      next.delete('grant');
      setSearch(next, { replace: true });
    }
  };

  const run = async (action: AccessAction, grant: Grant) => {
    setFailure(null);
    const input = { input: { id: grant.id } };
    const name = fullName(grant);
    try {
      if (action === 'resend') {
        const { data: sent } = await resend({ variables: input });
        const { email } = grant.account;
        say(
          sent?.resendAccessInvitation.emailSuppressed
            ? (t) => t('notice.suppressed', { name })
            : (t) => t('notice.resent', { name, email }),
        );
      } else if (action === 'suspend') {
        await suspend({ variables: input });
        say((t) => t('notice.suspended', { name }));
      } else if (action === 'reactivate') {
        await reactivate({ variables: input });
        say((t) => t('notice.reactivated', { name }));
      } else if (action === 'revoke') {
        await revoke({ variables: input });
        say((t) => t('notice.revoked', { name }));
      } else if (action === 'actAs') {
        await actAs({ variables: { input: { accessId: grant.id } } });
        // Everything cached was read as the administrator: start over as the contact.
        await apollo.clearStore();
        await fetchMe(apollo);
        void navigate(paths.portal);
      }
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    }
  };

  const choose = (action: AccessAction, grant: Grant) => {
    setMenu(null);
    if (action === 'edit') setEditing(grant);
    else setPending({ action, grant });
  };

  // Seed 001: whoever triggers an email the client's settings will withhold is told before, not after.
  const confirmKey = (action: Pending['action']) =>
    action === 'resend' ? (client.notificationsEnabled ? 'resend' : 'resendSuppressed') : action;

  const busy =
    resending.loading || suspending.loading || reactivating.loading || revoking.loading || acting.loading;

  const actionsButton = (grant: Grant) => {
    const available = accessActions(grant.status, writable, isAdmin);
    if (available.length === 0) return null;
    return (
      <IconButton
        aria-label={t('actions.menu', { name: fullName(grant) })}
        aria-haspopup="menu"
        onClick={(event) => setMenu({ anchor: event.currentTarget, grant })}
        disabled={busy}
      >
        <MoreVertIcon />
      </IconButton>
    );
  };

  const status = (grant: Grant) => (
    <Chip size="small" color={statusColor(grant.status)} label={accessStatusLabels[locale][grant.status]} />
  );
  const restrictions = (grant: Grant) => (
    <Stack sx={{ gap: 0.25 }}>
      <Typography variant="body2">
        {grant.ipAllowList.length > 0 ? grant.ipAllowList.join(', ') : t('anyAddress')}
      </Typography>
      {grant.branch ? (
        <Typography variant="body2" color="text.secondary">
          {t('branchOnly', { branch: grant.branch.name })}
        </Typography>
      ) : null}
    </Stack>
  );
  const when = (grant: Grant) =>
    grant.status === 'INVITED' && grant.invitationExpiresAt
      ? t('invitedUntil', { date: formatDateTime(grant.invitationExpiresAt, locale) })
      : grant.lastSignInAt
        ? t('lastSignIn', { date: formatDateTime(grant.lastSignInAt, locale) })
        : t('neverSignedIn');

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="h2" component="h2">
          {t('title', { count: client.accessGrants.length })}
        </Typography>
        {writable ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setGranting(true)}>
            {t('grant.button')}
          </Button>
        ) : null}
      </Stack>
      <Typography color="text.secondary">{t('intro')}</Typography>
      {!client.notificationsEnabled ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" component={RouterLink} to={clientPath(clientId, 'info')}>
              {t('notificationsOff.action')}
            </Button>
          }
        >
          {t('notificationsOff.body')}
        </Alert>
      ) : null}
      {failure ? (
        <Alert severity="error" onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {client.accessGrants.length === 0 ? (
        <Typography color="text.secondary">
          {client.contacts.length === 0 ? t('emptyNoContacts') : t('empty')}
        </Typography>
      ) : phone ? (
        <Stack component="ul" aria-label={t('tableLabel')} sx={{ gap: 1.5, listStyle: 'none', m: 0, p: 0 }}>
          {client.accessGrants.map((grant) => (
            <Paper component="li" key={grant.id} sx={{ p: 2 }}>
              <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2" component="h3">
                    {fullName(grant)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {accessRoleLabels[locale][grant.role]} · {grant.account.userCode}
                  </Typography>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {grant.account.email}
                  </Typography>
                  <Box sx={{ my: 1 }}>{status(grant)}</Box>
                  {restrictions(grant)}
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                    {when(grant)}
                  </Typography>
                </Box>
                {actionsButton(grant)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('columns.contact')}</TableCell>
                <TableCell>{t('columns.userCode')}</TableCell>
                <TableCell>{t('columns.role')}</TableCell>
                <TableCell>{t('columns.status')}</TableCell>
                <TableCell>{t('columns.restrictions')}</TableCell>
                <TableCell>{t('columns.activity')}</TableCell>
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    {t('columns.actions')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {client.accessGrants.map((grant) => (
                <TableRow key={grant.id}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {fullName(grant)}
                    </Typography>
                    {emailLink(grant.account.email, { variant: 'body2' }) ?? <Empty />}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                    {grant.account.userCode}
                  </TableCell>
                  <TableCell>{accessRoleLabels[locale][grant.role]}</TableCell>
                  <TableCell>{status(grant)}</TableCell>
                  <TableCell>{restrictions(grant)}</TableCell>
                  <TableCell>
                    <Typography variant="body2" color="text.secondary">
                      {when(grant)}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{actionsButton(grant)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <Menu anchorEl={menu?.anchor} open={menu !== null} onClose={() => setMenu(null)}>
        {menu
          ? accessActions(menu.grant.status, writable, isAdmin).map((action) => {
              const Icon = ICONS[action];
              return (
                <MenuItem key={action} onClick={() => choose(action, menu.grant)}>
                  <ListItemIcon>
                    <Icon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText>{t(`actions.${action}`)}</ListItemText>
                </MenuItem>
              );
            })
          : null}
      </Menu>

      <GrantAccessDialog
        open={granting}
        clientId={clientId}
        candidates={candidates}
        preselectedContactId={grantFor}
        branches={data.branches}
        notificationsEnabled={client.notificationsEnabled}
        onClose={closeGrant}
        onGranted={({ name, emailSent, emailSuppressed, userCode }) => {
          closeGrant();
          const key = emailSuppressed
            ? 'notice.grantedSuppressed'
            : emailSent
              ? 'notice.grantedSent'
              : 'notice.granted';
          say((t) => t(key, { name, userCode }));
        }}
      />
      <EditAccessDialog grant={editing} branches={data.branches} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={pending !== null}
        title={
          pending ? t(`confirm.${confirmKey(pending.action)}.title`, { name: fullName(pending.grant) }) : ''
        }
        confirmLabel={pending ? t(`confirm.${confirmKey(pending.action)}.confirm`) : ''}
        destructive={pending?.action === 'revoke'}
        busy={busy}
        onClose={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          void run(pending.action, pending.grant).finally(() => setPending(null));
        }}
      >
        {pending
          ? t(`confirm.${confirmKey(pending.action)}.body`, {
              name: fullName(pending.grant),
              email: pending.grant.account.email,
            })
          : null}
      </ConfirmDialog>
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={dismiss} message={notice?.(t)} />
    </Stack>
  );
}
