import {
  ClientKind,
  ClientStatus,
  LIMITS,
  Lifecycle,
  checkAddress,
  checkClientCode,
  checkClientName,
  checkRequiredText,
  isCountryCode,
  type FieldIssue,
} from '@clientele/shared';
import type { CreateClientInput } from '@/gql/graphql';

export const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export interface NewClientValues {
  kind: ClientKind;
  name: string;
  firstName: string;
  lastName: string;
  code: string;
  status: ClientStatus;
  lifecycle: Lifecycle;
  billingAddress: Record<AddressPart, string>;
}

/**
 * Field names are the API's input paths without `input.`, so a server error
 * for `input.billingAddress.postalCode` lands under that very field.
 */
export type NewClientField =
  | 'kind'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'code'
  | 'status'
  | 'lifecycle'
  | `billingAddress.${AddressPart}`;

export const NEW_CLIENT_FIELDS: readonly NewClientField[] = [
  'kind',
  'name',
  'firstName',
  'lastName',
  'code',
  'status',
  'lifecycle',
  ...ADDRESS_PARTS.map((part) => `billingAddress.${part}` as const),
];

/** Most clients are Canadian companies in good standing. */
export const HOME_COUNTRY = 'CA';

export const emptyNewClient = (): NewClientValues => ({
  kind: ClientKind.COMPANY,
  name: '',
  firstName: '',
  lastName: '',
  code: '',
  status: ClientStatus.ACTIVE,
  lifecycle: Lifecycle.CUSTOMER,
  billingAddress: { line1: '', line2: '', city: '', region: '', postalCode: '', country: HOME_COUNTRY },
});

/** The fields a person sees for this kind of client: a company has a name, an individual a first and last name. */
export function visibleFields(values: NewClientValues): NewClientField[] {
  const hidden: NewClientField[] =
    values.kind === ClientKind.INDIVIDUAL ? ['name'] : ['firstName', 'lastName'];
  return NEW_CLIENT_FIELDS.filter((field) => !hidden.includes(field));
}

/**
 * The same rules the API applies, for feedback before a round trip; only
 * fields on screen are checked, so a hidden field never blocks the form.
 */
export function validateNewClient(values: NewClientValues): Partial<Record<NewClientField, FieldIssue>> {
  const issues: Partial<Record<NewClientField, FieldIssue>> = {};
  const add = (field: NewClientField, problem: FieldIssue | null) => {
    if (problem) issues[field] = problem;
  };
  if (values.kind === ClientKind.INDIVIDUAL) {
    add('firstName', checkRequiredText(values.firstName, LIMITS.personName));
    add('lastName', checkRequiredText(values.lastName, LIMITS.personName));
  } else {
    add('name', checkClientName(values.name));
  }
  add('code', checkClientCode(values.code.trim()));
  const address = checkAddress(values.billingAddress);
  for (const part of ADDRESS_PARTS) add(`billingAddress.${part}`, address[part] ?? null);
  return issues;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** Whether anything beyond the pre-filled country was typed into the address. */
export const hasAddress = (address: Record<AddressPart, string>): boolean =>
  ADDRESS_PARTS.some((part) => part !== 'country' && address[part].trim() !== '');

/**
 * The mutation's input. An address holding only the default country is left
 * out: it would record a place nobody gave. Upper-casing and postal code
 * formatting are the API's job, so what it stores is the one canonical form.
 */
export function toCreateClientInput(values: NewClientValues, idempotencyKey?: string): CreateClientInput {
  const individual = values.kind === ClientKind.INDIVIDUAL;
  const input: CreateClientInput = {
    kind: values.kind,
    status: values.status,
    lifecycle: values.lifecycle,
    code: optional(values.code),
    ...(individual
      ? { firstName: optional(values.firstName), lastName: optional(values.lastName) }
      : { name: optional(values.name) }),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
  if (hasAddress(values.billingAddress)) {
    const address = Object.fromEntries(
      ADDRESS_PARTS.map((part) => [part, optional(values.billingAddress[part])]),
    ) as Record<AddressPart, string | undefined>;
    input.billingAddress = address;
  }
  return input;
}

/** A region chosen for one country means nothing in another: a Canadian province is dropped when leaving Canada. */
export function withCountry(values: NewClientValues, country: string): NewClientValues {
  const before = values.billingAddress.country.trim().toUpperCase() === 'CA';
  const after = country.trim().toUpperCase() === 'CA';
  const region = before !== after ? '' : values.billingAddress.region;
  return { ...values, billingAddress: { ...values.billingAddress, country, region } };
}

export const isCanada = (country: string): boolean =>
  isCountryCode(country) && country.trim().toUpperCase() === 'CA';
