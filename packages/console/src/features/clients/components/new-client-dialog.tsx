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
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ClientKind, ClientStatus, Lifecycle, fieldErrorMessage, type FieldIssue } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { splitFieldErrors } from '@/lib/graphql-errors';
import { useLocale } from '@/lib/i18n';
import { randomId } from '@/lib/random-id';
import { useCreateClientMutation } from '../api/create-client-mutation';
import { kindLabel, lifecycleLabel, statusLabel } from '../model/labels';
import {
  NEW_CLIENT_FIELDS,
  emptyNewClient,
  toCreateClientInput,
  validateNewClient,
  visibleFields,
  withCountry,
  type AddressPart,
  type NewClientField,
  type NewClientValues,
} from '../model/new-client-form';
import { BillingAddressFields } from './billing-address-fields';

export interface CreatedClient {
  id: string;
  code: string;
}

interface NewClientDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (client: CreatedClient) => void;
}

/** The "New client" dialog; full screen on phones, where a floating dialog leaves no room to type. */
export function NewClientDialog({ open, onClose, onCreated }: NewClientDialogProps) {
  const { t } = useTranslation(['clients', 'common']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const formId = useId();
  const [busy, setBusy] = useState(false);

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
      scroll="paper"
    >
      <DialogTitle>{t('form.title')}</DialogTitle>
      {/* Mounted only while open: every opening starts from an empty form. */}
      {open ? <NewClientForm formId={formId} onCreated={onCreated} onBusyChange={setBusy} /> : null}
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" loading={busy}>
          {t('form.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface NewClientFormProps {
  formId: string;
  onCreated: (client: CreatedClient) => void;
  onBusyChange: (busy: boolean) => void;
}

type ServerFieldErrors = Partial<Record<NewClientField, string>>;

function NewClientForm({ formId, onCreated, onBusyChange }: NewClientFormProps) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const [createClient] = useCreateClientMutation();
  const [values, setValues] = useState<NewClientValues>(emptyNewClient);
  const [touched, setTouched] = useState<ReadonlySet<NewClientField>>(new Set());
  const [serverErrors, setServerErrors] = useState<ServerFieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  // One key per dialog: a retry after a lost response returns the client already made, not a twin.
  const [idempotencyKey] = useState(randomId);
  const formRef = useRef<HTMLFormElement>(null);
  // Focus goes to the name when the dialog opens, not again when the kind changes: arrow keys
  // on the kind's radio buttons must keep moving between them.
  const [kindChanged, setKindChanged] = useState(false);
  const idPrefix = useId();

  const issues = validateNewClient(values);
  const shown = visibleFields(values);
  const message = (issue: FieldIssue | undefined) =>
    issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined;

  /** What to show under a field: the server's word first (it is the authority), then ours once the field was left. */
  const errorFor = (field: NewClientField): string | undefined =>
    serverErrors[field] ?? (touched.has(field) ? message(issues[field]) : undefined);

  const touch = (field: NewClientField) =>
    setTouched((current) => (current.has(field) ? current : new Set(current).add(field)));

  const change = (field: NewClientField, next: NewClientValues) => {
    setValues(next);
    // Once edited, the server's complaint is about a value that is gone.
    if (serverErrors[field]) setServerErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const setField = <K extends 'name' | 'firstName' | 'lastName' | 'code'>(field: K, value: string) =>
    change(field, { ...values, [field]: value });

  const bind = (field: 'name' | 'firstName' | 'lastName' | 'code') => ({
    id: `${idPrefix}-${field}`,
    // Required without MUI's asterisk: it would become part of the label ("Name *") for
    // tools that find fields by label. Optional fields say so in their label instead.
    slotProps: { htmlInput: { 'aria-required': field !== 'code' } },
    value: values[field],
    onChange: (event: { target: { value: string } }) => setField(field, event.target.value),
    onBlur: () => touch(field),
    error: !!errorFor(field),
  });

  const bindAddress = (part: AddressPart) => {
    const field = `billingAddress.${part}` as const;
    return {
      id: `${idPrefix}-address-${part}`,
      value: values.billingAddress[part],
      error: errorFor(field),
      onChange: (value: string) =>
        change(
          field,
          part === 'country'
            ? withCountry(values, value)
            : { ...values, billingAddress: { ...values.billingAddress, [part]: value } },
        ),
      onBlur: () => touch(field),
    };
  };

  const focusFirstError = () =>
    // After React has painted the messages, so the screen reader announces the field with its error.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(NEW_CLIENT_FIELDS));
    setGeneral([]);
    if (shown.some((field) => issues[field])) {
      focusFirstError();
      return;
    }
    onBusyChange(true);
    try {
      const { data } = await createClient({
        variables: { input: toCreateClientInput(values, idempotencyKey) },
      });
      const client = data?.createClient.client;
      if (client) onCreated({ id: client.id, code: client.code });
    } catch (error) {
      const summary = summarize(error);
      const { matched, unmatched } = splitFieldErrors(summary.fields, shown);
      setServerErrors(matched);
      setGeneral([
        ...summary.general,
        // Errors for fields this form does not show would otherwise be lost: say what the server said.
        ...unmatched.map(({ path, message: text }) => `${path} — ${text}`),
        ...(summary.requestId ? [t('common:errors.requestId', { requestId: summary.requestId })] : []),
      ]);
      focusFirstError();
    } finally {
      onBusyChange(false);
    }
  };

  const individual = values.kind === ClientKind.INDIVIDUAL;

  return (
    <DialogContent dividers>
      <Box
        component="form"
        id={formId}
        ref={formRef}
        noValidate
        onSubmit={(event: FormEvent) => void submit(event)}
        sx={{ display: 'grid', gap: 2.5, pt: 0.5 }}
      >
        {general.length > 0 ? (
          <Alert severity="error">
            {general.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Alert>
        ) : null}

        <FormControl>
          <FormLabel id={`${idPrefix}-kind`}>{t('fields.kind')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={`${idPrefix}-kind`}
            value={values.kind}
            onChange={(event) => {
              setKindChanged(true);
              change('kind', { ...values, kind: event.target.value as ClientKind });
            }}
          >
            {[ClientKind.COMPANY, ClientKind.INDIVIDUAL].map((kind) => (
              <FormControlLabel key={kind} value={kind} control={<Radio />} label={kindLabel(kind, locale)} />
            ))}
          </RadioGroup>
        </FormControl>

        {individual ? (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField
              label={t('fields.firstName')}
              autoComplete="off"
              {...bind('firstName')}
              helperText={errorFor('firstName')}
            />
            <TextField
              label={t('fields.lastName')}
              autoComplete="off"
              {...bind('lastName')}
              helperText={errorFor('lastName')}
            />
          </Box>
        ) : (
          <TextField
            label={t('fields.name')}
            autoFocus={!kindChanged}
            autoComplete="off"
            {...bind('name')}
            helperText={errorFor('name')}
          />
        )}

        <TextField
          label={t('form.codeOptional')}
          autoComplete="off"
          {...bind('code')}
          helperText={errorFor('code') ?? t('form.codeHelp')}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
        />

        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <TextField
            select
            label={t('fields.status')}
            id={`${idPrefix}-status`}
            value={values.status}
            onChange={(event) => change('status', { ...values, status: event.target.value as ClientStatus })}
            error={!!errorFor('status')}
            helperText={errorFor('status')}
          >
            {Object.values(ClientStatus).map((status) => (
              <MenuItem key={status} value={status}>
                {statusLabel(status, locale)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('fields.lifecycle')}
            id={`${idPrefix}-lifecycle`}
            value={values.lifecycle}
            onChange={(event) =>
              change('lifecycle', { ...values, lifecycle: event.target.value as Lifecycle })
            }
            error={!!errorFor('lifecycle')}
            helperText={errorFor('lifecycle')}
          >
            {[Lifecycle.CUSTOMER, Lifecycle.PROSPECT].map((lifecycle) => (
              <MenuItem key={lifecycle} value={lifecycle}>
                {lifecycleLabel(lifecycle, locale)}
              </MenuItem>
            ))}
          </TextField>
        </Box>

        <BillingAddressFields bind={bindAddress} country={values.billingAddress.country} />
      </Box>
    </DialogContent>
  );
}
