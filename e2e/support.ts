import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test';

/** The demo administrator the e2e server seeds (admin@clientele.demo, locale fr). */
export const ADMIN = { email: 'admin@clientele.demo', password: 'Clientele-demo-2026' };
/** The demo partner's user (Solutions Informatiques Laurentides). */
export const PARTNER = { email: 'partenaire@clientele.demo', password: 'Clientele-demo-2026' };

export type Lang = 'en' | 'fr';

export const otherLanguage = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
export const browserLocale = (lang: Lang): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');

const artifacts = path.join(__dirname, '.artifacts');
const screenshots = path.join(artifacts, 'screenshots');

/**
 * Sessions made once per role by `sign-in.setup.ts` and loaded into a test's
 * browser (`test.use({ storageState: STAFF_ADMIN })`): a test signs in through
 * the form only where signing in is what it tests.
 */
export const STAFF_ADMIN = path.join(artifacts, 'sessions', 'staff-admin.json');
export const PARTNER_USER = path.join(artifacts, 'sessions', 'partner-user.json');

/** Mirrors the console's `LANGUAGE_STORAGE_KEY`. */
const LANGUAGE_KEY = 'clientele.language';

/**
 * Waits for the screen to be still: nothing loading (a grid page, a lazy
 * route — one that never goes away is a screen stuck loading, and fails here
 * rather than passing axe half-drawn), fonts in, the frames that layout
 * observers draw in, and every finite animation or transition (dialogs,
 * snackbars, tab indicators, ripples) run to its end.
 */
async function settle(page: Page, screen: string): Promise<void> {
  await expect(page.locator('[role="progressbar"]:visible'), `${screen}: still loading`).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // A transition that ends may start another (a dialog's content after its backdrop): a few rounds.
    for (let round = 0; round < 5; round += 1) {
      await frame();
      const moving = document
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState === 'running' &&
            Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
        );
      if (moving.length === 0) return;
      await Promise.all(moving.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
}

/** The console's language now, as it last rendered: the `lang` its root sets once it has. */
async function shownLanguage(page: Page): Promise<Lang> {
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== 'fr' && lang !== 'en') throw new Error(`the page speaks neither French nor English: ${lang}`);
  return lang;
}

/**
 * Turns the console to `lang` in place, as a choice made in another tab does
 * (the console follows the storage event): the same screen, dialog and form
 * state, in the other language. Nothing is stored, so the choice the test made
 * (or did not make) stays as it was.
 */
async function showIn(page: Page, lang: Lang): Promise<void> {
  await page.evaluate(
    ({ key, language }) => window.dispatchEvent(new StorageEvent('storage', { key, newValue: language })),
    { key: LANGUAGE_KEY, language: lang },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/**
 * A screenshot of the screen as it is (the whole page, or the viewport under a dialog), then,
 * when asked, axe on it.
 */
async function capture(page: Page, name: string, { axe }: { axe: boolean }): Promise<void> {
  await settle(page, name);
  // From the top, so the app bar and sticky toolbars are drawn where they belong in a full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Over an open dialog the backdrop covers the viewport only: the screen as seen, not the page behind.
  const dialogOpen =
    (await page.locator('[role="dialog"]:visible, [role="alertdialog"]:visible').count()) > 0;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: !dialogOpen });
  if (axe) await expectAccessible(page, name);
}

/**
 * Every screen a journey shows, kept for people to look at in both languages
 * and read by axe: once as the journey sees it (axe here), then — the
 * per-screen pass — turned to the other language in place and shot again,
 * then turned back.
 * `screen-fr.png` and `screen-en.png` are the same screen, whichever language
 * the journey itself runs in.
 *
 * What the server worded (a refusal under a field) stays in the language it
 * was asked in, as it would for a person switching: `askAgain` asks it again
 * in the language given and waits for the answer on screen, so both images
 * read in one language. It runs once in the other language, then once in the
 * journey's, which leaves the screen as the journey had it.
 */
export async function snap(
  page: Page,
  screen: string,
  { askAgain }: { askAgain?: (lang: Lang) => Promise<void> } = {},
): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  const journey = await shownLanguage(page);
  const other = otherLanguage(journey);
  // Toasts keep still while the screen is read twice, as they do when the window loses focus
  // (their timers pause, and resume when it comes back): both images show the same screen.
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));
  try {
    await capture(page, `${screen}-${journey}`, { axe: true });
    await showIn(page, other);
    await askAgain?.(other);
    // Axe once per screen: the other language is the same page with other words (the catalogues'
    // keys are held equal by locales.test.ts), and a run of axe costs more than the rest of a snap.
    await capture(page, `${screen}-${other}`, { axe: false });
    await showIn(page, journey);
    await askAgain?.(journey);
  } finally {
    // Not in the way of the failure that brought us here, if one did.
    await page.evaluate(() => window.dispatchEvent(new Event('focus'))).catch(() => undefined);
  }
}

/** Serious and critical axe violations fail the test; lesser ones are left to review. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = blocking.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(described, `axe on ${screen}`).toEqual([]);
}

/**
 * Every request a browser makes goes to the app itself: nothing from the
 * internet (fonts, scripts, geocoders). A request to any other origin is
 * refused before it leaves and fails the test that let it happen.
 */
