import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  IconButton,
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
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import KeyIcon from '@mui/icons-material/Key';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contactTypeLabels, type ContactType } from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Empty } from '@/components/facts';
import { emailLink, phoneLink } from '@/components/reach-links';
import { useNotice, type Wording } from '@/components/use-notice';
import { clientPath } from '@/config/paths';
import type { ContactLinkFieldsFragment } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useCanEdit } from '@/lib/viewer';
import { useClientContactsQuery } from '../api/client-contacts-query';
import { useSetPrimaryContactMutation, useUnlinkContactMutation } from '../api/link-mutations';
import { AddContactDialog } from './add-contact-dialog';
import { EditLinkDialog } from './edit-link-dialog';
import { visuallyHidden } from '@/components/visually-hidden';

type Link = ContactLinkFieldsFragment;

const fullName = (link: Link) => `${link.contact.firstName} ${link.contact.lastName}`;

/** The Contacts tab: people at the client, their role there, and who the primary contact is. */
export function ContactsTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['contacts', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const canEdit = useCanEdit();
  const locale = useLocale();
  const summarize = useErrorSummary();
  const { data, error, refetch } = useClientContactsQuery(clientId);
  const [setPrimary, primary] = useSetPrimaryContactMutation();
  const [unlink, unlinking] = useUnlinkContactMutation();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Link | null>(null);
  const [removing, setRemoving] = useState<Link | null>(null);
  // How to word it, not its words: a notice on screen follows a change of language.
  const [notice, say, dismiss] = useNotice<Wording<['contacts', 'common']>>();
  const [failure, setFailure] = useState<string | null>(null);
  const client = data?.client;

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Skeleton variant="rounded" height={200} aria-busy="true" />;
  }

  const writable = canEdit && !client.deletedAt;

  const makePrimary = async (link: Link) => {
    setFailure(null);
    try {
      await setPrimary({ variables: { input: { id: link.id } } });
      const name = fullName(link);
      say((t) => t('primary.done', { name }));
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    }
  };

  const doUnlink = async () => {
    if (!removing) return;
    setFailure(null);
    try {
      await unlink({ variables: { input: { id: removing.id } } });
      const name = fullName(removing);
      say((t) => t('unlink.done', { name }));
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    } finally {
      setRemoving(null);
    }
  };

  const star = (link: Link) =>
    link.isPrimary ? (
      <Tooltip title={t('primary.is')}>
        <StarIcon color="warning" titleAccess={t('primary.is')} sx={{ verticalAlign: 'middle' }} />
      </Tooltip>
    ) : writable ? (
      <Tooltip title={t('primary.make', { name: fullName(link) })}>
        <IconButton
          size="small"
          aria-label={t('primary.make', { name: fullName(link) })}
          onClick={() => void makePrimary(link)}
          disabled={primary.loading}
        >
          <StarBorderIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    ) : null;

  const actions = (link: Link) =>
    writable ? (
      <Stack direction="row" sx={{ gap: 0.5, justifyContent: 'flex-end' }}>
        <Tooltip title={t('access.action', { name: fullName(link) })}>
          <IconButton
            size="small"
            aria-label={t('access.action', { name: fullName(link) })}
            component={RouterLink}
            to={`${clientPath(clientId, 'access')}?grant=${encodeURIComponent(link.contactId)}`}
          >
            <KeyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('edit.action', { name: fullName(link) })}>
          <IconButton
            size="small"
            aria-label={t('edit.action', { name: fullName(link) })}
            onClick={() => setEditing(link)}
          >
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('unlink.action', { name: fullName(link) })}>
          <IconButton
            size="small"
            aria-label={t('unlink.action', { name: fullName(link) })}
            onClick={() => setRemoving(link)}
          >
            <LinkOffIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
    ) : null;

  const type = (link: Link) => contactTypeLabels[locale][link.type as ContactType] ?? link.type;
  const email = (link: Link) => emailLink(link.contact.email) ?? <Empty />;
  const phoneOf = (link: Link) => phoneLink(link.contact.phone ?? link.contact.mobile) ?? <Empty />;

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="h2" component="h2">
          {t('title', { count: client.contactCount })}
        </Typography>
        {writable ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            {t('add.button')}
          </Button>
        ) : null}
      </Stack>
      {failure ? (
        <Alert severity="error" onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {client.contacts.length === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : phone ? (
        <Stack component="ul" aria-label={t('tableLabel')} sx={{ gap: 1.5, listStyle: 'none', m: 0, p: 0 }}>
          {client.contacts.map((link) => (
            <Paper component="li" key={link.id} sx={{ p: 2 }}>
              <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2" component="h3">
                    {fullName(link)}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[link.title, link.department, type(link)].filter(Boolean).join(' · ')}
                  </Typography>
                  <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
                    {email(link)}
                  </Typography>
                  <Typography variant="body2">{phoneOf(link)}</Typography>
                </Box>
                {star(link)}
              </Stack>
              {writable ? <Box sx={{ mt: 1 }}>{actions(link)}</Box> : null}
            </Paper>
          ))}
        </Stack>
      ) : (
        <TableContainer component={Paper}>
          <Table aria-label={t('tableLabel')} size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('columns.name')}</TableCell>
                <TableCell>{t('columns.title')}</TableCell>
                <TableCell>{t('columns.department')}</TableCell>
                <TableCell>{t('columns.type')}</TableCell>
                <TableCell>{t('columns.email')}</TableCell>
                <TableCell>{t('columns.phone')}</TableCell>
                <TableCell align="center">{t('columns.primary')}</TableCell>
                {writable ? (
                  <TableCell align="right">
                    <Box component="span" sx={visuallyHidden}>
                      {t('columns.actions')}
                    </Box>
                  </TableCell>
                ) : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {client.contacts.map((link) => (
                <TableRow key={link.id} hover>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                    {fullName(link)}
                  </TableCell>
                  <TableCell>{link.title ?? <Empty />}</TableCell>
                  <TableCell>{link.department ?? <Empty />}</TableCell>
                  <TableCell>{type(link)}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{email(link)}</TableCell>
                  <TableCell>{phoneOf(link)}</TableCell>
                  <TableCell align="center">{star(link)}</TableCell>
                  {writable ? <TableCell align="right">{actions(link)}</TableCell> : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      <AddContactDialog
        open={adding}
        clientId={clientId}
        country={client.billingAddress.country ?? 'CA'}
        onClose={() => setAdding(false)}
        onAdded={(name) => {
          setAdding(false);
          say((t) => t('add.done', { name }));
        }}
      />
      <EditLinkDialog link={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={t('unlink.title')}
        confirmLabel={t('unlink.confirm')}
        destructive
        busy={unlinking.loading}
        onConfirm={() => void doUnlink()}
        onClose={() => setRemoving(null)}
      >
        {removing ? t('unlink.body', { name: fullName(removing) }) : null}
      </ConfirmDialog>
      <Snackbar open={notice !== null} autoHideDuration={5000} onClose={dismiss}>
        <Alert severity="success" variant="filled" onClose={dismiss}>
          {notice?.(t)}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
