import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The title line of an administration page, with its main action, and the page's own <title>. */
export function AdminPage({
  title,
  intro,
  action,
  children,
}: {
  title: string;
  intro?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <Stack sx={{ gap: 2, minWidth: 0 }}>
      <title>{`${title} · ${t('title')} · ${t('common:appName')}`}</title>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h1">{title}</Typography>
        {action}
      </Stack>
      {intro ? (
        <Typography color="text.secondary" sx={{ maxWidth: 760 }}>
          {intro}
        </Typography>
      ) : null}
      {children}
    </Stack>
  );
}
