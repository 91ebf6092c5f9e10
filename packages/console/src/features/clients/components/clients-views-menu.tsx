import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Menu,
  MenuItem,
  Stack,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import CheckIcon from '@mui/icons-material/Check';
import { checkRequiredText, fieldErrorMessage } from '@clientele/shared';
import { useTranslation } from 'react-i18next';
import { useErrorSummary } from '@/components/error-alert';
import { ConfirmDialog } from '@/components/confirm-dialog';
import type { Wording } from '@/components/use-notice';
import { useLocale } from '@/lib/i18n';
import { randomId } from '@/lib/random-id';
import { useCreateSavedViewMutation } from '../api/create-saved-view-mutation';
import { useDeleteSavedViewMutation } from '../api/delete-saved-view-mutation';
import { useSavedViewsQuery } from '../api/saved-views-query';
import { useUpdateSavedViewMutation } from '../api/update-saved-view-mutation';
import { fromView, toView, type ClientListParams } from '../model/list-params';

const NAME_MAX = 80;

interface SavedViewItem {
  id: string;
  name: string;
  view: unknown;
  version: number;
}

/** A name checked as the API checks it, with the server's own refusal when it has one. */
function useNameField(initial: string) {
  const locale = useLocale();
  const [name, setName] = useState(initial);
  const [serverError, setServerError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const issue = checkRequiredText(name, NAME_MAX);
  const error =
    serverError ?? (touched && issue ? fieldErrorMessage(locale, issue.code, issue.params) : null);
  return {
    name,
    error,
    valid: !issue,
    reset: (value: string) => {
      setName(value);
      setServerError(null);
      setTouched(false);
    },
    change: (value: string) => {
      setName(value);
      setServerError(null);
    },
    touch: () => setTouched(true),
    refuse: setServerError,
  };
}

interface ViewsMenuProps {
  params: ClientListParams;
  onApply: (params: ClientListParams) => void;
  onSaved: (wording: Wording<['clients', 'common']>) => void;
}

/** My saved views: open one, save the current view under a name, rename or delete them. */
export function ClientsViewsMenu({ params, onApply, onSaved }: ViewsMenuProps) {
  const { t } = useTranslation(['clients', 'common']);
  const menuId = useId();
  const buttonId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const views = useSavedViewsQuery();
  const items: SavedViewItem[] = views.data?.savedViews ?? [];
  // The view on screen, if it is one of mine as saved (both read the way a URL is).
  const current = JSON.stringify(toView(params));
  const activeId = params.deleted
    ? undefined
    : items.find((item) => JSON.stringify(toView(fromView(item.view))) === current)?.id;

  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        startIcon={<BookmarksIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('list.views.button')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {items.length === 0 ? (
          <MenuItem disabled>{t('list.views.none')}</MenuItem>
        ) : (
          items.map((item) => (
            <MenuItem
              key={item.id}
              selected={item.id === activeId}
              onClick={() => {
                setAnchor(null);
                onApply({ ...fromView(item.view), size: params.size });
              }}
            >
              {item.name}
              {item.id === activeId ? <CheckIcon fontSize="small" sx={{ ml: 1 }} aria-hidden /> : null}
            </MenuItem>
          ))
        )}
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setSaving(true);
          }}
        >
          <SaveIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
          {t('list.views.save')}
        </MenuItem>
        <MenuItem
          disabled={items.length === 0}
          onClick={() => {
            setAnchor(null);
            setManaging(true);
          }}
        >
          <EditIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
          {t('list.views.manage')}
        </MenuItem>
      </Menu>
      <SaveViewDialog
        open={saving}
        params={params}
        onClose={() => setSaving(false)}
        onSaved={(name) => {
          setSaving(false);
          onSaved((t) => t('list.views.saved', { name }));
        }}
      />
      <ManageViewsDialog
        open={managing}
        items={items}
        params={params}
        onClose={() => setManaging(false)}
        onSaved={(name) => onSaved((t) => t('list.views.updated', { name }))}
      />
    </>
  );
}

