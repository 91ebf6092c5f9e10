import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Tooltip,
  Typography,
  type SxProps,
  type Theme,
} from '@mui/material';
import PushPinIcon from '@mui/icons-material/PushPin';
import PushPinOutlinedIcon from '@mui/icons-material/PushPinOutlined';
import EditIcon from '@mui/icons-material/Edit';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import {
  ErrorCode,
  LIMITS,
  NoteVisibility,
  actorTypeLabels,
  checkRequiredText,
  fieldErrorMessage,
  noteVisibilityLabels,
  type ActorType,
} from '@clientele/shared';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useErrorSummary } from '@/components/error-alert';
import { useUnsavedChanges } from '@/components/unsaved-changes';
import { When } from '@/components/when';
import type { NoteFieldsFragment, NoteVisibility as Visibility } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useDeleteNoteMutation } from '../api/delete-note-mutation';
import { useSetNotePinnedMutation } from '../api/set-note-pinned-mutation';
import { useUpdateNoteMutation } from '../api/update-note-mutation';

interface NoteCardProps {
  note: NoteFieldsFragment;
  /** The signed-in user wrote it: they may edit and delete it. */
  mine: boolean;
  canEdit: boolean;
  /** Reads the notes again (after a conflict, to get the note's current version). */
  onStale: () => void;
}

