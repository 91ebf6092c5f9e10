import { FieldErrorCode } from '../errors';
import { checkClientCode, checkClientName, formatClientCode, normalizeClientCode } from './client';
import { foldText } from './text';

describe('client validators', () => {
  it('requires a name and bounds its length in characters, not bytes', () => {
    expect(checkClientName('')).toEqual({ code: FieldErrorCode.REQUIRED });
    expect(checkClientName('   ')).toEqual({ code: FieldErrorCode.REQUIRED });
    expect(checkClientName(undefined)).toEqual({ code: FieldErrorCode.REQUIRED });
    expect(checkClientName('é'.repeat(200))).toBeNull();
    expect(checkClientName('x'.repeat(201))).toEqual({
      code: FieldErrorCode.TOO_LONG,
      params: { max: 200 },
    });
  });

  it('accepts an empty code (generated later) and refuses malformed ones', () => {
    expect(checkClientCode(undefined)).toBeNull();
    expect(checkClientCode('')).toBeNull();
    expect(checkClientCode('c-000042')).toBeNull();
    expect(checkClientCode('8005551')).toBeNull();
    expect(checkClientCode('ACME QC')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkClientCode('-ACME')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkClientCode('ÉCOLE')?.code).toBe(FieldErrorCode.INVALID_FORMAT);
    expect(checkClientCode('A'.repeat(33))?.code).toBe(FieldErrorCode.TOO_LONG);
  });

  it('formats and normalizes codes', () => {
    expect(formatClientCode(1)).toBe('C-000001');
    expect(formatClientCode(1234567)).toBe('C-1234567');
    expect(normalizeClientCode('  c-000042 ')).toBe('C-000042');
  });

  it('folds case, accents, apostrophes and spaces', () => {
    expect(foldText('  Société   Générale ')).toBe('societe generale');
    expect(foldText('L’Érablière')).toBe(foldText("l'erabliere"));
  });
});
