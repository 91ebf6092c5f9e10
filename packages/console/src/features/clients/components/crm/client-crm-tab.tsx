import { useCallback, useId, useMemo, type FormEvent } from 'react';
import {
  Box,
  Checkbox,
  Chip,
  ListItemText,
  MenuItem,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  AccountTier,
  ClientSource,
  HealthStatus,
  accountTierLabels,
  clientSourceLabels,
  healthStatusLabels,
} from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { Facts, FieldGrid, Section, SectionGrid } from '@/components/facts';
import {
  useVersionedForm,
  type VersionedForm,
  type VersionedSource,
} from '@/components/form/use-versioned-form';
import { VersionedTab } from '@/components/form/versioned-tab';
import type { ClientCrmFieldsFragment } from '@/gql/graphql';
import { formatCalendarDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useCanEdit } from '@/lib/viewer';
import { useClientCrmQuery } from '../../api/client-crm-query';
import { useIndustriesQuery, useStaffUsersQuery } from '../../api/pick-lists-query';
import { useUpdateClientCrmMutation } from '../../api/update-client-crm-mutation';
import { crmFields, toCrmValues, toUpdateCrmInput, validateCrm, type CrmValues } from '../../model/crm-form';
import { healthColor, labelFrom, tierColor } from '../../model/labels';
import type { WholeFile } from '@/lib/whole-file';

type Crm = WholeFile<ClientCrmFieldsFragment>['crm'];

/** The CRM tab: how the relationship goes, who owns it, where it came from. */
export function ClientCrmTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const canEdit = useCanEdit();
  const formId = useId();
  const { data, error, refetch } = useClientCrmQuery(clientId);
  const [updateCrm] = useUpdateClientCrmMutation();
  const client = data?.client ?? null;

  const source = useMemo<VersionedSource<CrmValues> | null>(
    () => (client ? { version: client.version, values: toCrmValues(client.crm) } : null),
    [client],
  );
  const save = useCallback(
    (changes: Partial<CrmValues>, values: CrmValues, version: number) =>
      updateCrm({ variables: { input: { clientId, version, ...toUpdateCrmInput(changes, values) } } }),
    [clientId, updateCrm],
  );
  const reload = useCallback(async () => {
    const read = (await refetch()).data?.client;
    return read ? { version: read.version, values: toCrmValues(read.crm) } : null;
  }, [refetch]);
  const form = useVersionedForm<CrmValues>({
    source,
    fields: crmFields,
    validate: validateCrm,
    save,
    reload,
    formId,
  });

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Skeleton variant="rounded" height={240} aria-busy="true" />;
  }

  return (
    <VersionedTab
      form={form}
      title={t('tabs.crm')}
      canEdit={canEdit && !client.deletedAt}
      clientId={clientId}
    >
      <SectionGrid>
        {form.editing && form.draft ? (
          <CrmForm form={form} values={form.draft} formId={formId} crm={client.crm} />
        ) : (
          <CrmView crm={client.crm} />
        )}
        {form.editing && form.draft ? (
          <PeopleForm form={form} values={form.draft} crm={client.crm} />
        ) : (
          <PeopleSection crm={client.crm} />
        )}
      </SectionGrid>
    </VersionedTab>
  );
}

/** Health and tier as coloured chips, the rest as facts. */
function CrmView({ crm }: { crm: Crm }) {
  const { t } = useTranslation(['clients', 'fields']);
  const locale = useLocale();
  return (
    <Section title={t('crm.relationship')}>
      <Facts
        items={[
          [
            t('fields:crm.health'),
            crm.health ? (
              <Chip
                size="small"
                color={healthColor(crm.health)}
                label={labelFrom(healthStatusLabels, crm.health, locale)}
              />
            ) : null,
          ],
          [
            t('fields:crm.tier'),
            crm.tier ? (
              <Chip
                size="small"
                variant="outlined"
                color={tierColor(crm.tier)}
                label={labelFrom(accountTierLabels, crm.tier, locale)}
              />
            ) : null,
          ],
          [t('fields:crm.renewalDate'), formatCalendarDate(crm.renewalDate, locale)],
          [t('fields:crm.industryId'), crm.industry?.name],
          [t('fields:crm.source'), labelFrom(clientSourceLabels, crm.source, locale)],
        ]}
      />
    </Section>
  );
}

type Person = { id: string; displayName: string; email: string };

const person = (user: Person) => (
  <Box component="span">
    {user.displayName}{' '}
    <Typography component="span" variant="body2" color="text.secondary">
      ({user.email})
    </Typography>
  </Box>
);

/** The account owner and salespeople: staff members, by name. */
function PeopleSection({ crm }: { crm: Crm }) {
  const { t } = useTranslation(['clients', 'fields']);
  return (
    <Section title={t('crm.people')}>
      <Facts
        items={[
          [t('fields:crm.accountOwnerId'), crm.accountOwner ? person(crm.accountOwner) : null],
          [
            t('fields:crm.salespersonIds'),
            crm.salespeople.length > 0 ? (
              <Stack component="span" sx={{ gap: 0.5 }}>
                {crm.salespeople.map((user) => (
                  <span key={user.id}>{person(user)}</span>
                ))}
              </Stack>
            ) : null,
          ],
        ]}
      />
    </Section>
  );
}

