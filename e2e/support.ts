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

export type Lang = 'en' | 'fr';

export const langOf = (info: TestInfo): Lang => info.project.name as Lang;

const screenshots = path.join(__dirname, '.artifacts', 'screenshots');

/**
 * A screenshot of the screen as it is (the whole page, or the viewport under
 * a dialog), kept for people to look at, and an accessibility check of that
 * same screen: every screen a test shows is one axe has read, so no page
 * escapes either.
 */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  // Let transitions (dialogs, snackbars, tab indicators) settle first; from the top, so the app bar
  // and sticky toolbars are drawn where they belong in a full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  // A screen is read once it has loaded: no progress bar left (a grid page, a lazy route). One that
  // never goes away is a screen stuck loading, and fails here rather than passing axe half-drawn.
  await expect(page.locator('[role="progressbar"]:visible'), `${name}: still loading`).toHaveCount(0, {
    timeout: 10_000,
  });
  await page.waitForTimeout(350);
  // Over an open dialog the backdrop covers the viewport only: the screen as seen, not the page behind.
  const dialogOpen =
    (await page.locator('[role="dialog"]:visible, [role="alertdialog"]:visible').count()) > 0;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: !dialogOpen });
  await expectAccessible(page, name);
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
 * The specs' `test`: Playwright's, with every browser context held to the
 * app's own origin — the test's page, and any context a spec opens besides
 * (a second person, a contact elsewhere) through `guard`. What was refused is
 * in `foreignRequests`, which must be empty when the test ends.
 */
export const test = base.extend<{
  foreignRequests: string[];
  guard: (context: BrowserContext) => Promise<BrowserContext>;
}>({
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
});

/**
 * The interface language chosen on this browser, as the app bar's menu would
 * store it: the demo admin's own language is French, and without a choice the
 * console would follow it.
 */
export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((language) => window.localStorage.setItem('clientele.language', language), lang);
}

/** Signs in through the sign-in page and waits for the console. */
export async function signIn(page: Page, lang: Lang, next = '/clients'): Promise<void> {
  const w = signInWords[lang];
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel(w.email).fill(ADMIN.email);
  await page.getByLabel(w.password, { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: w.submit }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export const signInWords = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
  fr: { email: 'Courriel', password: 'Mot de passe', submit: 'Se connecter' },
} as const;

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

/**
 * A client of the test's own, so tests run in any order and both languages
 * share one database without stepping on each other.
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

/** A string unique to this run and project: names and domains must not collide. */
export const unique = (info: TestInfo, label: string): string =>
  `${label} ${info.project.name.toUpperCase()} ${Date.now().toString(36)}`;

export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
