import { Box } from '@mui/material';
import { formatDateTime, formatRelative } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * When something happened: "5 minutes ago", with the exact date and time
 * beside it (`exact`) or on hover, in the reader's language.
 */
export function When({ iso, exact = false }: { iso: string; exact?: boolean }) {
  const locale = useLocale();
  const precise = formatDateTime(iso, locale);
  return (
    <time dateTime={iso} title={precise}>
      {formatRelative(iso, locale)}
      {exact ? (
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {' · '}
          {precise}
        </Box>
      ) : null}
    </time>
  );
}
