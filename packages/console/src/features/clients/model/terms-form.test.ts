import type { ClientTermsFieldsFragment } from '@/gql/graphql';
import {
  plainDecimal,
  toTermsValues,
  toUpdateTermsInput,
  validateTerms,
  type TermsValues,
} from './terms-form';

const terms: ClientTermsFieldsFragment['terms'] = {
  paymentTerms: 'NET_30',
  paymentTermsDays: null,
  billingCurrency: null,
  creditLimit: '25000.00',
  creditHold: false,
  creditHoldReason: null,
  discountPercent: '5.00',
  taxExempt: false,
  taxExemptNumber: null,
  gstHstNumber: null,
  qstNumber: '1218765432TQ0001',
  vatNumber: null,
  invoiceDelivery: 'EMAIL',
  billingEmail: null,
  priceList: null,
  contractStart: '2024-01-01',
  contractEnd: '2026-12-31',
};

const values = (changes: Partial<TermsValues> = {}): TermsValues => ({ ...toTermsValues(terms), ...changes });

describe('plainDecimal', () => {
  it('reads amounts as people type them in either language', () => {
    expect(plainDecimal('15 000,50')).toBe('15000.50');
    expect(plainDecimal('15\u202f000,5')).toBe('15000.5');
    expect(plainDecimal('7,5')).toBe('7.5');
    expect(plainDecimal('15,000.50')).toBe('15000.50');
  });
});

describe('toUpdateTermsInput', () => {
  it('sends custom terms with their days', () => {
    const next = values({ paymentTerms: 'CUSTOM', paymentTermsDays: '45' });
    expect(toUpdateTermsInput({ paymentTerms: 'CUSTOM' }, next)).toEqual({
      paymentTerms: 'CUSTOM',
      paymentTermsDays: 45,
    });
  });

  it('clears a reason once the hold is lifted, and sends amounts as plain decimals', () => {
    const next = values({ creditHold: false, creditHoldReason: 'Unpaid', discountPercent: '7,5' });
    expect(toUpdateTermsInput({ creditHold: false, discountPercent: '7,5' }, next)).toEqual({
      creditHold: false,
      creditHoldReason: null,
      discountPercent: '7.5',
    });
  });
});

describe('validateTerms', () => {
  it('asks for the days of custom terms, between 1 and 365', () => {
    expect(validateTerms(values({ paymentTerms: 'CUSTOM' })).paymentTermsDays?.code).toBe('REQUIRED');
    expect(
      validateTerms(values({ paymentTerms: 'CUSTOM', paymentTermsDays: '400' })).paymentTermsDays,
    ).toEqual({
      code: 'OUT_OF_RANGE',
      params: { min: 1, max: 365 },
    });
  });

  it('asks for a reason while credit is held and a number while tax exempt', () => {
    const issues = validateTerms(values({ creditHold: true, taxExempt: true }));
    expect(issues.creditHoldReason?.code).toBe('REQUIRED');
    expect(issues.taxExemptNumber?.code).toBe('REQUIRED');
  });

  it('keeps discounts between 0 and 100 and contracts ending after they start', () => {
    const issues = validateTerms(values({ discountPercent: '120', contractEnd: '2023-12-31' }));
    expect(issues.discountPercent?.code).toBe('OUT_OF_RANGE');
    expect(issues.contractEnd?.code).toBe('OUT_OF_RANGE');
  });
});