/** The people, chosen among active staff; someone deactivated since stays on the file, and choosable on it. */
function PeopleForm({ form, values, crm }: { form: VersionedForm<CrmValues>; values: CrmValues; crm: Crm }) {
  const { t } = useTranslation(['clients', 'fields']);
  const idPrefix = useId();
  const staff = useStaffUsersQuery();
  const { set, errorFor } = form;
  const options = new Map<string, Person>();
  for (const user of [
    ...(staff.data?.users ?? []),
    ...(crm.accountOwner ? [crm.accountOwner] : []),
    ...crm.salespeople,
  ])
    options.set(user.id, user);
  const people = [...options.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const nameOf = (id: string) => options.get(id)?.displayName ?? id;

  return (
    <Section title={t('crm.people')}>
      <Stack sx={{ gap: 2 }}>
        <TextField
          select
          id={`${idPrefix}-accountOwnerId`}
          label={t('fields:crm.accountOwnerId')}
          value={values.accountOwnerId}
          onChange={(event) => set('accountOwnerId', event.target.value)}
          error={!!errorFor('accountOwnerId')}
          helperText={errorFor('accountOwnerId')}
          slotProps={{
            // The name alone in the field, as in the salespeople's: the email is for telling people apart in the list.
            select: {
              displayEmpty: true,
              renderValue: (selected) => (selected ? nameOf(selected as string) : <em>{t('crm.none')}</em>),
            },
            inputLabel: { shrink: true },
          }}
        >
          <MenuItem value="">
            <em>{t('crm.none')}</em>
          </MenuItem>
          {people.map((user) => (
            <MenuItem key={user.id} value={user.id}>
              <ListItemText primary={user.displayName} secondary={user.email} />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          id={`${idPrefix}-salespersonIds`}
          label={t('fields:crm.salespersonIds')}
          value={values.salespersonIds}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            set('salespersonIds', typeof value === 'string' ? value.split(',').filter(Boolean) : value);
          }}
          error={!!errorFor('salespersonIds')}
          helperText={errorFor('salespersonIds')}
          slotProps={{
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) =>
                (selected as string[]).length === 0 ? (
                  <em>{t('crm.none')}</em>
                ) : (
                  (selected as string[]).map(nameOf).join(', ')
                ),
            },
            inputLabel: { shrink: true },
          }}
        >
          {people.map((user) => (
            <MenuItem key={user.id} value={user.id} dense>
              <Checkbox size="small" checked={values.salespersonIds.includes(user.id)} sx={{ py: 0 }} />
              <ListItemText primary={user.displayName} secondary={user.email} />
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Section>
  );
}

function CrmForm({
  form,
  values,
  formId,
  crm,
}: {
  form: VersionedForm<CrmValues>;
  values: CrmValues;
  formId: string;
  crm: Crm;
}) {
  const { t } = useTranslation(['clients', 'fields']);
  const locale = useLocale();
  const idPrefix = useId();
  const industries = useIndustriesQuery();
  const { set, touch, errorFor } = form;
  // A retired industry stays on the files that have it, and stays choosable on them.
  const industryOptions = (industries.data?.industries ?? []).filter(
    (industry) => !industry.archived || industry.id === crm.industryId,
  );
  if (crm.industry && !industryOptions.some((industry) => industry.id === crm.industry?.id))
    industryOptions.push(crm.industry);

  const select = <K extends keyof CrmValues>(key: K, options: { value: string; label: string }[]) => (
    <TextField
      select
      id={`${idPrefix}-${key}`}
      label={t(`fields:crm.${key}` as 'fields:crm.health')}
      value={values[key]}
      onChange={(event) => set(key, event.target.value as CrmValues[K])}
      error={!!errorFor(key)}
      helperText={errorFor(key)}
    >
      <MenuItem value="">
        <em>{t('crm.none')}</em>
      </MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Section title={t('crm.relationship')}>
      <Box component="form" id={formId} noValidate onSubmit={(event: FormEvent) => void form.submit(event)}>
        <FieldGrid>
          {select(
            'health',
            Object.values(HealthStatus).map((value) => ({
              value,
              label: labelFrom(healthStatusLabels, value, locale),
            })),
          )}
          {select(
            'tier',
            Object.values(AccountTier).map((value) => ({
              value,
              label: labelFrom(accountTierLabels, value, locale),
            })),
          )}
          <TextField
            id={`${idPrefix}-renewalDate`}
            type="date"
            label={t('fields:crm.renewalDate')}
            value={values.renewalDate}
            onChange={(event) => set('renewalDate', event.target.value)}
            onBlur={() => touch('renewalDate')}
            error={!!errorFor('renewalDate')}
            helperText={errorFor('renewalDate')}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {select(
            'industryId',
            industryOptions.map((industry) => ({ value: industry.id, label: industry.name })),
          )}
          {select(
            'source',
            Object.values(ClientSource).map((value) => ({
              value,
              label: labelFrom(clientSourceLabels, value, locale),
            })),
          )}
        </FieldGrid>
      </Box>
    </Section>
  );
}
