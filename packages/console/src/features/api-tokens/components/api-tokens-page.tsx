import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
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
import type { ApiTokensQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useApiTokensQuery, useRevokeApiTokenMutation } from '../api/api-tokens';
import { NewApiTokenDialog } from './new-api-token-dialog';

type Token = ApiTokensQuery['apiTokens'][number];

const tokenCardId = (tokenId: string) => `api-token-${tokenId}`;

/**
 * The signed-in person's API tokens for their programs and dashboards: create
 * one (its secret shown once), revoke one. The same page serves staff (in
 * Administration) and partner users; `audience` picks what the intro says a
 * token may reach, and `documentTitle` the browser tab's title.
 */
export function ApiTokensPage({
  audience,
  documentTitle,
}: {
  audience: 'staff' | 'partner';
  documentTitle: string;
}) {
  const { t } = useTranslation(['apiTokens', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const tokens = useApiTokensQuery();
  const [revoke, revoking] = useRevokeApiTokenMutation();
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Token | null>(null);
  // How to word it, not its words: a notice on screen follows a change of language.
  const [notice, say, dismiss] = useNotice<Wording<['apiTokens', 'common']>>();
  const [failure, setFailure] = useState<string | null>(null);
  // A revoked token loses its Revoke button, so the dialog cannot hand the focus back to it:
  // the token's card takes it instead.
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current || confirming) return;
    document.getElementById(tokenCardId(refocus.current))?.focus();
    refocus.current = null;
  }, [confirming]);

  const confirmRevoke = async () => {
    if (!confirming) return;
    setFailure(null);
    try {
      await revoke({ variables: { input: { id: confirming.id } } });
      refocus.current = confirming.id;
      const { name } = confirming;
      say((t) => t('revokedDone', { name }));
    } catch (error) {
      setFailure(summarize(error).general.join(' '));
    } finally {
      setConfirming(null);
    }
  };

  const list = tokens.data?.apiTokens ?? [];
  const ownerFact = (token: Token): [string, string] => [
    t('owner'),
    token.ownerPartnerName
      ? t('ownerAtPartner', { name: token.ownerName, partner: token.ownerPartnerName })
      : token.ownerName,
  ];

  return (
    <Stack sx={{ gap: 2, minWidth: 0 }}>
      <title>{documentTitle}</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h1">{t('title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('new')}
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ maxWidth: 760 }}>
        {t(`intro.${audience}`)}
      </Typography>

      {tokens.loading && !tokens.data ? <LinearProgress aria-label={t('common:loading')} /> : null}
      {tokens.error ? <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      {tokens.data && list.length === 0 ? <Typography color="text.secondary">{t('empty')}</Typography> : null}

      {list.length > 0 ? (
        <CardGrid label={t('listLabel')} items={list} itemKey={(token) => token.id}>
          {(token) => (
            <Card
              variant="outlined"
              component="article"
              id={tokenCardId(token.id)}
              tabIndex={-1}
              aria-label={token.name}
            >
              <CardContent sx={{ display: 'grid', gap: 1.5 }}>
                <Stack
                  direction="row"
                  sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
                >
                  <Typography variant="h2" sx={{ fontSize: '1.1rem' }}>
                    {token.name}
                  </Typography>
                  <Chip
                    size="small"
                    color={token.revokedAt ? 'default' : 'success'}
                    variant={token.revokedAt ? 'outlined' : 'filled'}
                    label={
                      token.revokedAt
                        ? t('revoked', { date: formatDateTime(token.revokedAt, locale) })
                        : t('active')
                    }
                  />
                </Stack>
                <Facts
                  items={[
                    // An administrator sees everyone's tokens: whose rights each one carries.
                    ...(audience === 'staff' ? [ownerFact(token)] : []),
                    [t('scope'), t(`scopes.${token.scope}`)],
                    [
                      t('prefix'),
                      <Box component="code" key="prefix" sx={{ fontFamily: 'monospace' }}>
                        {token.prefix}…
                      </Box>,
                    ],
                    [t('created'), formatDateTime(token.createdAt, locale)],
                    [t('lastUsed'), token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('never')],
                  ]}
                />
                {token.revokedAt ? null : (
                  <Box>
                    <Button
                      color="error"
                      variant="outlined"
                      onClick={() => setConfirming(token)}
                      aria-label={t('revokeNamed', { name: token.name })}
                    >
                      {t('revoke')}
                    </Button>
                  </Box>
                )}
              </CardContent>
            </Card>
          )}
        </CardGrid>
      ) : null}

      <NewApiTokenDialog open={creating} onClose={() => setCreating(false)} />

      <ConfirmDialog
        open={confirming !== null}
        title={t('revokeTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('revoke')}
        destructive
        busy={revoking.loading}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setConfirming(null)}
      >
        {t('revokeBody')}
      </ConfirmDialog>

      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={dismiss}>
        <Alert severity="success" variant="filled" onClose={dismiss}>
          {notice?.(t)}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
