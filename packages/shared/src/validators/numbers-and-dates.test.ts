import {
  checkDateRange,
  checkDecimal,
  checkInteger,
  checkIsoDate,
  normalizeDecimal,
} from './numbers-and-dates';

describe('numbers and dates', () => {
  it('checks decimal amounts as strings', () => {
    expect(checkDecimal('15000.50', { max: 1e9, scale: 2 })).toBeNull();
    expect(checkDecimal('15000.505', { max: 1e9, scale: 2 })?.code).toBe('INVALID_FORMAT');
    expect(checkDecimal('1e5', { max: 1e9, scale: 2 })?.code).toBe('INVALID_FORMAT');
    expect(checkDecimal('-1', { max: 1e9, scale: 2 })).toEqual({
      code: 'OUT_OF_RANGE',
      params: { min: 0, max: 1e9 },
    });
    expect(checkDecimal('100.01', { max: 100, scale: 2 })?.code).toBe('OUT_OF_RANGE');
    expect(normalizeDecimal('1500', 2)).toBe('1500.00');
  });

  it('checks integers and calendar dates', () => {
    expect(checkInteger(30, 1, 365)).toBeNull();
    expect(checkInteger(0, 1, 365)?.code).toBe('OUT_OF_RANGE');
    expect(checkInteger(1.5, 1, 365)?.code).toBe('INVALID_FORMAT');
    expect(checkIsoDate('2026-02-28')).toBeNull();
    expect(checkIsoDate('2026-02-30')?.code).toBe('INVALID_FORMAT');
    expect(checkIsoDate('28/02/2026')?.code).toBe('INVALID_FORMAT');
    expect(checkDateRange('2026-01-01', '2025-12-31')?.code).toBe('OUT_OF_RANGE');
    expect(checkDateRange('2026-01-01', '2026-01-01')).toBeNull();
  });
});
