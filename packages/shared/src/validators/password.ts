import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Passwords people choose first; refused outright (NIST 800-63B asks for such a list). */
const COMMON = new Set([
  'password1234',
  'motdepasse123',
  'motdepasse1234',
  '123456789012',
  'qwertyuiop12',
  'azertyuiop12',
  'bonjour12345',
  'welcome12345',
  'changeme1234',
  'clientele123',
  'clientele2026',
  'administrator',
  'iloveyou1234',
  'soleil123456',
  'password123!',
  'passw0rd1234',
]);

/**
 * Long enough, not absurdly long, not the login itself, not a run of one
 * character and not a well-known password. No composition rules: length beats
 * them (NIST 800-63B).
 */
export function checkPassword(value: unknown, login?: string | null): FieldIssue | null {
  if (typeof value !== 'string' || value === '') return issue(FieldErrorCode.REQUIRED);
  const length = [...value].length;
  if (length < PASSWORD_MIN) return issue(FieldErrorCode.TOO_SHORT, { min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) return issue(FieldErrorCode.TOO_LONG, { max: PASSWORD_MAX });
  const lower = value.toLowerCase();
  // The login's name part, when long enough to mean something (not the "a" of a@x.com).
  const name = login?.toLowerCase().split('@')[0] ?? '';
  if (COMMON.has(lower) || /^(.)\1+$/.test(value) || (name.length >= 4 && lower.includes(name))) {
    return issue(FieldErrorCode.TOO_WEAK);
  }
  return null;
}
