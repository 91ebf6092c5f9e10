import { useCallback, useId, useMemo, type FormEvent } from 'react';
import {
  Box,
  Chip,
  FormControlLabel,
  InputAdornment,
  MenuItem,
  Skeleton,
  Switch,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { InvoiceDelivery, PaymentTerms, invoiceDeliveryLabels, paymentTermsLabels } from '@clientele/shared';
import { ErrorAlert } from '@/components/error-alert';
import { Facts, FieldGrid, Section, SectionGrid } from '@/components/facts';
import {
  useVersionedForm,
  type VersionedForm,
  type VersionedSource,
} from '@/components/form/use-versioned-form';
import { VersionedTab } from '@/components/form/versioned-tab';
import type {
  ClientTermsFieldsFragment,
  InvoiceDelivery as Delivery,
  PaymentTerms as Terms,
} from '@/gql/graphql';
import { formatCalendarDate, formatMoney, formatPercent } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useCanEdit } from '@/lib/viewer';
import { useClientTermsQuery } from '../../api/client-terms-query';
import { useUpdateClientTermsMutation } from '../../api/update-client-terms-mutation';
import { labelFrom } from '../../model/labels';
import {
  TAX_EXEMPT_NUMBER_MAX,
  termsFields,
  toTermsValues,
  toUpdateTermsInput,
  validateTerms,
  type TermsValues,
} from '../../model/terms-form';
import { CurrencyField } from '../currency-field';
import type { WholeFile } from '@/lib/whole-file';

/** The Terms tab: how the client is billed. */
export function ClientTermsTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const canEdit = useCanEdit();
  const formId = useId();
  const { data, error, refetch } = useClientTermsQuery(clientId);
  const [updateTerms] = useUpdateClientTermsMutation();
  const client = data?.client ?? null;

  const source = useMemo<VersionedSource<TermsValues> | null>(
    () => (client ? { version: client.version, values: toTermsValues(client.terms) } : null),
    [client],
  );
  const save = useCallback(
    (changes: Partial<TermsValues>, values: TermsValues, version: number) =>
      updateTerms({ variables: { input: { clientId, version, ...toUpdateTermsInput(changes, values) } } }),
    [clientId, updateTerms],
  );
  const reload = useCallback(async () => {
    const read = (await refetch()).data?.client;
    return read ? { version: read.version, values: toTermsValues(read.terms) } : null;
  }, [refetch]);
  const form = useVersionedForm<TermsValues>({
    source,
    fields: termsFields,
    validate: validateTerms,
    save,
    reload,
    formId,
  });

  if (!client) {
    if (error) return <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <Skeleton variant="rounded" height={320} aria-busy="true" />;
  }

  return (
    <VersionedTab
      form={form}
      title={t('tabs.terms')}
      canEdit={canEdit && !client.deletedAt}
      clientId={clientId}
    >
      {form.editing && form.draft ? (
        <TermsForm form={form} values={form.draft} formId={formId} currency={client.currency} />
      ) : (
        <TermsView client={client} />
      )}
    </VersionedTab>
  );
}

function TermsView({ client }: { client: WholeFile<ClientTermsFieldsFragment> }) {
  const { t } = useTranslation(['clients', 'fields', 'common']);
  const locale = useLocale();
  const terms = client.terms;
  const currency = terms.billingCurrency ?? client.currency;
  const paymentTerms =
    terms.paymentTerms === PaymentTerms.CUSTOM && terms.paymentTermsDays !== null
      ? t('terms.customDays', { count: terms.paymentTermsDays })
      : labelFrom(paymentTermsLabels, terms.paymentTerms, locale);
  const yesWith = (on: boolean, detail: string | null) =>
    on ? (
      <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color="warning" variant="outlined" label={t('common:yes')} />
        {detail}
      </Box>
    ) : (
      t('common:no')
    );

  return (
    <SectionGrid>
      <Section title={t('terms.payment')}>
        <Facts
          items={[
            [t('fields:terms.paymentTerms'), paymentTerms],
            [
              t('fields:terms.billingCurrency'),
              terms.billingCurrency ?? t('terms.sameCurrency', { currency: client.currency }),
            ],
            [t('fields:terms.creditLimit'), formatMoney(terms.creditLimit, currency, locale)],
            [t('fields:terms.creditHold'), yesWith(terms.creditHold, terms.creditHoldReason)],
            [t('fields:terms.discountPercent'), formatPercent(terms.discountPercent, locale)],
            [t('fields:terms.priceList'), terms.priceList],
          ]}
        />
      </Section>
      <Section title={t('terms.taxes')}>
        <Facts
          items={[
            [t('fields:terms.taxExempt'), yesWith(terms.taxExempt, terms.taxExemptNumber)],
            [t('fields:terms.gstHstNumber'), terms.gstHstNumber],
            [t('fields:terms.qstNumber'), terms.qstNumber],
            [t('fields:terms.vatNumber'), terms.vatNumber],
          ]}
        />
      </Section>
      <Section title={t('terms.invoices')}>
        <Facts
          items={[
            [
              t('fields:terms.invoiceDelivery'),
              labelFrom(invoiceDeliveryLabels, terms.invoiceDelivery, locale),
            ],
            [t('fields:terms.billingEmail'), terms.billingEmail ?? t('terms.mainEmail')],
          ]}
        />
      </Section>
      <Section title={t('terms.contract')}>
        <Facts
          items={[
            [t('fields:terms.contractStart'), formatCalendarDate(terms.contractStart, locale)],
            [t('fields:terms.contractEnd'), formatCalendarDate(terms.contractEnd, locale)],
          ]}
        />
      </Section>
    </SectionGrid>
  );
}

