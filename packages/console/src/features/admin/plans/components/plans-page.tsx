import { useId, useMemo, useState } from 'react';
import { Autocomplete, Button, Chip, Skeleton, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { checkRequiredText } from '@clientele/shared';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { useLocale } from '@/lib/i18n';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { FormDialog } from '../../components/form-dialog';
import { Notice } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { isCertificationCode } from '../../partners/model/certifications';
import { useAdminPartnersQuery } from '../../partners/api/partners-query';
import { issueText } from '../../users/model/user-form';
import { useAdminPlansQuery, useCreateServicePlanMutation } from '../api/plans-query';

/** Service plans: what clients subscribe to, each sold only by partners holding its certification. */
export function PlansPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { data, error, refetch } = useAdminPlansQuery();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <AdminPage
      title={t('pages.plans')}
      intro={t('plans.intro')}
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('plans.new')}
        </Button>
      }
    >
      {!data && error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {!data && !error ? <Skeleton variant="rounded" height={200} aria-busy="true" /> : null}
      {data ? (
        <AdminTable
          label={t('plans.tableLabel')}
          rows={data.servicePlans}
          rowKey={(plan) => plan.id}
          title={{ key: 'name', header: t('plans.fields.name'), render: (plan) => plan.name }}
          columns={[
            { key: 'code', header: t('plans.fields.code'), render: (plan) => plan.code },
            {
              key: 'certification',
              header: t('plans.fields.requiredCertification'),
              render: (plan) =>
                plan.requiredCertification ? (
                  <Chip size="small" variant="outlined" label={plan.requiredCertification} />
                ) : (
                  t('plans.anyPartner')
                ),
            },
          ]}
          empty={t('plans.empty')}
        />
      ) : null}
      {creating ? (
        <NewPlanDialog
          onClose={() => setCreating(false)}
          onSaved={(message) => {
            setCreating(false);
            setNotice(message);
          }}
        />
      ) : null}
      <Notice message={notice} onClose={() => setNotice(null)} />
    </AdminPage>
  );
}

const FIELDS = ['code', 'name', 'requiredCertification'];

function NewPlanDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const partners = useAdminPartnersQuery();
  const [create, creating] = useCreateServicePlanMutation();
  const [values, setValues] = useState({ code: '', name: '', requiredCertification: '' });
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  // The codes partners already hold: the usual choices, though a new one may be typed.
  const known = useMemo(
    () => [...new Set(partners.data?.partners.flatMap((p) => p.certifications) ?? [])].sort(),
    [partners.data],
  );

  const certification = values.requiredCertification.trim().toUpperCase();
  const issues: Record<string, string | undefined> = {
    code: issueText(checkRequiredText(values.code, 40) ?? undefined, locale),
    name: issueText(checkRequiredText(values.name, 120) ?? undefined, locale),
    requiredCertification:
      issueText(checkRequiredText(certification, 40) ?? undefined, locale) ??
      (isCertificationCode(certification) ? undefined : t('partners.badCodes', { codes: certification })),
  };
  const errorOf = (field: string) => server[field] ?? (submitted ? issues[field] : undefined);
  const set = (field: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServer(({ [field]: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    setSubmitted(true);
    setGeneral([]);
    if (Object.values(issues).some(Boolean)) return;
    try {
      await create({
        variables: {
          input: { code: values.code.trim(), name: values.name.trim(), requiredCertification: certification },
        },
      });
      onSaved(t('plans.created', { name: values.name.trim() }));
    } catch (failure) {
      const split = formErrors(summarize(failure), FIELDS);
      setServer(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <FormDialog
      open
      title={t('plans.new')}
      submitLabel={t('common:actions.add')}
      busy={creating.loading}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <TextField
        id={`${idPrefix}-name`}
        label={t('plans.fields.name')}
        value={values.name}
        required
        autoFocus
        onChange={(event) => set('name', event.target.value)}
        error={!!errorOf('name')}
        helperText={errorOf('name')}
      />
      <TextField
        id={`${idPrefix}-code`}
        label={t('plans.fields.code')}
        value={values.code}
        required
        onChange={(event) => set('code', event.target.value)}
        error={!!errorOf('code')}
        helperText={errorOf('code') ?? t('plans.codeHelp')}
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
      />
      <Autocomplete
        freeSolo
        options={known}
        value={values.requiredCertification}
        inputValue={values.requiredCertification}
        onInputChange={(_, text) => set('requiredCertification', text)}
        renderInput={(params) => (
          <TextField
            {...params}
            id={`${idPrefix}-certification`}
            label={t('plans.fields.requiredCertification')}
            required
            error={!!errorOf('requiredCertification')}
            helperText={errorOf('requiredCertification') ?? t('plans.certificationHelp')}
          />
        )}
      />
    </FormDialog>
  );
}
