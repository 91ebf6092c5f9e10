import { negotiateLocale } from './locale';
import { fieldErrorMessage } from './labels';
import { FieldErrorCode } from './errors';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE,fr;q=0.5', 'fr'],
    ['de, es', 'en'],
    ['en;q=0.2, fr;q=0.9', 'fr'],
    ['fr;q=0, en', 'en'],
  ])('%p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('fieldErrorMessage', () => {
  it('speaks both languages with parameters', () => {
    expect(fieldErrorMessage('fr', FieldErrorCode.TOO_LONG, { max: 5 })).toBe('Au plus 5 caractères.');
    expect(fieldErrorMessage('en', FieldErrorCode.ALREADY_TAKEN, { value: 'C-1' })).toContain('C-1');
  });
});
