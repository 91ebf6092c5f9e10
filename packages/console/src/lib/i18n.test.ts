import { detectLanguage } from './i18n';

describe('detectLanguage', () => {
  it('keeps the language chosen before on this browser', () => {
    expect(detectLanguage('fr', ['en-US'])).toBe('fr');
    expect(detectLanguage('en', ['fr-CA'])).toBe('en');
  });

  it('takes the first browser preference it speaks, any French as French', () => {
    expect(detectLanguage(null, ['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(null, ['FR-be'])).toBe('fr');
    expect(detectLanguage(null, ['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(detectLanguage(null, ['en-GB', 'fr'])).toBe('en');
  });

  it('falls back to English, ignoring a stored value it does not know', () => {
    expect(detectLanguage('de', ['es-ES'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });
});
