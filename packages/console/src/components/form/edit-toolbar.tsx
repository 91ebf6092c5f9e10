import { Button, Stack } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';

interface EditToolbarProps {
  editing: boolean;
  saving: boolean;
  /** Saves; Enter in a field of the form saves too. */
  onSave: () => void;
  canEdit: boolean;
  onEdit: () => void;
  onCancel: () => void;
  /** Names what is edited, for screen readers ("Edit Terms"). */
  subject: string;
}

/** Edit, or Save and Cancel while editing. */
export function EditToolbar({
  editing,
  saving,
  onSave,
  canEdit,
  onEdit,
  onCancel,
  subject,
}: EditToolbarProps) {
  const { t } = useTranslation();
  if (!canEdit) return null;
  if (!editing) {
    return (
      <Button
        variant="outlined"
        startIcon={<EditIcon />}
        onClick={onEdit}
        aria-label={t('actions.editSubject', { subject })}
      >
        {t('actions.edit')}
      </Button>
    );
  }
  return (
    <Stack direction="row" sx={{ gap: 1 }}>
      <Button onClick={onCancel} disabled={saving}>
        {t('actions.cancel')}
      </Button>
      <Button variant="contained" loading={saving} onClick={onSave}>
        {t('actions.save')}
      </Button>
    </Stack>
  );
}
