import { useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorSummary } from '@/components/error-alert';
import type { ContactLinkFieldsFragment } from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useUpdateContactLinkMutation } from '../api/link-mutations';
import { checkLink, fieldOfPath, issueText, linkInput, type LinkValues } from '../model/contact-form';
import { LinkFields } from './link-fields';
import { dialogFormLayout } from '@/components/form/dialog-form-layout';

/** Changes a contact's title, department or role at this client. */
export function EditLinkDialog({
  link,
  onClose,
}: {
  link: ContactLinkFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const titleId = useId();
  return (
    <Dialog open={link !== null} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {link ? t('edit.title', { name: `${link.contact.firstName} ${link.contact.lastName}` }) : null}
      </DialogTitle>
      {link ? <EditLinkForm key={link.id} link={link} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EditLinkForm({ link, onClose }: { link: ContactLinkFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation(['contacts', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const [update, { loading }] = useUpdateContactLinkMutation();
  const [values, setValues] = useState<LinkValues>({
    title: link.title ?? '',
    department: link.department ?? '',
    type: link.type,
  });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const issues = checkLink(values);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(issues).length > 0) return;
    try {
      await update({ variables: { input: { id: link.id, ...linkInput(values) } } });
      onClose();
    } catch (failure) {
      const summary = summarize(failure);
      const fields = Object.fromEntries(
        Object.entries(summary.fields).map(([path, text]) => [fieldOfPath(path), text]),
      );
      setServerErrors(fields);
      setGeneral(Object.keys(fields).length > 0 ? [] : summary.general);
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
        <LinkFields
          idPrefix={idPrefix}
          values={values}
          onChange={(next) => {
            setValues(next);
            setServerErrors({});
          }}
          errorFor={(field) => serverErrors[field] ?? issueText(issues[field], locale)}
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
