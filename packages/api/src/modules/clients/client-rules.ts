import {
  BusinessNumberScheme,
  ClientKind,
  FieldErrorCode,
  LIMITS,
  checkDomain,
  checkNeq,
  checkOptionalText,
  checkSirenOrSiret,
  checkVatNumber,
  foldText,
  normalizeBusinessNumber,
  normalizeClientCode,
  normalizeDomain,
  normalizeEmail,
  normalizePhone,
  normalizeUrl,
  issue,
  type FieldError,
  type FieldIssue,
} from '@clientele/shared';
import { fieldError } from '../../app/errors';
import { normalizeAddress } from './address';
import type { Client } from './client.entity';
import type { BusinessNumberInput, ClientInfoInput } from './client.input';

/** The operator's home country: national phone numbers are read in it when the client has no country. */
export const HOME_COUNTRY = 'CA';

/** Scalar Info fields written as given (after trimming). */
const TEXT_FIELDS = [
  'legalName',
  'firstName',
  'lastName',
  'timeZone',
  'clientReference',
  'registrationIp',
] as const;
const ENUM_FIELDS = [
  'kind',
  'lifecycle',
  'status',
  'language',
  'regard',
  'notificationsEnabled',
  'registeredAt',
  'identityProvider',
] as const;
const PHONE_FIELDS = ['phone', 'mobile', 'fax', 'verifiedPhone'] as const;

/** The Info fields the activity log compares, in the order people read them. */
export const CLIENT_INFO_FIELDS = [
  'code',
  'name',
  'legalName',
  'kind',
  'firstName',
  'lastName',
  'lifecycle',
  'status',
  'language',
  'currency',
  'timeZone',
  'website',
  'email',
  'phone',
  'mobile',
  'fax',
  'billingAddress',
  'shippingAddress',
  'clientReference',
  'description',
  'regard',
  'notificationsEnabled',
  'registeredAt',
  'registrationIp',
  'verifiedPhone',
  'parentId',
  'billToId',
  'planId',
  'identityProvider',
] as const;

export interface ClientLists {
  domains?: string[];
  tags?: { tag: string; tagKey: string }[];
  businessNumbers?: { scheme: BusinessNumberScheme; value: string }[];
  accountGroupIds?: string[];
}

export interface NormalizedClientInfo {
  values: Partial<Client>;
  lists: ClientLists;
  errors: FieldError[];
}

const clean = (value: string | null | undefined): string | null =>
  value === undefined || value === null ? null : value.trim().replace(/[ \t]+/g, ' ') || null;

function checkBusinessNumber(input: BusinessNumberInput): FieldIssue | null {
  switch (input.scheme) {
    case BusinessNumberScheme.NEQ:
      return checkNeq(input.value);
    case BusinessNumberScheme.SIREN_SIRET:
      return checkSirenOrSiret(input.value);
    case BusinessNumberScheme.VAT:
      return checkVatNumber(input.value);
    case BusinessNumberScheme.BN:
      return /^\d{9}$/.test(normalizeBusinessNumber(input.value))
        ? null
        : issue(FieldErrorCode.INVALID_FORMAT, { expected: '123456789' });
    case BusinessNumberScheme.OTHER:
      return input.value.trim()
        ? checkOptionalText(input.value, LIMITS.businessNumber)
        : issue(FieldErrorCode.REQUIRED);
  }
}

/**
 * Turns an Info input into the values to write, checking the rules that need
 * more than one field: a company needs a name, an individual a first and last
 * name; phones are read in the client's billing country; lists hold no
 * duplicates. `current` is the stored client on update, null on create.
 */
