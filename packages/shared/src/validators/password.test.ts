import { checkPassword } from './password';

describe('password policy', () => {
  it.each([
    ['', 'REQUIRED'],
    ['short', 'TOO_SHORT'],
    ['x'.repeat(129), 'TOO_LONG'],
    ['aaaaaaaaaaaaaa', 'TOO_WEAK'],
    ['Password1234', 'TOO_WEAK'],
    ['mireille.couture-2026', 'TOO_WEAK'],
  ])('refuses %p as %s', (password, code) => {
    expect(checkPassword(password, 'mireille.couture@hervedavid.com')?.code).toBe(code);
  });

  it('accepts a long personal phrase', () => {
    expect(checkPassword('érables en fleurs au printemps', 'mireille.couture@hervedavid.com')).toBeNull();
  });
});
