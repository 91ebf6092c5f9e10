import { useId, useState } from 'react';
import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  MenuItem,
  Skeleton,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  EmailStatus,
  emailStatusLabels,
  emailTemplateLabels,
  languageLabels,
  type EmailTemplate,
  type Locale,
} from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { Facts } from '@/components/facts';
import { When } from '@/components/when';
import type { EmailStatus as EmailStatusValue, OutboxQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { useOutboxQuery } from '../api/outbox-query';
import { OUTBOX_PAGE_SIZE, pageLabel, usePageCursors } from '../model/paging';

/** A template by its name for people; one the console does not know yet, as the API spells it. */
const templateLabel = (template: string, locale: Locale): string =>
  emailTemplateLabels[locale][template as EmailTemplate] ?? template;

type Email = OutboxQuery['outbox']['edges'][number]['node'];

// Outlined chips in colours that keep AA contrast on white (MUI's info blue does not).
const STATUS_COLOR = { PENDING: 'primary', SENDING: 'primary', SENT: 'success', FAILED: 'error' } as const;

/**
 * The emails the platform queued, newest first. Without SMTP configured they
 * stay here, and their text is readable: that is how a set-password link
 * reaches someone on a machine that sends no mail.
 */
export function OutboxPage() {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const filterId = useId();
  const [status, setStatus] = useState<EmailStatusValue | ''>('');
  const cursors = usePageCursors();
  const { data, previousData, error, loading, refetch } = useOutboxQuery(
    OUTBOX_PAGE_SIZE,
    cursors.after,
    status || null,
  );
  const [open, setOpen] = useState<Email | null>(null);
  const outbox = (data ?? previousData)?.outbox;

  const statusChip = (email: Email) => (
    <Chip
      size="small"
      variant="outlined"
      color={STATUS_COLOR[email.status] ?? 'default'}
      label={emailStatusLabels[locale][email.status as EmailStatus] ?? email.status}
    />
  );

  return (
    <AdminPage
      title={t('pages.outbox')}
      intro={t('outbox.intro')}
      action={
        <Button onClick={() => void refetch().catch(() => undefined)} disabled={loading}>
          {t('outbox.refresh')}
        </Button>
      }
    >
      <TextField
        select
        id={filterId}
        label={t('outbox.filter')}
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as EmailStatusValue | '');
          cursors.reset();
        }}
        // "All statuses" is a choice like the others: shown, with the label above it.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ maxWidth: 280 }}
      >
        <MenuItem value="">{t('outbox.allStatuses')}</MenuItem>
        {Object.values(EmailStatus).map((value) => (
          <MenuItem key={value} value={value}>
            {emailStatusLabels[locale][value]}
          </MenuItem>
        ))}
      </TextField>
      {error && !outbox ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!outbox && !error ? <Skeleton variant="rounded" height={240} aria-busy="true" /> : null}
      {outbox ? (
        <>
          <AdminTable
            label={t('outbox.tableLabel')}
            rows={outbox.edges.map((edge) => edge.node)}
            rowKey={(email) => email.id}
            title={{
              key: 'subject',
              header: t('outbox.fields.subject'),
              render: (email) => (
                <Link
                  component="button"
                  type="button"
                  underline="hover"
                  onClick={() => setOpen(email)}
                  sx={{ textAlign: 'left', font: 'inherit', fontWeight: 500 }}
                >
                  {email.subject}
                </Link>
              ),
            }}
            columns={[
              {
                key: 'to',
                header: t('outbox.fields.to'),
                render: (email) => (email.toName ? `${email.toName} <${email.to}>` : email.to),
              },
              {
                key: 'template',
                header: t('outbox.fields.template'),
                render: (email) =>
                  `${templateLabel(email.template, locale)} · ${languageLabels[locale][email.locale === 'en' ? 'en' : 'fr']}`,
              },
              { key: 'status', header: t('outbox.fields.status'), render: statusChip },
              {
                key: 'attempts',
                header: t('outbox.fields.attempts'),
                render: (email) => String(email.attempts),
              },
              {
                key: 'created',
                header: t('outbox.fields.created'),
                render: (email) => <When iso={email.createdAt} />,
              },
              {
                key: 'sent',
                header: t('outbox.fields.sent'),
                render: (email) => (email.sentAt ? <When iso={email.sentAt} /> : null),
              },
            ]}
            empty={t('outbox.empty')}
          />
          <Stack
            component="nav"
            aria-label={t('outbox.paging')}
            direction="row"
            sx={{ alignItems: 'center', gap: 2, justifyContent: 'flex-end', flexWrap: 'wrap' }}
          >
            <Typography variant="body2" color="text.secondary" role="status">
              {pageLabel(cursors.page, OUTBOX_PAGE_SIZE, outbox.edges.length, outbox.totalCount, locale)}
            </Typography>
            <Button onClick={cursors.back} disabled={cursors.page === 0 || loading}>
              {t('outbox.previous')}
            </Button>
            <Button
              onClick={() => cursors.next(outbox.pageInfo.endCursor ?? null)}
              disabled={!outbox.pageInfo.hasNextPage || loading}
            >
              {t('outbox.next')}
            </Button>
          </Stack>
        </>
      ) : null}
      <EmailDialog email={open} onClose={() => setOpen(null)} />
    </AdminPage>
  );
}

/** One email as it was written: who, when, where it stands, and its text body. */
function EmailDialog({ email, onClose }: { email: Email | null; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog
      open={email !== null}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="md"
    >
      {email ? (
        <>
          <DialogTitle id={titleId}>{email.subject}</DialogTitle>
          <DialogContent dividers>
            <Facts
              items={[
                [t('outbox.fields.to'), email.toName ? `${email.toName} <${email.to}>` : email.to],
                [t('outbox.fields.template'), templateLabel(email.template, locale)],
                [t('outbox.fields.language'), languageLabels[locale][email.locale === 'en' ? 'en' : 'fr']],
                [
                  t('outbox.fields.status'),
                  emailStatusLabels[locale][email.status as EmailStatus] ?? email.status,
                ],
                [t('outbox.fields.attempts'), String(email.attempts)],
                [t('outbox.fields.created'), formatDateTime(email.createdAt, locale)],
                [t('outbox.fields.sent'), formatDateTime(email.sentAt, locale)],
                ...(email.lastError
                  ? [[t('outbox.fields.lastError'), email.lastError] as [string, string]]
                  : []),
              ]}
            />
            <Typography variant="h2" component="h3" sx={{ mt: 3, mb: 1 }}>
              {t('outbox.body')}
            </Typography>
            <Box
              component="pre"
              tabIndex={0}
              aria-label={t('outbox.body')}
              sx={{
                m: 0,
                p: 2,
                bgcolor: 'grey.100',
                borderRadius: 1,
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                fontFamily: 'inherit',
                fontSize: '0.95rem',
              }}
            >
              {email.text}
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 2 }}>
            <Button onClick={onClose} variant="contained">
              {t('common:actions.close')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
}
