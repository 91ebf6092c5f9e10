import { Suspense, useId } from 'react';
import {
  Alert,
  Box,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  MenuItem,
  Paper,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StaffRole } from '@clientele/shared';
import { useViewer } from '@/lib/viewer';
import { ADMIN_PAGES, adminPageOf, adminPath, type AdminPage } from '../model/admin-pages';

/**
 * The Administration area: its pages listed at the side on wide screens, in
 * a select at phone width, the page itself beside or below. Administrators
 * only: the API refuses everyone else anyway, so others get a plain word.
 */
export function AdminLayout() {
  const { t } = useTranslation(['admin', 'common']);
  const viewer = useViewer();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('md'));
  const location = useLocation();
  const navigate = useNavigate();
  const selectId = useId();
  const current = adminPageOf(location.pathname);

  if (viewer?.role !== StaffRole.ADMIN) {
    return (
      <Box sx={{ p: 3, maxWidth: 720 }}>
        <title>{`${t('title')} · ${t('common:appName')}`}</title>
        <Typography variant="h1" sx={{ mb: 2 }}>
          {t('title')}
        </Typography>
        <Alert severity="info">{t('adminsOnly')}</Alert>
      </Box>
    );
  }

  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: { xs: 'column', md: 'row' },
        gap: { xs: 2, md: 3 },
        px: { xs: 2, sm: 3 },
        py: { xs: 2, sm: 3 },
        minWidth: 0,
        alignItems: { md: 'flex-start' },
      }}
    >
      {phone ? (
        <TextField
          select
          id={selectId}
          label={t('menu')}
          value={current}
          onChange={(event) => void navigate(adminPath(event.target.value as AdminPage))}
        >
          {ADMIN_PAGES.map((page) => (
            <MenuItem key={page} value={page}>
              {t(`pages.${page}`)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Paper
          component="nav"
          aria-label={t('menu')}
          sx={{ width: 240, flexShrink: 0, position: 'sticky', top: 88 }}
        >
          <Typography variant="overline" component="p" sx={{ px: 2, pt: 1.5, color: 'text.secondary' }}>
            {t('title')}
          </Typography>
          <List dense>
            {ADMIN_PAGES.map((page) => (
              <ListItem key={page} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={adminPath(page)}
                  selected={page === current}
                  aria-current={page === current ? 'page' : undefined}
                >
                  <ListItemText primary={t(`pages.${page}`)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Suspense fallback={<LinearProgress aria-label={t('common:loading')} />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
