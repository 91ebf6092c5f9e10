import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CardGrid } from '@/components/card-grid';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Facts, Section } from '@/components/facts';
import type { Wording } from '@/components/use-notice';
import { When } from '@/components/when';
import type { MySessionsQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useMySessionsQuery, useRevokeOtherSessionsMutation, useRevokeSessionMutation } from '../api/account';
import { describeUserAgent, displayIp } from '../model/session-display';

type Session = MySessionsQuery['mySessions'][number];

/** A session as people know it: the browser or app, and the system it runs on. */
function describeSession(session: Session, t: TFunction<['account', 'common']>): string {
  const { browser, system } = describeUserAgent(session.userAgent);
  if (session.kind === 'BEARER') return system ? t('sessions.appOn', { system }) : t('sessions.app');
  if (browser && system) return t('sessions.browserOn', { browser, system });
  return browser ?? t('sessions.browser');
}

/** What to end: one session, or every one but this. */
type Ending = { session: Session } | 'others';

/**
 * Where the person is signed in: this browser, others, and the apps holding a
 * bearer token. A lost phone or a shared computer is signed out from here.
 */
export function SessionsSection({
  onNotice,
}: {
  onNotice: (wording: Wording<['account', 'common']>) => void;
}) {
  const { t } = useTranslation(['account', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const { data, error, refetch } = useMySessionsQuery();
  const [revoke, revoking] = useRevokeSessionMutation();
  const [revokeOthers, revokingOthers] = useRevokeOtherSessionsMutation();
  const [ending, setEnding] = useState<Ending | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // This session first, then the most recently used.
  const sessions = [...(data?.mySessions ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const others = sessions.filter((session) => !session.current);

  const describe = (session: Session) => describeSession(session, t);

  const confirm = async () => {
    if (!ending) return;
    setFailure(null);
    try {
      if (ending === 'others') {
        const { data: ended } = await revokeOthers();
        const count = ended?.revokeOtherSessions.revokedCount ?? 0;
        onNotice((t) => t('sessions.othersEnded', { count }));
      } else {
        await revoke({ variables: { id: ending.session.id } });
        const { session } = ending;
        // The session's name is in words too: worded again with the rest.
        onNotice((t) => t('sessions.ended', { name: describeSession(session, t) }));
      }
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    } finally {
      setEnding(null);
    }
  };

  return (
    <Section
      title={t('sessions.title')}
      actions={
        others.length > 0 ? (
          <Button color="error" variant="outlined" onClick={() => setEnding('others')}>
            {t('sessions.endOthers')}
          </Button>
        ) : null
      }
    >
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('sessions.intro')}
      </Typography>
      {failure ? (
        <Alert severity="error" sx={{ mb: 2 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      ) : null}
      {!data && error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <Skeleton variant="rounded" height={140} aria-busy="true" /> : null}
      {sessions.length > 0 ? (
        <CardGrid label={t('sessions.title')} items={sessions} itemKey={(session) => session.id}>
          {(session) => (
            <Card variant="outlined" component="article" aria-label={describe(session)}>
              <CardContent sx={{ display: 'grid', gap: 1.5 }}>
                <Stack
                  direction="row"
                  sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
                >
                  <Typography variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 500 }}>
                    {describe(session)}
                  </Typography>
                  {session.current ? (
                    <Chip size="small" color="success" label={t('sessions.current')} />
                  ) : null}
                </Stack>
                <Facts
                  items={[
                    [t('sessions.kind'), t(`sessions.kinds.${session.kind}`)],
                    [t('sessions.ip'), displayIp(session.ip) ?? '—'],
                    [t('sessions.signedIn'), formatDateTime(session.createdAt, locale)],
                    [t('sessions.lastSeen'), <When key="seen" iso={session.lastSeenAt} />],
                    [t('sessions.expires'), formatDateTime(session.expiresAt, locale)],
                  ]}
                />
                {!session.current ? (
                  <Box>
                    <Button
                      color="error"
                      variant="outlined"
                      onClick={() => setEnding({ session })}
                      aria-label={t('sessions.endNamed', { name: describe(session) })}
                    >
                      {t('sessions.end')}
                    </Button>
                  </Box>
                ) : null}
              </CardContent>
            </Card>
          )}
        </CardGrid>
      ) : null}
      <ConfirmDialog
        open={ending !== null}
        title={
          ending === 'others'
            ? t('sessions.endOthersTitle', { count: others.length })
            : t('sessions.endTitle')
        }
        confirmLabel={ending === 'others' ? t('sessions.endOthers') : t('sessions.end')}
        destructive
        busy={revoking.loading || revokingOthers.loading}
        onConfirm={() => void confirm()}
        onClose={() => setEnding(null)}
      >
        {ending === 'others' || !ending
          ? t('sessions.endOthersBody')
          : t('sessions.endBody', { name: describe(ending.session) })}
      </ConfirmDialog>
    </Section>
  );
}