type TextKey = Exclude<
  keyof TermsValues,
  'paymentTerms' | 'invoiceDelivery' | 'creditHold' | 'taxExempt' | 'billingCurrency'
>;

function TermsForm({
  form,
  values,
  formId,
  currency,
}: {
  form: VersionedForm<TermsValues>;
  values: TermsValues;
  formId: string;
  currency: string;
}) {
  const { t } = useTranslation(['clients', 'fields']);
  const locale = useLocale();
  const idPrefix = useId();
  const { set, touch, errorFor } = form;

  const text = (key: TextKey, helper?: string) => ({
    id: `${idPrefix}-${key}`,
    label: t(`fields:terms.${key}`),
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    onBlur: () => touch(key),
    error: !!errorFor(key),
    helperText: errorFor(key) ?? helper,
  });
  const adornment = (text: string) => ({
    input: { endAdornment: <InputAdornment position="end">{text}</InputAdornment> },
  });
  const decimal = { htmlInput: { inputMode: 'decimal' as const, autoComplete: 'off' } };
  const date = { inputLabel: { shrink: true } };

  return (
    <Box component="form" id={formId} noValidate onSubmit={(event: FormEvent) => void form.submit(event)}>
      <SectionGrid>
        <Section title={t('terms.payment')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <FieldGrid>
              <TextField
                select
                id={`${idPrefix}-paymentTerms`}
                label={t('fields:terms.paymentTerms')}
                value={values.paymentTerms}
                onChange={(event) => set('paymentTerms', event.target.value as Terms)}
                error={!!errorFor('paymentTerms')}
                helperText={errorFor('paymentTerms')}
              >
                {Object.values(PaymentTerms).map((value) => (
                  <MenuItem key={value} value={value}>
                    {labelFrom(paymentTermsLabels, value, locale)}
                  </MenuItem>
                ))}
              </TextField>
              {values.paymentTerms === PaymentTerms.CUSTOM ? (
                <TextField
                  {...text('paymentTermsDays', t('terms.daysHelp'))}
                  slotProps={{
                    htmlInput: { inputMode: 'numeric', 'aria-required': true },
                    ...adornment(t('terms.days')),
                  }}
                />
              ) : null}
            </FieldGrid>
            <CurrencyField
              id={`${idPrefix}-billingCurrency`}
              label={t('fields:terms.billingCurrency')}
              value={values.billingCurrency}
              onChange={(code) => set('billingCurrency', code)}
              onBlur={() => touch('billingCurrency')}
              error={errorFor('billingCurrency')}
              helperText={t('terms.sameCurrency', { currency })}
              optional
            />
            <FieldGrid>
              <TextField
                {...text('creditLimit', t('terms.amountHelp'))}
                slotProps={{ ...decimal, ...adornment(values.billingCurrency || currency) }}
              />
              <TextField
                {...text('discountPercent', t('terms.percentHelp'))}
                slotProps={{ ...decimal, ...adornment('%') }}
              />
            </FieldGrid>
            <FormControlLabel
              control={
                <Switch
                  checked={values.creditHold}
                  onChange={(event) => set('creditHold', event.target.checked)}
                />
              }
              label={t('fields:terms.creditHold')}
            />
            {values.creditHold ? (
              <TextField
                {...text('creditHoldReason')}
                multiline
                minRows={2}
                slotProps={{ htmlInput: { 'aria-required': true } }}
              />
            ) : null}
            <TextField {...text('priceList')} />
          </Box>
        </Section>
        <Section title={t('terms.taxes')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <FormControlLabel
              control={
                <Switch
                  checked={values.taxExempt}
                  onChange={(event) => set('taxExempt', event.target.checked)}
                />
              }
              label={t('fields:terms.taxExempt')}
            />
            {values.taxExempt ? (
              <TextField
                {...text('taxExemptNumber')}
                slotProps={{ htmlInput: { 'aria-required': true, maxLength: TAX_EXEMPT_NUMBER_MAX + 8 } }}
              />
            ) : null}
            <TextField
              {...text('gstHstNumber', '123456789 RT0001')}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <TextField
              {...text('qstNumber', '1234567890 TQ0001')}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
            <TextField
              {...text('vatNumber', 'FR44732829320')}
              slotProps={{ htmlInput: { spellCheck: false } }}
            />
          </Box>
        </Section>
        <Section title={t('terms.invoices')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <TextField
              select
              id={`${idPrefix}-invoiceDelivery`}
              label={t('fields:terms.invoiceDelivery')}
              value={values.invoiceDelivery}
              onChange={(event) => set('invoiceDelivery', event.target.value as Delivery)}
            >
              {Object.values(InvoiceDelivery).map((value) => (
                <MenuItem key={value} value={value}>
                  {labelFrom(invoiceDeliveryLabels, value, locale)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              {...text('billingEmail', t('terms.mainEmail'))}
              type="email"
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
            />
          </Box>
        </Section>
        <Section title={t('terms.contract')}>
          <FieldGrid>
            <TextField {...text('contractStart')} type="date" slotProps={date} />
            <TextField {...text('contractEnd')} type="date" slotProps={date} />
          </FieldGrid>
        </Section>
      </SectionGrid>
    </Box>
  );
}
