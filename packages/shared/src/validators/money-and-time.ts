import { FieldErrorCode } from '../errors';
import { issue, type FieldIssue } from './field-issue';

/** ISO 4217 active currency codes. */
export const CURRENCIES = (
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
  'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
  'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
  'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
  'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD ' +
  'XCG XOF XPF YER ZAR ZMW ZWG'
).split(' ');
const CURRENCY_SET = new Set(CURRENCIES);

export function checkCurrency(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' && CURRENCY_SET.has(value.trim().toUpperCase())
    ? null
    : issue(FieldErrorCode.INVALID_CHOICE, { expected: 'ISO 4217 (CAD, EUR…)' });
}

/** IANA time zone names (`America/Montreal`), as the running JavaScript engine knows them. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function checkTimeZone(value: unknown): FieldIssue | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' && isTimeZone(value.trim())
    ? null
    : issue(FieldErrorCode.INVALID_CHOICE, { expected: 'America/Toronto, Europe/Paris…' });
}
