import type { ReactNode } from 'react';
import {
  Box,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { Empty } from '@/components/facts';
import { visuallyHidden } from '@/components/visually-hidden';

export interface AdminColumn<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Kept off phone cards when the card's title already says it. */
  hideOnCard?: boolean;
}

interface AdminTableProps<T> {
  /** What the table lists, for screen readers ("Users"). */
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The first column names the row: a row header on desktop, the card's title on phones. */
  title: AdminColumn<T>;
  columns: AdminColumn<T>[];
  /** Buttons for one row; their names say which row ("Edit Léa Gagnon"). */
  actions?: (row: T) => ReactNode;
  actionsHeader?: string;
  empty: string;
  /** Dims a row that no longer counts (deactivated, revoked, archived). */
  muted?: (row: T) => boolean;
}

const show = (value: ReactNode) =>
  value === null || value === undefined || value === '' ? <Empty /> : value;

/**
 * A list of the administration area: a real table on wide screens (row
 * headers, column headers, actions in the last column), a list of cards on
 * phones, so nothing needs sideways scrolling.
 */
export function AdminTable<T>({
  label,
  rows,
  rowKey,
  title,
  columns,
  actions,
  actionsHeader,
  empty,
  muted,
}: AdminTableProps<T>) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  if (phone) {
    return (
      <Stack component="ul" aria-label={label} sx={{ gap: 1.5, listStyle: 'none', m: 0, p: 0 }}>
        {rows.map((row) => (
          <Paper
            component="li"
            key={rowKey(row)}
            sx={{ p: 2, ...(muted?.(row) ? { bgcolor: 'action.hover' } : {}) }}
          >
            <Typography variant="subtitle2" component="h3" sx={{ overflowWrap: 'anywhere' }}>
              {title.render(row)}
            </Typography>
            <Box
              component="dl"
              sx={{
                m: 0,
                mt: 1,
                display: 'grid',
                gridTemplateColumns: 'minmax(6rem, 40%) minmax(0, 1fr)',
                columnGap: 1.5,
                rowGap: 0.5,
                '& dt': { color: 'text.secondary' },
                '& dd': { m: 0, overflowWrap: 'anywhere', minWidth: 0 },
              }}
            >
              {columns
                .filter((column) => !column.hideOnCard)
                .map((column) => (
                  <Box key={column.key} sx={{ display: 'contents' }}>
                    <Typography component="dt" variant="body2">
                      {column.header}
                    </Typography>
                    <Typography component="dd" variant="body2">
                      {show(column.render(row))}
                    </Typography>
                  </Box>
                ))}
            </Box>
            {actions ? (
              <Stack direction="row" sx={{ mt: 1, gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
                {actions(row)}
              </Stack>
            ) : null}
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer component={Paper}>
      <Table aria-label={label} size="small">
        <TableHead>
          <TableRow>
            <TableCell>{title.header}</TableCell>
            {columns.map((column) => (
              <TableCell key={column.key}>{column.header}</TableCell>
            ))}
            {actions ? (
              <TableCell align="right">
                <Box component="span" sx={visuallyHidden}>
                  {actionsHeader}
                </Box>
              </TableCell>
            ) : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} hover sx={muted?.(row) ? { bgcolor: 'action.hover' } : undefined}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 500, overflowWrap: 'break-word' }}>
                {title.render(row)}
              </TableCell>
              {/* break-word, not anywhere: a column stays as wide as its longest word ("Français"). */}
              {columns.map((column) => (
                <TableCell key={column.key} sx={{ overflowWrap: 'break-word' }}>
                  {show(column.render(row))}
                </TableCell>
              ))}
              {actions ? (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Stack direction="row" sx={{ gap: 0.5, justifyContent: 'flex-end' }}>
                    {actions(row)}
                  </Stack>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
