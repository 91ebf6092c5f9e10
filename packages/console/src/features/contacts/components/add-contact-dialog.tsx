import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { languageLabels } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { FieldGrid } from '@/components/facts';
import type { Language } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useIdempotencyKey } from '@/lib/idempotency-key';
import { useContactSearchQuery } from '../api/contact-search-query';
import { useContactSuggestionsQuery } from '../api/contact-suggestions-query';
import { useCreateContactMutation } from '../api/create-contact-mutation';
import { useLinkContactMutation } from '../api/link-mutations';
import {
  checkLink,
  checkNewContact,
  emptyLink,
  emptyNewContact,
  fieldOfPath,
  issueText,
  requiredText,
  toCreateContactInput,
  toLinkContactInput,
  type LinkValues,
  type NewContactValues,
} from '../model/contact-form';
import { LinkFields } from './link-fields';
import { dialogFormLayout } from '@/components/form/dialog-form-layout';

type Mode = 'new' | 'existing';

interface FoundContact {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
}

interface AddContactDialogProps {
  open: boolean;
  clientId: string;
  /** Where phones without a country code are read. */
  country: string;
  onClose: () => void;
  onAdded: (name: string) => void;
}

/** Adds a contact to the client: a new person, or one already known (suggested by email domain). */
export function AddContactDialog({ open, clientId, country, onClose, onAdded }: AddContactDialogProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={phone}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle id={titleId}>{t('add.title')}</DialogTitle>
      {open ? (
        <AddContactForm clientId={clientId} country={country} onClose={onClose} onAdded={onAdded} />
      ) : null}
    </Dialog>
  );
}

