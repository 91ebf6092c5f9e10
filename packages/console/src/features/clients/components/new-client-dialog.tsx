import { useId, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
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
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Step,
  StepLabel,
  Stepper,
  Switch,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  ClientKind,
  ClientStatus,
  IdentityProvider,
  Lifecycle,
  fieldErrorMessage,
  identityProviderLabels,
  type FieldIssue,
} from '@clientele/shared';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { useFieldLabel } from '@/lib/field-labels';
import { useLocale } from '@/lib/i18n';
import { useIdempotencyKey } from '@/lib/idempotency-key';
import { randomId } from '@/lib/random-id';
import { useCreateClientMutation } from '../api/create-client-mutation';
import { useCreatePartnerClientMutation } from '../api/create-partner-client-mutation';
import { useCreatePrimaryContactMutation } from '../api/create-primary-contact-mutation';
import { ServicePlansQuery } from '../api/pick-lists-query';
import { kindLabel, lifecycleLabel, statusLabel } from '../model/labels';
import {
  NEW_CLIENT_STEPS,
  emptyNewClient,
  fieldForServerPath,
  fieldsOfStep,
  firstStepWithIssue,
  toCreateClientInput,
  toCreateContactInput,
  toCreatePartnerClientInput,
  validateNewClient,
  visibleFields,
  withCountry,
  type AddressPart,
  type AdminPart,
  type NewClientField,
  type NewClientMode,
  type NewClientStep,
  type NewClientValues,
} from '../model/new-client-form';
import { NewClientAddressFields } from './new-client-address-fields';

export interface CreatedClient {
  id: string;
  /** Staff see the code; a partner's new card has none to show yet. */
  code: string | null;
  name: string;
}

interface NewClientDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (client: CreatedClient) => void;
  /** A partner adds its client with its administrator and plan (seed 000); staff by default. */
  mode?: NewClientMode;
}

/**
 * The "New client" dialog, in two steps (seed 000): the company, then its
 * primary administrator (partner) or contact (staff), identity provider,
 * plan and notifications. Full screen on phones, where a floating dialog
 * leaves no room to type.
 */
