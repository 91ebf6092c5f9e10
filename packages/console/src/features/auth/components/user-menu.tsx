import { Suspense, lazy, useId, useState } from 'react';
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
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import KeyIcon from '@mui/icons-material/Key';
import LogoutIcon from '@mui/icons-material/Logout';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { staffRoleLabels, type StaffRole } from '@clientele/shared';
import { paths } from '@/config/paths';
import { useLocale } from '@/lib/i18n';
import { useViewer } from '@/lib/viewer';
import { useMeQuery } from '../api/me-query';
import { visuallyHidden } from '@/components/visually-hidden';

// The dialog (a form with its fields) loads when first opened, not with every screen's app bar.
const ChangePasswordDialog = lazy(() =>
  import('./change-password-dialog').then((module) => ({ default: module.ChangePasswordDialog })),
);

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** Who the menu is about, for a person who is not staff (a client contact, a partner user). */
export interface MenuPerson {
  name: string;
  email: string;
  /** Their role, in words. */
  caption: string;
}

/** The signed-in person in the app bar: who they are, their account, their password, signing out. */
export function UserMenu({ person }: { person?: MenuPerson }) {
  const { t } = useTranslation('auth');
  const locale = useLocale();
  const viewer = useViewer();
  // An administrator acting as a contact looks; the contact's password is not theirs to change.
  const acting = Boolean(useMeQuery().data?.me?.actingFor);
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changing, setChanging] = useState(false);
  // Once opened, the dialog stays mounted, so it closes with its transition like any other.
  const [dialogWanted, setDialogWanted] = useState(false);
  const [changed, setChanged] = useState(false);
  const menuId = useId();
  const who: MenuPerson | null =
    person ??
    (viewer
      ? {
          name: viewer.displayName,
          email: viewer.email,
          // A partner user is known by their organisation; staff by their role.
          caption: viewer.partner?.name ?? staffRoleLabels[locale][viewer.role as StaffRole] ?? viewer.role,
        }
      : null);
  if (!who) return null;
  // A person passed in is a client contact (the portal); a partner user has their partner.
  const accountPath = person ? paths.portalAccount : viewer?.partner ? paths.partnerAccount : paths.account;

  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ gap: 1, minWidth: 0, px: { xs: 0.5, sm: 1 } }}
      >
        {/*
          The name comes from the content, not aria-label, so what is seen is what is said (WCAG 2.5.3):
          initials and the shown name are decoration; "Account of …" is read. White on this shade reads at AA.
        */}
        <Avatar
          aria-hidden
          sx={{ width: 28, height: 28, fontSize: '0.8rem', bgcolor: 'rgba(255, 255, 255, 0.12)' }}
        >
          {initials(who.name)}
        </Avatar>
        <Box component="span" aria-hidden sx={{ display: { xs: 'none', md: 'inline' } }}>
          {who.name}
        </Box>
        <Box component="span" sx={visuallyHidden}>
          {t('menu.label', { name: who.name })}
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
        {/*
          Who is signed in, as an item of the menu (a menu may hold only items): disabled, so it is
          read but not chosen, and at full strength, since it is information, not an unavailable action.
        */}
        <MenuItem disabled sx={{ display: 'block', maxWidth: 280, '&.Mui-disabled': { opacity: 1 } }}>
          <Typography variant="subtitle2" noWrap>
            {who.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap>
            {who.email}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {who.caption}
          </Typography>
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void navigate(accountPath);
          }}
        >
          <ListItemIcon>
            <AccountCircleIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('menu.account')}</ListItemText>
        </MenuItem>
        {acting ? null : (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setChanging(true);
              setDialogWanted(true);
            }}
          >
            <ListItemIcon>
              <KeyIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('menu.changePassword')}</ListItemText>
          </MenuItem>
        )}
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
      {dialogWanted ? (
        <Suspense fallback={null}>
          <ChangePasswordDialog
            open={changing}
            login={who.email}
            onClose={() => setChanging(false)}
            onChanged={() => {
              setChanging(false);
              setChanged(true);
            }}
          />
        </Suspense>
      ) : null}
      <Snackbar open={changed} autoHideDuration={6000} onClose={() => setChanged(false)}>
        <Alert severity="success" variant="filled" onClose={() => setChanged(false)}>
          {t('change.done')}
        </Alert>
      </Snackbar>
    </>
  );
}
