import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '@/lib/field-labels';
import type { ConflictDetails } from '@/lib/graphql-errors';

interface ConflictDialogProps {
  conflict: ConflictDetails | null;
  busy: boolean;
  error?: string | null;
  onReloadTheirs: () => void;
  onReapplyMine: () => void;
}

/**
 * Someone saved this file while it was being edited here. Nothing of either
 * edit is lost silently: the person sees what the other changed, then keeps
 * theirs (discarding their own edit) or puts their own edit on top.
 */
export function ConflictDialog({
  conflict,
  busy,
  error,
  onReloadTheirs,
  onReapplyMine,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const labels = [...new Set((conflict?.changedFields ?? []).map((field) => label(field)))];

  return (
    <Dialog open={conflict !== null} aria-labelledby="conflict-title" aria-describedby="conflict-body">
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-body">
          {labels.length > 0 ? t('conflict.body') : t('conflict.bodyUnknown')}
        </DialogContentText>
        {labels.length > 0 ? (
          <Box component="ul" aria-label={t('conflict.changedFields')} sx={{ my: 1.5, pl: 3 }}>
            {labels.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </Box>
        ) : null}
        <DialogContentText variant="body2">{t('conflict.choice')}</DialogContentText>
        {error ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onReloadTheirs} disabled={busy}>
          {t('conflict.reloadTheirs')}
        </Button>
        <Button variant="contained" onClick={onReapplyMine} loading={busy}>
          {t('conflict.reapplyMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
