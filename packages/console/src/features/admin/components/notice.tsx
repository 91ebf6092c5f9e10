import { Alert, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Wording } from '@/components/use-notice';

/** How an administration page words its notice, with the administration's texts. */
export type AdminWording = Wording<['admin', 'common']>;

/**
 * A short confirmation that a change was saved; screen readers hear it (the alert role).
 * Worded here at each render, so it follows a change of language while on screen.
 */
export function Notice({ notice, onClose }: { notice: AdminWording | null; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <Snackbar
      open={notice !== null}
      autoHideDuration={6000}
      onClose={(_, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
    >
      <Alert severity="success" variant="filled" onClose={onClose}>
        {notice?.(t)}
      </Alert>
    </Snackbar>
  );
}
