import {
  LANGUAGE_STORAGE_KEY,
  changeLanguage,
  currentLocale,
  detectLanguage,
  followLanguageOfOtherTabs,
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

describe('followLanguageOfOtherTabs', () => {
  const otherTabChose = (newValue: string | null, key = LANGUAGE_STORAGE_KEY) =>
    window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
  let stop: () => void;
  beforeEach(async () => {
    window.localStorage.clear();
    await i18n.changeLanguage('en');
    stop = followLanguageOfOtherTabs();
  });
  afterEach(() => stop());

  it('switches when another tab chooses a language, without storing it again', async () => {
    const changed = new Promise((resolve) => {
      const once = (language: string) => {
        i18n.off('languageChanged', once);
        resolve(language);
      };
      i18n.on('languageChanged', once);
    });
    otherTabChose('fr');
    expect(await changed).toBe('fr');
    expect(currentLocale()).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('ignores other keys, a cleared choice and languages it does not speak', async () => {
    otherTabChose('fr', 'something.else');
    otherTabChose(null);
    otherTabChose('de');
    await Promise.resolve();
    expect(currentLocale()).toBe('en');
  });

  it('stops following once told to', async () => {
    stop();
    otherTabChose('fr');
    await Promise.resolve();
    expect(currentLocale()).toBe('en');
  });
});
