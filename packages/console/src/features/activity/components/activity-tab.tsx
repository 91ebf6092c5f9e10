import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  LinearProgress,
  ListItemText,
  ListSubheader,
  MenuItem,
  Paper,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ActivityAction,
  ActorType,
  activityActionLabels,
  actorTypeLabels,
  type Locale,
} from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { When } from '@/components/when';
import type { ActivityActorsQuery, ClientActivityQuery } from '@/gql/graphql';
import { useActivityNames } from '@/lib/activity-names';
import { useFieldLabel } from '@/lib/field-labels';
import { useLocale } from '@/lib/i18n';
import { useActivityActorsQuery } from '../api/activity-actors-query';
import { useClientActivityQuery } from '../api/client-activity-query';
import {
  fromWhoValue,
  readActivityView,
  toActivityFilter,
  whoValue,
  writeActivityView,
  type ActivityView,
} from '../model/filters';
import { formatChangeValue } from '@/lib/change-values';

type Entry = NonNullable<ClientActivityQuery['client']>['activity']['edges'][number]['node'];
type Actor = ActivityActorsQuery['activity']['actors'][number];

const label = <E extends string>(table: Record<Locale, Record<E, string>>, value: string, locale: Locale) =>
  (table[locale] as Record<string, string>)[value] ?? value;

/** The Activity tab: every change to the file, newest first, who and when, field by field. */
export function ActivityTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['activity', 'common']);
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const view = readActivityView(params);
  const filter = toActivityFilter(view);
  const { data, error, loading, fetchMore, refetch } = useClientActivityQuery(clientId, filter);
  const names = useTimelineNames(clientId, data?.client?.activity.edges);
  const actors = useActivityActorsQuery(clientId).data?.activity.actors;
  const connection = data?.client?.activity;

  const change = (next: Partial<ActivityView>) =>
    setParams(writeActivityView({ ...view, ...next }), { replace: true });

  const loadMore = () =>
    void fetchMore({ variables: { after: connection?.pageInfo.endCursor } }).catch(() => undefined);

  return (
    <Stack sx={{ gap: 2 }}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 2, alignItems: { xs: 'stretch', sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="h2" component="h2">
          {connection ? t('title', { count: connection.totalCount }) : t('titleLoading')}
        </Typography>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{ gap: 2, minWidth: { sm: 480 }, '& > *': { flex: { sm: '1 1 0' }, minWidth: 0 } }}
        >
          <TextField
            select
            label={t('filters.action')}
            value={view.actions}
            onChange={(event) => {
              const value = event.target.value as unknown as string[] | string;
              change({ actions: (typeof value === 'string' ? value.split(',') : value) as ActivityAction[] });
            }}
            slotProps={{
              select: {
                multiple: true,
                renderValue: (selected) =>
                  (selected as string[]).length === 0
                    ? t('filters.allActions')
                    : (selected as string[])
                        .map((value) => label(activityActionLabels, value, locale))
                        .join(', '),
                displayEmpty: true,
              },
              inputLabel: { shrink: true },
            }}
          >
            {Object.values(ActivityAction).map((action) => (
              <MenuItem key={action} value={action} dense>
                <Checkbox size="small" checked={view.actions.includes(action)} sx={{ py: 0 }} />
                <ListItemText>{label(activityActionLabels, action, locale)}</ListItemText>
              </MenuItem>
            ))}
          </TextField>
          <WhoFilter view={view} actors={actors} onChange={(who) => change(fromWhoValue(who))} />
        </Stack>
      </Stack>

      {error && !connection ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        <Stack sx={{ gap: 1.5 }} aria-busy="true">
          <Skeleton variant="rounded" height={88} />
          <Skeleton variant="rounded" height={88} />
          <Skeleton variant="rounded" height={88} />
        </Stack>
      ) : connection.edges.length === 0 ? (
        <Typography color="text.secondary">{filter ? t('emptyFiltered') : t('empty')}</Typography>
      ) : (
        <>
          {loading ? <LinearProgress aria-label={t('common:loading')} /> : null}
          <Box
            component="ol"
            aria-label={t('listLabel')}
            sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5 }}
          >
            {connection.edges.map(({ node }) => (
              <ActivityEntry key={node.id} entry={node} names={names} />
            ))}
          </Box>
          {error ? <Alert severity="error">{t('loadFailed')}</Alert> : null}
          {connection.pageInfo.hasNextPage ? (
            <Box sx={{ textAlign: 'center' }}>
              <Button variant="outlined" onClick={loadMore} loading={loading}>
                {t('common:actions.loadMore')}
              </Button>
              <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 1 }}>
                {t('shown', { shown: connection.edges.length, total: connection.totalCount })}
              </Typography>
            </Box>
          ) : null}
        </>
      )}
    </Stack>
  );
}

/**
 * Who did it: anyone, every actor of a kind, or one person among those in
 * this file's log (grouped by kind; the platform has no person, only its kind).
 */
