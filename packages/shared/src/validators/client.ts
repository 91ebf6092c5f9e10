import { FieldErrorCode } from '../errors';
import { checkOptionalText, checkRequiredText, issue, type FieldIssue } from './field-issue';

export const CLIENT_NAME_MAX = 200;
export const CLIENT_CODE_MAX = 32;
export const CLIENT_CODE_PREFIX = 'C-';
const CLIENT_CODE_DIGITS = 6;

/** Letters, digits, and inner dashes, dots or underscores: `C-000042`, `8005551`, `ACME.QC`. */
const CLIENT_CODE_PATTERN = /^[A-Z0-9](?:[A-Z0-9._-]*[A-Z0-9])?$/;

/** Codes are case-insensitive: they are kept in upper case, trimmed. */
export function normalizeClientCode(value: string): string {
  return value.trim().toUpperCase();
}

/** The code generated for the n-th client: `C-000001`. */
export function formatClientCode(sequence: number): string {
  return `${CLIENT_CODE_PREFIX}${String(sequence).padStart(CLIENT_CODE_DIGITS, '0')}`;
}

export function checkClientName(value: unknown): FieldIssue | null {
  return checkRequiredText(value, CLIENT_NAME_MAX);
}

/** An optional code (left empty, the API generates one). */
export function checkClientCode(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const length = checkOptionalText(value, CLIENT_CODE_MAX);
  if (length) return length;
  if (!CLIENT_CODE_PATTERN.test(normalizeClientCode(value as string))) {
    return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'A-Z 0-9 . _ -' });
  }
  return null;
}
