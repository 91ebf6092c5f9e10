import {
  StaffRole,
  UserStatus,
  checkEmail,
  checkRequiredText,
  fieldErrorMessage,
  type FieldIssue,
  type Locale,
  type UserRule,
} from '@clientele/shared';
import type { CreateUserInput, Language, UpdateUserInput } from '@/gql/graphql';

/** The API's limit on a display name (`DISPLAY_NAME_MAX`). */
export const DISPLAY_NAME_MAX = 120;

export interface UserFormValues {
  email: string;
  displayName: string;
  role: StaffRole;
  locale: 'fr' | 'en';
}

/** A user as the list holds it. */
export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  locale: string;
  status: string;
  version: number;
}

export const USER_FIELDS = ['email', 'displayName', 'role', 'locale'] as const;

export const emptyUserForm = (locale: Locale): UserFormValues => ({
  email: '',
  displayName: '',
  role: StaffRole.STAFF,
  locale,
});

export const userFormOf = (user: StaffUser): UserFormValues => ({
  email: user.email,
  displayName: user.displayName,
  role: user.role as StaffRole,
  locale: user.locale === 'en' ? 'en' : 'fr',
});

/** The same rules as the API, for instant feedback; the email is checked only when creating. */
export function checkUserForm(
  values: UserFormValues,
  creating: boolean,
): Partial<Record<keyof UserFormValues, FieldIssue>> {
  const issues: Partial<Record<keyof UserFormValues, FieldIssue>> = {};
  const name = checkRequiredText(values.displayName, DISPLAY_NAME_MAX);
  if (name) issues.displayName = name;
  if (creating) {
    const email = checkRequiredText(values.email, 254) ?? checkEmail(values.email.trim());
    if (email) issues.email = email;
  }
  return issues;
}

const LANGUAGE: Record<UserFormValues['locale'], Language> = { fr: 'FR', en: 'EN' };

export const toCreateUserInput = (values: UserFormValues, idempotencyKey: string): CreateUserInput => ({
  email: values.email.trim(),
  displayName: values.displayName.trim(),
  role: values.role,
  locale: LANGUAGE[values.locale],
  idempotencyKey,
});

/** Only what changed travels, with the version read: an unchanged role is not "set" again. */
export function toUpdateUserInput(user: StaffUser, values: UserFormValues): UpdateUserInput {
  const before = userFormOf(user);
  const input: UpdateUserInput = { id: user.id, version: user.version };
  if (values.displayName.trim() !== before.displayName) input.displayName = values.displayName.trim();
  if (values.role !== before.role) input.role = values.role;
  if (values.locale !== before.locale) input.locale = LANGUAGE[values.locale];
  return input;
}

const isActiveAdmin = (user: StaffUser) => user.role === StaffRole.ADMIN && user.status === UserStatus.ACTIVE;

/**
 * Why the console would refuse to take administration away from `user`
 * (demote or deactivate), before asking the server: the same rules the API
 * enforces, so the button can say so instead of failing.
 */
export function adminRemovalBlock(
  user: StaffUser,
  viewerId: string,
  users: readonly StaffUser[],
): UserRule | null {
  if (user.id === viewerId) return user.role === StaffRole.ADMIN ? 'SELF_DEMOTE' : null;
  if (!isActiveAdmin(user)) return null;
  return users.some((other) => other.id !== user.id && isActiveAdmin(other)) ? null : 'LAST_ADMIN';
}

export const issueText = (issue: FieldIssue | undefined, locale: Locale): string | undefined =>
  issue ? fieldErrorMessage(locale, issue.code, issue.params) : undefined;
