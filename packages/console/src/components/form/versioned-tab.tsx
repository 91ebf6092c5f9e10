import { useMemo, type ReactNode } from 'react';
import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { pendingChanges } from './conflict-changes';
import { ConflictDialog } from './conflict-dialog';
import { EditToolbar } from './edit-toolbar';
import type { VersionedForm } from './use-versioned-form';

interface VersionedTabProps<V extends object> {
  form: VersionedForm<V>;
  /** The tab's name, as its heading. */
  title: string;
  canEdit: boolean;
  /** The client file edited: after a conflict, its log tells what the others saved. */
  clientId?: string;
  children: ReactNode;
}

/**
 * The frame of a versioned tab: its heading with Edit (or Save and Cancel,
 * kept in sight while scrolling a long form), what the server refused that
 * belongs to no field, and the conflict dialog.
 */
export function VersionedTab<V extends object>({
  form,
  title,
  canEdit,
  clientId,
  children,
}: VersionedTabProps<V>) {
  const { t } = useTranslation();
  const { conflict, base, draft } = form;
  const pending = useMemo(
    () => (conflict && base && draft ? pendingChanges(conflict.changedFields, base, draft) : null),
    [conflict, base, draft],
  );
  return (
    <Stack sx={{ gap: 2 }}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: 1,
          ...(form.editing
            ? {
                position: 'sticky',
                top: { xs: 56, sm: 64 },
                zIndex: (theme) => theme.zIndex.appBar - 1,
                bgcolor: 'background.default',
                py: 1,
                borderBottom: 1,
                borderColor: 'divider',
              }
            : {}),
        }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="h2" component="h2">
            {title}
          </Typography>
          {form.dirty ? (
            <Chip size="small" color="warning" variant="outlined" label={t('unsaved.chip')} />
          ) : null}
        </Stack>
        <EditToolbar
          editing={form.editing}
          saving={form.saving}
          onSave={() => void form.submit()}
          canEdit={canEdit}
          onEdit={form.startEdit}
          onCancel={form.cancel}
          subject={title}
        />
      </Box>
      {form.general.length > 0 ? (
        <Alert severity="error">
          {form.general.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Alert>
      ) : null}
      {children}
      <ConflictDialog
        conflict={form.conflict}
        busy={form.saving}
        error={form.conflictError}
        onReloadTheirs={() => void form.reloadTheirs()}
        onReapplyMine={() => void form.reapplyMine()}
        clientId={clientId}
        pending={pending}
      />
    </Stack>
  );
}
