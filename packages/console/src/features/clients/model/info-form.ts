import {
  ClientKind,
  FieldErrorCode,
  LIMITS,
  checkAddress,
  checkClientCode,
  checkClientName,
  checkCurrency,
  checkDomain,
  checkEmail,
  checkIpAddress,
  checkOptionalText,
  checkPhone,
  checkRequiredText,
  checkTimeZone,
  checkUrl,
  formatPhone,
  normalizeDomain,
  type FieldIssue,
} from '@clientele/shared';
import type {
  AddressInput,
  BusinessNumberScheme,
  ClientInfoFieldsFragment,
  ClientRegard,
  IdentityProvider,
  ClientStatus,
  Language,
  Lifecycle,
  UpdateClientInput,
} from '@/gql/graphql';
import { fromDateTimeLocal, toDateTimeLocal } from '@/lib/format';
import { ADDRESS_PARTS, HOME_COUNTRY, type AddressPart } from './new-client-form';
import { checkBusinessNumber } from './business-numbers';
import type { WholeFile } from '@/lib/whole-file';

export type AddressValues = Record<AddressPart, string>;

/** Another client, as pickers show it. */
export interface ClientRef {
  id: string;
  code: string;
  name: string;
}

export interface ListItemRef {
  id: string;
  name: string;
}

/**
 * The Info tab being edited. Keys are the API's input names where there is
 * one (`parentId` holds the chosen client), so a server error for
 * `input.parentId` lands under that very field.
 */
export interface InfoValues {
  code: string;
  kind: ClientKind;
  name: string;
  firstName: string;
  lastName: string;
  legalName: string;
  lifecycle: Lifecycle;
  status: ClientStatus;
  regard: ClientRegard;
  language: Language;
  currency: string;
  timeZone: string;
  website: string;
  email: string;
  phone: string;
  mobile: string;
  fax: string;
  billingAddress: AddressValues;
  shippingAddress: AddressValues;
  /** Not stored: the shipping address is then written as a copy of the billing one. */
  shippingSameAsBilling: boolean;
  domains: string[];
  tags: string[];
  businessNumbers: { scheme: BusinessNumberScheme; value: string }[];
  clientReference: string;
  description: string;
  notificationsEnabled: boolean;
  /** As `<input type="datetime-local">` wants it, in the browser's zone. */
  registeredAt: string;
  registrationIp: string;
  verifiedPhone: string;
  parentId: ClientRef | null;
  billToId: ClientRef | null;
  accountGroupIds: ListItemRef[];
  /** The service plan's id, or '' for none. */
  planId: string;
  identityProvider: IdentityProvider;
}

type AddressRead = WholeFile<ClientInfoFieldsFragment>['billingAddress'];

const addressValues = (address: AddressRead): AddressValues => ({
  line1: address.line1 ?? '',
  line2: address.line2 ?? '',
  city: address.city ?? '',
  region: address.region ?? '',
  postalCode: address.postalCode ?? '',
  country: address.country ?? '',
});

const isBlankAddress = (address: AddressValues) => ADDRESS_PARTS.every((part) => !address[part].trim());
const sameAddress = (a: AddressValues, b: AddressValues) =>
  ADDRESS_PARTS.every((part) => a[part].trim() === b[part].trim());

/** The client as read, as the form edits it. */
export function toInfoValues(client: WholeFile<ClientInfoFieldsFragment>): InfoValues {
  const billingAddress = addressValues(client.billingAddress);
  const shippingAddress = addressValues(client.shippingAddress);
  return {
    code: client.code,
    kind: client.kind as ClientKind,
    name: client.name,
    firstName: client.firstName ?? '',
    lastName: client.lastName ?? '',
    legalName: client.legalName ?? '',
    lifecycle: client.lifecycle,
    status: client.status,
    regard: client.regard,
    language: client.language,
    currency: client.currency,
    timeZone: client.timeZone ?? '',
    website: client.website ?? '',
    email: client.email ?? '',
    // Stored as E.164; edited as people read them (+1 514 555 0142).
    phone: client.phone ? formatPhone(client.phone) : '',
    mobile: client.mobile ? formatPhone(client.mobile) : '',
    fax: client.fax ? formatPhone(client.fax) : '',
    billingAddress,
    shippingAddress,
    shippingSameAsBilling: !isBlankAddress(billingAddress) && sameAddress(billingAddress, shippingAddress),
    domains: [...client.domains],
    tags: [...client.tags],
    businessNumbers: client.businessNumbers.map(({ scheme, value }) => ({ scheme, value })),
    clientReference: client.clientReference ?? '',
    description: client.description ?? '',
    notificationsEnabled: client.notificationsEnabled,
    registeredAt: toDateTimeLocal(client.registeredAt),
    registrationIp: client.registrationIp ?? '',
    verifiedPhone: client.verifiedPhone ? formatPhone(client.verifiedPhone) : '',
    parentId: client.parent
      ? { id: client.parent.id, code: client.parent.code, name: client.parent.name }
      : null,
    billToId: client.billTo
      ? { id: client.billTo.id, code: client.billTo.code, name: client.billTo.name }
      : null,
    accountGroupIds: client.accountGroups.map(({ id, name }) => ({ id, name })),
    planId: client.planId ?? '',
    identityProvider: client.identityProvider,
  };
}

