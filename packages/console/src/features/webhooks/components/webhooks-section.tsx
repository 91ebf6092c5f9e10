import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Collapse,
  Divider,
  LinearProgress,
  Snackbar,
  Stack,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { CardGrid } from '@/components/card-grid';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Facts } from '@/components/facts';
import { useNotice, type Wording } from '@/components/use-notice';
import type { WebhookDeliveryFieldsFragment, WebhookEndpointsQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import {
  useDeleteWebhookEndpointMutation,
  usePingWebhookEndpointMutation,
  useReplayWebhookDeliveryMutation,
  useUpdateWebhookEndpointMutation,
  useWebhookEndpointsQuery,
} from '../api/webhooks';
import { wireName } from '../model/webhook-events';
import { NewWebhookDialog } from './new-webhook-dialog';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints']['edges'][number]['node'];
type Delivery = WebhookDeliveryFieldsFragment;
type Say = (notice: Wording<['webhooks', 'common']>) => void;

const STATUS_COLOR = {
  PENDING: 'warning',
  SENDING: 'info',
  DELIVERED: 'success',
  FAILED: 'error',
} as const;

/**
 * The webhooks of the API page: the endpoints the signed-in person manages
 * (a partner's own; every one for an administrator), each with its latest
 * deliveries and every attempt at them — status, answer, next try — and the
 * means to try it, pause it, delete it, or send a delivery again.
 */
export function WebhooksSection({ audience }: { audience: 'staff' | 'partner' }) {
  const { t } = useTranslation(['webhooks', 'common']);
  const endpoints = useWebhookEndpointsQuery();
  const [creating, setCreating] = useState(false);
  const [notice, say, dismiss] = useNotice<Wording<['webhooks', 'common']>>();
  const list = endpoints.data?.webhookEndpoints.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack component="section" aria-labelledby="webhooks-title" sx={{ gap: 2, minWidth: 0 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h2" id="webhooks-title">
          {t('title')}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('new')}
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ maxWidth: 760 }}>
        {t(`intro.${audience}`)}
      </Typography>
      {endpoints.loading && !endpoints.data ? <LinearProgress aria-label={t('common:loading')} /> : null}
      {endpoints.error && !endpoints.data ? (
        <ErrorAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : null}
      {endpoints.data && list.length === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : null}
      {list.length > 0 ? (
        <CardGrid label={t('listLabel')} items={list} itemKey={(endpoint) => endpoint.id} columns={{ xs: 1 }}>
          {(endpoint) => <EndpointCard endpoint={endpoint} audience={audience} say={say} />}
        </CardGrid>
      ) : null}
      <NewWebhookDialog open={creating} audience={audience} onClose={() => setCreating(false)} />
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={dismiss}>
        <Alert severity="success" variant="filled" onClose={dismiss}>
          {notice?.(t)}
        </Alert>
      </Snackbar>
    </Stack>
  );
}

function EndpointCard({
  endpoint,
  audience,
  say,
}: {
  endpoint: Endpoint;
  audience: 'staff' | 'partner';
  say: Say;
}) {
  const { t } = useTranslation(['webhooks', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [update, updating] = useUpdateWebhookEndpointMutation();
  const [remove, removing] = useDeleteWebhookEndpointMutation();
  const [ping, pinging] = usePingWebhookEndpointMutation();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { url } = endpoint;
  const deliveries = endpoint.deliveries.edges.map((edge) => edge.node);

  /** Runs a change, saying so when it is done and why when it is refused. */
  const act = async (change: () => Promise<unknown>, done: Wording<['webhooks', 'common']>) => {
    setFailure(null);
    try {
      await change();
      say(done);
    } catch (error) {
      setFailure(summarize(error).general.join(' '));
    }
  };
  const toggle = () =>
    act(
      () =>
        update({
          variables: { input: { id: endpoint.id, version: endpoint.version, enabled: !endpoint.enabled } },
        }),
      endpoint.enabled ? (t) => t('turnedOff', { url }) : (t) => t('turnedOn', { url }),
    );

  return (
    <Card variant="outlined" component="article" aria-label={url}>
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography
            variant="h3"
            sx={{ fontSize: '1rem', fontFamily: 'monospace', overflowWrap: 'anywhere', minWidth: 0 }}
          >
            {url}
          </Typography>
          <Chip
            size="small"
            color={endpoint.enabled ? 'success' : 'default'}
            variant={endpoint.enabled ? 'filled' : 'outlined'}
            label={endpoint.enabled ? t('on') : t('off')}
          />
        </Stack>
        {endpoint.description ? <Typography color="text.secondary">{endpoint.description}</Typography> : null}
        <Facts
          items={[
            ...(audience === 'staff'
              ? [[t('partner'), endpoint.partnerName ?? t('operator')] as [string, string]]
              : []),
            [
              t('events'),
              <Stack key="events" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                {endpoint.eventTypes.map((type) => (
                  <Chip key={type} size="small" variant="outlined" label={t(`eventTypes.${type}`)} />
                ))}
              </Stack>,
            ],
            [
              t('secretPrefix'),
              <Box component="code" key="prefix" sx={{ fontFamily: 'monospace' }}>
                {endpoint.secretPrefix}…
              </Box>,
            ],
            [t('created'), formatDateTime(endpoint.createdAt, locale)],
          ]}
        />
        {failure ? <Alert severity="error">{failure}</Alert> : null}
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            disabled={!endpoint.enabled}
            loading={pinging.loading}
            onClick={() =>
              void act(
                () => ping({ variables: { input: { id: endpoint.id } } }),
                (t) => t('pinged', { url }),
              )
            }
          >
            {t('ping')}
          </Button>
          <Button variant="outlined" loading={updating.loading} onClick={() => void toggle()}>
            {endpoint.enabled ? t('turnOff') : t('turnOn')}
          </Button>
          <Button
            color="error"
            variant="outlined"
            onClick={() => setConfirming(true)}
            aria-label={t('deleteNamed', { url })}
          >
            {t('delete')}
          </Button>
        </Stack>
        <Divider />
        <Typography variant="h4" sx={{ fontSize: '0.95rem', fontWeight: 600 }}>
          {t('deliveries')}
        </Typography>
        {deliveries.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('noDeliveries')}
          </Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
            {deliveries.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} canReplay={endpoint.enabled} say={say} />
            ))}
          </Box>
        )}
      </CardContent>
      <ConfirmDialog
        open={confirming}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        destructive
        busy={removing.loading}
        onConfirm={() =>
          void act(
            () => remove({ variables: { input: { id: endpoint.id } } }),
            (t) => t('deleted', { url }),
          ).finally(() => setConfirming(false))
        }
        onClose={() => setConfirming(false)}
      >
        {t('deleteBody', { url })}
      </ConfirmDialog>
    </Card>
  );
}

