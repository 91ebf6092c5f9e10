import { FieldErrorCode, type FieldErrorParams } from '../errors';

/**
 * What a validator says about one value: nothing (`null`) when it is fine,
 * otherwise a code and the parameters its message needs. Validators are pure
 * so the console can run the very rules the API enforces.
 */
export interface FieldIssue {
  code: FieldErrorCode;
  params?: FieldErrorParams;
}

export type FieldCheck<T = unknown> = (value: T) => FieldIssue | null;

export const issue = (code: FieldErrorCode, params?: FieldErrorParams): FieldIssue =>
  params ? { code, params } : { code };

/** Checks a required text: present after trimming, within `max` characters. */
export function checkRequiredText(value: unknown, max: number): FieldIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return issue(FieldErrorCode.REQUIRED);
  return checkOptionalText(value, max);
}

/** Checks an optional text: when present, within `max` characters (code points). */
export function checkOptionalText(value: unknown, max: number): FieldIssue | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return issue(FieldErrorCode.INVALID_FORMAT);
  if ([...value.trim()].length > max) return issue(FieldErrorCode.TOO_LONG, { max });
  return null;
}