/** One note: who wrote it and when, who may read it, pinned or not; its author edits it in place. */
export function NoteCard({ note, mine, canEdit, onStale }: NoteCardProps) {
  const { t } = useTranslation(['notes', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setPinned, pinning] = useSetNotePinnedMutation();
  const [deleteNote, removal] = useDeleteNoteMutation();
  const headingId = useId();

  const togglePin = async () => {
    setError(null);
    try {
      await setPinned({ variables: { input: { id: note.id, pinned: !note.pinned } } });
    } catch (failure) {
      setError(summarize(failure).general.join(' '));
    }
  };

  const remove = async () => {
    try {
      await deleteNote({ variables: { input: { id: note.id } } });
      setDeleting(false);
    } catch (failure) {
      setDeleting(false);
      setError(summarize(failure).general.join(' '));
    }
  };

  const author =
    note.authorType === 'STAFF'
      ? note.authorName
      : `${note.authorName} (${actorTypeLabels[locale][note.authorType as ActorType] ?? note.authorType})`;

  // Who may read it, as a chip: shown beside the actions, or under the author on a phone.
  const visibility = (sx: SxProps<Theme>) => (
    <Chip
      size="small"
      variant="outlined"
      color={note.visibility === NoteVisibility.SHARED ? 'info' : 'default'}
      label={noteVisibilityLabels[locale][note.visibility as NoteVisibility]}
      sx={sx}
    />
  );

  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      sx={{
        p: { xs: 2, sm: 2.5 },
        borderColor: note.pinned ? 'warning.light' : undefined,
        bgcolor: note.pinned ? 'rgba(237, 108, 2, 0.04)' : undefined,
      }}
    >
      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography id={headingId} variant="subtitle2" component="h3">
            {author}
          </Typography>
          <Typography variant="body2" color="text.secondary" component="div">
            <When iso={note.createdAt} />
            {note.editedAt ? (
              <>
                {' · '}
                <span title={note.editedAt}>{t('card.edited')}</span>
              </>
            ) : null}
          </Typography>
          {/* On a phone the actions take the right: who may read the note goes under its author. */}
          {visibility({ display: { xs: 'inline-flex', sm: 'none' }, mt: 0.5 })}
        </Box>
        <Stack direction="row" sx={{ gap: 0.5, alignItems: 'center', flexShrink: 0 }}>
          {note.pinned ? (
            <Chip size="small" color="warning" variant="outlined" label={t('card.pinned')} />
          ) : null}
          {visibility({ display: { xs: 'none', sm: 'inline-flex' } })}
          {canEdit ? (
            <Tooltip title={note.pinned ? t('card.unpin') : t('card.pin')}>
              <IconButton
                size="small"
                aria-label={note.pinned ? t('card.unpin') : t('card.pin')}
                aria-pressed={note.pinned}
                onClick={() => void togglePin()}
                disabled={pinning.loading}
              >
                {note.pinned ? <PushPinIcon fontSize="small" /> : <PushPinOutlinedIcon fontSize="small" />}
              </IconButton>
            </Tooltip>
          ) : null}
          {canEdit && mine && !editing ? (
            <>
              <Tooltip title={t('card.edit')}>
                <IconButton size="small" aria-label={t('card.edit')} onClick={() => setEditing(true)}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
              <Tooltip title={t('card.delete')}>
                <IconButton size="small" aria-label={t('card.delete')} onClick={() => setDeleting(true)}>
                  <DeleteOutlinedIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </>
          ) : null}
        </Stack>
      </Stack>
      {error ? (
        <Alert severity="error" sx={{ mt: 1.5 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {editing ? (
        <NoteEditor note={note} onDone={() => setEditing(false)} onStale={onStale} />
      ) : (
        <Typography variant="body2" sx={{ mt: 1.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.body}
        </Typography>
      )}
      <ConfirmDialog
        open={deleting}
        title={t('delete.title')}
        confirmLabel={t('common:actions.delete')}
        destructive
        busy={removal.loading}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(false)}
      >
        {t('delete.body')}
      </ConfirmDialog>
    </Paper>
  );
}

function NoteEditor({
  note,
  onDone,
  onStale,
}: {
  note: NoteFieldsFragment;
  onDone: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation(['notes', 'common', 'fields']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const id = useId();
  const [updateNote, { loading }] = useUpdateNoteMutation();
  const [body, setBody] = useState(note.body);
  const [visibility, setVisibility] = useState<Visibility>(note.visibility);
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  useUnsavedChanges(body !== note.body || visibility !== note.visibility);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = checkRequiredText(body, LIMITS.noteBody);
    setError(issue ? fieldErrorMessage(locale, issue.code, issue.params) : null);
    if (issue) return;
    try {
      await updateNote({ variables: { input: { id: note.id, version: note.version, body, visibility } } });
      onDone();
    } catch (failure) {
      const summary = summarize(failure);
      setError(summary.fields.body ?? null);
      // Edited elsewhere meanwhile (another tab of the same author): say so, read its new version;
      // the text typed here stays, and saving again replaces that version knowingly.
      if (summary.codes.includes(ErrorCode.CONFLICT)) onStale();
      setGeneral(
        summary.codes.includes(ErrorCode.CONFLICT)
          ? t('card.conflict')
          : summary.fields.body
            ? null
            : summary.general.join(' '),
      );
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} sx={{ mt: 1.5 }}>
      <Stack sx={{ gap: 2 }}>
        {general ? <Alert severity="warning">{general}</Alert> : null}
        <TextField
          id={`${id}-body`}
          label={t('fields:note.body')}
          multiline
          minRows={2}
          maxRows={12}
          autoFocus
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setError(null);
          }}
          error={!!error}
          helperText={error}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' } }}>
          <TextField
            select
            id={`${id}-visibility`}
            label={t('fields:note.visibility')}
            value={visibility}
            onChange={(event) => setVisibility(event.target.value as Visibility)}
            sx={{ maxWidth: { sm: 280 } }}
          >
            {Object.values(NoteVisibility).map((value) => (
              <MenuItem key={value} value={value}>
                {noteVisibilityLabels[locale][value]}
              </MenuItem>
            ))}
          </TextField>
          <Box sx={{ flexGrow: 1 }} />
          <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
            <Button onClick={onDone} disabled={loading}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" variant="contained" loading={loading}>
              {t('common:actions.save')}
            </Button>
          </Stack>
        </Stack>
      </Stack>
    </Box>
  );
}
