import {
  LANGUAGE_STORAGE_KEY,
  changeLanguage,
  currentLocale,
  detectLanguage,
  followUserLocale,
  i18n,
} from './i18n';

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

describe('followUserLocale', () => {
  beforeEach(() => window.localStorage.clear());
  afterAll(() => {
    window.localStorage.clear();
    void i18n.changeLanguage('en');
  });

  it('switches to the user’s language when nobody chose one here', async () => {
    await i18n.changeLanguage('en');
    await followUserLocale('fr');
    expect(currentLocale()).toBe('fr');
    // Not remembered: the next person at this browser starts from the browser's own language.
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('keeps the language chosen on this browser', async () => {
    await changeLanguage('en');
    await followUserLocale('fr');
    expect(currentLocale()).toBe('en');
  });

  it('ignores a language it does not speak', async () => {
    await i18n.changeLanguage('en');
    await followUserLocale('de');
    expect(currentLocale()).toBe('en');
  });
});
