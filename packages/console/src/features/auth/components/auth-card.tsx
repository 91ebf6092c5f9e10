import type { ReactNode } from 'react';
import { Paper, Typography } from '@mui/material';

/** The frame of the sign-in pages: one narrow card, its title, its form. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 440 }}>
      <Typography variant="h1" sx={{ mb: intro ? 1 : 3 }}>
        {title}
      </Typography>
      {intro ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {intro}
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}
