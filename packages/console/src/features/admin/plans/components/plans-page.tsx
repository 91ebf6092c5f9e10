import { useId, useMemo, useState } from 'react';
import {
  Autocomplete,
  Button,
  Chip,
  FormControlLabel,
  IconButton,
  Skeleton,
  Stack,
  Switch,
  TextField,
  Tooltip,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { checkOptionalText, checkRequiredText } from '@clientele/shared';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { useNotice } from '@/components/use-notice';
import { useLocale } from '@/lib/i18n';
import { AdminPage } from '../../components/admin-page';
import { AdminTable } from '../../components/admin-table';
import { FormDialog } from '../../components/form-dialog';
import { Notice, type AdminWording } from '../../components/notice';
import { formErrors } from '../../model/server-errors';
import { isCertificationCode } from '../../partners/model/certifications';
import { useAdminPartnersQuery } from '../../partners/api/partners-query';
import { issueText } from '../../users/model/user-form';
import type { AdminPlansQuery } from '@/gql/graphql';
import {
  useAdminPlansQuery,
  useCreateServicePlanMutation,
  useUpdateServicePlanMutation,
} from '../api/plans-query';

type Plan = AdminPlansQuery['servicePlans'][number];

/**
 * Service plans: what clients subscribe to, each sold only by partners holding
 * its certification. A plan is retired rather than deleted: clients on it keep it.
 */
export function PlansPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { data, error, refetch } = useAdminPlansQuery();
  // null: closed; 'new': a new plan; a plan: that plan's edit.
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const [notice, say, dismiss] = useNotice<AdminWording>();
  return (
    <AdminPage
      title={t('pages.plans')}
      intro={t('plans.intro')}
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
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
          muted={(plan) => plan.archived}
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
            {
              key: 'status',
              header: t('plans.fields.status'),
              render: (plan) => (
                <Chip
                  size="small"
                  variant="outlined"
                  color={plan.archived ? 'default' : 'success'}
                  label={plan.archived ? t('plans.retired') : t('plans.offered')}
                />
              ),
            },
          ]}
          actions={(plan) => (
            <Tooltip title={t('plans.edit', { name: plan.name })}>
              <IconButton
                size="small"
                aria-label={t('plans.edit', { name: plan.name })}
                onClick={() => setEditing(plan)}
              >
                <EditIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
          actionsHeader={t('actions')}
          empty={t('plans.empty')}
        />
      ) : null}
      {editing ? (
        <PlanDialog
          plan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(wording) => {
            setEditing(null);
            say(wording);
          }}
        />
      ) : null}
      <Notice notice={notice} onClose={dismiss} />
    </AdminPage>
  );
}

const FIELDS = ['code', 'name', 'requiredCertification'];

/** A new plan, or a plan's edit: its code is fixed once made (clients and exports refer to it). */
function PlanDialog({
  plan,
  onClose,
  onSaved,
}: {
  plan: Plan | null;
  onClose: () => void;
  onSaved: (wording: AdminWording) => void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const locale = useLocale();
  const summarize = useErrorSummary();
  const idPrefix = useId();
  const partners = useAdminPartnersQuery();
  const [create, creating] = useCreateServicePlanMutation();
  const [update, updating] = useUpdateServicePlanMutation();
  const [values, setValues] = useState({
    code: plan?.code ?? '',
    name: plan?.name ?? '',
    requiredCertification: plan?.requiredCertification ?? '',
  });
  const [archived, setArchived] = useState(plan?.archived ?? false);
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
    // Empty: any partner may sell it.
    requiredCertification:
      certification === '' || isCertificationCode(certification)
        ? issueText(checkOptionalText(certification, 40) ?? undefined, locale)
        : t('partners.badCodes', { codes: certification }),
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
    const name = values.name.trim();
    try {
      if (plan) {
        await update({
          variables: {
            input: {
              id: plan.id,
              version: plan.version,
              name,
              requiredCertification: certification || null,
              archived,
            },
          },
        });
        const retired = archived && !plan.archived;
        onSaved((t) => t(retired ? 'plans.retiredDone' : 'plans.saved', { name }));
      } else {
        await create({
          variables: {
            input: { code: values.code.trim(), name, requiredCertification: certification || null },
          },
        });
        onSaved((t) => t('plans.created', { name }));
      }
    } catch (failure) {
      const summary = summarize(failure);
      const split = formErrors(summary, FIELDS);
      setServer(split.fields);
      setGeneral(summary.codes.includes('CONFLICT') ? [t('conflict')] : split.general);
    }
  };

  return (
    <FormDialog
      open
      title={plan ? t('plans.editTitle', { name: plan.name }) : t('plans.new')}
      submitLabel={plan ? t('common:actions.save') : t('common:actions.add')}
      busy={creating.loading || updating.loading}
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
        helperText={errorOf('code') ?? (plan ? t('plans.codeFixed') : t('plans.codeHelp'))}
        // Read-only rather than disabled once made: still readable, and its help in full contrast.
        slotProps={{
          htmlInput: { spellCheck: false, autoCapitalize: 'characters', readOnly: plan !== null },
        }}
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
            error={!!errorOf('requiredCertification')}
            helperText={errorOf('requiredCertification') ?? t('plans.certificationHelp')}
          />
        )}
      />
      {plan ? (
        <Stack>
          <FormControlLabel
            control={<Switch checked={archived} onChange={(event) => setArchived(event.target.checked)} />}
            label={t('plans.retireLabel')}
          />
        </Stack>
      ) : null}
    </FormDialog>
  );
}