const TEXT_KEYS = [
  'name',
  'firstName',
  'lastName',
  'legalName',
  'timeZone',
  'website',
  'email',
  'phone',
  'mobile',
  'fax',
  'clientReference',
  'description',
  'registrationIp',
  'verifiedPhone',
] as const;

/** Empty means "clear it": null, which the API stores as nothing. */
const orNull = (text: string): string | null => text.trim() || null;

const toAddressInput = (address: AddressValues): AddressInput =>
  Object.fromEntries(ADDRESS_PARTS.map((part) => [part, orNull(address[part])])) as AddressInput;

/**
 * The update for what changed, and only that: a field someone else changed
 * meanwhile is not written back with the value read before.
 */
export function toUpdateClientInput(
  changes: Partial<InfoValues>,
  values: InfoValues,
): Omit<UpdateClientInput, 'id' | 'version'> {
  const input: Omit<UpdateClientInput, 'id' | 'version'> = {};
  for (const key of TEXT_KEYS) if (key in changes) input[key] = orNull(values[key]);
  if ('code' in changes) input.code = values.code.trim();
  if ('kind' in changes) {
    input.kind = values.kind;
    // The names that make the new kind's identity go along with it.
    if (values.kind === ClientKind.INDIVIDUAL) {
      input.firstName = orNull(values.firstName);
      input.lastName = orNull(values.lastName);
    } else {
      input.name = orNull(values.name);
    }
  }
  if ('lifecycle' in changes) input.lifecycle = values.lifecycle;
  if ('status' in changes) input.status = values.status;
  if ('regard' in changes) input.regard = values.regard;
  if ('language' in changes) input.language = values.language;
  if ('currency' in changes) input.currency = values.currency.trim().toUpperCase();
  if ('billingAddress' in changes) input.billingAddress = toAddressInput(values.billingAddress);
  if ('shippingAddress' in changes || 'shippingSameAsBilling' in changes || 'billingAddress' in changes) {
    if (values.shippingSameAsBilling) input.shippingAddress = toAddressInput(values.billingAddress);
    else if ('shippingAddress' in changes || 'shippingSameAsBilling' in changes)
      input.shippingAddress = toAddressInput(values.shippingAddress);
  }
  if ('domains' in changes) input.domains = values.domains;
  if ('tags' in changes) input.tags = values.tags;
  if ('businessNumbers' in changes)
    input.businessNumbers = values.businessNumbers.map(({ scheme, value }) => ({
      scheme,
      value: value.trim(),
    }));
  if ('notificationsEnabled' in changes) input.notificationsEnabled = values.notificationsEnabled;
  if ('registeredAt' in changes) input.registeredAt = fromDateTimeLocal(values.registeredAt);
  if ('parentId' in changes) input.parentId = values.parentId?.id ?? null;
  if ('billToId' in changes) input.billToId = values.billToId?.id ?? null;
  if ('accountGroupIds' in changes) input.accountGroupIds = values.accountGroupIds.map((group) => group.id);
  if ('planId' in changes) input.planId = values.planId || null;
  if ('identityProvider' in changes) input.identityProvider = values.identityProvider;
  return input;
}

/** Where phone numbers without a country code are read: the billing country, else home. */
export const phoneCountry = (values: InfoValues): string =>
  values.billingAddress.country.trim().toUpperCase() || HOME_COUNTRY;

/** The paths of the fields on screen for these values (the server's errors land under them). */
export function infoFields(values: InfoValues): string[] {
  const individual = values.kind === ClientKind.INDIVIDUAL;
  return [
    'code',
    'kind',
    ...(individual ? ['firstName', 'lastName'] : ['name']),
    'legalName',
    'lifecycle',
    'status',
    'regard',
    'language',
    'currency',
    'timeZone',
    'website',
    'email',
    'phone',
    'mobile',
    'fax',
    ...ADDRESS_PARTS.map((part) => `billingAddress.${part}`),
    // With "same as billing", the copy's errors are the billing address's own, shown there.
    ...(values.shippingSameAsBilling
      ? ['shippingAddress']
      : ADDRESS_PARTS.map((part) => `shippingAddress.${part}`)),
    'domains',
    'tags',
    'businessNumbers',
    ...values.businessNumbers.map((_, index) => `businessNumbers.${index}.value`),
    'clientReference',
    'description',
    'notificationsEnabled',
    'registeredAt',
    'registrationIp',
    'verifiedPhone',
    'parentId',
    'billToId',
    'accountGroupIds',
    'planId',
    'identityProvider',
  ];
}

