import { useId, useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_LIST_COLUMNS,
  DEFAULT_CLIENT_LIST_COLUMNS,
  clientListColumnLabels,
  type ClientListColumn,
} from '@clientele/shared';
import { useLocale } from '@/lib/i18n';

interface ColumnsDialogProps {
  open: boolean;
  columns: ClientListColumn[];
  onApply: (columns: ClientListColumn[]) => void;
  onClose: () => void;
}

/** Shown columns first, in their order, then the hidden ones in the default order. */
const arrangement = (columns: ClientListColumn[]) => [
  ...columns,
  ...CLIENT_LIST_COLUMNS.filter((column) => !columns.includes(column)),
];

/**
 * Shows, hides and orders the list's columns. Reordering is by buttons, not
 * dragging, so it works the same with a keyboard, a screen reader or a thumb.
 */
export function ClientsColumnsDialog({ open, columns, onApply, onClose }: ColumnsDialogProps) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const titleId = useId();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const [order, setOrder] = useState<ClientListColumn[]>(() => arrangement(columns));
  const [shown, setShown] = useState<Set<ClientListColumn>>(() => new Set(columns));
  // Each opening starts from the columns in force, and only the opening: the list behind may
  // re-render meanwhile (its data, its URL tidied), and that must not undo the person's choices.
  const [wasOpen, setWasOpen] = useState(false);
  if (open && !wasOpen) {
    setWasOpen(true);
    setOrder(arrangement(columns));
    setShown(new Set(columns));
  }
  if (!open && wasOpen) setWasOpen(false);

  const move = (index: number, by: -1 | 1) =>
    setOrder((current) => {
      const next = [...current];
      const [column] = next.splice(index, 1);
      next.splice(index + by, 0, column!);
      return next;
    });

  const label = (column: ClientListColumn) => clientListColumnLabels[locale][column];

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('list.columns.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('list.columns.help')}
        </Typography>
        <List dense aria-label={t('list.columns.title')}>
          {order.map((column, index) => {
            const labelId = `${titleId}-${column}`;
            return (
              <ListItem
                key={column}
                disableGutters
                secondaryAction={
                  <>
                    <IconButton
                      size="small"
                      aria-label={t('list.columns.moveUp', { column: label(column) })}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <ArrowUpIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={t('list.columns.moveDown', { column: label(column) })}
                      disabled={index === order.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ArrowDownIcon fontSize="small" />
                    </IconButton>
                  </>
                }
              >
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Checkbox
                    edge="start"
                    checked={shown.has(column)}
                    // The name opens the client: it stays.
                    disabled={column === 'name'}
                    slotProps={{ input: { 'aria-labelledby': labelId } }}
                    onChange={(event) =>
                      setShown((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(column);
                        else next.delete(column);
                        return next;
                      })
                    }
                  />
                </ListItemIcon>
                <ListItemText id={labelId} primary={label(column)} />
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5, justifyContent: 'space-between' }}>
        <Button
          onClick={() => {
            setOrder(arrangement([...DEFAULT_CLIENT_LIST_COLUMNS]));
            setShown(new Set(DEFAULT_CLIENT_LIST_COLUMNS));
          }}
        >
          {t('list.columns.reset')}
        </Button>
        <span>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="contained" onClick={() => onApply(order.filter((column) => shown.has(column)))}>
            {t('list.columns.apply')}
          </Button>
        </span>
      </DialogActions>
    </Dialog>
  );
}
