import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/**
 * A portal user code: 3 to 32 capital letters, digits and inner dashes, as
 * typed on a phone keypad or read over the phone (`8005551001`, `ACME-01`).
 */
const USER_CODE = /^[A-Z0-9](?:[A-Z0-9-]{1,30})[A-Z0-9]$/;

/** Spelled the way it is stored: trimmed, upper case. */
export const normalizeUserCode = (text: string): string => text.trim().toUpperCase();

/** An optional user code (empty: one is generated from the client code). */
export function checkUserCode(value: unknown): FieldIssue | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return issue(FieldErrorCode.INVALID_FORMAT);
  const code = normalizeUserCode(value);
  if (code === '') return null;
  return USER_CODE.test(code) ? null : issue(FieldErrorCode.INVALID_FORMAT, { expected: 'A-Z 0-9 -' });
}
