import { useEffect, useRef, useState, type ComponentType } from 'react';
import {
  Alert,
  Box,
  Button,
  IconButton,
  InputAdornment,
  LinearProgress,
  Snackbar,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { CardGrid } from '@/components/card-grid';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { useNotice, type Wording } from '@/components/use-notice';
import { formatDate } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { usePartnerClientsQuery, PARTNER_PAGE_SIZE } from '../api/partner-clients-query';
import { useCancelPartnerInvitationMutation } from '../api/cancel-partner-invitation-mutation';
import { useResendPartnerInvitationMutation } from '../api/resend-partner-invitation-mutation';
import { useSetPartnerClientNotificationsMutation } from '../api/set-client-notifications-mutation';
import { ClientCard, clientCardId, type PartnerClientCard } from './client-card';

/** The dialog the app hands in: the clients feature's two-step "New client", in partner mode. */
export interface NewPartnerClientDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (client: { id: string; name: string }) => void;
}

type PartnersWording = Wording<['partners', 'common']>;

interface PartnerClientsPageProps {
  NewClientDialog: ComponentType<NewPartnerClientDialogProps>;
}

/**
 * "My clients" (seed 001) for a partner user: a card per client with its
 * invitation status (seed 000), search, "New client", and resend or cancel
 * on the cards whose invitation is still open.
 */
