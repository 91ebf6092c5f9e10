import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { partnerInvitationStatusLabels } from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useErrorSummary } from '@/components/error-alert';
import type { PortalClientFieldsFragment } from '@/gql/graphql';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useRespondToPartnerInvitationMutation } from '../api/portal-queries';

/**
 * Seed 000: a partner who added this company asks to manage its account. The
 * company's administrator accepts or declines; until then the partner sees
 * only its card. Others at the company see where it stands.
 */
export function PartnerInvitationPanel({
  client,
  showSettled = false,
}: {
  client: PortalClientFieldsFragment;
  /** Also say how an answered invitation ended (the Settings page); otherwise only a pending one shows. */
  showSettled?: boolean;
}) {
  const { t } = useTranslation('portal');
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [respond, { loading }] = useRespondToPartnerInvitationMutation();
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const invitation = client.partnerInvitation;
  const partner = client.partner?.name ?? '';
  if (!invitation) return null;

  const answer = async (accept: boolean) => {
    setError(null);
    try {
      await respond({ variables: { input: { invitationId: invitation.id, accept } } });
    } catch (failure) {
      setError(summarize(failure).general.join(' '));
    } finally {
      setDeclining(false);
    }
  };

  if (invitation.status !== 'PENDING') {
    if (!showSettled) return null;
    return (
      <Alert severity={invitation.status === 'ACCEPTED' ? 'success' : 'info'}>
        {t(`invitation.settled.${invitation.status}`, {
          partner,
          status: partnerInvitationStatusLabels[locale][invitation.status],
          date: formatDate(invitation.respondedAt ?? invitation.expiresAt, locale),
        })}
      </Alert>
    );
  }

  const mayAnswer = client.myAccessRole === 'CLIENT_ADMIN';
  return (
    <Alert
      severity="info"
      variant="outlined"
      role="region"
      aria-label={t('invitation.label')}
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <AlertTitle>{t('invitation.title', { partner })}</AlertTitle>
      {t('invitation.body', { partner, company: client.name })}
      {/* On its own line: a time ending in "p.m." would otherwise meet the sentence's period. */}
      <Box component="span" sx={{ display: 'block', mt: 0.5, color: 'text.secondary' }}>
        {t('invitation.expires', { date: formatDateTime(invitation.expiresAt, locale) })}
      </Box>
      {mayAnswer ? (
        <Stack direction="row" sx={{ gap: 1, mt: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" loading={loading} onClick={() => void answer(true)}>
            {t('invitation.accept')}
          </Button>
          <Button variant="outlined" disabled={loading} onClick={() => setDeclining(true)}>
            {t('invitation.decline')}
          </Button>
        </Stack>
      ) : (
        <div>{t('invitation.adminOnly')}</div>
      )}
      {error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={declining}
        title={t('invitation.confirmDecline.title', { partner })}
        confirmLabel={t('invitation.decline')}
        destructive
        busy={loading}
        onClose={() => setDeclining(false)}
        onConfirm={() => void answer(false)}
      >
        {t('invitation.confirmDecline.body', { partner })}
      </ConfirmDialog>
    </Alert>
  );
}
