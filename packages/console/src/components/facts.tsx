import type { ReactNode } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';

/** A titled panel of a page; `actions` sit on the title's line (Edit, Add…). */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }} aria-label={title}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 2, flexWrap: 'wrap' }}
      >
        <Typography variant="h2">{title}</Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}

/** What to show for a value nobody filled in: a quiet dash, not an empty gap. */
export function Empty() {
  return (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      —
    </Box>
  );
}

/** Label and value pairs, read as a description list by assistive technology. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        // On phones the labels take a narrower column, so a file does not become a long scroll.
        gridTemplateColumns: {
          xs: 'minmax(6.5rem, 38%) minmax(0, 1fr)',
          sm: 'minmax(9rem, max-content) minmax(0, 1fr)',
        },
        columnGap: { xs: 1.5, sm: 3 },
        rowGap: 1.5,
        '& dt': { color: 'text.secondary', overflowWrap: 'anywhere' },
        '& dd': { m: 0, overflowWrap: 'anywhere', minWidth: 0 },
      }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2">
            {label}
          </Typography>
          <Typography component="dd" variant="body2">
            {value === null || value === undefined || value === '' ? <Empty /> : value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** Panels side by side on wide screens, stacked on phones. */
export function SectionGrid({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        alignItems: 'start',
      }}
    >
      {children}
    </Box>
  );
}

/** Form fields in two columns from tablets up, one on phones. */
export function FieldGrid({ children, columns = 2 }: { children: ReactNode; columns?: 1 | 2 | 3 }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          sm: `repeat(${Math.min(columns, 2)}, minmax(0, 1fr))`,
          md: `repeat(${columns}, minmax(0, 1fr))`,
        },
        alignItems: 'start',
      }}
    >
      {children}
    </Box>
  );
}
