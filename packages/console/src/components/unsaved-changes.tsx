import { createContext, useCallback, useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

type Register = (id: string, dirty: boolean) => void;

const UnsavedChangesContext = createContext<Register>(() => undefined);

/**
 * One guard for every form on screen: while any of them holds changes not
 * saved, leaving the page (a link, a tab, Back) asks first, and closing or
 * reloading the browser tab gets the browser's own warning. React Router
 * allows one blocker at a time, hence the registry.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const anyDirty = dirty.size > 0;

  const register = useCallback<Register>((id, isDirty) => {
    setDirty((current) => {
      if (current.has(id) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // A change of query string (a filter) keeps the page and its forms: only leaving the page asks.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => anyDirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!anyDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when a value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  const blocked = blocker.state === 'blocked';

  return (
    <UnsavedChangesContext.Provider value={register}>
      {children}
      <Dialog open={blocked} onClose={() => blocker.reset?.()} aria-labelledby="unsaved-changes-title">
        <DialogTitle id="unsaved-changes-title">{t('unsaved.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('unsaved.body')}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={() => blocker.proceed?.()} color="error">
            {t('unsaved.leave')}
          </Button>
          <Button variant="contained" autoFocus onClick={() => blocker.reset?.()}>
            {t('unsaved.stay')}
          </Button>
        </DialogActions>
      </Dialog>
    </UnsavedChangesContext.Provider>
  );
}

/** Marks the calling form as holding unsaved changes while `dirty` is true. */
export function useUnsavedChanges(dirty: boolean): void {
  const register = useContext(UnsavedChangesContext);
  const id = useId();
  useEffect(() => {
    register(id, dirty);
    return () => register(id, false);
  }, [register, id, dirty]);
}