function WhoFilter({
  view,
  actors,
  onChange,
}: {
  view: ActivityView;
  actors: readonly Actor[] | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation(['activity', 'common']);
  const value = whoValue(view);
  const known = actors?.find((actor) => actor.id === view.person);
  const items = Object.values(ActorType).flatMap((kind) => [
    <ListSubheader key={`group-${kind}`}>{t(`filters.groups.${kind}`)}</ListSubheader>,
    <MenuItem key={`kind-${kind}`} value={`kind:${kind}`}>
      {t(`filters.kinds.${kind}`)}
    </MenuItem>,
    ...(actors ?? [])
      .filter((actor) => actor.type === kind)
      .map((actor) => (
        <MenuItem key={`person-${actor.id}`} value={`person:${actor.id}`} sx={{ pl: 4 }}>
          {actor.name}
        </MenuItem>
      )),
  ]);
  return (
    <TextField
      select
      label={t('filters.actor')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{
        select: {
          displayEmpty: true,
          renderValue: () =>
            view.person
              ? (known?.name ?? t('common:loading'))
              : view.actor
                ? t(`filters.kinds.${view.actor}`)
                : t('filters.allActors'),
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } },
        },
        inputLabel: { shrink: true },
      }}
    >
      <MenuItem value="">{t('filters.allActors')}</MenuItem>
      {items}
      {/* A person from the address not (yet) among those listed: still the value, so the select shows it. */}
      {view.person && !known ? (
        <MenuItem value={value} sx={{ display: 'none' }}>
          {t('common:loading')}
        </MenuItem>
      ) : null}
    </TextField>
  );
}

/** Ids in the log named after what they stand for: lists, staff, other clients, and the actors seen. */
function useTimelineNames(clientId: string, edges: readonly { node: Entry }[] | undefined) {
  const known = useActivityNames(clientId);
  return useMemo(() => {
    const names = new Map(known);
    for (const { node } of edges ?? []) if (node.actorId) names.set(node.actorId, node.actorName);
    return names;
  }, [known, edges]);
}

function ActivityEntry({ entry, names }: { entry: Entry; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation(['activity', 'common', 'fields']);
  const locale = useLocale();
  const fieldLabel = useFieldLabel();
  const words = { yes: t('common:yes'), no: t('common:no') };
  const entity = t(`fields:entity.${entry.entityType}` as 'fields:entity.Client', {
    defaultValue: entry.entityType,
  });
  const show = (field: string, value: string | null) =>
    formatChangeValue(field, value, locale, words, names, entry.entityType);

  return (
    <Paper
      component="li"
      sx={{ p: { xs: 1.5, sm: 2 }, borderLeft: 4, borderLeftColor: actionColor(entry.action) }}
    >
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: { xs: 0.5, sm: 2 }, justifyContent: 'space-between' }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle2" component="h3">
              {label(activityActionLabels, entry.action, locale)}
            </Typography>
            <Chip size="small" variant="outlined" label={entity} />
          </Stack>
          <Typography variant="body2">
            {entry.actorName}{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              · {label(actorTypeLabels, entry.actorType, locale)}
              {entry.onBehalfOfType
                ? ` · ${
                    entry.onBehalfOfName
                      ? t('onBehalfOfNamed', {
                          name: entry.onBehalfOfName,
                          type: label(actorTypeLabels, entry.onBehalfOfType, locale),
                        })
                      : t('onBehalfOf', { type: label(actorTypeLabels, entry.onBehalfOfType, locale) })
                  }`
                : null}
            </Box>
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ flexShrink: 0, textAlign: { sm: 'right' } }}>
          <When iso={entry.at} exact />
        </Typography>
      </Stack>
      {entry.changes.length > 0 ? (
        <Box
          component="dl"
          sx={{
            m: 0,
            mt: 1.5,
            display: 'grid',
            gridTemplateColumns: {
              xs: 'minmax(6.5rem, 38%) minmax(0, 1fr)',
              sm: 'minmax(10rem, max-content) minmax(0, 1fr)',
            },
            columnGap: { xs: 1.5, sm: 2 },
            rowGap: 0.75,
            '& dt': { color: 'text.secondary', overflowWrap: 'anywhere' },
            '& dd': { m: 0, overflowWrap: 'anywhere', minWidth: 0 },
          }}
        >
          {entry.changes.map((change, index) => {
            const before = show(change.field, change.before);
            const after = show(change.field, change.after);
            return (
              <Box key={`${change.field}-${index}`} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2">
                  {fieldLabel(change.field, entry.entityType)}
                </Typography>
                <Typography component="dd" variant="body2">
                  {before !== null ? (
                    <>
                      <Box
                        component="del"
                        sx={{ color: 'text.secondary' }}
                        aria-label={t('before', { value: before })}
                      >
                        {before}
                      </Box>
                      <Box component="span" aria-hidden sx={{ mx: 0.75, color: 'text.secondary' }}>
                        →
                      </Box>
                    </>
                  ) : null}
                  {after !== null ? (
                    <Box component="ins" sx={{ textDecoration: 'none', fontWeight: 500 }}>
                      {after}
                    </Box>
                  ) : (
                    <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                      {t('fields:values.empty')}
                    </Box>
                  )}
                </Typography>
              </Box>
            );
          })}
        </Box>
      ) : null}
    </Paper>
  );
}

/** The side stripe: creations green, removals red, refusals and suppressed emails amber, the rest blue. */
function actionColor(action: string): string {
  if (['CREATED', 'LINKED', 'RESTORED', 'ACCESS_GRANTED'].includes(action)) return 'success.light';
  if (['DELETED', 'UNLINKED', 'PURGED'].includes(action)) return 'error.light';
  if (['SIGN_IN_REFUSED', 'EMAIL_SUPPRESSED', 'ACTING_AS_STARTED'].includes(action)) return 'warning.light';
  return 'primary.light';
}