function DeliveryRow({ delivery, canReplay, say }: { delivery: Delivery; canReplay: boolean; say: Say }) {
  const { t } = useTranslation(['webhooks', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [replay, replaying] = useReplayWebhookDeliveryMutation();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const event = t(`eventTypes.${delivery.eventType}`);
  const date = formatDateTime(delivery.createdAt, locale);
  const attemptsId = `attempts-${delivery.id}`;
  const answer =
    delivery.lastStatusCode !== null && delivery.lastStatusCode !== undefined
      ? t('answered', { code: delivery.lastStatusCode })
      : delivery.lastError;

  const sendAgain = async () => {
    setFailure(null);
    try {
      await replay({ variables: { input: { id: delivery.id } } });
      say((t) => t('replayed'));
    } catch (error) {
      setFailure(summarize(error).general.join(' '));
    }
  };

  return (
    <Box
      component="li"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, display: 'grid', gap: 0.75 }}
    >
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={STATUS_COLOR[delivery.status]} label={t(`status.${delivery.status}`)} />
        <Typography sx={{ fontWeight: 500 }}>{event}</Typography>
        <Typography variant="body2" color="text.secondary" component="code" sx={{ fontFamily: 'monospace' }}>
          {wireName(delivery.eventType)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ ml: { sm: 'auto' } }}>
          {date}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[
          // Every attempt, replays included (attemptCount restarts at a replay, for the retries).
          t('attemptCount', { count: delivery.attempts.length }),
          answer,
          delivery.status === 'PENDING' && delivery.attemptCount > 0
            ? t('nextAttempt', { date: formatDateTime(delivery.nextAttemptAt, locale) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {delivery.attempts.length > 0 ? (
          <Button size="small" aria-expanded={open} aria-controls={attemptsId} onClick={() => setOpen(!open)}>
            {t('attempts')} ({delivery.attempts.length})
          </Button>
        ) : null}
        {canReplay && delivery.status !== 'SENDING' && delivery.status !== 'PENDING' ? (
          <Button
            size="small"
            loading={replaying.loading}
            onClick={() => void sendAgain()}
            aria-label={t('replayNamed', { event, date })}
          >
            {t('replay')}
          </Button>
        ) : null}
      </Stack>
      <Collapse in={open} id={attemptsId}>
        <Box
          component="ol"
          aria-label={t('attemptsOf', { event, date })}
          sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}
        >
          {delivery.attempts.map((attempt) => (
            <Typography component="li" variant="body2" key={attempt.id}>
              {[
                formatDateTime(attempt.at, locale),
                attempt.statusCode !== null && attempt.statusCode !== undefined
                  ? t('answered', { code: attempt.statusCode })
                  : t('noAnswer'),
                attempt.statusCode && attempt.statusCode < 300 ? null : attempt.error,
                t('took', { ms: attempt.durationMs }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
          {t('eventId', { id: delivery.eventId })}
        </Typography>
      </Collapse>
    </Box>
  );
}
