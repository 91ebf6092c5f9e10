import {
  FieldErrorCode,
  LIMITS,
  PaymentTerms,
  checkCurrency,
  checkDateRange,
  checkDecimal,
  checkEmail,
  checkGstHst,
  checkInteger,
  checkIsoDate,
  checkOptionalText,
  checkQst,
  checkRequiredText,
  checkVatNumber,
  type FieldIssue,
} from '@clientele/shared';
import type {
  ClientTermsFieldsFragment,
  InvoiceDelivery,
  PaymentTerms as Terms,
  UpdateClientTermsInput,
} from '@/gql/graphql';
import type { WholeFile } from '@/lib/whole-file';

/** The Terms tab being edited; amounts as typed (plain decimals), dates as `YYYY-MM-DD`. */
export interface TermsValues {
  paymentTerms: Terms;
  paymentTermsDays: string;
  billingCurrency: string;
  creditLimit: string;
  creditHold: boolean;
  creditHoldReason: string;
  discountPercent: string;
  taxExempt: boolean;
  taxExemptNumber: string;
  gstHstNumber: string;
  qstNumber: string;
  vatNumber: string;
  invoiceDelivery: InvoiceDelivery;
  billingEmail: string;
  priceList: string;
  contractStart: string;
  contractEnd: string;
}

export const TAX_EXEMPT_NUMBER_MAX = 32;

export function toTermsValues(terms: WholeFile<ClientTermsFieldsFragment>['terms']): TermsValues {
  return {
    paymentTerms: terms.paymentTerms,
    paymentTermsDays: terms.paymentTermsDays === null ? '' : String(terms.paymentTermsDays),
    billingCurrency: terms.billingCurrency ?? '',
    creditLimit: terms.creditLimit ?? '',
    creditHold: terms.creditHold,
    creditHoldReason: terms.creditHoldReason ?? '',
    discountPercent: terms.discountPercent ?? '',
    taxExempt: terms.taxExempt,
    taxExemptNumber: terms.taxExemptNumber ?? '',
    gstHstNumber: terms.gstHstNumber ?? '',
    qstNumber: terms.qstNumber ?? '',
    vatNumber: terms.vatNumber ?? '',
    invoiceDelivery: terms.invoiceDelivery,
    billingEmail: terms.billingEmail ?? '',
    priceList: terms.priceList ?? '',
    contractStart: terms.contractStart ?? '',
    contractEnd: terms.contractEnd ?? '',
  };
}

/**
 * An amount as people type it, as the API reads it: `15 000,50` → `15000.50`.
 * Spaces (also the narrow ones French formatting uses) go; a lone comma is
 * the decimal separator.
 */
export function plainDecimal(text: string): string {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return compact.includes('.') ? compact.replace(/,/g, '') : compact.replace(',', '.');
}

const orNull = (text: string): string | null => text.trim() || null;

/** Fields that only mean something together travel together. */
const PAIRS: (keyof TermsValues)[][] = [
  ['paymentTerms', 'paymentTermsDays'],
  ['creditHold', 'creditHoldReason'],
  ['taxExempt', 'taxExemptNumber'],
  ['contractStart', 'contractEnd'],
];

export function toUpdateTermsInput(
  changes: Partial<TermsValues>,
  values: TermsValues,
): Omit<UpdateClientTermsInput, 'clientId' | 'version'> {
  const keys = new Set(Object.keys(changes) as (keyof TermsValues)[]);
  for (const pair of PAIRS) if (pair.some((key) => keys.has(key))) pair.forEach((key) => keys.add(key));
  const input: Omit<UpdateClientTermsInput, 'clientId' | 'version'> = {};
  for (const key of keys) {
    switch (key) {
      case 'paymentTerms':
        input.paymentTerms = values.paymentTerms;
        break;
      case 'paymentTermsDays':
        input.paymentTermsDays =
          values.paymentTerms === PaymentTerms.CUSTOM && values.paymentTermsDays.trim()
            ? Number(values.paymentTermsDays.trim())
            : null;
        break;
      case 'creditHold':
      case 'taxExempt':
        input[key] = values[key];
        break;
      case 'invoiceDelivery':
        input.invoiceDelivery = values.invoiceDelivery;
        break;
      case 'creditLimit':
      case 'discountPercent':
        input[key] = orNull(plainDecimal(values[key]));
        break;
      case 'billingCurrency':
        input.billingCurrency = orNull(values.billingCurrency.toUpperCase());
        break;
      case 'creditHoldReason':
        input.creditHoldReason = values.creditHold ? orNull(values.creditHoldReason) : null;
        break;
      case 'taxExemptNumber':
        input.taxExemptNumber = values.taxExempt ? orNull(values.taxExemptNumber) : null;
        break;
      default:
        input[key] = orNull(values[key]);
    }
  }
  return input;
}

export function termsFields(values: TermsValues): string[] {
  return [
    'paymentTerms',
    ...(values.paymentTerms === PaymentTerms.CUSTOM ? ['paymentTermsDays'] : []),
    'billingCurrency',
    'creditLimit',
    'creditHold',
    ...(values.creditHold ? ['creditHoldReason'] : []),
    'discountPercent',
    'taxExempt',
    ...(values.taxExempt ? ['taxExemptNumber'] : []),
    'gstHstNumber',
    'qstNumber',
    'vatNumber',
    'invoiceDelivery',
    'billingEmail',
    'priceList',
    'contractStart',
    'contractEnd',
  ];
}

/** The API's own rules, for feedback before a round trip; hidden fields are not checked. */
export function validateTerms(values: TermsValues): Partial<Record<string, FieldIssue>> {
  const issues: Partial<Record<string, FieldIssue>> = {};
  const add = (path: string, issue: FieldIssue | null) => {
    if (issue) issues[path] = issue;
  };
  if (values.paymentTerms === PaymentTerms.CUSTOM) {
    const days = values.paymentTermsDays.trim();
    add(
      'paymentTermsDays',
      !days
        ? { code: FieldErrorCode.REQUIRED }
        : /^\d+$/.test(days)
          ? checkInteger(Number(days), 1, LIMITS.paymentTermsDaysMax)
          : { code: FieldErrorCode.INVALID_FORMAT, params: { expected: '30' } },
    );
  }
  add('billingCurrency', checkCurrency(values.billingCurrency.trim()));
  add(
    'creditLimit',
    checkDecimal(plainDecimal(values.creditLimit), { max: LIMITS.creditLimitMax, scale: 2 }),
  );
  if (values.creditHold)
    add('creditHoldReason', checkRequiredText(values.creditHoldReason, LIMITS.creditHoldReason));
  add('discountPercent', checkDecimal(plainDecimal(values.discountPercent), { max: 100, scale: 2 }));
  if (values.taxExempt)
    add('taxExemptNumber', checkRequiredText(values.taxExemptNumber, TAX_EXEMPT_NUMBER_MAX));
  add('gstHstNumber', checkGstHst(values.gstHstNumber.trim()));
  add('qstNumber', checkQst(values.qstNumber.trim()));
  add('vatNumber', checkVatNumber(values.vatNumber.trim()));
  add('billingEmail', checkEmail(values.billingEmail.trim()));
  add('priceList', checkOptionalText(values.priceList, LIMITS.priceList));
  add('contractStart', checkIsoDate(values.contractStart));
  add(
    'contractEnd',
    checkIsoDate(values.contractEnd) ?? checkDateRange(values.contractStart, values.contractEnd),
  );
  return issues;
}
