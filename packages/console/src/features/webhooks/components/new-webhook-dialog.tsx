import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  WEBHOOK_DESCRIPTION_MAX,
  checkOptionalText,
  checkWebhookUrl,
  fieldErrorMessage,
} from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { OneTimeSecret } from '@/components/one-time-secret';
import type { WebhookEventType } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useCreateWebhookEndpointMutation } from '../api/webhooks';
import { subscribableEvents } from '../model/webhook-events';

const FIELDS = ['url', 'description', 'eventTypes'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Registers an endpoint — its address, what it is for, the events it wants —
 * then shows its signing secret once, as a token's is. A partner user is
 * offered only the events a partner may hear.
 */
export function NewWebhookDialog({
  open,
  audience,
  onClose,
}: {
  open: boolean;
  audience: 'staff' | 'partner';
  onClose: () => void;
}) {
  const { t } = useTranslation(['webhooks', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const locale = useLocale();
  const summarize = useErrorSummary();
  const titleId = useId();
  const idPrefix = useId();
  const [create, { loading }] = useCreateWebhookEndpointMutation();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([]);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLInputElement>(null);
  const firstEventRef = useRef<HTMLInputElement>(null);
  const focus = (field: Field) =>
    ({ url: urlRef, description: descriptionRef, eventTypes: firstEventRef })[field].current?.focus();
  const offered = subscribableEvents(audience);

  // The server decides whether plain http is allowed (a developer's own machine): here, the shape.
  const urlIssue = checkWebhookUrl(url.trim(), { allowHttp: true });
  const descriptionIssue = checkOptionalText(description, WEBHOOK_DESCRIPTION_MAX);
  const problems: Record<Field, string | null> = {
    url: urlIssue ? fieldErrorMessage(locale, urlIssue.code, urlIssue.params) : null,
    description: descriptionIssue
      ? fieldErrorMessage(locale, descriptionIssue.code, descriptionIssue.params)
      : null,
    eventTypes: events.length === 0 ? t('eventsHelp') : null,
  };
  const errorOf = (field: Field): string | null =>
    serverErrors[field] ?? (touched[field] ? problems[field] : null);

  const reset = () => {
    setUrl('');
    setDescription('');
    setEvents([]);
    setTouched({});
    setServerErrors({});
    setGeneral(null);
    setSecret(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ url: true, description: true, eventTypes: true });
    setGeneral(null);
    const first = FIELDS.find((field) => problems[field]);
    // Register is pressed outside the fields: the keyboard goes to the first wrong one, so its error is heard.
    if (first) {
      focus(first);
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: { url: url.trim(), description: description.trim() || null, eventTypes: events },
        },
      });
      if (data) setSecret(data.createWebhookEndpoint.secret);
    } catch (error) {
      const summary = summarize(error);
      const fields = {
        url: summary.fields.url,
        description: summary.fields.description,
        eventTypes: summary.fields.eventTypes,
      };
      setServerErrors(fields);
      setGeneral(summary.general.join(' ') || null);
      const wrong = FIELDS.find((field) => fields[field]);
      if (wrong) focus(wrong);
    }
  };

  const toggle = (type: WebhookEventType, on: boolean) => {
    setEvents((current) => (on ? [...current, type] : current.filter((other) => other !== type)));
    setTouched((current) => ({ ...current, eventTypes: true }));
    setServerErrors((current) => ({ ...current, eventTypes: undefined }));
  };

  const eventsError = errorOf('eventTypes');
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
      <DialogTitle id={titleId}>{secret ? t('secretTitle') : t('new')}</DialogTitle>
      {secret ? (
        <>
          <DialogContent sx={{ display: 'grid', gap: 2 }}>
            <OneTimeSecret
              label={t('secretLabel')}
              value={secret}
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
                inputRef={urlRef}
                label={t('url')}
                value={url}
                type="url"
                autoFocus
                autoComplete="off"
                placeholder="https://"
                onChange={(event) => {
                  setUrl(event.target.value);
                  setServerErrors((current) => ({ ...current, url: undefined }));
                }}
                onBlur={() => setTouched((current) => ({ ...current, url: true }))}
                error={!!errorOf('url')}
                helperText={errorOf('url') ?? t('urlHelp')}
                slotProps={{ htmlInput: { 'aria-required': true, spellCheck: false } }}
              />
              <TextField
                inputRef={descriptionRef}
                label={t('description')}
                value={description}
                autoComplete="off"
                onChange={(event) => {
                  setDescription(event.target.value);
                  setServerErrors((current) => ({ ...current, description: undefined }));
                }}
                onBlur={() => setTouched((current) => ({ ...current, description: true }))}
                error={!!errorOf('description')}
                helperText={errorOf('description') ?? t('descriptionHelp')}
              />
              <FormControl error={!!eventsError} component="fieldset" variant="standard">
                <FormLabel component="legend">{t('events')}</FormLabel>
                <FormGroup
                  sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}
                >
                  {offered.map((type, index) => (
                    <FormControlLabel
                      key={type}
                      control={
                        <Checkbox
                          checked={events.includes(type)}
                          onChange={(event) => toggle(type, event.target.checked)}
                          slotProps={{ input: { ref: index === 0 ? firstEventRef : undefined } }}
                        />
                      }
                      label={t(`eventTypes.${type}`)}
                    />
                  ))}
                </FormGroup>
                <FormHelperText>{eventsError ?? t('eventsHelp')}</FormHelperText>
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
