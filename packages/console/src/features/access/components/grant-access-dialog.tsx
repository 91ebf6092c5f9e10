import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import { useLocale } from '@/lib/i18n';
import { useGrantAccessMutation } from '../api/access-mutations';
import {
  checkGrant,
  emptyGrant,
  grantFieldOfPath,
  toGrantAccessInput,
  type GrantField,
  type GrantValues,
} from '../model/access-form';
import { AccessSettingsFields } from './access-fields';
import { dialogFormLayout } from '@/components/form/dialog-form-layout';

export interface GrantCandidate {
  contactId: string;
  name: string;
  email: string | null;
}

interface GrantAccessDialogProps {
  open: boolean;
  clientId: string;
  /** Linked contacts without an access to this client yet. */
  candidates: readonly GrantCandidate[];
  /** Opened from a contact: that person is already chosen. */
  preselectedContactId?: string | null;
  branches: readonly { id: string; name: string; archived: boolean }[];
  /** Seed 001: while off, the invitation is recorded but not sent. */
  notificationsEnabled: boolean;
  onClose: () => void;
  onGranted: (outcome: {
    name: string;
    emailSent: boolean;
    emailSuppressed: boolean;
    userCode: string;
  }) => void;
}

/**
 * Seed 004's "Add a user" window: a linked contact, their role, a user code
 * (generated from the client code unless typed), the email prefilled from the
 * contact, an optional IP allow-list and branch; "Save and send email" mails
 * the single-use link with which they choose their password.
 */
export function GrantAccessDialog(props: GrantAccessDialogProps) {
  const { t } = useTranslation('access');
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={phone}
    >
      <DialogTitle id={titleId}>{t('grant.title')}</DialogTitle>
      {props.open ? <GrantAccessForm {...props} /> : null}
    </Dialog>
  );
}

function GrantAccessForm({
  clientId,
  candidates,
  preselectedContactId,
  branches,
  notificationsEnabled,
  onClose,
  onGranted,
}: GrantAccessDialogProps) {
  const { t } = useTranslation(['access', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [grant, { loading }] = useGrantAccessMutation(clientId);
  const preselected = candidates.find((candidate) => candidate.contactId === preselectedContactId);
  const [values, setValues] = useState<GrantValues>(() => ({
    ...emptyGrant(),
    contactId: preselected?.contactId ?? '',
    email: preselected?.email ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<GrantField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const issues = checkGrant(values);
  const chosen = candidates.find((candidate) => candidate.contactId === values.contactId) ?? null;

  const errorFor = (field: GrantField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const issue = issues[field];
    return submitted && issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined;
  };

  const change = (next: Partial<GrantValues>) => {
    setValues((current) => ({ ...current, ...next }));
    setServerErrors((current) => {
      const rest = { ...current };
      for (const field of Object.keys(next) as GrantField[]) delete rest[field];
      return rest;
    });
  };

  const save = async (sendEmail: boolean) => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.keys(issues).length > 0) return;
    try {
      const { data } = await grant({ variables: { input: toGrantAccessInput(clientId, values, sendEmail) } });
      const outcome = data?.grantAccess;
      if (!outcome) return;
      onGranted({
        name: chosen?.name ?? '',
        emailSent: sendEmail && !outcome.emailSuppressed,
        emailSuppressed: outcome.emailSuppressed,
        userCode: outcome.access.account.userCode,
      });
    } catch (failure) {
      const summary = summarize(failure);
      const fields: Partial<Record<GrantField, string>> = {};
      const unplaced: string[] = [];
      for (const [path, message] of Object.entries(summary.fields)) {
        const field = grantFieldOfPath(path);
        if (field) fields[field] ??= message;
        else unplaced.push(message);
      }
      setServerErrors(fields);
      setGeneral([...summary.general, ...unplaced]);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save(true);
      }}
      sx={dialogFormLayout}
    >
      <DialogContent dividers>
        {general.length > 0 ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {general.join(' ')}
          </Alert>
        ) : null}
        {!notificationsEnabled ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('grant.notificationsOff')}
          </Alert>
        ) : null}
        {candidates.length === 0 ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('grant.noCandidates')}
          </Alert>
        ) : null}
        <Stack sx={{ gap: 2 }}>
          <Autocomplete
            id={`${idPrefix}-contact`}
            options={candidates}
            value={chosen}
            getOptionLabel={(option) => option.name}
            getOptionKey={(option) => option.contactId}
            isOptionEqualToValue={(option, value) => option.contactId === value.contactId}
            renderOption={(optionProps, option) => {
              const { key, ...rest } = optionProps;
              return (
                <li key={key} {...rest}>
                  <Box>
                    {option.name}
                    {option.email ? (
                      <Box
                        component="span"
                        sx={{ display: 'block', color: 'text.secondary', fontSize: '0.875rem' }}
                      >
                        {option.email}
                      </Box>
                    ) : null}
                  </Box>
                </li>
              );
            }}
            onChange={(_, option) =>
              change({
                contactId: option?.contactId ?? '',
                // The email follows the person chosen unless someone typed another.
                email: values.email && values.email !== chosen?.email ? values.email : (option?.email ?? ''),
              })
            }
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('fields.contact')}
                required
                error={!!errorFor('contactId')}
                helperText={errorFor('contactId') ?? t('fields.contactHelp')}
              />
            )}
          />
          <TextField
            id={`${idPrefix}-code`}
            label={t('fields.userCode')}
            value={values.userCode}
            onChange={(event) => change({ userCode: event.target.value.toUpperCase() })}
            error={!!errorFor('userCode')}
            helperText={errorFor('userCode') ?? t('fields.userCodeHelp')}
            slotProps={{ htmlInput: { maxLength: 32, autoComplete: 'off', spellCheck: false } }}
          />
          <TextField
            id={`${idPrefix}-email`}
            label={t('fields.email')}
            type="email"
            required
            value={values.email}
            onChange={(event) => change({ email: event.target.value })}
            error={!!errorFor('email')}
            helperText={errorFor('email') ?? t('fields.emailHelp')}
            slotProps={{ htmlInput: { maxLength: 254, autoComplete: 'off' } }}
          />
          <AccessSettingsFields
            idPrefix={idPrefix}
            values={values}
            onChange={change}
            errorFor={errorFor}
            branches={branches}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={loading}>
          {t('common:actions.cancel')}
        </Button>
        <Button onClick={() => void save(false)} disabled={loading || candidates.length === 0}>
          {t('grant.saveOnly')}
        </Button>
        <Button type="submit" variant="contained" loading={loading} disabled={candidates.length === 0}>
          {t('grant.saveAndSend')}
        </Button>
      </DialogActions>
    </Box>
  );
}
