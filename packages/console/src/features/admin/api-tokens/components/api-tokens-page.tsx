import { useId, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormLabel,
  IconButton,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkRequiredText } from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { When } from '@/components/when';
import type { AdminApiTokensQuery, ApiTokenScope } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { FormDialog } from '../../components/form-dialog';
import { Notice } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { issueText } from '../../users/model/user-form';
import {
  useAdminApiTokensQuery,
  useCreateApiTokenMutation,
  useRevokeApiTokenMutation,
} from '../api/api-tokens-query';

type Token = AdminApiTokensQuery['apiTokens'][number];

/** API tokens for programs: created with a scope, the secret shown once, revoked at once. */
export function ApiTokensPage() {
  const { t } = useTranslation(['admin', 'common']);
  const summarize = useErrorSummary();
  const { data, error, refetch } = useAdminApiTokensQuery();
  const [revoke, revoking] = useRevokeApiTokenMutation();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [revokingToken, setRevokingToken] = useState<Token | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const doRevoke = async () => {
    if (!revokingToken) return;
    try {
      await revoke({ variables: { input: { id: revokingToken.id } } });
      setNotice(t('tokens.revoked', { name: revokingToken.name }));
    } catch (problem) {
      setFailure(summarize(problem).general.join(' '));
    } finally {
      setRevokingToken(null);
    }
  };

  return (
    <AdminPage
      title={t('pages.api-tokens')}
      intro={t('tokens.intro')}
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('tokens.new')}
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
      {!data && !error ? <Skeleton variant="rounded" height={200} aria-busy="true" /> : null}
      {data ? (
        <AdminTable
          label={t('tokens.tableLabel')}
          rows={data.apiTokens}
          rowKey={(token) => token.id}
          muted={(token) => token.revokedAt !== null}
          title={{ key: 'name', header: t('tokens.fields.name'), render: (token) => token.name }}
          columns={[
            {
              key: 'prefix',
              header: t('tokens.fields.prefix'),
              render: (token) => <Box component="code">{`${token.prefix}…`}</Box>,
            },
            {
              key: 'scope',
              header: t('tokens.fields.scope'),
              render: (token) => t(`tokens.scopes.${token.scope}`),
            },
            {
              key: 'created',
              header: t('tokens.fields.created'),
              render: (token) => <When iso={token.createdAt} />,
            },
            {
              key: 'lastUsed',
              header: t('tokens.fields.lastUsed'),
              render: (token) => (token.lastUsedAt ? <When iso={token.lastUsedAt} /> : t('tokens.neverUsed')),
            },
            {
              key: 'status',
              header: t('tokens.fields.status'),
              render: (token) =>
                token.revokedAt ? (
                  <Chip size="small" variant="outlined" label={t('tokens.revokedChip')} />
                ) : (
                  <Chip size="small" variant="outlined" color="success" label={t('tokens.activeChip')} />
                ),
            },
          ]}
          actions={(token) =>
            token.revokedAt ? null : (
              <Tooltip title={t('tokens.revoke', { name: token.name })}>
                <IconButton
                  size="small"
                  aria-label={t('tokens.revoke', { name: token.name })}
                  onClick={() => setRevokingToken(token)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )
          }
          actionsHeader={t('actions')}
          empty={t('tokens.empty')}
        />
      ) : null}
      {creating ? (
        <NewTokenDialog
          onClose={() => setCreating(false)}
          onCreated={(name, token) => {
            setCreating(false);
            setSecret({ name, token });
          }}
        />
      ) : null}
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
      <ConfirmDialog
        open={revokingToken !== null}
        title={t('tokens.revokeTitle', { name: revokingToken?.name ?? '' })}
        confirmLabel={t('tokens.revokeConfirm')}
        destructive
        busy={revoking.loading}
        onConfirm={() => void doRevoke()}
        onClose={() => setRevokingToken(null)}
      >
        {t('tokens.revokeBody')}
      </ConfirmDialog>
      <Notice message={notice} onClose={() => setNotice(null)} />
    </AdminPage>
  );
}

function NewTokenDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (name: string, token: string) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const nameId = useId();
  const scopeId = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ');
  const [touched, setTouched] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, creating] = useCreateApiTokenMutation();
  const issue = checkRequiredText(name, LIMITS.listItemName);
  const nameError = server.name ?? (touched ? issueText(issue ?? undefined, locale) : undefined);

  const submit = async () => {
    setTouched(true);
    setGeneral([]);
    if (issue) return;
    try {
      const result = await create({ variables: { input: { name: name.trim(), scope } } });
      const created = result.data?.createApiToken;
      if (created) onCreated(created.apiToken.name, created.token);
    } catch (failure) {
      const split = formErrors(summarize(failure), ['name', 'scope']);
      setServer(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <FormDialog
      open
      title={t('tokens.new')}
      submitLabel={t('tokens.create')}
      busy={creating.loading}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        id={nameId}
        label={t('tokens.fields.name')}
        value={name}
        required
        autoFocus
        onChange={(event) => {
          setName(event.target.value);
          setServer({});
        }}
        onBlur={() => setTouched(true)}
        error={!!nameError}
        helperText={nameError ?? t('tokens.nameHelp')}
      />
      <Box>
        <FormLabel id={scopeId}>{t('tokens.fields.scope')}</FormLabel>
        <RadioGroup
          aria-labelledby={scopeId}
          value={scope}
          onChange={(event) => setScope(event.target.value as ApiTokenScope)}
        >
          {(['READ', 'READ_WRITE'] as const).map((value) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={
                <Stack>
                  <span>{t(`tokens.scopes.${value}`)}</span>
                  <Typography variant="body2" color="text.secondary">
                    {t(`tokens.scopeHelp.${value}`)}
                  </Typography>
                </Stack>
              }
              sx={{ alignItems: 'flex-start', mt: 1, '& .MuiRadio-root': { pt: 0.5 } }}
            />
          ))}
        </RadioGroup>
      </Box>
    </FormDialog>
  );
}

/** The token itself, shown this once: copy it now, or make another. */
function SecretDialog({
  secret,
  onClose,
}: {
  secret: { name: string; token: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const titleId = useId();
  const fieldId = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure origin, policy): the field stays selectable by hand.
      (document.getElementById(fieldId) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <Dialog
      open={secret !== null}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      // Closing by a stray click would lose the only sight of the secret: only the button closes.
      onClose={(_, reason) => {
        if (reason !== 'backdropClick') onClose();
      }}
      slotProps={{ transition: { onExited: () => setCopied(false) } }}
    >
      {secret ? (
        <>
          <DialogTitle id={titleId}>{t('tokens.secretTitle', { name: secret.name })}</DialogTitle>
          <DialogContent dividers>
            <Stack sx={{ gap: 2 }}>
              <Alert severity="warning">{t('tokens.secretWarning')}</Alert>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
                <TextField
                  id={fieldId}
                  label={t('tokens.secretLabel')}
                  value={secret.token}
                  slotProps={{
                    htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } },
                  }}
                  onFocus={(event) => event.target.select()}
                />
                <Button
                  variant="outlined"
                  startIcon={<ContentCopyIcon />}
                  onClick={() => void copy()}
                  sx={{ flexShrink: 0 }}
                >
                  {t('tokens.copy')}
                </Button>
              </Stack>
              <Typography variant="body2" color="text.secondary" role="status">
                {copied ? t('tokens.copied') : t('tokens.usage')}
              </Typography>
            </Stack>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 2 }}>
            <Button variant="contained" onClick={onClose}>
              {t('tokens.secretDone')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
}
