import { useId } from 'react';
import {
  Box,
  Button,
  Card,
  CardActions,
  CardContent,
  FormControlLabel,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PartnerClientsQuery } from '@/gql/graphql';
import { partnerClientPath } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { invitationActions, opensFile } from '../model/invitation';
import { InvitationStatusChip } from './invitation-status-chip';

export type PartnerClientCard = NonNullable<PartnerClientsQuery['clients']>['edges'][number]['node'];

/** The card's element id, so the list can give it the keyboard when the button pressed in it is gone. */
export const clientCardId = (clientId: string) => `partner-client-${clientId}`;

interface ClientCardProps {
  client: PartnerClientCard;
  busy: boolean;
  onResend: (client: PartnerClientCard) => void;
  onCancel: (client: PartnerClientCard) => void;
  onNotifications: (client: PartnerClientCard, enabled: boolean) => void;
}

/**
 * A client as its partner sees it before (and after) the administrator's
 * answer (seed 000): name, city, invitation status; the actions the status
 * allows, each naming the client for screen reader users.
 */
export function ClientCard({ client, busy, onResend, onCancel, onNotifications }: ClientCardProps) {
  const { t } = useTranslation('partners');
  const locale = useLocale();
  const titleId = useId();
  const invitation = client.partnerInvitation;
  const status = invitation?.status;
  const actions = invitationActions(status);
  const date = (iso: string | null | undefined) => formatDate(iso, locale);

  const timeline =
    status === 'PENDING'
      ? `${t('clients.sent', { date: date(invitation?.sentAt) })} · ${t('clients.expires', { date: date(invitation?.expiresAt) })}`
      : status === 'EXPIRED'
        ? `${t('clients.sent', { date: date(invitation?.sentAt) })} · ${t('clients.expired', { date: date(invitation?.expiresAt) })}`
        : status === 'CANCELLED'
          ? t('clients.cancelledOn', { date: date(invitation?.respondedAt) })
          : invitation?.respondedAt
            ? t('clients.answered', { date: date(invitation.respondedAt) })
            : null;

  return (
    <Card
      component="article"
      id={clientCardId(client.id)}
      tabIndex={-1}
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}
    >
      <CardContent sx={{ flex: 1, display: 'grid', gap: 1 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Typography id={titleId} variant="h2" component="h2" sx={{ fontSize: '1.1rem', minWidth: 0 }}>
            {client.name}
          </Typography>
          <InvitationStatusChip status={status} />
        </Stack>
        <Typography color={client.city ? 'text.primary' : 'text.secondary'}>
          {client.city ?? t('clients.noCity')}
        </Typography>
        {client.plan ? (
          <Typography variant="body2" color="text.secondary">
            {t('clients.plan', { plan: client.plan.name })}
          </Typography>
        ) : null}
        {timeline ? (
          <Typography variant="body2" color="text.secondary">
            {timeline}
          </Typography>
        ) : null}
        {/* Once the client declined, or the invitation was withdrawn, its emails are no longer the partner's call. */}
        {status === 'DECLINED' || status === 'CANCELLED' ? null : (
          <>
            <FormControlLabel
              control={
                <Switch
                  checked={client.notificationsEnabled}
                  disabled={busy}
                  onChange={(event) => onNotifications(client, event.target.checked)}
                  slotProps={{ input: { 'aria-describedby': `${titleId}-notifications` } }}
                />
              }
              label={t('clients.notifications')}
            />
            <Typography
              id={`${titleId}-notifications`}
              variant="body2"
              color="text.secondary"
              sx={{ mt: -1 }}
            >
              {client.notificationsEnabled ? t('clients.notificationsOn') : t('clients.notificationsOff')}
            </Typography>
          </>
        )}
        {status === 'DECLINED' || status === 'CANCELLED' ? (
          <Typography variant="body2" color="text.secondary">
            {status === 'DECLINED' ? t('clients.declinedHint') : t('clients.cancelledHint')}
          </Typography>
        ) : null}
      </CardContent>
      {opensFile(status) || actions.resend || actions.cancel ? (
        <CardActions sx={{ px: 2, pb: 2, pt: 0, gap: 1, flexWrap: 'wrap' }}>
          {opensFile(status) ? (
            <Button
              component={RouterLink}
              to={partnerClientPath(client.id)}
              variant="outlined"
              aria-label={t('clients.openNamed', { name: client.name })}
            >
              {t('clients.open')}
            </Button>
          ) : null}
          {actions.resend ? (
            <Button
              variant="outlined"
              disabled={busy}
              onClick={() => onResend(client)}
              aria-label={t('clients.resendNamed', { name: client.name })}
            >
              {t('clients.resend')}
            </Button>
          ) : null}
          {actions.cancel ? (
            <Box sx={{ ml: { sm: 'auto' } }}>
              <Button
                color="error"
                disabled={busy}
                onClick={() => onCancel(client)}
                aria-label={t('clients.cancelNamed', { name: client.name })}
              >
                {t('clients.cancel')}
              </Button>
            </Box>
          ) : null}
        </CardActions>
      ) : null}
    </Card>
  );
}
