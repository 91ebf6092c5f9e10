import { checkNewPassword } from './password-form';

const mismatch = 'The two passwords differ.';

describe('checkNewPassword', () => {
  it('accepts a long personal phrase typed twice', () => {
    const values = { password: 'tartine au sirop d’érable', confirmation: 'tartine au sirop d’érable' };
    expect(checkNewPassword(values, 'en', mismatch)).toEqual({});
  });

  it('applies the shared policy: twelve characters, nothing easy to guess', () => {
    expect(checkNewPassword({ password: 'short', confirmation: 'short' }, 'en', mismatch)).toEqual({
      password: 'At least 12 characters.',
    });
    expect(
      checkNewPassword({ password: 'password1234', confirmation: 'password1234' }, 'fr', mismatch).password,
    ).toMatch(/Trop facile/);
  });

  it('refuses the login inside the password', () => {
    const values = { password: 'sophie.tremblay-2026', confirmation: 'sophie.tremblay-2026' };
    expect(checkNewPassword(values, 'en', mismatch, 'sophie.tremblay@clientele.demo').password).toMatch(
      /Too easy/,
    );
  });

  it('asks for the confirmation, and for it to match', () => {
    const long = 'une phrase assez longue';
    expect(checkNewPassword({ password: long, confirmation: '' }, 'en', mismatch).confirmation).toBe(
      'This field is required.',
    );
    expect(checkNewPassword({ password: long, confirmation: `${long}!` }, 'en', mismatch).confirmation).toBe(
      mismatch,
    );
  });
});