/** The first refused item of a list, for the message under the list. */
function checkItems(
  items: readonly string[],
  check: (item: string) => FieldIssue | null,
  max: number,
): { issue: FieldIssue; index: number } | null {
  if (items.length > max) return { issue: { code: FieldErrorCode.TOO_MANY, params: { max } }, index: -1 };
  for (const [index, item] of items.entries()) {
    const issue = check(item);
    if (issue) return { issue, index };
  }
  return null;
}

/** Indexes of the items the shared rules refuse, to show them in red. */
export function invalidItems(
  items: readonly string[],
  check: (item: string) => FieldIssue | null,
): Set<number> {
  return new Set(items.flatMap((item, index) => (check(item) ? [index] : [])));
}

export const checkTag = (tag: string): FieldIssue | null =>
  tag.trim() ? checkOptionalText(tag, LIMITS.tag) : { code: FieldErrorCode.REQUIRED };

export const checkDomainItem = (domain: string): FieldIssue | null => checkDomain(normalizeDomain(domain));

/**
 * The shared rules on every field on screen, by path. A list's message names
 * the item at fault (`« acme » — Invalid format`) through `params.item`.
 */
export function validateInfo(values: InfoValues): Partial<Record<string, FieldIssue>> {
  const issues: Partial<Record<string, FieldIssue>> = {};
  const add = (path: string, issue: FieldIssue | null) => {
    if (issue) issues[path] = issue;
  };
  add('code', values.code.trim() ? checkClientCode(values.code) : { code: FieldErrorCode.REQUIRED });
  if (values.kind === ClientKind.INDIVIDUAL) {
    add('firstName', checkRequiredText(values.firstName, LIMITS.personName));
    add('lastName', checkRequiredText(values.lastName, LIMITS.personName));
  } else {
    add('name', checkClientName(values.name));
  }
  add('legalName', checkOptionalText(values.legalName, LIMITS.legalName));
  add(
    'currency',
    values.currency.trim() ? checkCurrency(values.currency) : { code: FieldErrorCode.REQUIRED },
  );
  add('timeZone', checkTimeZone(values.timeZone.trim()));
  add('website', checkUrl(values.website.trim()));
  add('email', checkEmail(values.email.trim()));
  const country = phoneCountry(values);
  for (const field of ['phone', 'mobile', 'fax', 'verifiedPhone'] as const)
    add(field, checkPhone(values[field].trim(), country));
  const billing = checkAddress(values.billingAddress);
  for (const part of ADDRESS_PARTS) add(`billingAddress.${part}`, billing[part] ?? null);
  if (!values.shippingSameAsBilling) {
    const shipping = checkAddress(values.shippingAddress);
    for (const part of ADDRESS_PARTS) add(`shippingAddress.${part}`, shipping[part] ?? null);
  }
  const domain = checkItems(values.domains, checkDomainItem, LIMITS.domains);
  if (domain) add('domains', withItem(domain.issue, values.domains[domain.index]));
  const tag = checkItems(values.tags, checkTag, LIMITS.tags);
  if (tag) add('tags', withItem(tag.issue, values.tags[tag.index]));
  if (values.businessNumbers.length > LIMITS.businessNumbers)
    add('businessNumbers', { code: FieldErrorCode.TOO_MANY, params: { max: LIMITS.businessNumbers } });
  values.businessNumbers.forEach(({ scheme, value }, index) =>
    add(`businessNumbers.${index}.value`, checkBusinessNumber(scheme, value)),
  );
  add('clientReference', checkOptionalText(values.clientReference, LIMITS.reference));
  add('description', checkOptionalText(values.description, LIMITS.description));
  add('registrationIp', checkIpAddress(values.registrationIp.trim()));
  if (values.registeredAt && !fromDateTimeLocal(values.registeredAt))
    add('registeredAt', { code: FieldErrorCode.INVALID_FORMAT });
  if (values.accountGroupIds.length > LIMITS.groups)
    add('accountGroupIds', { code: FieldErrorCode.TOO_MANY, params: { max: LIMITS.groups } });
  return issues;
}

function withItem(issue: FieldIssue, item: string | undefined): FieldIssue {
  return item === undefined ? issue : { ...issue, params: { ...issue.params, item } };
}
