import { FieldErrorCode } from '../errors';
import { checkOptionalText, issue, type FieldIssue } from './field-issue';

/** ISO 3166-1 alpha-2 country codes (officially assigned). */
const ISO_COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Canadian provinces and territories (ISO 3166-2:CA subdivision codes). */
export const CANADIAN_PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;

/** US states, DC and territories (ISO 3166-2:US subdivision codes). */
export const US_STATES = (
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
  'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM'
).split(' ');

/** Countries whose region must be one of their ISO 3166-2 codes. */
const REGION_CODES: Record<string, readonly string[]> = { CA: CANADIAN_PROVINCES, US: US_STATES };

/** Postal code shapes for the countries we serve most; others get a generic bound. */
const POSTAL_CODE_PATTERNS: Record<string, { pattern: RegExp; expected: string }> = {
  // No D, F, I, O, Q, U anywhere; no W or Z in first position.
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/, expected: 'A1A 1A1' },
  FR: { pattern: /^\d{5}$/, expected: '75001' },
  US: { pattern: /^\d{5}(-\d{4})?$/, expected: '12345 / 12345-6789' },
  BE: { pattern: /^\d{4}$/, expected: '1000' },
  CH: { pattern: /^\d{4}$/, expected: '1200' },
};
const GENERIC_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]$|^[A-Z0-9]$/;

export const ADDRESS_LINE_MAX = 200;
export const CITY_MAX = 120;
export const REGION_MAX = 80;

export function normalizeCountryCode(value: string): string {
  return value.trim().toUpperCase();
}

export function isCountryCode(value: string): boolean {
  return ISO_COUNTRIES.has(normalizeCountryCode(value));
}

/** ISO 3166-1 alpha-2, such as `CA` or `FR`. */
export function checkCountryCode(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isCountryCode(value)) {
    return issue(FieldErrorCode.INVALID_FORMAT, { expected: 'ISO 3166 (CA, FR…)' });
  }
  return null;
}

/** Canonical form of a postal code: upper case, single inner space; `h2x1y4` → `H2X 1Y4`. */
export function normalizePostalCode(value: string, country?: string | null): string {
  const compact = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (country && normalizeCountryCode(country) === 'CA') {
    const bare = compact.replace(/ /g, '');
    return bare.length === 6 ? `${bare.slice(0, 3)} ${bare.slice(3)}` : compact;
  }
  return compact;
}

/** A postal code must fit its country's shape when the country is known. */
export function checkPostalCode(value: unknown, country?: string | null): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return issue(FieldErrorCode.INVALID_FORMAT);
  const code = normalizePostalCode(value, country);
  const rule = country ? POSTAL_CODE_PATTERNS[normalizeCountryCode(country)] : undefined;
  if (rule) {
    return rule.pattern.test(code) ? null : issue(FieldErrorCode.INVALID_FORMAT, { expected: rule.expected });
  }
  return GENERIC_POSTAL_CODE.test(code) ? null : issue(FieldErrorCode.INVALID_FORMAT);
}

/**
 * In Canada and the United States the region is an ISO 3166-2 code (QC, NY);
 * elsewhere free text within bounds (Île-de-France).
 */
export function checkRegion(value: unknown, country?: string | null): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  const length = checkOptionalText(value, REGION_MAX);
  if (length) return length;
  const codes = country ? REGION_CODES[normalizeCountryCode(country)] : undefined;
  if (codes && !codes.includes((value as string).trim().toUpperCase()))
    return issue(FieldErrorCode.INVALID_CHOICE);
  return null;
}

/** Whether the country's regions are codes (and so written in upper case). */
export function hasRegionCodes(country: string | null | undefined): boolean {
  return Boolean(country && REGION_CODES[normalizeCountryCode(country)]);
}

export interface AddressFields {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** Every issue of an address, keyed by its field name. */
export function checkAddress(address: AddressFields): Partial<Record<keyof AddressFields, FieldIssue>> {
  const found: Partial<Record<keyof AddressFields, FieldIssue>> = {};
  const country = address.country && isCountryCode(address.country) ? address.country : null;
  const checks: [keyof AddressFields, FieldIssue | null][] = [
    ['line1', checkOptionalText(address.line1, ADDRESS_LINE_MAX)],
    ['line2', checkOptionalText(address.line2, ADDRESS_LINE_MAX)],
    ['city', checkOptionalText(address.city, CITY_MAX)],
    ['region', checkRegion(address.region, country)],
    ['postalCode', checkPostalCode(address.postalCode, country)],
    ['country', checkCountryCode(address.country)],
  ];
  for (const [field, problem] of checks) if (problem) found[field] = problem;
  return found;
}
