import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@clientele/shared';
import type { en } from '@/locales/en';
import type { resources } from '@/locales/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}

export const LANGUAGE_STORAGE_KEY = 'clientele.language';

/**
 * The language to start in: the one chosen before on this browser, else the
 * first of the browser's preferences we speak, else English.
 */
export function detectLanguage(stored: string | null, preferences: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies); the browser's preference still applies.
    return null;
  }
}

function browserPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const i18n = i18next.createInstance();

type Bundle = typeof en;

/** Each language is its own chunk of the build: only the one in use is fetched, from the app itself. */
const bundles: Record<Locale, () => Promise<Bundle>> = {
  en: () => import('@/locales/en').then((module) => module.en),
  fr: () => import('@/locales/fr').then((module) => module.fr),
};

function addBundle(language: Locale, bundle: Bundle): void {
  for (const [namespace, texts] of Object.entries(bundle)) {
    i18n.addResourceBundle(language, namespace, texts, true, true);
  }
}

/** Makes sure a language's texts are there before it is shown. */
async function ensureLanguage(language: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'common')) addBundle(language, await bundles[language]());
}

/**
 * Starts the translations. The console loads the language it starts in (and
 * English, the fallback, only if that is another); tests pass every text at
 * once (`resources`) and start synchronously.
 */
export async function initI18n(
  language: Locale = detectLanguage(readStoredLanguage(), browserPreferences()),
  preloaded?: typeof resources,
) {
  const loaded = preloaded ?? { [language]: await bundles[language]() };
  await i18n.use(initReactI18next).init({
    resources: loaded,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['fr', 'en'],
    ns: Object.keys(loaded[language] ?? {}),
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; to users.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

/** The UI language as one of ours, for label tables and Intl. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export async function changeLanguage(language: Locale): Promise<void> {
  await ensureLanguage(language);
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
}

/** The current language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * A language chosen in another tab of the console applies here at once: the
 * browser tells every other tab of the origin when local storage changes.
 * Nothing is stored here, since the other tab already did.
 */
export function followLanguageOfOtherTabs(target: Window = window): () => void {
  const follow = (event: StorageEvent) => {
    const language = event.newValue;
    if (event.key !== LANGUAGE_STORAGE_KEY || !isLocale(language) || language === currentLocale()) return;
    void ensureLanguage(language).then(() => i18n.changeLanguage(language));
  };
  target.addEventListener('storage', follow);
  return () => target.removeEventListener('storage', follow);
}

/** Whether someone chose a language on this browser (the app bar's menu). */
export function hasChosenLanguage(): boolean {
  return isLocale(readStoredLanguage());
}

/**
 * Once we know who signed in, the interface speaks their language, unless
 * they chose one on this browser: that choice is theirs and stays. Nothing is
 * stored, so the next person at this browser starts from their own.
 */
export async function followUserLocale(userLocale: string | null | undefined): Promise<void> {
  if (hasChosenLanguage() || !isLocale(userLocale) || userLocale === currentLocale()) return;
  await ensureLanguage(userLocale);
  await i18n.changeLanguage(userLocale);
}
