import { FieldErrorCode, checkPassword, fieldErrorMessage, type Locale } from '@clientele/shared';

export interface NewPasswordValues {
  password: string;
  confirmation: string;
}

/**
 * The shared password rules (the API's own) on the new password, and the
 * confirmation matching it; messages in the interface's language.
 */
export function checkNewPassword(
  values: NewPasswordValues,
  locale: Locale,
  mismatch: string,
  login?: string | null,
): Partial<Record<keyof NewPasswordValues, string>> {
  const found: Partial<Record<keyof NewPasswordValues, string>> = {};
  const issue = checkPassword(values.password, login);
  if (issue) found.password = fieldErrorMessage(locale, issue.code, issue.params);
  if (!values.confirmation) found.confirmation = fieldErrorMessage(locale, FieldErrorCode.REQUIRED);
  else if (values.confirmation !== values.password) found.confirmation = mismatch;
  return found;
}
