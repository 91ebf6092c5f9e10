import { useId, useState } from 'react';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Divider,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Snackbar,
  Typography,
} from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import LogoutIcon from '@mui/icons-material/Logout';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { staffRoleLabels, type StaffRole } from '@clientele/shared';
import { paths } from '@/config/paths';
import { useLocale } from '@/lib/i18n';
import { useViewer } from '@/lib/viewer';
import { ChangePasswordDialog } from './change-password-dialog';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The signed-in person in the app bar: who they are, their password, signing out. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const locale = useLocale();
  const viewer = useViewer();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  const menuId = useId();
  if (!viewer) return null;

  const role = staffRoleLabels[locale][viewer.role as StaffRole] ?? viewer.role;

  return (
    <>
      <Button
        color="inherit"
        aria-label={t('menu.label', { name: viewer.displayName })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ gap: 1, minWidth: 0, px: { xs: 0.5, sm: 1 } }}
      >
        <Avatar sx={{ width: 28, height: 28, fontSize: '0.8rem', bgcolor: 'rgba(255, 255, 255, 0.22)' }}>
          {initials(viewer.displayName)}
        </Avatar>
        <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>
          {viewer.displayName}
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ px: 2, py: 1, maxWidth: 280 }}>
          <Typography variant="subtitle2" noWrap>
            {viewer.displayName}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap>
            {viewer.email}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {role}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setChanging(true);
          }}
        >
          <ListItemIcon>
            <KeyIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('menu.changePassword')}</ListItemText>
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate(paths.signOut);
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('menu.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
      <ChangePasswordDialog
        open={changing}
        login={viewer.email}
        onClose={() => setChanging(false)}
        onChanged={() => {
          setChanging(false);
          setChanged(true);
        }}
      />
      <Snackbar open={changed} autoHideDuration={6000} onClose={() => setChanged(false)}>
        <Alert severity="success" variant="filled" onClose={() => setChanged(false)}>
          {t('change.done')}
        </Alert>
      </Snackbar>
    </>
  );
}
