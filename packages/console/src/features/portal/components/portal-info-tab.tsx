import { useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Stack, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import {
  ErrorCode,
  businessNumberSchemeLabels,
  fieldErrorMessage,
  type BusinessNumberScheme,
} from '@clientele/shared';
import { Empty, Facts, Section } from '@/components/facts';
import { emailLink, phoneLink } from '@/components/reach-links';
import { useErrorSummary } from '@/components/error-alert';
import { BillingAddressFields } from '@/features/clients/components/billing-address-fields';
import { AddressBlock } from '@/features/clients/components/info/address-block';
import { isEmptyAddress } from '@/features/clients/model/address-lines';
import type { AddressPart } from '@/features/clients/model/new-client-form';
import type { PortalClientFieldsFragment } from '@/gql/graphql';
import { hasCode } from '@/lib/graphql-errors';
import { useLocale } from '@/lib/i18n';
import { usePortalClientsQuery, useUpdateMyCompanyMutation } from '../api/portal-queries';
import {
  checkCompany,
  companyFieldOfPath,
  toCompanyValues,
  toUpdateMyCompanyInput,
  type CompanyField,
  type CompanyValues,
} from '../model/company-form';
import type { WholeFile } from '@/lib/whole-file';

const orEmpty = (value: string | null | undefined) => (value ? value : <Empty />);

/** Who the company is to us, and — for its administrator — how to reach it, kept up to date by them. */
export function PortalInfoTab({ client }: { client: WholeFile<PortalClientFieldsFragment> }) {
  const { t } = useTranslation(['portal', 'fields']);
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayEdit = client.myAccessRole === 'CLIENT_ADMIN';

  if (editing)
    return (
      <CompanyForm
        client={client}
        onDone={(didSave) => {
          setEditing(false);
          setSaved(didSave);
        }}
      />
    );

  return (
    <Stack sx={{ gap: 2 }}>
      {saved ? (
        <Alert severity="success" onClose={() => setSaved(false)}>
          {t('info.saved')}
        </Alert>
      ) : null}
      <Section
        title={t('info.reach')}
        actions={
          mayEdit ? (
            <Button startIcon={<EditIcon />} onClick={() => setEditing(true)}>
              {t('info.edit')}
            </Button>
          ) : undefined
        }
      >
        <Facts
          items={[
            [
              t('fields:client.website'),
              client.website ? (
                <Link href={client.website} target="_blank" rel="noopener noreferrer" underline="hover">
                  {client.website}
                </Link>
              ) : (
                <Empty />
              ),
            ],
            [t('fields:client.email'), emailLink(client.email)],
            [t('fields:client.phone'), phoneLink(client.phone)],
            [t('fields:client.mobile'), phoneLink(client.mobile)],
            [
              t('fields:client.billingAddress'),
              isEmptyAddress(client.billingAddress) ? (
                <Empty />
              ) : (
                <AddressBlock key="billing" address={client.billingAddress} />
              ),
            ],
          ]}
        />
        {!mayEdit ? (
          <Box sx={{ mt: 2, color: 'text.secondary', typography: 'body2' }}>{t('info.askAdmin')}</Box>
        ) : null}
      </Section>
      <Section title={t('info.identity')}>
        <Facts
          items={[
            [t('fields:client.name'), client.name],
            [t('fields:client.legalName'), orEmpty(client.legalName)],
            [t('fields:client.code'), client.code],
            [
              t('fields:client.businessNumbers'),
              client.businessNumbers.length > 0 ? (
                <Stack component="span">
                  {client.businessNumbers.map((number) => (
                    <span key={`${number.scheme}-${number.value}`}>
                      {businessNumberSchemeLabels[locale][number.scheme as BusinessNumberScheme]}{' '}
                      {number.value}
                    </span>
                  ))}
                </Stack>
              ) : (
                <Empty />
              ),
            ],
            [t('portal:info.partner'), client.partner?.name ?? <Empty />],
          ]}
        />
      </Section>
    </Stack>
  );
}

function CompanyForm({
  client,
  onDone,
}: {
  client: WholeFile<PortalClientFieldsFragment>;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation(['portal', 'fields', 'common']);
  const locale = useLocale();
  const idPrefix = useId();
  const summarize = useErrorSummary();
  const { refetch } = usePortalClientsQuery();
  const [update, { loading }] = useUpdateMyCompanyMutation();
  const [values, setValues] = useState<CompanyValues>(() => toCompanyValues(client));
  const [touched, setTouched] = useState<ReadonlySet<CompanyField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<CompanyField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const issues = checkCompany(values);

  const errorFor = (field: CompanyField): string | undefined => {
    if (serverErrors[field]) return serverErrors[field];
    const issue = issues[field];
    return issue && (submitted || touched.has(field))
      ? fieldErrorMessage(locale, issue.code, issue.params)
      : undefined;
  };
  const touch = (field: CompanyField) => setTouched((current) => new Set(current).add(field));
  const forget = (field: CompanyField) =>
    setServerErrors((current) => {
      const rest = { ...current };
      delete rest[field];
      return rest;
    });

  const text = (field: Exclude<CompanyField, `billingAddress.${string}`>, type = 'text') => ({
    id: `${idPrefix}-${field}`,
    label: t(`fields:client.${field}`),
    type,
    value: values[field],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      forget(field);
    },
    onBlur: () => touch(field),
    error: !!errorFor(field),
    helperText: errorFor(field),
    fullWidth: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setGeneral([]);
    if (Object.keys(issues).length > 0) return;
    try {
      await update({ variables: { input: toUpdateMyCompanyInput(client, values) } });
      onDone(true);
    } catch (failure) {
      const summary = summarize(failure);
      const fields: Partial<Record<CompanyField, string>> = {};
      for (const [path, message] of Object.entries(summary.fields)) {
        const field = companyFieldOfPath(path);
        if (field) fields[field] ??= message;
      }
      setServerErrors(fields);
      if (hasCode(summary, ErrorCode.CONFLICT)) {
        // Someone at our end changed the file meanwhile: show theirs, keep what was typed.
        setGeneral([t('info.conflict')]);
        void refetch();
      } else setGeneral(Object.keys(fields).length > 0 ? [] : summary.general);
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)}>
      <Section title={t('info.reach')}>
        <Stack sx={{ gap: 2 }}>
          {general.length > 0 ? <Alert severity="error">{general.join(' ')}</Alert> : null}
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField {...text('website', 'url')} />
            <TextField {...text('email', 'email')} />
            <TextField {...text('phone', 'tel')} />
            <TextField {...text('mobile', 'tel')} />
          </Box>
          <BillingAddressFields
            legend={t('fields:client.billingAddress')}
            country={values.billingAddress.country}
            bind={(part: AddressPart) => {
              const field = `billingAddress.${part}` as CompanyField;
              return {
                id: `${idPrefix}-address-${part}`,
                value: values.billingAddress[part],
                error: errorFor(field),
                onChange: (value: string) => {
                  setValues((current) => ({
                    ...current,
                    billingAddress: { ...current.billingAddress, [part]: value },
                  }));
                  forget(field);
                },
                onBlur: () => touch(field),
              };
            }}
          />
          <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
            <Button onClick={() => onDone(false)} disabled={loading}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" variant="contained" loading={loading}>
              {t('common:actions.save')}
            </Button>
          </Stack>
        </Stack>
      </Section>
    </Box>
  );
}