function AddContactForm({ clientId, country, onClose, onAdded }: Omit<AddContactDialogProps, 'open'>) {
  const { t } = useTranslation(['contacts', 'common', 'fields']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [mode, setMode] = useState<Mode>('new');
  const [values, setValues] = useState<NewContactValues>(() =>
    emptyNewContact(locale === 'fr' ? 'FR' : 'EN'),
  );
  const [link, setLink] = useState<LinkValues & { primary: boolean }>({ ...emptyLink(), primary: false });
  const [chosen, setChosen] = useState<FoundContact | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const { key: idempotencyKey, afterRefusal } = useIdempotencyKey();
  const [createContact, creating] = useCreateContactMutation(clientId);
  const [linkContact, linking] = useLinkContactMutation();
  const suggestions = useContactSuggestionsQuery(clientId, false);
  const suggested = suggestions.data?.contactSuggestions ?? [];

  const newIssues = checkNewContact(values, country);
  const linkIssues = checkLink(link);
  const show = (field: string, issue: string | undefined) =>
    serverErrors[field] ?? (touched.has(field) || submitted ? issue : undefined);
  const newError = (field: keyof NewContactValues) => show(field, issueText(newIssues[field], locale));
  const linkError = (field: keyof LinkValues) => show(field, issueText(linkIssues[field], locale));
  const touch = (field: string) => setTouched((current) => new Set(current).add(field));
  const clearServer = (field: string) => setServerErrors(({ [field]: _gone, ...rest }) => rest);

  const text = (field: 'firstName' | 'lastName' | 'email' | 'phone' | 'mobile', required = false) => ({
    id: `${idPrefix}-${field}`,
    label: t(`fields:contact.${field}` as 'fields:contact.firstName'),
    value: values[field],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      clearServer(field);
    },
    onBlur: () => touch(field),
    error: !!newError(field),
    helperText: newError(field),
    slotProps: { htmlInput: { 'aria-required': required } },
  });

  const fail = (failure: unknown) => {
    const summary = summarize(failure);
    afterRefusal(summary);
    const fields = Object.fromEntries(
      Object.entries(summary.fields).map(([path, message]) => [fieldOfPath(path), message]),
    );
    setServerErrors(fields);
    setGeneral(Object.keys(fields).length > 0 ? [] : summary.general);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setGeneral([]);
    if (mode === 'new') {
      if (Object.keys(newIssues).length > 0) return;
      try {
        await createContact({ variables: { input: toCreateContactInput(clientId, values, idempotencyKey) } });
        onAdded(`${values.firstName.trim()} ${values.lastName.trim()}`);
      } catch (failure) {
        fail(failure);
      }
      return;
    }
    if (!chosen) {
      setServerErrors({ contactId: requiredText(locale) });
      return;
    }
    if (Object.keys(linkIssues).length > 0) return;
    try {
      await linkContact({ variables: { input: toLinkContactInput(clientId, chosen.id, link) } });
      onAdded(`${chosen.firstName} ${chosen.lastName}`);
    } catch (failure) {
      fail(failure);
    }
  };

  const busy = creating.loading || linking.loading;

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => void submit(event)}
      sx={dialogFormLayout}
    >
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={mode}
            onChange={(_, next: Mode | null) => {
              if (next) setMode(next);
              setServerErrors({});
              setGeneral([]);
              setSubmitted(false);
            }}
            aria-label={t('add.modeLabel')}
          >
            <ToggleButton value="new">{t('add.new')}</ToggleButton>
            <ToggleButton value="existing">{t('add.existing')}</ToggleButton>
          </ToggleButtonGroup>

          {general.length > 0 ? <Alert severity="error">{general.join(' ')}</Alert> : null}

          {mode === 'new' && suggested.length > 0 ? (
            <Alert
              severity="info"
              action={
                <Button color="inherit" size="small" onClick={() => setMode('existing')}>
                  {t('add.seeSuggestions')}
                </Button>
              }
            >
              {t('add.suggestionsHint', { count: suggested.length })}
            </Alert>
          ) : null}

          {mode === 'new' ? (
            <>
              <FieldGrid>
                <TextField {...text('firstName', true)} autoFocus />
                <TextField {...text('lastName', true)} />
              </FieldGrid>
              <TextField
                {...text('email')}
                type="email"
                slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
              />
              <FieldGrid columns={3}>
                <TextField {...text('phone')} type="tel" />
                <TextField {...text('mobile')} type="tel" />
                <TextField
                  select
                  id={`${idPrefix}-language`}
                  label={t('fields:contact.language')}
                  value={values.language}
                  onChange={(event) => setValues({ ...values, language: event.target.value as Language })}
                >
                  {(['FR', 'EN'] as const).map((language) => (
                    <MenuItem key={language} value={language}>
                      {languageLabels[locale][language === 'FR' ? 'fr' : 'en']}
                    </MenuItem>
                  ))}
                </TextField>
              </FieldGrid>
              <LinkFields
                idPrefix={`${idPrefix}-link`}
                values={values}
                onChange={(next) => setValues({ ...values, ...next })}
                errorFor={newError}
                onBlur={touch}
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={values.primary}
                    onChange={(event) => setValues({ ...values, primary: event.target.checked })}
                  />
                }
                label={t('add.primary')}
              />
            </>
          ) : (
            <>
              {suggested.length > 0 ? (
                <List
                  dense
                  aria-labelledby={`${idPrefix}-suggested`}
                  subheader={
                    <ListSubheader id={`${idPrefix}-suggested`} disableSticky sx={{ px: 0, lineHeight: 2 }}>
                      {t('add.suggested')}
                    </ListSubheader>
                  }
                  sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5 }}
                >
                  {suggested.map((contact) => (
                    <ListItemButton
                      key={contact.id}
                      selected={chosen?.id === contact.id}
                      onClick={() => {
                        setChosen(contact);
                        clearServer('contactId');
                      }}
                      sx={{ borderRadius: 1 }}
                    >
                      <ListItemText
                        primary={`${contact.firstName} ${contact.lastName}`}
                        secondary={contact.email}
                      />
                    </ListItemButton>
                  ))}
                </List>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {t('add.noSuggestions')}
                </Typography>
              )}
              <ContactSearchField
                id={`${idPrefix}-search`}
                value={chosen}
                onChange={(contact) => {
                  setChosen(contact);
                  clearServer('contactId');
                }}
                error={serverErrors.contactId}
              />
              <LinkFields
                idPrefix={`${idPrefix}-existing`}
                values={link}
                onChange={(next) => setLink({ ...link, ...next })}
                errorFor={linkError}
                onBlur={touch}
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={link.primary}
                    onChange={(event) => setLink({ ...link, primary: event.target.checked })}
                  />
                }
                label={t('add.primary')}
              />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={busy}>
          {mode === 'new' ? t('add.create') : t('add.link')}
        </Button>
      </DialogActions>
    </Box>
  );
}

const SEARCH_DELAY_MS = 250;

/** Any contact by name or email; those already at other clients say where. */
function ContactSearchField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: FoundContact | null;
  onChange: (contact: FoundContact | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('contacts');
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const label = (contact: FoundContact) => `${contact.firstName} ${contact.lastName}`;
  const typed = value && input === label(value) ? '' : search;
  const { data, loading } = useContactSearchQuery(typed, !open);
  const found = data?.contacts.edges.map((edge) => edge.node) ?? [];
  const where = new Map(
    found.map((contact) => [contact.id, contact.clients.map((link) => link.client.name)]),
  );

  return (
    <Autocomplete<FoundContact>
      id={id}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={value}
      onChange={(_, contact) => onChange(contact)}
      inputValue={input}
      onInputChange={(_, text) => setInput(text)}
      options={found.map(({ id: contactId, firstName, lastName, email }) => ({
        id: contactId,
        firstName,
        lastName,
        email,
      }))}
      loading={loading}
      filterOptions={(all) => all}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      getOptionLabel={label}
      noOptionsText={t('add.noMatch')}
      loadingText={t('add.searching')}
      renderOption={({ key, ...props }, contact) => (
        <Box component="li" key={key} {...props}>
          <ListItemText
            primary={label(contact)}
            secondary={[contact.email, ...(where.get(contact.id) ?? [])].filter(Boolean).join(' · ')}
          />
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('add.search')}
          error={!!error}
          helperText={error ?? t('add.searchHelp')}
        />
      )}
    />
  );
}