export function NewClientDialog({ open, onClose, onCreated, mode = 'staff' }: NewClientDialogProps) {
  const { t } = useTranslation(['clients', 'common', 'partners']);
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const formId = useId();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<NewClientStep>('company');
  // What a half-done staff creation left behind (the client made, its contact refused).
  const [partial, setPartial] = useState<CreatedClient | null>(null);

  const back = () => {
    setStep('company');
    // The Back button leaves with its step: the keyboard goes on from the name (first name for an
    // individual), the first field to type in, rather than wherever the focus trap drops it.
    requestAnimationFrame(() =>
      document.getElementById(formId)?.querySelector<HTMLElement>('input[type="text"]')?.focus(),
    );
  };

  const close = () => {
    // The client exists even though its contact was not added: the list must say so.
    if (partial) onCreated(partial);
    else onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : close}
      fullScreen={phone}
      fullWidth
      maxWidth="sm"
      scroll="paper"
      aria-labelledby={titleId}
      // Each opening starts afresh: the first step, and nothing left of a half-done creation.
      slotProps={{
        transition: {
          onExited: () => {
            setStep('company');
            setPartial(null);
          },
        },
      }}
    >
      <DialogTitle id={titleId}>{t('clients:form.title')}</DialogTitle>
      {/* Mounted only while open: every opening starts from an empty form. */}
      {open ? (
        <NewClientForm
          formId={formId}
          mode={mode}
          step={step}
          onStepChange={setStep}
          onCreated={(client) => {
            setPartial(null);
            onCreated(client);
          }}
          onPartial={setPartial}
          onBusyChange={setBusy}
        />
      ) : null}
      <DialogActions sx={{ px: 3, py: 2, gap: 1 }}>
        <Button onClick={close} disabled={busy} sx={{ mr: 'auto' }}>
          {t('common:actions.cancel')}
        </Button>
        {/* Once the client is made, its company step would be edited in vain: only the contact is retried. */}
        {step === 'admin' && !partial ? (
          <Button onClick={back} disabled={busy}>
            {t('partners:newClient.back')}
          </Button>
        ) : null}
        <Button type="submit" form={formId} variant="contained" loading={busy}>
          {step === 'company' ? t('partners:newClient.next') : t('clients:form.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface NewClientFormProps {
  formId: string;
  mode: NewClientMode;
  step: NewClientStep;
  onStepChange: (step: NewClientStep) => void;
  onCreated: (client: CreatedClient) => void;
  onPartial: (client: CreatedClient) => void;
  onBusyChange: (busy: boolean) => void;
}

type ServerFieldErrors = Partial<Record<NewClientField, string>>;
type Operation = 'createClient' | 'createContact' | 'createPartnerClient';

function NewClientForm({
  formId,
  mode,
  step,
  onStepChange,
  onCreated,
  onPartial,
  onBusyChange,
}: NewClientFormProps) {
  const { t } = useTranslation(['clients', 'common', 'partners']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const fieldLabel = useFieldLabel();
  const [createClient] = useCreateClientMutation();
  const [createPartnerClient] = useCreatePartnerClientMutation();
  const [createContact] = useCreatePrimaryContactMutation();
  // For a partner the server lists only the plans its certifications allow.
  const plans = useQuery(ServicePlansQuery, { fetchPolicy: 'cache-first' });
  const [values, setValues] = useState<NewClientValues>(emptyNewClient);
  const [touched, setTouched] = useState<ReadonlySet<NewClientField>>(new Set());
  const [serverErrors, setServerErrors] = useState<ServerFieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  // One key per dialog: a retry after a lost response returns the client already made, not a twin.
  const { key: idempotencyKey, afterRefusal } = useIdempotencyKey();
  const [contactKey] = useState(randomId);
  // A staff client already made when its contact was refused: the next try adds the contact only.
  const [made, setMade] = useState<CreatedClient | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Focus goes to the name when the dialog opens, not again when the kind changes: arrow keys
  // on the kind's radio buttons must keep moving between them.
  const [kindChanged, setKindChanged] = useState(false);
  const idPrefix = useId();
  const partner = mode === 'partner';

  const issues = validateNewClient(values, mode);
  const shown = visibleFields(values, mode);
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

  const bind = (field: 'name' | 'firstName' | 'lastName' | 'code') => ({
    id: `${idPrefix}-${field}`,
    // Required without MUI's asterisk: it would become part of the label ("Name *") for
    // tools that find fields by label. Optional fields say so in their label instead.
    slotProps: { htmlInput: { 'aria-required': field !== 'code' } },
    value: values[field],
    onChange: (event: { target: { value: string } }) =>
      change(field, { ...values, [field]: event.target.value }),
    onBlur: () => touch(field),
    error: !!errorFor(field),
    helperText: errorFor(field),
  });

  const bindAdmin = (part: AdminPart, isRequired: boolean) => {
    const field = `admin.${part}` as const;
    return {
      id: `${idPrefix}-admin-${part}`,
      slotProps: { htmlInput: { 'aria-required': isRequired } },
      value: values.admin[part],
      onChange: (event: { target: { value: string } }) =>
        change(field, { ...values, admin: { ...values.admin, [part]: event.target.value } }),
      onBlur: () => touch(field),
      error: !!errorFor(field),
      helperText: errorFor(field),
    };
  };

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

  const fillAddress = (parts: Partial<Record<AddressPart, string>>) => {
    setValues((current) => ({ ...current, billingAddress: { ...current.billingAddress, ...parts } }));
    setServerErrors((current) => {
      const next = { ...current };
      for (const part of Object.keys(parts)) delete next[`billingAddress.${part as AddressPart}`];
      return next;
    });
  };

  const focusFirstError = () =>
    // After React has painted the messages, so the screen reader announces the field with its error.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const goTo = (next: NewClientStep) => {
    onStepChange(next);
    // The new step's first field, so keyboard and screen reader users start where the step does.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('input:not([type="hidden"]), [role="combobox"]')?.focus(),
    );
  };

  /** Server errors under their fields, on their step; the rest at the top. */
  const showFailure = (error: unknown, operation: Operation) => {
    const summary = summarize(error);
    afterRefusal(summary);
    const matched: ServerFieldErrors = {};
    const unmatched: string[] = [];
    for (const [path, text] of Object.entries(summary.fields)) {
      const field = fieldForServerPath(path, operation);
      if (field && shown.includes(field)) matched[field] ??= text;
      else unmatched.push(`${fieldLabel(path)} — ${text}`);
    }
    setServerErrors(matched);
    setGeneral([
      ...summary.general,
      // Errors for fields this form does not show would otherwise be lost: say what the server said,
      // under the field's name in the person's language rather than the API's path.
      ...unmatched,
      ...(summary.requestId ? [t('common:errors.requestId', { requestId: summary.requestId })] : []),
    ]);
    const back = firstStepWithIssue(Object.keys(matched) as NewClientField[]);
    if (back && back !== step) onStepChange(back);
    focusFirstError();
  };

  const createAsPartner = async () => {
    try {
      const { data } = await createPartnerClient({
        variables: { input: toCreatePartnerClientInput(values, idempotencyKey) },
      });
      const client = data?.createPartnerClient.client;
      if (client) onCreated({ id: client.id, code: null, name: client.name });
    } catch (error) {
      showFailure(error, 'createPartnerClient');
    }
  };

  const createAsStaff = async () => {
    let client = made;
    if (!client) {
      try {
        const { data } = await createClient({
          variables: { input: toCreateClientInput(values, idempotencyKey) },
        });
        const created = data?.createClient.client;
        if (!created) return;
        client = { id: created.id, code: created.code, name: created.name };
      } catch (error) {
        showFailure(error, 'createClient');
        return;
      }
    }
    const contact = toCreateContactInput(values, client.id, contactKey);
    if (contact) {
      try {
        await createContact({ variables: { input: contact } });
      } catch (error) {
        setMade(client);
        onPartial(client);
        showFailure(error, 'createContact');
        setGeneral((lines) => [t('partners:newClient.contactRefused', { code: client.code }), ...lines]);
        return;
      }
    }
    onCreated(client);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    const onStep = fieldsOfStep(step, values, mode);
    setTouched((current) => new Set([...current, ...onStep]));
    if (onStep.some((field) => issues[field])) {
      focusFirstError();
      return;
    }
    if (step === 'company') {
      goTo('admin');
      return;
    }
    // Every step is checked again: a value changed since may have broken an earlier one.
    const back = firstStepWithIssue(shown.filter((field) => issues[field]));
    if (back) {
      setTouched(new Set(shown));
      onStepChange(back);
      focusFirstError();
      return;
    }
    onBusyChange(true);
    try {
      await (partner ? createAsPartner() : createAsStaff());
    } finally {
      onBusyChange(false);
    }
  };

  const individual = !partner && values.kind === ClientKind.INDIVIDUAL;
  const planOptions = (plans.data?.servicePlans ?? []).filter((plan) => !plan.archived);
  const stepLabels: Record<NewClientStep, string> = {
    company: t('partners:newClient.steps.company'),
    admin: partner ? t('partners:newClient.steps.admin') : t('partners:newClient.steps.contact'),
  };
  const stepIndex = NEW_CLIENT_STEPS.indexOf(step);

  return (
    <DialogContent dividers>
      <Stepper activeStep={stepIndex} sx={{ mb: 3 }} aria-label={t('partners:newClient.stepsLabel')}>
        {NEW_CLIENT_STEPS.map((name, index) => (
          <Step key={name} completed={index < stepIndex}>
            <StepLabel aria-current={name === step ? 'step' : undefined}>{stepLabels[name]}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Box
        component="form"
        id={formId}
        ref={formRef}
        noValidate
        aria-label={t('partners:newClient.stepOf', {
          step: stepIndex + 1,
          count: NEW_CLIENT_STEPS.length,
          name: stepLabels[step],
        })}
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

        {step === 'company' ? (
          <>
            {partner ? null : (
              <FormControl>
                <FormLabel id={`${idPrefix}-kind`}>{t('clients:fields.kind')}</FormLabel>
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
                    <FormControlLabel
                      key={kind}
                      value={kind}
                      control={<Radio />}
                      label={kindLabel(kind, locale)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            )}

            {individual ? (
              <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
                <TextField label={t('clients:fields.firstName')} autoComplete="off" {...bind('firstName')} />
                <TextField label={t('clients:fields.lastName')} autoComplete="off" {...bind('lastName')} />
              </Box>
            ) : (
              <TextField
                label={partner ? t('partners:newClient.companyName') : t('clients:fields.name')}
                autoFocus={!kindChanged}
                autoComplete="off"
                {...bind('name')}
              />
            )}

            {partner ? null : (
              <>
                <TextField
                  label={t('clients:form.codeOptional')}
                  autoComplete="off"
                  {...bind('code')}
                  helperText={errorFor('code') ?? t('clients:form.codeHelp')}
                  slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
                />
                <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
                  <TextField
                    select
                    label={t('clients:fields.status')}
                    id={`${idPrefix}-status`}
                    value={values.status}
                    onChange={(event) =>
                      change('status', { ...values, status: event.target.value as ClientStatus })
                    }
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
                    label={t('clients:fields.lifecycle')}
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
              </>
            )}

            <NewClientAddressFields
              bind={bindAddress}
              country={values.billingAddress.country}
              current={values.billingAddress}
              onFill={fillAddress}
              showLine2={!partner}
              legend={partner ? t('partners:newClient.address') : t('clients:form.addressSection')}
            />
          </>
        ) : (
          <>
            <Typography color="text.secondary">
              {partner ? t('partners:newClient.adminIntro') : t('partners:newClient.contactIntro')}
            </Typography>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
              <TextField
                label={t('partners:newClient.firstName')}
                autoComplete="off"
                {...bindAdmin('firstName', partner)}
              />
              <TextField
                label={t('partners:newClient.lastName')}
                autoComplete="off"
                {...bindAdmin('lastName', partner)}
              />
            </Box>
            <TextField
              type="email"
              label={partner ? t('partners:newClient.email') : t('partners:newClient.emailOptional')}
              autoComplete="off"
              {...bindAdmin('email', partner)}
              helperText={
                errorFor('admin.email') ?? (partner ? t('partners:newClient.emailHelp') : undefined)
              }
            />
            <TextField
              type="tel"
              label={t('partners:newClient.phoneOptional')}
              autoComplete="off"
              {...bindAdmin('phone', false)}
              helperText={errorFor('admin.phone') ?? t('partners:newClient.phoneHelp')}
            />
            <TextField
              select
              id={`${idPrefix}-idp`}
              label={t('partners:newClient.identityProvider')}
              value={values.identityProvider}
              onChange={(event) =>
                change('identityProvider', {
                  ...values,
                  identityProvider: event.target.value as IdentityProvider,
                })
              }
              error={!!errorFor('identityProvider')}
              helperText={errorFor('identityProvider') ?? t('partners:newClient.identityProviderHelp')}
            >
              {Object.values(IdentityProvider).map((idp) => (
                <MenuItem key={idp} value={idp}>
                  {identityProviderLabels[locale][idp]}
                </MenuItem>
              ))}
            </TextField>
            {/* Unread, the plan list is just empty, and a partner (who must pick one) is stuck. */}
            {plans.error ? (
              <ErrorAlert error={plans.error} onRetry={() => void plans.refetch().catch(() => undefined)} />
            ) : null}
            <TextField
              select
              id={`${idPrefix}-plan`}
              label={partner ? t('partners:newClient.plan') : t('partners:newClient.planOptional')}
              value={values.planId}
              onChange={(event) => change('planId', { ...values, planId: event.target.value })}
              onBlur={() => touch('planId')}
              error={!!errorFor('planId')}
              helperText={
                errorFor('planId') ??
                (partner ? t('partners:newClient.planHelpPartner') : t('partners:newClient.planHelpStaff'))
              }
              slotProps={{ htmlInput: { 'aria-required': partner } }}
            >
              {partner ? null : (
                <MenuItem value="">
                  <em>{t('clients:info.noPlan')}</em>
                </MenuItem>
              )}
              {planOptions.map((plan) => (
                <MenuItem key={plan.id} value={plan.id}>
                  {plan.name}
                </MenuItem>
              ))}
            </TextField>
            <FormControl>
              <FormControlLabel
                control={
                  <Switch
                    checked={values.notificationsEnabled}
                    onChange={(event) =>
                      change('notificationsEnabled', {
                        ...values,
                        notificationsEnabled: event.target.checked,
                      })
                    }
                    slotProps={{ input: { 'aria-describedby': `${idPrefix}-notifications-help` } }}
                  />
                }
                label={t('partners:newClient.notifications')}
              />
              <FormHelperText id={`${idPrefix}-notifications-help`} sx={{ mx: 0 }}>
                {values.notificationsEnabled
                  ? t('partners:newClient.notificationsOn')
                  : t('partners:newClient.notificationsOff')}
              </FormHelperText>
            </FormControl>
          </>
        )}
      </Box>
    </DialogContent>
  );
}
