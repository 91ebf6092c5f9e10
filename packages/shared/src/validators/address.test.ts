import { FieldErrorCode } from '../errors';
import { checkAddress, checkCountryCode, checkPostalCode, normalizePostalCode } from './address';

describe('address validators', () => {
  it('knows ISO 3166 country codes, in any case', () => {
    expect(checkCountryCode('CA')).toBeNull();
    expect(checkCountryCode('fr')).toBeNull();
    expect(checkCountryCode('XX')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkCountryCode('France')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
  });

  it('checks postal codes against their country', () => {
    expect(checkPostalCode('H2X 1Y4', 'CA')).toBeNull();
    expect(checkPostalCode('h2x1y4', 'CA')).toBeNull();
    expect(checkPostalCode('D2X 1Y4', 'CA')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkPostalCode('75001', 'FR')).toBeNull();
    expect(checkPostalCode('7500', 'FR')?.params).toEqual({ expected: '75001' });
    expect(checkPostalCode('H2X 1Y4', 'FR')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkPostalCode('SW1A 1AA', 'GB')).toBeNull();
    expect(normalizePostalCode(' h2x1y4 ', 'CA')).toBe('H2X 1Y4');
  });

  it('reports every bad field of an address', () => {
    expect(checkAddress({ city: 'Montréal', region: 'QC', postalCode: 'H2X 1Y4', country: 'CA' })).toEqual(
      {},
    );
    expect(checkAddress({ region: 'XX', postalCode: '1234', country: 'CA' })).toEqual({
      region: { code: FieldErrorCode.INVALID_CHOICE },
      postalCode: { code: FieldErrorCode.INVALID_FORMAT, params: { expected: 'A1A 1A1' } },
    });
    expect(checkAddress({ country: 'ZZ' }).country?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkAddress({ region: 'ny', country: 'US' })).toEqual({});
    expect(checkAddress({ region: 'QC', country: 'US' }).region?.code).toBe(FieldErrorCode.INVALID_CHOICE);
    expect(checkAddress({ region: 'Île-de-France', country: 'FR' })).toEqual({});
  });
});
