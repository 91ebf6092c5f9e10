import type { Locale } from '@clientele/shared';

/** Canadian conventions in both languages: most users work from Québec. */
const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' };

export const intlLocale = (locale: Locale): string => INTL_LOCALES[locale];

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `5 mars 2026` / `Mar 5, 2026`; empty for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  const date = toDate(iso);
  return date ? cachedFormat(locale, { dateStyle: 'medium' }).format(date) : '';
}

/** `5 mars 2026, 14 h 30` / `Mar 5, 2026, 2:30 p.m.`. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  const date = toDate(iso);
  return date ? cachedFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '';
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the UI language (`CA` → `Canada`), or the code itself when unknown. */
export function countryName(code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([intlLocale(locale)], { type: 'region', fallback: 'code' });
      regionNames.set(locale, names);
    }
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // A malformed code (not two letters) makes DisplayNames throw; show what was typed.
    return code;
  }
}

/**
 * A calendar date (`2026-11-30`, no time, no zone) as people write it. Read
 * at UTC midnight and shown at UTC: in Montréal the local reading would be
 * the evening before.
 */
export function formatCalendarDate(ymd: string | null | undefined, locale: Locale): string {
  if (!ymd || !/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd ?? '';
  const date = new Date(`${ymd}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return ymd;
  return cachedFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** `"15000.00"` in CAD → `15 000,00 $` / `$15,000.00`; the decimal string itself when unreadable. */
export function formatMoney(amount: string | null | undefined, currency: string, locale: Locale): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    // An unknown currency code: the amount still reads, with its code.
    return `${numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

/** `"5.00"` (percent) → `5 %` / `5%`, keeping up to two decimals. */
export function formatPercent(percent: string | null | undefined, locale: Locale): string {
  if (percent === null || percent === undefined || percent === '') return '';
  const value = Number(percent);
  if (!Number.isFinite(value)) return percent;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

const relativeFormats = new Map<Locale, Intl.RelativeTimeFormat>();

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** `il y a 5 minutes` / `5 minutes ago`, in the largest unit that fits. */
export function formatRelative(
  iso: string | null | undefined,
  locale: Locale,
  now: Date = new Date(),
): string {
  const date = toDate(iso);
  if (!date) return '';
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  let amount = (date.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(Math.round(amount)) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return '';
}

/** For `<input type="datetime-local">`: the instant in the browser's zone, to the minute. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  const date = toDate(iso);
  if (!date) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Back from `<input type="datetime-local">` to an ISO instant; null when empty or unreadable. */
export function fromDateTimeLocal(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
