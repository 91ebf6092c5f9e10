import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** Columns at each width: one on a phone, more as the screen allows. */
type Columns = { xs?: number; sm?: number; md?: number; lg?: number };

const TWO_UP: Columns = { xs: 1, md: 2 };

/**
 * A labelled list of cards laid out in columns (sessions, API tokens, a
 * partner's clients): read as a list by assistive technology, one card a row on
 * a phone.
 */
export function CardGrid<T>({
  label,
  items,
  itemKey,
  columns = TWO_UP,
  children,
}: {
  label: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  columns?: Columns;
  children: (item: T) => ReactNode;
}) {
  const gridTemplateColumns = Object.fromEntries(
    Object.entries(columns).map(([width, count]) => [
      width,
      count === 1 ? '1fr' : `repeat(${count}, minmax(0, 1fr))`,
    ]),
  );
  return (
    <Box
      component="ul"
      aria-label={label}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns }}
    >
      {items.map((item) => (
        <Box component="li" key={itemKey(item)} sx={{ minWidth: 0 }}>
          {children(item)}
        </Box>
      ))}
    </Box>
  );
}
