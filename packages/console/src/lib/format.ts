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
