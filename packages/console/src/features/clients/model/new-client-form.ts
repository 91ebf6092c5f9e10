import {
  ClientKind,
  ClientStatus,
  FieldErrorCode,
  IdentityProvider,
  LIMITS,
  Lifecycle,
  checkAddress,
  checkClientCode,
  checkClientName,
  checkEmail,
  checkPhone,
  checkRequiredText,
  isCountryCode,
  type FieldIssue,
} from '@clientele/shared';
import type { CreateClientInput, CreateContactInput, CreatePartnerClientInput } from '@/gql/graphql';

export const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export const ADMIN_PARTS = ['firstName', 'lastName', 'email', 'phone'] as const;
export type AdminPart = (typeof ADMIN_PARTS)[number];

/**
 * Who creates the client. A partner adds its client with the client's primary
 * administrator and a plan its certifications allow (seed 000), in one call;
 * staff create the file, and may name a primary contact in the same dialog.
 */
export type NewClientMode = 'partner' | 'staff';

export interface NewClientValues {
  kind: ClientKind;
  name: string;
  firstName: string;
  lastName: string;
  code: string;
  status: ClientStatus;
  lifecycle: Lifecycle;
  billingAddress: Record<AddressPart, string>;
  /** The client's primary IT administrator (partner) or primary contact (staff). */
  admin: Record<AdminPart, string>;
  identityProvider: IdentityProvider;
  planId: string;
  /** Off by default (seed 001): nothing is emailed to the client's users until someone turns it on. */
  notificationsEnabled: boolean;
}

/**
 * Field names are the API's input paths without `input.`, so a server error
 * for `input.billingAddress.postalCode` lands under that very field (see
 * `fieldForServerPath` for the paths that differ between the operations).
 */
export type NewClientField =
  | 'kind'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'code'
  | 'status'
  | 'lifecycle'
  | `billingAddress.${AddressPart}`
  | `admin.${AdminPart}`
  | 'identityProvider'
  | 'planId'
  | 'notificationsEnabled';

/** The dialog's two steps: the company, then who administers it and how (seed 000). */
export const NEW_CLIENT_STEPS = ['company', 'admin'] as const;
export type NewClientStep = (typeof NEW_CLIENT_STEPS)[number];

const COMPANY_FIELDS: readonly NewClientField[] = [
  'kind',
  'name',
  'firstName',
  'lastName',
  'code',
  'status',
  'lifecycle',
  ...ADDRESS_PARTS.map((part) => `billingAddress.${part}` as const),
];
const ADMIN_FIELDS: readonly NewClientField[] = [
  ...ADMIN_PARTS.map((part) => `admin.${part}` as const),
  'identityProvider',
  'planId',
  'notificationsEnabled',
];

export const NEW_CLIENT_FIELDS: readonly NewClientField[] = [...COMPANY_FIELDS, ...ADMIN_FIELDS];

export const stepOf = (field: NewClientField): NewClientStep =>
  COMPANY_FIELDS.includes(field) ? 'company' : 'admin';

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
  admin: { firstName: '', lastName: '', email: '', phone: '' },
  identityProvider: IdentityProvider.CLIENTELE,
  planId: '',
  notificationsEnabled: false,
});

/**
 * The fields a person sees: a company has a name, an individual a first and
 * last name; a partner gives the company's name and address only (the rest
 * of the file is the operator's), staff the whole first page of the file.
 */
export function visibleFields(values: NewClientValues, mode: NewClientMode = 'staff'): NewClientField[] {
  const hidden: NewClientField[] =
    mode === 'partner'
      ? ['kind', 'firstName', 'lastName', 'code', 'status', 'lifecycle', 'billingAddress.line2']
      : values.kind === ClientKind.INDIVIDUAL
        ? ['name']
        : ['firstName', 'lastName'];
  return NEW_CLIENT_FIELDS.filter((field) => !hidden.includes(field));
}

export const fieldsOfStep = (
  step: NewClientStep,
  values: NewClientValues,
  mode: NewClientMode = 'staff',
): NewClientField[] => visibleFields(values, mode).filter((field) => stepOf(field) === step);

/** Whether staff typed anything of a primary contact: then it must be a whole one. */
export const hasContact = (admin: Record<AdminPart, string>): boolean =>
  ADMIN_PARTS.some((part) => admin[part].trim() !== '');

const required = (): FieldIssue => ({ code: FieldErrorCode.REQUIRED });

/**
 * The same rules the API applies, for feedback before a round trip; only
 * fields on screen are checked, so a hidden field never blocks the form.
 */
