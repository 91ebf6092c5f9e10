import { Chip, type ChipProps } from '@mui/material';
import { useLocale } from '@/lib/i18n';
import { statusColor, statusLabel } from '../model/labels';

export function ClientStatusChip({ status, size = 'small' }: { status: string; size?: ChipProps['size'] }) {
  const locale = useLocale();
  return (
    <Chip
      label={statusLabel(status as Parameters<typeof statusLabel>[0], locale)}
      color={statusColor(status)}
      size={size}
      variant="outlined"
      // MUI's warning orange on white falls short of AA for text: same hue, darker text.
      sx={statusColor(status) === 'warning' ? { color: '#8a4500' } : undefined}
    />
  );
}
