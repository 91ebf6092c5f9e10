import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  LIMITS,
  NoteVisibility,
  checkRequiredText,
  fieldErrorMessage,
  noteVisibilityLabels,
} from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { useUnsavedChanges } from '@/components/unsaved-changes';
import type { NoteVisibility as Visibility } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { randomId } from '@/lib/random-id';
import { useCreateNoteMutation } from '../api/create-note-mutation';

/** Writes a new note: internal by default, or shared with the managing partner. */
export function NoteComposer({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['notes', 'common', 'fields']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const id = useId();
  const [createNote, { loading }] = useCreateNoteMutation(clientId);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('INTERNAL');
  const [pinned, setPinned] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  // One key per note being written: a retry after a lost answer does not post it twice.
  const [idempotencyKey, setIdempotencyKey] = useState(randomId);
  useUnsavedChanges(body.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const issue = checkRequiredText(body, LIMITS.noteBody);
    setError(issue ? fieldErrorMessage(locale, issue.code, issue.params) : null);
    if (issue) return;
    setGeneral([]);
    try {
      await createNote({ variables: { input: { clientId, body, visibility, pinned, idempotencyKey } } });
      setBody('');
      setPinned(false);
      setVisibility('INTERNAL');
      setIdempotencyKey(randomId());
    } catch (failure) {
      const summary = summarize(failure);
      setError(summary.fields.body ?? null);
      setGeneral(summary.fields.body ? [] : [...summary.general, ...Object.values(summary.fields)]);
    }
  };

  return (
    <Paper
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => void submit(event)}
      sx={{ p: { xs: 2, sm: 2.5 } }}
    >
      <Stack sx={{ gap: 2 }}>
        {general.length > 0 ? <Alert severity="error">{general.join(' ')}</Alert> : null}
        <TextField
          id={`${id}-body`}
          label={t('composer.label')}
          placeholder={t('composer.placeholder')}
          multiline
          minRows={2}
          maxRows={12}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setError(null);
          }}
          error={!!error}
          helperText={error}
          slotProps={{ htmlInput: { maxLength: LIMITS.noteBody + 100 } }}
        />
        <Box
          sx={{
            display: 'flex',
            gap: 2,
            alignItems: { xs: 'stretch', sm: 'center' },
            flexDirection: { xs: 'column', sm: 'row' },
          }}
        >
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
          <FormControlLabel
            control={<Checkbox checked={pinned} onChange={(event) => setPinned(event.target.checked)} />}
            label={t('composer.pin')}
          />
          <Box sx={{ flexGrow: 1 }} />
          <Button type="submit" variant="contained" loading={loading}>
            {t('composer.add')}
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}