export function validateNewClient(
  values: NewClientValues,
  mode: NewClientMode = 'staff',
): Partial<Record<NewClientField, FieldIssue>> {
  const issues: Partial<Record<NewClientField, FieldIssue>> = {};
  const add = (field: NewClientField, problem: FieldIssue | null) => {
    if (problem) issues[field] = problem;
  };
  if (mode === 'staff' && values.kind === ClientKind.INDIVIDUAL) {
    add('firstName', checkRequiredText(values.firstName, LIMITS.personName));
    add('lastName', checkRequiredText(values.lastName, LIMITS.personName));
  } else {
    add('name', checkClientName(values.name));
  }
  if (mode === 'staff') add('code', checkClientCode(values.code.trim()));
  const address = checkAddress(values.billingAddress);
  for (const part of ADDRESS_PARTS) add(`billingAddress.${part}`, address[part] ?? null);

  // A partner's client needs its administrator (the invitation goes to them) and a plan;
  // staff may leave the contact out, but not half of one.
  const admin = values.admin;
  if (mode === 'partner' || hasContact(admin)) {
    add('admin.firstName', checkRequiredText(admin.firstName, LIMITS.personName));
    add('admin.lastName', checkRequiredText(admin.lastName, LIMITS.personName));
  }
  add(
    'admin.email',
    mode === 'partner'
      ? (checkRequiredText(admin.email, 254) ?? checkEmail(admin.email))
      : checkEmail(admin.email),
  );
  add('admin.phone', checkPhone(admin.phone.trim(), values.billingAddress.country || null));
  if (mode === 'partner' && !values.planId) add('planId', required());
  return issues;
}

/** The first step holding a problem, or none: where the dialog takes the person. */
export function firstStepWithIssue(fields: Iterable<NewClientField>): NewClientStep | undefined {
  const steps = new Set([...fields].map(stepOf));
  return NEW_CLIENT_STEPS.find((step) => steps.has(step));
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** Whether anything beyond the pre-filled country was typed into the address. */
export const hasAddress = (address: Record<AddressPart, string>): boolean =>
  ADDRESS_PARTS.some((part) => part !== 'country' && address[part].trim() !== '');

const addressInput = (address: Record<AddressPart, string>) =>
  Object.fromEntries(ADDRESS_PARTS.map((part) => [part, optional(address[part])])) as Record<
    AddressPart,
    string | undefined
  >;

/**
 * Staff's `createClient` input. An address holding only the default country is
 * left out: it would record a place nobody gave. Upper-casing and postal code
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
    identityProvider: values.identityProvider,
    notificationsEnabled: values.notificationsEnabled,
    ...(values.planId ? { planId: values.planId } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
  if (hasAddress(values.billingAddress)) input.billingAddress = addressInput(values.billingAddress);
  return input;
}

/** Staff's primary contact, linked to the client just made (null when none was given). */
export function toCreateContactInput(
  values: NewClientValues,
  clientId: string,
  idempotencyKey?: string,
): CreateContactInput | null {
  if (!hasContact(values.admin)) return null;
  return {
    clientId,
    firstName: optional(values.admin.firstName),
    lastName: optional(values.admin.lastName),
    email: optional(values.admin.email),
    phone: optional(values.admin.phone),
    primary: true,
    link: { type: 'TECHNICAL' },
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/** A partner's `createPartnerClient` input: the company, its administrator, plan and settings. */
export function toCreatePartnerClientInput(
  values: NewClientValues,
  idempotencyKey?: string,
): CreatePartnerClientInput {
  return {
    name: values.name.trim(),
    ...(hasAddress(values.billingAddress) ? { address: addressInput(values.billingAddress) } : {}),
    admin: {
      firstName: values.admin.firstName.trim(),
      lastName: values.admin.lastName.trim(),
      email: values.admin.email.trim(),
      phone: optional(values.admin.phone),
    },
    identityProvider: values.identityProvider,
    planId: values.planId,
    notificationsEnabled: values.notificationsEnabled,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/**
 * The field a server error belongs to, by the operation that raised it. A
 * partner's one call reports the company's address as `address.…` (or, from
 * the client file rules, `billingAddress.…`), and its administrator as
 * `admin.…` (or, from the contact rules, `email`, `phone`…); staff's
 * contact call names the contact's own fields.
 */
export function fieldForServerPath(
  path: string,
  operation: 'createClient' | 'createContact' | 'createPartnerClient',
): NewClientField | undefined {
  const known = (field: string) =>
    (NEW_CLIENT_FIELDS as readonly string[]).includes(field) ? (field as NewClientField) : undefined;
  if (operation === 'createContact') {
    return (ADMIN_PARTS as readonly string[]).includes(path) ? known(`admin.${path}`) : undefined;
  }
  if (operation === 'createPartnerClient') {
    if (path.startsWith('address.')) return known(`billingAddress.${path.slice('address.'.length)}`);
    if ((['email', 'phone', 'firstName', 'lastName'] as readonly string[]).includes(path))
      return known(`admin.${path}`);
  }
  return known(path);
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