export function normalizeClientInfo(input: ClientInfoInput, current: Client | null): NormalizedClientInfo {
  const values: Partial<Client> = {};
  const lists: ClientLists = {};
  const errors: FieldError[] = [];
  const fail = (path: string, problem: FieldIssue) =>
    errors.push(fieldError(`input.${path}`, problem.code, problem.params));
  const given = <K extends keyof ClientInfoInput>(key: K) => input[key] !== undefined;

  if (given('code') && input.code) values.code = normalizeClientCode(input.code);
  for (const field of TEXT_FIELDS) if (given(field)) values[field] = clean(input[field]);
  for (const field of ENUM_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null) (values as Record<string, unknown>)[field] = value;
  }
  if (given('registeredAt') && input.registeredAt === null) values.registeredAt = null;
  if (given('description')) values.description = input.description?.trim() || null;
  if (given('currency') && input.currency) values.currency = input.currency.trim().toUpperCase();
  if (given('website')) values.website = clean(input.website) && normalizeUrl(clean(input.website) as string);
  if (given('email')) values.email = clean(input.email) && normalizeEmail(clean(input.email) as string);
  if (given('billingAddress')) values.billingAddress = normalizeAddress(input.billingAddress);
  if (given('shippingAddress')) values.shippingAddress = normalizeAddress(input.shippingAddress);
  if (given('parentId')) values.parentId = input.parentId || null;
  if (given('billToId')) values.billToId = input.billToId || null;
  if (given('planId')) values.planId = input.planId || null;

  const country = (values.billingAddress ?? current?.billingAddress)?.country ?? HOME_COUNTRY;
  for (const field of PHONE_FIELDS) {
    if (!given(field)) continue;
    const raw = clean(input[field]);
    if (!raw) {
      values[field] = null;
      continue;
    }
    const e164 = raw.length <= 40 ? normalizePhone(raw, country) : null;
    if (e164) values[field] = e164;
    else fail(field, issue(FieldErrorCode.INVALID_FORMAT, { expected: '+1 514 555 0123' }));
  }

  // Who the client is: a company by its name, an individual by first and last name.
  const kind = values.kind ?? current?.kind ?? ClientKind.COMPANY;
  const firstName = values.firstName !== undefined ? values.firstName : (current?.firstName ?? null);
  const lastName = values.lastName !== undefined ? values.lastName : (current?.lastName ?? null);
  const givenName = given('name') ? clean(input.name) : undefined;
  if (kind === ClientKind.INDIVIDUAL) {
    if (!firstName) fail('firstName', issue(FieldErrorCode.REQUIRED));
    if (!lastName) fail('lastName', issue(FieldErrorCode.REQUIRED));
    // An individual's name follows their first and last name unless one is given.
    const namesChanged =
      !current ||
      values.firstName !== undefined ||
      values.lastName !== undefined ||
      values.kind !== undefined;
    if (givenName) values.name = givenName;
    else if (firstName && lastName && (namesChanged || givenName === null))
      values.name = `${firstName} ${lastName}`;
  } else if (givenName) {
    values.name = givenName;
  } else if (givenName === null || !current) {
    fail('name', issue(FieldErrorCode.REQUIRED));
  }
  if (values.name) values.nameKey = foldText(values.name);

  if (input.domains !== undefined) {
    const domains = (input.domains ?? []).map(normalizeDomain);
    if (domains.length > LIMITS.domains)
      fail('domains', issue(FieldErrorCode.TOO_MANY, { max: LIMITS.domains }));
    domains.forEach((domain, i) => {
      const problem = checkDomain(domain);
      if (problem) fail(`domains.${i}`, problem);
      else if (domains.indexOf(domain) !== i)
        fail(`domains.${i}`, issue(FieldErrorCode.DUPLICATE, { value: domain }));
    });
    lists.domains = domains;
  }

  if (input.tags !== undefined) {
    const seen = new Set<string>();
    const tags: { tag: string; tagKey: string }[] = [];
    (input.tags ?? []).forEach((raw, i) => {
      const tag = clean(raw);
      const problem = tag ? checkOptionalText(tag, LIMITS.tag) : issue(FieldErrorCode.REQUIRED);
      if (problem) return fail(`tags.${i}`, problem);
      const tagKey = foldText(tag as string);
      // The same tag typed twice is one tag.
      if (!seen.has(tagKey)) tags.push({ tag: tag as string, tagKey });
      seen.add(tagKey);
    });
    if (tags.length > LIMITS.tags) fail('tags', issue(FieldErrorCode.TOO_MANY, { max: LIMITS.tags }));
    lists.tags = tags;
  }

  if (input.businessNumbers !== undefined) {
    const numbers = input.businessNumbers ?? [];
    if (numbers.length > LIMITS.businessNumbers) {
      fail('businessNumbers', issue(FieldErrorCode.TOO_MANY, { max: LIMITS.businessNumbers }));
    }
    lists.businessNumbers = numbers.map((number, i) => {
      const problem = checkBusinessNumber(number);
      if (problem) fail(`businessNumbers.${i}.value`, problem);
      const value =
        number.scheme === BusinessNumberScheme.OTHER
          ? number.value.trim()
          : normalizeBusinessNumber(number.value);
      return { scheme: number.scheme, value };
    });
  }

  if (input.accountGroupIds !== undefined) {
    const ids = input.accountGroupIds ?? [];
    if (ids.length > LIMITS.groups)
      fail('accountGroupIds', issue(FieldErrorCode.TOO_MANY, { max: LIMITS.groups }));
    lists.accountGroupIds = [...new Set(ids)];
  }

  return { values, lists, errors };
}
