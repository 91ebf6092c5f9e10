import { Chip } from '@mui/material';
import { partnerInvitationStatusLabels, type PartnerInvitationStatus } from '@clientele/shared';
import { useLocale } from '@/lib/i18n';
import { invitationColor } from '../model/invitation';

/** Where the partner's invitation stands, in words (colour alone would say nothing to some). */
export function InvitationStatusChip({ status }: { status: string | null | undefined }) {
  const locale = useLocale();
  if (!status) return null;
  const label = partnerInvitationStatusLabels[locale][status as PartnerInvitationStatus] ?? status;
  const color = invitationColor(status);
  // MUI's main shades under white text fall short of AA contrast: filled chips take the dark
  // shade, and an expiry is outlined in a darker orange, as the client status chip does.
  const filled = color === 'success' || color === 'info' || color === 'error';
  return (
    <Chip
      size="small"
      label={label}
      color={color}
      variant={filled ? 'filled' : 'outlined'}
      sx={{
        fontWeight: 500,
        ...(filled ? { bgcolor: `${color}.dark` } : {}),
        ...(color === 'warning' ? { color: '#8a4500' } : {}),
      }}
    />
  );
}
