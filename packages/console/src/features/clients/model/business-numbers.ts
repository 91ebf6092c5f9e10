import {
  BusinessNumberScheme,
  FieldErrorCode,
  LIMITS,
  checkNeq,
  checkOptionalText,
  checkSirenOrSiret,
  checkVatNumber,
  normalizeBusinessNumber,
  type FieldIssue,
} from '@clientele/shared';

/**
 * The register's own rule for a number (the API applies the same): NEQ ten
 * digits, SIREN/SIRET with its check digit, a French VAT number with its key,
 * a federal business number nine digits.
 */
export function checkBusinessNumber(scheme: string, value: string): FieldIssue | null {
  if (!value.trim()) return { code: FieldErrorCode.REQUIRED };
  switch (scheme) {
    case BusinessNumberScheme.NEQ:
      return checkNeq(value);
    case BusinessNumberScheme.SIREN_SIRET:
      return checkSirenOrSiret(value);
    case BusinessNumberScheme.VAT:
      return checkVatNumber(value);
    case BusinessNumberScheme.BN:
      return /^\d{9}$/.test(normalizeBusinessNumber(value))
        ? null
        : { code: FieldErrorCode.INVALID_FORMAT, params: { expected: '123456789' } };
    default:
      return checkOptionalText(value, LIMITS.businessNumber);
  }
}

/** What each register's numbers look like, as a hint under the field. */
export const BUSINESS_NUMBER_EXAMPLES: Record<string, string> = {
  NEQ: '1234567890',
  SIREN_SIRET: '732 829 320 / 732 829 320 00074',
  VAT: 'FR44732829320',
  BN: '123456789',
  OTHER: '',
};
