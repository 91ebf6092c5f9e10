import { useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorCode, fieldErrorMessage } from '@clientele/shared';
import { useErrorSummary } from '@/components/error-alert';
import type { AccessGrantFieldsFragment } from '@/gql/graphql';
import { hasCode } from '@/lib/graphql-errors';
import { useLocale } from '@/lib/i18n';
import { useUpdateAccessMutation } from '../api/access-mutations';
import { useClientAccessQuery } from '../api/client-access-query';
import {
  checkSettings,
  grantFieldOfPath,
  toUpdateAccessInput,
  type AccessSettings,
  type GrantField,
} from '../model/access-form';
import { AccessSettingsFields } from './access-fields';
import { dialogFormLayout } from '@/components/form/dialog-form-layout';

interface Branch {
  id: string;
  name: string;
  archived: boolean;
}

/** Changes an access's role, allowed addresses or branch; the sign-in itself stays. */
export function EditAccessDialog({
  grant,
  branches,
  onClose,
}: {
  grant: AccessGrantFieldsFragment | null;
  branches: readonly Branch[];
  onClose: () => void;
}) {
  const { t } = useTranslation('access');
  const titleId = useId();
  return (
    <Dialog open={grant !== null} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {grant ? t('edit.title', { name: `${grant.contact.firstName} ${grant.contact.lastName}` }) : null}
      </DialogTitle>
      {grant ? <EditAccessForm key={grant.id} grant={grant} branches={branches} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EditAccessForm({
  grant,
  branches,
  onClose,
}: {
  grant: AccessGrantFieldsFragment;
  branches: readonly Branch[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['access', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [update, { loading }] = useUpdateAccessMutation();
  const { refetch } = useClientAccessQuery(grant.clientId);
  const [values, setValues] = useState<AccessSettings>({
    role: grant.role,
    ipAllowList: [...grant.ipAllowList],
    branchId: grant.branchId ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<GrantField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const issues = checkSettings(values);

  const errorFor = (field: GrantField) => {
    if (serverErrors[field]) return serverErrors[field];
    const issue = issues[field];
    return submitted && issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(issues).length > 0) return;
    try {
      await update({ variables: { input: toUpdateAccessInput(grant, values) } });
      onClose();
    } catch (failure) {
      const summary = summarize(failure);
      const fields: Partial<Record<GrantField, string>> = {};
      for (const [path, message] of Object.entries(summary.fields)) {
        const field = grantFieldOfPath(path);
        if (field) fields[field] ??= message;
      }
      setServerErrors(fields);
      setGeneral(Object.keys(fields).length > 0 ? [] : summary.general);
      // Someone changed this access meanwhile: bring the list up to date; what was typed stays.
      if (hasCode(summary, ErrorCode.CONFLICT)) void refetch().catch(() => undefined);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event: FormEvent) => void submit(event)}
      sx={dialogFormLayout}
    >
      <DialogContent dividers>
        {general.length > 0 ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {general.join(' ')}
          </Alert>
        ) : null}
        <AccessSettingsFields
          idPrefix={idPrefix}
          values={values}
          onChange={(next) => {
            setValues((current) => ({ ...current, ...next }));
            setServerErrors({});
          }}
          errorFor={errorFor}
          branches={branches}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 2 }}>
        <Button onClick={onClose} disabled={loading}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" variant="contained" loading={loading}>
          {t('common:actions.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}