function SaveViewDialog({
  open,
  params,
  onClose,
  onSaved,
}: {
  open: boolean;
  params: ClientListParams;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  const titleId = useId();
  const summarize = useErrorSummary();
  const field = useNameField('');
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(randomId);
  const [create, { loading }] = useCreateSavedViewMutation();

  const close = () => {
    field.reset('');
    setGeneral([]);
    setKey(randomId());
    onClose();
  };

  const submit = async () => {
    field.touch();
    if (!field.valid) return;
    try {
      await create({
        variables: { input: { name: field.name.trim(), view: toView(params), idempotencyKey: key } },
      });
      const name = field.name.trim();
      field.reset('');
      setGeneral([]);
      setKey(randomId());
      onSaved(name);
    } catch (error) {
      const summary = summarize(error);
      if (summary.fields.name) field.refuse(summary.fields.name);
      setGeneral([
        ...summary.general,
        ...Object.entries(summary.fields)
          .filter(([p]) => p !== 'name')
          .map(([, m]) => m),
      ]);
      setKey(randomId());
    }
  };

  return (
    <Dialog
      open={open}
      onClose={loading ? undefined : close}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id={titleId}>{t('list.views.saveTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('list.views.saveHelp')}
          </Typography>
          {general.length ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {general.join(' ')}
            </Alert>
          ) : null}
          <TextField
            autoFocus
            fullWidth
            label={t('list.views.name')}
            value={field.name}
            onChange={(event) => field.change(event.target.value)}
            onBlur={field.touch}
            error={Boolean(field.error)}
            helperText={field.error ?? ' '}
            slotProps={{ htmlInput: { maxLength: NAME_MAX } }}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={loading}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={loading}>
            {t('common:actions.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function ManageViewsDialog({
  open,
  items,
  params,
  onClose,
  onSaved,
}: {
  open: boolean;
  items: SavedViewItem[];
  params: ClientListParams;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation(['clients', 'common']);
  const titleId = useId();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const summarize = useErrorSummary();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<SavedViewItem | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const field = useNameField('');
  const [update, { loading: renaming }] = useUpdateSavedViewMutation();
  const [remove, { loading: deleting }] = useDeleteSavedViewMutation();

  /** Gives a saved view what is on screen now, under its own name. */
  const overwrite = async (item: SavedViewItem) => {
    try {
      await update({ variables: { input: { id: item.id, version: item.version, view: toView(params) } } });
      setGeneral(null);
      onSaved(item.name);
    } catch (error) {
      const summary = summarize(error);
      setGeneral([...summary.general, ...Object.values(summary.fields)].join(' '));
    }
  };

  const rename = async (item: SavedViewItem) => {
    field.touch();
    if (!field.valid) return;
    try {
      await update({ variables: { input: { id: item.id, version: item.version, name: field.name.trim() } } });
      setEditing(null);
      setGeneral(null);
    } catch (error) {
      const summary = summarize(error);
      if (summary.fields.name) field.refuse(summary.fields.name);
      else setGeneral([...summary.general, ...Object.values(summary.fields)].join(' '));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('list.views.manageTitle')}</DialogTitle>
      <DialogContent dividers>
        {general ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {general}
          </Alert>
        ) : null}
        <List aria-label={t('list.views.manageTitle')}>
          {items.map((item) =>
            editing === item.id ? (
              <ListItem key={item.id} disableGutters>
                <Stack
                  component="form"
                  noValidate
                  direction={{ xs: 'column', sm: 'row' }}
                  sx={{ gap: 1, width: '100%', alignItems: { sm: 'flex-start' } }}
                  onSubmit={(event) => {
                    event.preventDefault();
                    void rename(item);
                  }}
                >
                  <TextField
                    autoFocus
                    size="small"
                    fullWidth
                    label={t('list.views.newName', { name: item.name })}
                    value={field.name}
                    onChange={(event) => field.change(event.target.value)}
                    error={Boolean(field.error)}
                    helperText={field.error ?? ' '}
                    slotProps={{ htmlInput: { maxLength: NAME_MAX } }}
                  />
                  <Stack direction="row" sx={{ gap: 1 }}>
                    <Button type="submit" variant="contained" loading={renaming}>
                      {t('common:actions.save')}
                    </Button>
                    <Button onClick={() => setEditing(null)}>{t('common:actions.cancel')}</Button>
                  </Stack>
                </Stack>
              </ListItem>
            ) : (
              <ListItem
                key={item.id}
                disableGutters
                secondaryAction={
                  <>
                    <IconButton
                      aria-label={t('list.views.overwrite', { name: item.name })}
                      title={t('list.views.overwrite', { name: item.name })}
                      disabled={renaming}
                      onClick={() => void overwrite(item)}
                    >
                      <SaveIcon />
                    </IconButton>
                    <IconButton
                      aria-label={t('list.views.rename', { name: item.name })}
                      onClick={() => {
                        field.reset(item.name);
                        setGeneral(null);
                        setEditing(item.id);
                      }}
                    >
                      <EditIcon />
                    </IconButton>
                    <IconButton
                      aria-label={t('list.views.delete', { name: item.name })}
                      onClick={() => setRemoving(item)}
                    >
                      <DeleteIcon />
                    </IconButton>
                  </>
                }
              >
                <ListItemText primary={item.name} sx={{ pr: 15 }} />
              </ListItem>
            ),
          )}
        </List>
        {items.length === 0 ? <Typography>{t('list.views.none')}</Typography> : null}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
      <ConfirmDialog
        open={Boolean(removing)}
        title={t('list.views.deleteTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('common:actions.delete')}
        destructive
        busy={deleting}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove({ variables: { input: { id: removing.id } } }).then(
            () => setRemoving(null),
            (error: unknown) => {
              setRemoving(null);
              setGeneral(summarize(error).general.join(' '));
            },
          );
        }}
      >
        {t('list.views.deleteBody')}
      </ConfirmDialog>
    </Dialog>
  );
}
