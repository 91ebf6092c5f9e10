import {
  FieldErrorCode,
  LIMITS,
  checkEmail,
  checkOptionalText,
  checkPhone,
  checkRequiredText,
  fieldErrorMessage,
  type FieldIssue,
  type Locale,
} from '@clientele/shared';
import type { ContactType, CreateContactInput, Language, LinkContactInput } from '@/gql/graphql';

/** A contact's role at one client: title, department, type. */
export interface LinkValues {
  title: string;
  department: string;
  type: ContactType;
}

export interface NewContactValues extends LinkValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  mobile: string;
  language: Language;
  primary: boolean;
}

export const emptyLink = (): LinkValues => ({ title: '', department: '', type: 'OTHER' });

export const emptyNewContact = (language: Language): NewContactValues => ({
  ...emptyLink(),
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  mobile: '',
  language,
  primary: false,
});

const orNull = (text: string) => text.trim() || null;

export function checkLink(values: LinkValues): Partial<Record<keyof LinkValues, FieldIssue>> {
  const issues: Partial<Record<keyof LinkValues, FieldIssue>> = {};
  const title = checkOptionalText(values.title, LIMITS.contactTitle);
  const department = checkOptionalText(values.department, LIMITS.department);
  if (title) issues.title = title;
  if (department) issues.department = department;
  return issues;
}

/** The API's rules for a new contact; phones without a country code are read in the client's country. */
export function checkNewContact(
  values: NewContactValues,
  country: string,
): Partial<Record<keyof NewContactValues, FieldIssue>> {
  const issues: Partial<Record<keyof NewContactValues, FieldIssue>> = { ...checkLink(values) };
  const add = (field: keyof NewContactValues, issue: FieldIssue | null) => {
    if (issue) issues[field] = issue;
  };
  add('firstName', checkRequiredText(values.firstName, LIMITS.personName));
  add('lastName', checkRequiredText(values.lastName, LIMITS.personName));
  add('email', checkEmail(values.email.trim()));
  add('phone', checkPhone(values.phone.trim(), country));
  add('mobile', checkPhone(values.mobile.trim(), country));
  return issues;
}

export const linkInput = (values: LinkValues) => ({
  title: orNull(values.title),
  department: orNull(values.department),
  type: values.type,
});

export function toCreateContactInput(
  clientId: string,
  values: NewContactValues,
  idempotencyKey: string,
): CreateContactInput {
  return {
    clientId,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: orNull(values.email),
    phone: orNull(values.phone),
    mobile: orNull(values.mobile),
    language: values.language,
    primary: values.primary,
    link: linkInput(values),
    idempotencyKey,
  };
}

export const toLinkContactInput = (
  clientId: string,
  contactId: string,
  values: LinkValues & { primary: boolean },
): LinkContactInput => ({ clientId, contactId, primary: values.primary, ...linkInput(values) });

/**
 * Server paths of these forms, by the form's own field: `input.link.title`
 * (new contact) and `input.title` (link) both land under Title.
 */
export function fieldOfPath(path: string): string {
  return path.replace(/^link\./, '');
}

export const issueText = (issue: FieldIssue | undefined, locale: Locale): string | undefined =>
  issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined;

export const requiredText = (locale: Locale) => fieldErrorMessage(locale, FieldErrorCode.REQUIRED);