export function PartnerClientsPage({ NewClientDialog }: PartnerClientsPageProps) {
  const { t } = useTranslation(['partners', 'common']);
  const summarize = useErrorSummary();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 300);
  const list = usePartnerClientsQuery(query);
  const [resend] = useResendPartnerInvitationMutation();
  const [cancel, cancelling] = useCancelPartnerInvitationMutation();
  const [setNotifications, switching] = useSetPartnerClientNotificationsMutation();
  // Seed 001: a resend while the client's notifications are off would be withheld; asked first.
  const [resendingQuiet, setResendingQuiet] = useState<PartnerClientCard | null>(null);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<PartnerClientCard | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  // How to word it, not its words: the snackbar on screen follows a change of language.
  const [notice, say] = useNotice<{ severity: 'success' | 'error'; text: PartnersWording }>();
  const [noticeOpen, setNoticeOpen] = useState(false);
  // The card whose Cancel button was pressed: that button is gone once the invitation is
  // cancelled, so the dialog cannot hand the focus back to it; the card takes it instead.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current || confirming) return;
    document.getElementById(clientCardId(refocus.current))?.focus();
    refocus.current = null;
  }, [confirming]);

  const connection = list.data?.clients ?? list.previousData?.clients;
  const cards = connection?.edges.map((edge) => edge.node) ?? [];

  const announce = (severity: 'success' | 'error', text: PartnersWording) => {
    say({ severity, text });
    setNoticeOpen(true);
  };
  /** The server's words (already in the language of the request), else ours. */
  const announceFailure = (error: unknown) => {
    const words = summarize(error).general.join(' ');
    announce('error', words ? () => words : (t) => t('common:errors.unexpected'));
  };

  const switchNotifications = async (client: PartnerClientCard, enabled: boolean) => {
    setWorking(client.id);
    try {
      await setNotifications({ variables: { input: { clientId: client.id, enabled } } });
      const key = enabled ? 'clients.notificationsTurnedOn' : 'clients.notificationsTurnedOff';
      announce('success', (t) => t(key, { name: client.name }));
    } catch (error) {
      announceFailure(error);
    } finally {
      setWorking(null);
    }
  };

  const act = async (client: PartnerClientCard, action: 'resend' | 'cancel' | 'enableAndResend') => {
    const invitation = client.partnerInvitation;
    if (!invitation) return;
    setWorking(client.id);
    try {
      if (action === 'enableAndResend') {
        await setNotifications({ variables: { input: { clientId: client.id, enabled: true } } });
        setResendingQuiet(null);
      }
      if (action === 'resend' || action === 'enableAndResend') {
        const { data } = await resend({ variables: { input: { id: invitation.id } } });
        const expires = data?.resendPartnerInvitation.invitation.expiresAt;
        // The date is in words too: written in the language on screen when shown.
        announce('success', (t) =>
          t('clients.resent', { name: client.name, date: formatDate(expires, currentLocale()) }),
        );
      } else {
        await cancel({ variables: { input: { id: invitation.id } } });
        refocus.current = client.id;
        setConfirming(null);
        announce('success', (t) => t('clients.cancelled', { name: client.name }));
      }
    } catch (error) {
      setConfirming(null);
      setResendingQuiet(null);
      announceFailure(error);
      // The invitation may have moved on meanwhile (answered, expired): show where it stands now.
      void list.refetch().catch(() => undefined);
    } finally {
      setWorking(null);
    }
  };

  const loadMore = () =>
    void list
      .fetchMore({
        variables: { after: connection?.pageInfo.endCursor, first: PARTNER_PAGE_SIZE },
        updateQuery: (previous, { fetchMoreResult }) => ({
          clients: {
            ...fetchMoreResult.clients,
            edges: [...previous.clients.edges, ...fetchMoreResult.clients.edges],
          },
        }),
      })
      .catch(() => undefined);

  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 } }}
    >
      <title>{`${t('clients.title')} · ${t('common:appName')}`}</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h1">{t('clients.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('clients.new')}
        </Button>
      </Stack>
      <Typography color="text.secondary">{t('clients.intro')}</Typography>

      <TextField
        type="search"
        label={t('clients.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        helperText={t('clients.searchHelp')}
        sx={{ maxWidth: { sm: 420 } }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />

      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.loading ? <LinearProgress aria-label={t('common:loading')} /> : null}

      <Typography role="status" variant="body2" color="text.secondary">
        {connection
          ? cards.length === 0
            ? query
              ? t('clients.noMatch', { query })
              : t('clients.empty')
            : t('clients.count', { count: connection.totalCount })
          : null}
      </Typography>

      {cards.length > 0 ? (
        <CardGrid
          label={t('clients.listLabel')}
          items={cards}
          itemKey={(client) => client.id}
          columns={{ xs: 1, sm: 2, lg: 3 }}
        >
          {(client) => (
            <ClientCard
              client={client}
              busy={working === client.id}
              onResend={(card) =>
                card.notificationsEnabled ? void act(card, 'resend') : setResendingQuiet(card)
              }
              onCancel={setConfirming}
              onNotifications={(card, enabled) => void switchNotifications(card, enabled)}
            />
          )}
        </CardGrid>
      ) : null}

      {connection?.pageInfo.hasNextPage ? (
        <Box>
          <Button onClick={loadMore} disabled={list.loading}>
            {t('common:actions.loadMore')}
          </Button>
        </Box>
      ) : null}

      <NewClientDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(client) => {
          setCreating(false);
          announce('success', (t) => t('newClient.created', { name: client.name }));
        }}
      />

      <ConfirmDialog
        open={resendingQuiet !== null}
        title={t('clients.quietTitle', { name: resendingQuiet?.name ?? '' })}
        confirmLabel={t('clients.quietConfirm')}
        busy={working !== null || switching.loading}
        onConfirm={() => resendingQuiet && void act(resendingQuiet, 'enableAndResend')}
        onClose={() => setResendingQuiet(null)}
      >
        {t('clients.quietBody')}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirming !== null}
        title={t('clients.cancelTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('clients.cancelConfirm')}
        destructive
        busy={cancelling.loading}
        onConfirm={() => confirming && void act(confirming, 'cancel')}
        onClose={() => setConfirming(null)}
      >
        {t('clients.cancelBody')}
      </ConfirmDialog>

      <Snackbar
        open={noticeOpen}
        autoHideDuration={notice?.severity === 'error' ? null : 6000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setNoticeOpen(false);
        }}
      >
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          action={
            <IconButton
              color="inherit"
              size="small"
              aria-label={t('common:actions.close')}
              onClick={() => setNoticeOpen(false)}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          }
        >
          {notice?.text(t)}
        </Alert>
      </Snackbar>
    </Box>
  );
}
