import { LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** What shows while a screen's code or data is on its way: a thin bar that says what it is. */
export function LoadingBar() {
  const { t } = useTranslation();
  return <LinearProgress aria-label={t('loading')} />;
}
