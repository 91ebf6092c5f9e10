import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LIMITS, checkRequiredText, fieldErrorMessage } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { OneTimeSecret } from '@/components/one-time-secret';
import { useLocale } from '@/lib/i18n';
import { useCreateApiTokenMutation } from '../api/api-tokens';

const SCOPES = ['READ', 'READ_WRITE'] as const;
type Scope = (typeof SCOPES)[number];

/**
 * Names a new token and its access, then shows the secret once, with a copy
 * button and the warning that it will not be shown again. Staff and partner
 * users make their tokens here alike.
 */
export function NewApiTokenDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['apiTokens', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const locale = useLocale();
  const summarize = useErrorSummary();
  const titleId = useId();
  const idPrefix = useId();
  const [create, { loading }] = useCreateApiTokenMutation();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('READ');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const issue = checkRequiredText(name, LIMITS.listItemName);
  const nameError =
    serverError ?? (touched && issue ? fieldErrorMessage(locale, issue.code, issue.params) : null);

  const reset = () => {
    setName('');
    setScope('READ');
    setTouched(false);
    setServerError(null);
    setGeneral(null);
    setSecret(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setGeneral(null);
    // Create is pressed outside the field: the keyboard goes to the name, so its error is heard.
    if (issue) {
      nameRef.current?.focus();
      return;
    }
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), scope } } });
      const created = data?.createApiToken;
      if (created) setSecret({ name: created.apiToken.name, token: created.token });
    } catch (error) {
      const summary = summarize(error);
      setServerError(summary.fields.name ?? null);
      setGeneral(summary.general.join(' ') || null);
      if (summary.fields.name) nameRef.current?.focus();
    }
  };

  return (
    <Dialog
      open={open}
      // A stray click beside the secret would lose its only sighting: then only the button closes.
      onClose={loading || secret ? undefined : onClose}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      slotProps={{ transition: { onExited: reset } }}
    >
      <DialogTitle id={titleId}>{secret ? t('secretTitle', { name: secret.name }) : t('new')}</DialogTitle>
      {secret ? (
        <>
          <DialogContent sx={{ display: 'grid', gap: 2 }}>
            <OneTimeSecret
              label={t('secretLabel')}
              value={secret.token}
              warning={t('secretWarning')}
              usage={t('usage')}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 2 }}>
            <Button variant="contained" onClick={onClose}>
              {t('done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogContent>
            <Box
              component="form"
              id={`${idPrefix}-form`}
              noValidate
              onSubmit={(event: FormEvent) => void submit(event)}
              sx={{ display: 'grid', gap: 2.5, pt: 1 }}
            >
              {general ? <Alert severity="error">{general}</Alert> : null}
              <TextField
                id={`${idPrefix}-name`}
                inputRef={nameRef}
                label={t('name')}
                value={name}
                autoFocus
                autoComplete="off"
                onChange={(event) => {
                  setName(event.target.value);
                  setServerError(null);
                }}
                onBlur={() => setTouched(true)}
                error={!!nameError}
                helperText={nameError ?? t('nameHelp')}
                slotProps={{ htmlInput: { 'aria-required': true } }}
              />
              <FormControl>
                <FormLabel id={`${idPrefix}-scope`}>{t('scope')}</FormLabel>
                <RadioGroup
                  aria-labelledby={`${idPrefix}-scope`}
                  value={scope}
                  onChange={(event) => setScope(event.target.value as Scope)}
                >
                  {SCOPES.map((value) => (
                    <FormControlLabel
                      key={value}
                      value={value}
                      control={<Radio />}
                      label={
                        <Box>
                          <Typography>{t(`scopes.${value}`)}</Typography>
                          <Typography variant="body2" color="text.secondary">
                            {t(`scopeHelp.${value}`)}
                          </Typography>
                        </Box>
                      }
                      sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.5 } }}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            </Box>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 2 }}>
            <Button onClick={onClose} disabled={loading}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" form={`${idPrefix}-form`} variant="contained" loading={loading}>
              {t('create')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
