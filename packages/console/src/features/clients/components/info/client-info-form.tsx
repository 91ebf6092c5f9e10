import { useId, type FormEvent } from 'react';
import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Switch,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  ClientKind,
  ClientRegard,
  ClientStatus,
  IdentityProvider,
  LIMITS,
  Lifecycle,
  identityProviderLabels,
  normalizeDomain,
} from '@clientele/shared';
import { FieldGrid, Section, SectionGrid } from '@/components/facts';
import { ChipListField } from '@/components/form/chip-list-field';
import type { VersionedForm } from '@/components/form/use-versioned-form';
import type {
  ClientRegard as Regard,
  ClientStatus as Status,
  IdentityProvider as Provider,
  Language,
} from '@/gql/graphql';
import { useLocale } from '@/lib/i18n';
import { useAccountGroupsQuery, useServicePlansQuery } from '../../api/pick-lists-query';
import {
  checkDomainItem,
  checkTag,
  invalidItems,
  phoneCountry,
  type AddressValues,
  type InfoValues,
} from '../../model/info-form';
import {
  kindLabel,
  labelFrom,
  languageLabel,
  lifecycleLabel,
  regardLabel,
  statusLabel,
} from '../../model/labels';
import type { AddressPart } from '../../model/new-client-form';
import { BillingAddressFields, type AddressFieldBinding } from '../billing-address-fields';
import { BusinessNumbersField } from '../business-numbers-field';
import { ClientPicker } from '../client-picker';
import { CurrencyField } from '../currency-field';
import { ListItemsField } from '../list-items-field';
import { TimeZoneField } from '../time-zone-field';

type TextKey =
  | 'code'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'legalName'
  | 'website'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'fax'
  | 'clientReference'
  | 'description'
  | 'registrationIp'
  | 'verifiedPhone';

const LANGUAGES: Language[] = ['FR', 'EN'];

/** A region chosen for one country means nothing in another: a province is dropped when leaving Canada. */
function withCountry(address: AddressValues, country: string): AddressValues {
  const wasCanada = address.country.trim().toUpperCase() === 'CA';
  const isCanada = country.trim().toUpperCase() === 'CA';
  return { ...address, country, region: wasCanada !== isCanada ? '' : address.region };
}

interface ClientInfoFormProps {
  form: VersionedForm<InfoValues>;
  values: InfoValues;
  formId: string;
  clientId: string;
}

