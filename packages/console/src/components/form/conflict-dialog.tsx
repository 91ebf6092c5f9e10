import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useActivityNames } from '@/lib/activity-names';
import { formatChangeValue } from '@/lib/change-values';
import { useFieldLabel } from '@/lib/field-labels';
import type { ConflictDetails } from '@/lib/graphql-errors';
import { useLocale } from '@/lib/i18n';
import type { PendingChanges } from './conflict-changes';
import { useConflictChangesQuery } from './conflict-changes-query';

interface ConflictDialogProps {
  conflict: ConflictDetails | null;
  busy: boolean;
  error?: string | null;
  onReloadTheirs: () => void;
  onReapplyMine: () => void;
  /** The client file edited: its activity log tells what the others saved. Without it, fields are only named. */
  clientId?: string | null;
  /** What this edit changed among the fields they saved (see `pendingChanges`). */
  pending?: PendingChanges | null;
}

interface Row {
  label: string;
  /** Their value as the file shows it (null: they emptied it), and who saved it; undefined when the log does not say. */
  theirs?: { value: string | null; by: string };
  /** The value typed here, when this edit changed the field too. */
  mine?: string | null;
}

/**
 * Someone saved this file while it was being edited here. Nothing of either
 * edit is lost silently: the person sees what the other changed — their
 * value, and theirs beside it when both changed a field — then keeps theirs
 * (discarding their own edit) or puts their own edit on top.
 */
export function ConflictDialog({
  conflict,
  busy,
  error,
  onReloadTheirs,
  onReapplyMine,
  clientId,
  pending,
}: ConflictDialogProps) {
  const { t } = useTranslation(['common', 'fields']);
  const locale = useLocale();
  const label = useFieldLabel();
  const file = conflict ? (clientId ?? null) : null;
  const since = conflict?.yourVersion ?? null;
  const { data } = useConflictChangesQuery(file, since);
  // Read again, not from the cache: what they saved may name a new parent or list item.
  const known = useActivityNames(since === null ? null : file, { fresh: true });

  const rows = useMemo<Row[]>(() => {
    // What the server names wins over the names this form holds (pending.names).
    const names = new Map<string, string>([...(pending?.names ?? []), ...known]);
    const words = { yes: t('common:yes'), no: t('common:no') };
    const show = (field: string, value: string | null) =>
      formatChangeValue(field, value, locale, words, names);

    // Newest first: the first entry that changed a field holds the value it has now.
    const saved = new Map<string, { value: string | null; by: string }>();
    for (const { node } of data?.client?.activity.edges ?? [])
      for (const change of node.changes)
        if (!saved.has(change.field))
          saved.set(change.field, { value: show(change.field, change.after), by: node.actorName });

    // `domains.0` and `domains.1` are one field to people: one row.
    const byLabel = new Map<string, Row>();
    for (const field of conflict?.changedFields ?? []) {
      const row = byLabel.get(label(field)) ?? { label: label(field) };
      row.theirs ??= saved.get(field);
      if (row.mine === undefined && pending?.values.has(field))
        row.mine = show(field, pending.values.get(field) ?? null);
      byLabel.set(row.label, row);
    }
    return [...byLabel.values()];
  }, [conflict, data, known, pending, label, locale, t]);

  const empty = (
    <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
      {t('fields:values.empty')}
    </Box>
  );

  return (
    <Dialog
      open={conflict !== null}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-body"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-body">
          {rows.length > 0 ? t('conflict.body') : t('conflict.bodyUnknown')}
        </DialogContentText>
        {rows.length > 0 ? (
          <Box
            component="ul"
            aria-label={t('conflict.changedFields')}
            sx={{ my: 1.5, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}
          >
            {rows.map((row) => (
              <Box
                component="li"
                key={row.label}
                sx={{ pl: 1.5, borderLeft: 3, borderLeftColor: 'warning.main', overflowWrap: 'anywhere' }}
              >
                <Typography variant="subtitle2" component="span" sx={{ display: 'block' }}>
                  {row.label}
                </Typography>
                {row.theirs ? (
                  <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                    {t('conflict.theirs', { name: row.theirs.by })}{' '}
                    <Box component="strong" sx={{ fontWeight: 500 }}>
                      {row.theirs.value ?? empty}
                    </Box>
                  </Typography>
                ) : null}
                {row.mine !== undefined ? (
                  <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                    {t('conflict.mine')} <Box component="span">{row.mine ?? empty}</Box>
                  </Typography>
                ) : null}
              </Box>
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
