import { expect } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import { STAFF_ADMIN, chooseLanguage, graphql, signInWords, snap, unique, test } from './support';

test.use({ lang: 'en' });

const PHONE = { width: 390, height: 844 };
const PASSWORD = 'une phrase de passe bien à moi';
/** The phone app: it keeps a bearer token instead of a cookie. */
const APP_AGENT = 'Clientele-Mobile/2.1 (Android 15)';

const words = {
  en: {
    newPassword: 'New password',
    confirmation: 'New password, again',
    savePassword: 'Save the new password',
    menu: (name: string) => `Account of ${name}`,
    account: 'My account',
    sessions: 'Where you are signed in',
    current: 'This session',
    app: 'An app on Android',
    end: (name: string) => `Sign out ${name}`,
    confirmEnd: 'Sign out',
    ended: 'Signed out: An app on Android.',
    name: 'Name',
    language: 'Language',
    other: { label: 'Français', heading: 'Mon compte', locale: 'fr' },
    save: 'Save',
  },
  fr: {
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Nouveau mot de passe, encore',
    savePassword: 'Enregistrer le nouveau mot de passe',
    menu: (name: string) => `Compte de ${name}`,
    account: 'Mon compte',
    sessions: 'Où vous êtes connecté',
    current: 'Cette session',
    app: 'Une application sur Android',
    end: (name: string) => `Déconnecter ${name}`,
    confirmEnd: 'Déconnecter',
    ended: 'Session fermée : Une application sur Android.',
    name: 'Nom',
    language: 'Langue',
    other: { label: 'English', heading: 'My account', locale: 'en' },
    save: 'Enregistrer',
  },
} as const;

const ME = `
  {
    me {
      user {
        displayName
        locale
      }
    }
  }
`;

test('my account: an app signed in elsewhere is listed and signed out from here; name and language are mine to change', async ({
  page,
  apiAs,
  playwright,
  baseURL,
  lang,
}, info) => {
  const w = words[lang];
  const s = signInWords[lang];

  // A colleague of this test's own, so the demo administrator's name and language stay as they are.
  const name = unique(info, 'Agent');
  const email = `compte-${lang}-${Date.now().toString(36)}@clientele.test`;
  const admin = await apiAs(STAFF_ADMIN);
  await graphql(
    admin,
    `
      mutation ($i: CreateUserInput!) {
        createUser(input: $i) {
          user {
            id
          }
        }
      }
    `,
    { i: { email, displayName: name, role: 'STAFF', locale: lang.toUpperCase() } },
  );
  await chooseLanguage(page, lang);
  await page.goto(linkIn(await waitForMail(email), '/reset-password'));
  await page.getByLabel(w.newPassword, { exact: true }).fill(PASSWORD);
  await page.getByLabel(w.confirmation).fill(PASSWORD);
  await page.getByRole('button', { name: w.savePassword }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Their phone signs in too, with a bearer token.
  const phone = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'user-agent': APP_AGENT },
  });
  const { signIn } = await graphql<{ signIn: { token: string } }>(
    phone,
    `
      mutation ($i: SignInInput!) {
        signIn(input: $i) {
          token
        }
      }
    `,
    { i: { login: email, password: PASSWORD, kind: 'BEARER' } },
  );
  const app = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'user-agent': APP_AGENT, authorization: `Bearer ${signIn.token}` },
  });
  expect((await graphql<{ me: { user: { displayName: string } } }>(app, ME)).me.user.displayName).toBe(name);

  await page.getByLabel(s.email).fill(email);
  await page.getByLabel(s.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: s.submit }).click();
  await expect(page).toHaveURL(/\/clients/);
  await page.getByRole('button', { name: w.menu(name) }).click();
  await page.getByRole('menuitem', { name: w.account }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: w.account })).toBeVisible();

  const sessions = page.getByRole('list', { name: w.sessions });
  await expect(sessions.getByRole('article')).toHaveCount(2);
  await expect(sessions.getByRole('article').first()).toContainText(w.current);
  const appCard = sessions.getByRole('article', { name: w.app });
  await expect(appCard).toBeVisible();
  await snap(page, 'account');

  // The phone is lost: signed out from here, and its token opens nothing any more.
  await appCard.getByRole('button', { name: w.end(w.app) }).click();
  await snap(page, 'account-end-session');
  await page.getByRole('dialog').getByRole('button', { name: w.confirmEnd }).click();
  await expect(page.getByText(w.ended)).toBeVisible();
  await expect(sessions.getByRole('article')).toHaveCount(1);
  const refused = await app.post('/graphql', { data: { query: ME } });
  expect(((await refused.json()) as { data: { me: unknown } }).data.me).toBeNull();

  // Their own name and language: the console follows the language at once, and so will their emails.
  const renamed = `${name} Tremblay`;
  await page.getByRole('textbox', { name: w.name }).fill(renamed);
  await page.getByRole('combobox', { name: w.language }).click();
  await page.getByRole('option', { name: w.other.label }).click();
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.other.heading })).toBeVisible();
  const saved = await graphql<{ me: { user: { displayName: string; locale: string } } }>(page.request, ME);
  expect(saved.me.user).toEqual({ displayName: renamed, locale: w.other.locale });

  await page.setViewportSize(PHONE);
  await snap(page, 'account-phone');
  await phone.dispose();
  await app.dispose();
});
