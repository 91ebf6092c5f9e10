import {
  formatCalendarDate,
  formatMoney,
  formatPercent,
  formatRelative,
  fromDateTimeLocal,
  toDateTimeLocal,
} from './format';

// Intl puts narrow no-break spaces in French numbers; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers and dates in the reader’s locale', () => {
  it('shows amounts in the currency, the way each language writes them', () => {
    expect(formatMoney('15000.00', 'CAD', 'en')).toBe('$15,000.00');
    expect(plain(formatMoney('15000.5', 'CAD', 'fr'))).toBe('15 000,50 $');
    expect(plain(formatMoney('1200', 'EUR', 'fr'))).toBe('1 200,00 €');
    expect(formatMoney(null, 'CAD', 'en')).toBe('');
  });

  it('shows a percentage from its decimal string', () => {
    expect(formatPercent('5.00', 'en')).toBe('5%');
    expect(plain(formatPercent('7.5', 'fr'))).toBe('7,5 %');
  });

  it('shows a calendar date as that day, wherever the browser is', () => {
    expect(formatCalendarDate('2026-11-30', 'en')).toBe('Nov 30, 2026');
    expect(formatCalendarDate('2026-01-01', 'fr')).toBe('1 janv. 2026');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });

  it('says how long ago, in the largest unit that fits', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(formatRelative('2026-11-23T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-11-21T12:00:00Z', 'fr', now)).toBe('avant-hier');
    expect(formatRelative('2025-11-23T12:00:00Z', 'en', now)).toBe('last year');
  });

  it('goes to and from a datetime-local input without losing the instant', () => {
    const iso = '2024-02-22T14:05:00.000Z';
    expect(fromDateTimeLocal(toDateTimeLocal(iso))).toBe(iso);
    expect(fromDateTimeLocal('')).toBeNull();
  });
});
