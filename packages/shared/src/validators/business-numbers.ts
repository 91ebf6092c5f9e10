import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/**
 * Business and tax numbers of the countries we serve most, with their check
 * digits where they have one.
 */

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, '');

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Québec enterprise number (NEQ): 10 digits. */
export function checkNeq(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' && /^\d{10}$/.test(digitsOnly(value))
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: '1234567890' });
}

/** French SIREN (9 digits) or SIRET (14 digits), Luhn-checked; La Poste's SIRETs sum to a multiple of 5. */
export function checkSirenOrSiret(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const digits = typeof value === 'string' ? digitsOnly(value) : '';
  const ok = /^\d{9}$/.test(digits)
    ? luhn(digits)
    : /^\d{14}$/.test(digits)
      ? luhn(digits) ||
        (digits.startsWith('356000000') && [...digits].reduce((s, d) => s + Number(d), 0) % 5 === 0)
      : false;
  return ok ? null : issue(FieldErrorCode.INVALID_FORMAT, { expected: 'SIREN 9 / SIRET 14' });
}

/** Canadian GST/HST registration: business number (9 digits, Luhn) + RT + 4 digits. */
export function checkGstHst(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const compact = typeof value === 'string' ? digitsOnly(value).toUpperCase() : '';
  const match = /^(\d{9})RT(\d{4})$/.exec(compact);
  return match && luhn(match[1] as string)
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: '123456789 RT0001' });
}

/** Québec QST registration: 10 digits + TQ + 4 digits. */
export function checkQst(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const compact = typeof value === 'string' ? digitsOnly(value).toUpperCase() : '';
  return /^\d{10}TQ\d{4}$/.test(compact)
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: '1234567890 TQ0001' });
}

/**
 * European VAT number: country prefix and national part; the French key
 * (`FR` + 2 + SIREN) is verified.
 */
export function checkVatNumber(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const compact = typeof value === 'string' ? digitsOnly(value).toUpperCase() : '';
  const match = /^([A-Z]{2})([0-9A-Z+*]{2,13})$/.exec(compact);
  if (!match) return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'FR12345678901' });
  const [, country, rest] = match as unknown as [string, string, string];
  if (country === 'FR') {
    const fr = /^(\d{2})(\d{9})$/.exec(rest);
    if (!fr || Number(fr[1]) !== (12 + 3 * (Number(fr[2]) % 97)) % 97) {
      return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'FR12345678901' });
    }
  }
  return null;
}

export function normalizeBusinessNumber(value: string): string {
  return digitsOnly(value).toUpperCase();
}
