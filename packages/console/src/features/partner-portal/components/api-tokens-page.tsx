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
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { Facts } from '@/components/facts';
import type { PartnerApiTokensQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { usePartnerApiTokensQuery } from '../api/partner-api-tokens-query';
import { useRevokePartnerApiTokenMutation } from '../api/revoke-partner-api-token-mutation';
import { NewTokenDialog } from './new-token-dialog';

type Token = PartnerApiTokensQuery['apiTokens'][number];

const tokenCardId = (tokenId: string) => `api-token-${tokenId}`;

/** A partner user's API tokens for their dashboards: create one (secret shown once), revoke one. */
export function ApiTokensPage() {
  const { t } = useTranslation(['partners', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const tokens = usePartnerApiTokensQuery();
  const [revoke, revoking] = useRevokePartnerApiTokenMutation();
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Token | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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
      setNotice(t('tokens.revokedDone', { name: confirming.name }));
    } catch (error) {
      setFailure(summarize(error).general.join(' '));
    } finally {
      setConfirming(null);
    }
  };

  const list = tokens.data?.apiTokens ?? [];

  return (
    <Box
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 } }}
    >
      <title>{`${t('tokens.title')} · ${t('common:appName')}`}</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h1">{t('tokens.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('tokens.new')}
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ maxWidth: 760 }}>
        {t('tokens.intro')}
      </Typography>

      {tokens.loading ? <LinearProgress aria-label={t('common:loading')} /> : null}
      {tokens.error ? <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
      {failure ? <Alert severity="error">{failure}</Alert> : null}
      {tokens.data && list.length === 0 ? (
        <Typography color="text.secondary">{t('tokens.empty')}</Typography>
      ) : null}

      {list.length > 0 ? (
        <Box
          component="ul"
          aria-label={t('tokens.listLabel')}
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          {list.map((token) => (
            <Box component="li" key={token.id} sx={{ minWidth: 0 }}>
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
                          ? t('tokens.revoked', { date: formatDateTime(token.revokedAt, locale) })
                          : t('tokens.active')
                      }
                    />
                  </Stack>
                  <Facts
                    items={[
                      [t('tokens.scope'), t(`tokens.scopes.${token.scope}`)],
                      [
                        t('tokens.prefix'),
                        <Box component="code" key="prefix" sx={{ fontFamily: 'monospace' }}>
                          {token.prefix}…
                        </Box>,
                      ],
                      [t('tokens.created'), formatDateTime(token.createdAt, locale)],
                      [
                        t('tokens.lastUsed'),
                        token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('tokens.never'),
                      ],
                    ]}
                  />
                  {token.revokedAt ? null : (
                    <Box>
                      <Button
                        color="error"
                        variant="outlined"
                        onClick={() => setConfirming(token)}
                        aria-label={t('tokens.revokeNamed', { name: token.name })}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    </Box>
                  )}
                </CardContent>
              </Card>
            </Box>
          ))}
        </Box>
      ) : null}

      <NewTokenDialog open={creating} onClose={() => setCreating(false)} />

      <ConfirmDialog
        open={confirming !== null}
        title={t('tokens.revokeTitle', { name: confirming?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        destructive
        busy={revoking.loading}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setConfirming(null)}
      >
        {t('tokens.revokeBody')}
      </ConfirmDialog>

      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={() => setNotice(null)}>
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  );
}