/** The Info tab in edit mode: the same sections as the read view, as fields. */
export function ClientInfoForm({ form, values, formId, clientId }: ClientInfoFormProps) {
  const { t } = useTranslation(['clients', 'fields', 'common']);
  const locale = useLocale();
  const idPrefix = useId();
  const groups = useAccountGroupsQuery();
  const plans = useServicePlansQuery();
  // A retired plan stays on the files that have it, and stays choosable on them.
  const planOptions = (plans.data?.servicePlans ?? []).filter(
    (plan) => !plan.archived || plan.id === values.planId,
  );
  const { set, touch, errorFor, itemErrors } = form;
  const refusedDomains = Object.keys(itemErrors('domains')).map(Number);

  const text = (key: TextKey, helper?: string) => ({
    id: `${idPrefix}-${key}`,
    label: t(`fields:client.${key}` as 'fields:client.code'),
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    onBlur: () => touch(key),
    error: !!errorFor(key),
    helperText: errorFor(key) ?? helper,
  });

  const select = <K extends 'lifecycle' | 'status' | 'regard' | 'language'>(key: K) => ({
    id: `${idPrefix}-${key}`,
    select: true,
    label: t(`fields:client.${key}` as 'fields:client.code'),
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as InfoValues[K]),
    error: !!errorFor(key),
    helperText: errorFor(key),
  });

  const bindAddress =
    (which: 'billingAddress' | 'shippingAddress') =>
    (part: AddressPart): AddressFieldBinding => ({
      id: `${idPrefix}-${which}-${part}`,
      value: values[which][part],
      error: errorFor(`${which}.${part}`),
      onChange: (value: string) =>
        set(
          which,
          part === 'country' ? withCountry(values[which], value) : { ...values[which], [part]: value },
        ),
      onBlur: () => touch(`${which}.${part}`),
    });

  const individual = values.kind === ClientKind.INDIVIDUAL;
  const country = phoneCountry(values);
  const phoneHelp = t('info.phoneHelp', { country });

  return (
    <Box
      component="form"
      id={formId}

      noValidate
      onSubmit={(event: FormEvent) => void form.submit(event)}
    >
      <SectionGrid>
        <Section title={t('info.identity')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <FormControl>
              <FormLabel id={`${idPrefix}-kind`}>{t('fields:client.kind')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${idPrefix}-kind`}
                value={values.kind}
                onChange={(event) => set('kind', event.target.value as ClientKind)}
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
            <TextField
              {...text('code')}
              slotProps={{
                htmlInput: { autoCapitalize: 'characters', spellCheck: false, 'aria-required': true },
              }}
            />
            {individual ? (
              <FieldGrid>
                <TextField {...text('firstName')} slotProps={{ htmlInput: { 'aria-required': true } }} />
                <TextField {...text('lastName')} slotProps={{ htmlInput: { 'aria-required': true } }} />
              </FieldGrid>
            ) : (
              <TextField {...text('name')} slotProps={{ htmlInput: { 'aria-required': true } }} />
            )}
            <TextField {...text('legalName', t('info.legalNameHelp'))} />
            <FieldGrid>
              <TextField {...select('lifecycle')}>
                {[Lifecycle.CUSTOMER, Lifecycle.PROSPECT].map((value) => (
                  <MenuItem key={value} value={value}>
                    {lifecycleLabel(value, locale)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...select('status')}>
                {Object.values(ClientStatus).map((value) => (
                  <MenuItem key={value} value={value as Status}>
                    {statusLabel(value, locale)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...select('regard')}>
                {Object.values(ClientRegard).map((value) => (
                  <MenuItem key={value} value={value as Regard}>
                    {regardLabel(value, locale)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...select('language')}>
                {LANGUAGES.map((value) => (
                  <MenuItem key={value} value={value}>
                    {languageLabel(value, locale)}
                  </MenuItem>
                ))}
              </TextField>
              <CurrencyField
                id={`${idPrefix}-currency`}
                label={t('fields:client.currency')}
                value={values.currency}
                onChange={(code) => set('currency', code)}
                onBlur={() => touch('currency')}
                error={errorFor('currency')}
              />
              <TimeZoneField
                id={`${idPrefix}-timeZone`}
                label={t('fields:client.timeZone')}
                value={values.timeZone}
                onChange={(zone) => set('timeZone', zone)}
                onBlur={() => touch('timeZone')}
                error={errorFor('timeZone')}
              />
            </FieldGrid>
          </Box>
        </Section>

        <Section title={t('info.reach')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <TextField
              {...text('website', t('info.websiteHelp'))}
              type="url"
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
            />
            <TextField
              {...text('email')}
              type="email"
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
            />
            <FieldGrid>
              <TextField {...text('phone', phoneHelp)} type="tel" />
              <TextField {...text('mobile')} type="tel" />
              <TextField {...text('fax')} type="tel" />
              <TextField {...text('verifiedPhone', t('info.verifiedPhoneHelp'))} type="tel" />
            </FieldGrid>
            <ChipListField
              id={`${idPrefix}-domains`}
              label={t('fields:client.domains')}
              value={values.domains}
              onChange={(domains) => set('domains', domains)}
              onBlur={() => touch('domains')}
              error={errorFor('domains')}
              helperText={t('info.domainsHelp')}
              invalidItems={new Set([...invalidItems(values.domains, checkDomainItem), ...refusedDomains])}
              separators={/[,;\s]/}
              normalize={normalizeDomain}
            />
          </Box>
        </Section>

        <Section title={t('info.addresses')}>
          <Box sx={{ display: 'grid', gap: 3 }}>
            <BillingAddressFields
              bind={bindAddress('billingAddress')}
              country={values.billingAddress.country}
              legend={t('fields:client.billingAddress')}
            />
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={values.shippingSameAsBilling}
                    onChange={(event) => set('shippingSameAsBilling', event.target.checked)}
                  />
                }
                label={t('info.sameAsBilling')}
              />
              {errorFor('shippingAddress') ? (
                <FormHelperText error>{errorFor('shippingAddress')}</FormHelperText>
              ) : null}
            </Box>
            {values.shippingSameAsBilling ? null : (
              <BillingAddressFields
                bind={bindAddress('shippingAddress')}
                country={values.shippingAddress.country}
                legend={t('fields:client.shippingAddress')}
              />
            )}
          </Box>
        </Section>

        <Section title={t('info.organisation')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <TextField
              select
              id={`${idPrefix}-planId`}
              label={t('fields:client.planId')}
              value={planOptions.some((plan) => plan.id === values.planId) ? values.planId : ''}
              onChange={(event) => set('planId', event.target.value)}
              error={!!errorFor('planId')}
              helperText={errorFor('planId')}
            >
              <MenuItem value="">
                <em>{t('info.noPlan')}</em>
              </MenuItem>
              {planOptions.map((plan) => (
                <MenuItem key={plan.id} value={plan.id}>
                  {plan.name} ({plan.code})
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              id={`${idPrefix}-identityProvider`}
              label={t('fields:client.identityProvider')}
              value={values.identityProvider}
              onChange={(event) => set('identityProvider', event.target.value as Provider)}
              error={!!errorFor('identityProvider')}
              helperText={errorFor('identityProvider')}
            >
              {Object.values(IdentityProvider).map((provider) => (
                <MenuItem key={provider} value={provider}>
                  {labelFrom(identityProviderLabels, provider, locale)}
                </MenuItem>
              ))}
            </TextField>
            <ClientPicker
              id={`${idPrefix}-parent`}
              label={t('fields:client.parentId')}
              value={values.parentId}
              onChange={(client) => set('parentId', client)}
              onBlur={() => touch('parentId')}
              excludeId={clientId}
              error={errorFor('parentId')}
              helperText={t('info.parentHelp')}
            />
            <ClientPicker
              id={`${idPrefix}-billTo`}
              label={t('fields:client.billToId')}
              value={values.billToId}
              onChange={(client) => set('billToId', client)}
              onBlur={() => touch('billToId')}
              excludeId={clientId}
              error={errorFor('billToId')}
              helperText={t('info.billToHelp')}
            />
            <ListItemsField
              id={`${idPrefix}-groups`}
              label={t('fields:client.accountGroupIds')}
              options={groups.data?.accountGroups ?? []}
              loading={groups.loading}
              value={values.accountGroupIds}
              onChange={(items) => set('accountGroupIds', items)}
              onBlur={() => touch('accountGroupIds')}
              error={errorFor('accountGroupIds')}
            />
            <ChipListField
              id={`${idPrefix}-tags`}
              label={t('fields:client.tags')}
              value={values.tags}
              onChange={(tags) => set('tags', tags)}
              onBlur={() => touch('tags')}
              error={errorFor('tags')}
              helperText={t('info.tagsHelp')}
              invalidItems={invalidItems(values.tags, checkTag)}
              maxLength={LIMITS.tag + 10}
            />
          </Box>
        </Section>

        <Section title={t('info.registration')}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <BusinessNumbersField
              idPrefix={`${idPrefix}-numbers`}
              label={t('fields:client.businessNumbers')}
              value={values.businessNumbers}
              onChange={(rows) => set('businessNumbers', rows)}
              errorFor={(index) => errorFor(`businessNumbers.${index}.value`)}
              onBlur={(index) => touch(`businessNumbers.${index}.value`)}
              error={errorFor('businessNumbers')}
              country={values.billingAddress.country}
            />
            <TextField {...text('clientReference', t('info.clientReferenceHelp'))} />
            <FieldGrid>
              <TextField
                id={`${idPrefix}-registeredAt`}
                type="datetime-local"
                label={t('fields:client.registeredAt')}
                value={values.registeredAt}
                onChange={(event) => set('registeredAt', event.target.value)}
                onBlur={() => touch('registeredAt')}
                error={!!errorFor('registeredAt')}
                helperText={errorFor('registeredAt')}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                {...text('registrationIp', t('info.ipHelp'))}
                slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
              />
            </FieldGrid>
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={values.notificationsEnabled}
                    onChange={(event) => set('notificationsEnabled', event.target.checked)}
                  />
                }
                label={t('fields:client.notificationsEnabled')}
              />
              <FormHelperText>{t('info.notificationsHelp')}</FormHelperText>
            </Box>
          </Box>
        </Section>

        <Box sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
          <Section title={t('fields:client.description')}>
            <TextField
              {...text('description')}
              multiline
              minRows={3}
              maxRows={16}
              slotProps={{ htmlInput: { maxLength: LIMITS.description + 100 } }}
            />
          </Section>
        </Box>
      </SectionGrid>
    </Box>
  );
}
