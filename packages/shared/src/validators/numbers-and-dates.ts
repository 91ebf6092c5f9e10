import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/**
 * Amounts travel as decimal strings (`"15000.00"`): binary floats cannot hold
 * cents exactly, and GraphQL's Int stops at about 21 million cents.
 */
export function checkDecimal(
  value: unknown,
  options: { min?: number; max: number; scale: number },
): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'string' ? value.trim() : '';
  const pattern = new RegExp(`^-?\\d{1,15}(\\.\\d{1,${options.scale}})?$`);
  if (!pattern.test(text))
    return issue(FieldErrorCode.INVALID_FORMAT, { expected: options.scale ? '1234.56' : '1234' });
  const amount = Number(text);
  const min = options.min ?? 0;
  if (amount < min || amount > options.max)
    return issue(FieldErrorCode.OUT_OF_RANGE, { min, max: options.max });
  return null;
}

/** `"1500"` → `"1500.00"`: one spelling per amount, so diffs show only real changes. */
export function normalizeDecimal(value: string, scale: number): string {
  return Number(value.trim()).toFixed(scale);
}

export function checkInteger(value: unknown, min: number, max: number): FieldIssue | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) return issue(FieldErrorCode.INVALID_FORMAT);
  return value < min || value > max ? issue(FieldErrorCode.OUT_OF_RANGE, { min, max }) : null;
}

/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkIsoDate(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' && isIsoDate(value) && value >= '1900-01-01' && value <= '2999-12-31'
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: '2026-12-31' });
}

/** An end that comes before its start is refused (on the end). */
export function checkDateRange(start: unknown, end: unknown): FieldIssue | null {
  if (typeof start !== 'string' || typeof end !== 'string' || !isIsoDate(start) || !isIsoDate(end))
    return null;
  return end < start ? issue(FieldErrorCode.OUT_OF_RANGE, { min: start }) : null;
}
