import { Skeleton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useCanEdit, useViewer } from '@/lib/viewer';
import { useClientNotesQuery } from '../api/notes-query';
import { orderNotes } from '../model/order';
import { NoteCard } from './note-card';
import { NoteComposer } from './note-composer';

/** The Notes tab: pinned first, then newest first; anyone may add and pin, authors edit their own. */
export function NotesTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('notes');
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const { data, error, refetch } = useClientNotesQuery(clientId);
  const client = data?.client;

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Skeleton variant="rounded" height={200} aria-busy="true" />;
  }

  const writable = canEdit && !client.deletedAt;
  const notes = orderNotes(client.notes);

  return (
    <Stack sx={{ gap: 2 }}>
      <Typography variant="h2" component="h2">
        {t('title', { count: client.noteCount })}
      </Typography>
      {writable ? <NoteComposer clientId={clientId} /> : null}
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('empty')}</Typography>
      ) : (
        <Stack component="section" aria-label={t('listLabel')} sx={{ gap: 1.5 }}>
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              canEdit={writable}
              mine={note.authorType === 'STAFF' && note.authorId === viewer?.id}
              onStale={() => void refetch().catch(() => undefined)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