async function refuseForeignRequests(
  context: BrowserContext,
  origin: string,
  foreign: string[],
): Promise<void> {
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
}

/**
 * The specs' `test`: Playwright's, with
 * - `lang`, the language the journey runs in (`test.use({ lang: 'en' })`);
 *   the browser's own locale follows it, and `snap` shows each screen in the
 *   other language too;
 * - every browser context held to the app's own origin — the test's page,
 *   and any context a spec opens besides (a second person, a contact
 *   elsewhere) through `guard` or `newBrowser`. What was refused is in
 *   `foreignRequests`, which must be empty when the test ends.
 */
export const test = base.extend<{
  lang: Lang;
  foreignRequests: string[];
  guard: (context: BrowserContext) => Promise<BrowserContext>;
  newBrowser: (lang: Lang, options?: NewBrowserOptions) => Promise<Page>;
  apiAs: (storageState: string) => Promise<APIRequestContext>;
}>({
  lang: ['fr', { option: true }],
  locale: async ({ lang }, use) => {
    await use(browserLocale(lang));
  },
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const foreign: string[] = [];
      await refuseForeignRequests(context, new URL(baseURL!).origin, foreign);
      await use(foreign);
      expect(foreign, 'requests to hosts other than the app').toEqual([]);
    },
    { auto: true },
  ],
  guard: async ({ foreignRequests, baseURL }, use) => {
    await use(async (other) => {
      await refuseForeignRequests(other, new URL(baseURL!).origin, foreignRequests);
      return other;
    });
  },
  newBrowser: async ({ browser, guard, baseURL }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (lang, options = {}) => {
      const context = await guard(
        await browser.newContext({
          baseURL,
          locale: browserLocale(lang),
          // Explicitly: a context a test opens takes the test's own `use` options, its session included.
          storageState: options.storageState ?? { cookies: [], origins: [] },
          ...(options.forwardedFor ? { extraHTTPHeaders: { 'x-forwarded-for': options.forwardedFor } } : {}),
        }),
      );
      opened.push(context);
      const page = await context.newPage();
      await chooseLanguage(page, lang);
      return page;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
  /** A program calling the API with a role's stored session (`PARTNER_USER`): no browser, no sign-in. */
  apiAs: async ({ playwright, baseURL }, use) => {
    const opened: APIRequestContext[] = [];
    await use(async (storageState) => {
      const request = await playwright.request.newContext({ baseURL, storageState });
      opened.push(request);
      return request;
    });
    await Promise.all(opened.map((request) => request.dispose()));
  },
});

/** Someone else's browser: a contact's, a colleague's. */
interface NewBrowserOptions {
  /** Signed in as a role (`STAFF_ADMIN`); a fresh browser otherwise. */
  storageState?: string;
  /** The address they come from, as the proxy in front of the app says it. */
  forwardedFor?: string;
}

/**
 * The interface language chosen on this browser, as the app bar's menu would
 * store it: the demo admin's own language is French, and without a choice the
 * console would follow it.
 */
export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript(({ key, language }) => window.localStorage.setItem(key, language), {
    key: LANGUAGE_KEY,
    language: lang,
  });
}

export const signInWords = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
  fr: { email: 'Courriel', password: 'Mot de passe', submit: 'Se connecter' },
} as const;

/** Signs in through the sign-in page and waits for the page that follows. */
export async function signInThroughForm(
  page: Page,
  lang: Lang,
  who: { email: string; password: string },
  next?: string,
): Promise<void> {
  const w = signInWords[lang];
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.getByLabel(w.email).fill(who.email);
  await page.getByLabel(w.password, { exact: true }).fill(who.password);
  await page.getByRole('button', { name: w.submit }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** A GraphQL call with the page's own session cookie, to the app's own host. */
export async function graphql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Signs a request context in with a session cookie, as the console would. */
export async function signInRequest(
  request: APIRequestContext,
  who: { email: string; password: string },
): Promise<void> {
  await graphql(request, 'mutation ($i: SignInInput!) { signIn(input: $i) { expiresAt } }', {
    i: { login: who.email, password: who.password, kind: 'COOKIE' },
  });
}

/**
 * A client of the test's own, so tests run in any order, two at a time, on
 * one database without stepping on each other.
 */
export async function createClient(
  page: Page,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const data = await graphql<{ createClient: { client: { id: string; code: string } } }>(
    page.request,
    `
      mutation ($input: CreateClientInput!) {
        createClient(input: $input) {
          client {
            id
            code
          }
        }
      }
    `,
    {
      input: {
        name,
        billingAddress: {
          line1: '1 rue du Test',
          city: 'Montréal',
          region: 'QC',
          postalCode: 'H2X 1Y4',
          country: 'CA',
        },
        ...extra,
      },
    },
  );
  return data.createClient.client;
}

let uniqueCount = 0;

/**
 * A string unique to this run, worker and call: names and domains must not
 * collide, whichever tests run beside this one.
 */
export const unique = (info: TestInfo, label: string): string =>
  `${label} ${Date.now().toString(36)}${info.parallelIndex}${(uniqueCount += 1)}`;

export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
