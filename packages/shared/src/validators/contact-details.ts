import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/** Email, phone, website and domains: how people and companies are reached. */

export const EMAIL_MAX = 254;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** `acme.qc.ca`: lower case, at least two labels, a real-looking top-level domain. */
export function isDomain(value: string): boolean {
  const domain = value.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(labels.at(-1) as string);
}

export function normalizeDomain(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '').replace(/^@/, '');
}

export function checkDomain(value: unknown): FieldIssue | null {
  if (typeof value !== 'string' || value.trim() === '') return issue(FieldErrorCode.REQUIRED);
  return isDomain(normalizeDomain(value))
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: 'example.com' });
}

export function normalizeEmail(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/**
 * A deliverable-looking address: a dot-atom local part (no quoted forms: no
 * mail system our clients use needs them) and a domain.
 */
export function checkEmail(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return issue(FieldErrorCode.INVALID_FORMAT);
  const email = normalizeEmail(value);
  if (email.length > EMAIL_MAX) return issue(FieldErrorCode.TOO_LONG, { max: EMAIL_MAX });
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const localOk =
    at > 0 &&
    local.length <= 64 &&
    /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local);
  return localOk && isDomain(domain)
    ? null
    : issue(FieldErrorCode.INVALID_FORMAT, { expected: 'info@example.com' });
}

/**
 * A phone number that can be dialled, read in the context of a country when it
 * is not written in international form. Returns E.164 (`+15145550123`).
 */
export function normalizePhone(value: string, country?: string | null): string | null {
  const parsed = parsePhoneNumberFromString(
    value.trim(),
    (country?.toUpperCase() || undefined) as CountryCode | undefined,
  );
  return parsed && parsed.isValid() ? parsed.number : null;
}

export function checkPhone(value: unknown, country?: string | null): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 40 || !normalizePhone(value, country)) {
    return issue(FieldErrorCode.INVALID_FORMAT, { expected: '+1 514 555 0123' });
  }
  return null;
}

/** How a stored E.164 number reads to people: `+1 514-555-0123`, `+33 1 42 68 53 00`. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** A web address: http or https, with a real-looking host. */
export function checkUrl(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 2048) return issue(FieldErrorCode.INVALID_FORMAT);
  try {
    const url = new URL(normalizeUrl(value));
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isDomain(url.hostname)) return null;
  } catch {
    // fall through
  }
  return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'https://example.com' });
}

/** `acme.ca` → `https://acme.ca`: people rarely type the scheme. */
export function normalizeUrl(value: string): string {
  const trimmed = value.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export const WEBHOOK_URL_MAX = 2000;
/** What a webhook endpoint is for, as its owner writes it. */
export const WEBHOOK_DESCRIPTION_MAX = 100;

/**
 * A webhook endpoint: an absolute https address without credentials in it
 * (the signature proves who sends). `allowHttp` lets a development or test
 * set-up use a plain http receiver on its own network.
 */
export function checkWebhookUrl(value: unknown, options: { allowHttp?: boolean } = {}): FieldIssue | null {
  if (value === null || value === undefined || value === '') return issue(FieldErrorCode.REQUIRED);
  if (typeof value !== 'string') return issue(FieldErrorCode.INVALID_FORMAT);
  if (value.length > WEBHOOK_URL_MAX) return issue(FieldErrorCode.TOO_LONG, { max: WEBHOOK_URL_MAX });
  const expected = { expected: 'https://example.com/webhooks' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return issue(FieldErrorCode.INVALID_FORMAT, expected);
  }
  const schemeAllowed = url.protocol === 'https:' || (options.allowHttp === true && url.protocol === 'http:');
  if (!schemeAllowed || url.username || url.password || !url.hostname)
    return issue(FieldErrorCode.INVALID_FORMAT, expected);
  return null;
}
