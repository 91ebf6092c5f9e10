import { expect, type Page } from '@playwright/test';
import {
  ADMIN,
  STAFF_ADMIN,
  chooseLanguage,
  createClient,
  graphql,
  signInRequest,
  signInWords,
  snap,
  unique,
  type Lang,
  test,
} from './support';

test.use({ lang: 'en' });

const words = {
  en: {
    ...signInWords.en,
    title: 'Sign in',
    wrong: 'Wrong login or password',
    forgot: 'Forgot password?',
    forgotTitle: 'Forgot your password?',
    send: 'Send the link',
    sent: 'If an account exists for',
    newPassword: 'New password',
    confirmation: 'New password, again',
    save: 'Save the new password',
    tooWeak: 'Too easy to guess',
    mismatch: 'The two passwords are not the same.',
    resetDone: 'Your password was changed. Sign in with the new one.',
    signedOut: 'You are signed out.',
    expired: 'Your session ended.',
    notFound: 'Page not found',
    notFoundBack: 'Go to clients',
    account: (name: string) => `Account of ${name}`,
    signOut: 'Sign out',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    wrongCurrent: 'The current password does not match.',
    changed: 'Password changed.',
    newClient: 'New client',
    language: 'Language',
    notes: 'Notes',
  },
  fr: {
    ...signInWords.fr,
    title: 'Connexion',
    wrong: 'Identifiant ou mot de passe incorrect',
    forgot: 'Mot de passe oublié ?',
    forgotTitle: 'Mot de passe oublié ?',
    send: 'Envoyer le lien',
    sent: 'Si un compte existe pour',
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Nouveau mot de passe, encore',
    save: 'Enregistrer le nouveau mot de passe',
    tooWeak: 'Trop facile à deviner',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    resetDone: 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
    signedOut: 'Vous êtes déconnecté.',
    expired: 'Votre session a pris fin.',
    notFound: 'Page introuvable',
    notFoundBack: 'Aller aux clients',
    account: (name: string) => `Compte de ${name}`,
    signOut: 'Se déconnecter',
    changePassword: 'Changer le mot de passe',
    currentPassword: 'Mot de passe actuel',
    wrongCurrent: 'Le mot de passe actuel ne correspond pas.',
    changed: 'Mot de passe changé.',
    newClient: 'Nouveau client',
    language: 'Langue',
    notes: 'Notes',
  },
} as const;

async function fillCredentials(page: Page, lang: Lang, login: string, password: string) {
  const w = words[lang];
  await page.getByLabel(w.email).fill(login);
  await page.getByLabel(w.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: w.submit }).click();
}

test('sign in: a wrong password is refused, the right one opens the page asked for', async ({
  page,
  lang,
}) => {
  const w = words[lang];

  // Signed out, any page leads to the sign-in page, which remembers where the user was going.
  await page.goto('/clients?q=herv%C3%A9');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclients%3Fq%3Dherv/);
  await expect(page.getByRole('heading', { name: w.title })).toBeVisible();
  await snap(page, 'sign-in');

  const refused = async (language: Lang) => {
    await fillCredentials(page, language, ADMIN.email, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText(words[language].wrong);
  };
  await refused(lang);
  await expect(page.getByLabel(w.password, { exact: true })).toHaveValue('');
  await snap(page, 'sign-in-error', { askAgain: refused });

  await fillCredentials(page, lang, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/clients\?q=herv/);
  await expect(page.getByRole('grid')).toContainText('Hervé David Rénovations');

  // Nobody chose a language on this browser: the console speaks the admin's own, French.
  await expect(page.getByRole('button', { name: 'Nouveau client' })).toBeVisible();
  if (lang === 'en') {
    await page.getByRole('button', { name: 'Langue' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: w.newClient })).toBeVisible();
  }

  await page.getByRole('button', { name: w.account('Admin Démo') }).click();
  await expect(page.getByRole('menu')).toContainText(ADMIN.email);
  await snap(page, 'user-menu');
  await page.getByRole('menuitem', { name: w.signOut }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(w.signedOut)).toBeVisible();

  // Signed out means signed out: the list is out of reach again.
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclients/);
});

test.describe('signed in', () => {
  test.use({ storageState: STAFF_ADMIN });

  test('a session that ends mid-way leads to sign-in, then back to the same tab', async ({
    page,
    context,
    lang,
  }, info) => {
    const w = words[lang];
    await chooseLanguage(page, lang);
    const client = await createClient(page, unique(info, 'Session'));
    // The tab's own read follows the header's: the session must end after both, or the tab's read
    // is the request that finds it ended (and the way back leads to this tab, not to Notes).
    const tabRead = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'ClientInfo',
    );
    await page.goto(`/clients/${client.id}/info`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Session');
    await tabRead;
    await page.waitForLoadState('networkidle');

    // The session ends elsewhere (expired, signed out from another browser): the next request says so.
    await context.clearCookies();
    await page.getByRole('tab', { name: w.notes }).click();
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fclients%2F${client.id}%2Fnotes`));
    await expect(page.getByText(w.expired)).toBeVisible();
    await snap(page, 'sign-in-session-ended');

    await fillCredentials(page, lang, ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/notes$`));
  });

  test('an address that leads nowhere says so, with a way back', async ({ page, lang }) => {
    const w = words[lang];
    await chooseLanguage(page, lang);
    await page.goto('/nowhere/at-all');
    await expect(page.getByRole('heading', { level: 1, name: w.notFound })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(w.notFound));
    await snap(page, 'not-found');
    await page.getByRole('link', { name: w.notFoundBack }).click();
    await expect(page).toHaveURL(/\/clients/);
  });
});

test('forgot password: a link by email, a new password, then sign in with it', async ({ page, lang }) => {
  const w = words[lang];
  // A demo staff member no other test signs in as: their password changes here.
  const user = 'julien.roy@clientele.demo';
  const newPassword = `une tartine au sirop ${Date.now()}`;
  await chooseLanguage(page, lang);

  await page.goto('/sign-in');
  await page.getByLabel(w.email).fill(user);
  await page.getByRole('link', { name: w.forgot }).click();
  await expect(page.getByRole('heading', { name: w.forgotTitle })).toBeVisible();
  // What was typed on the sign-in page comes along.
  await expect(page.getByLabel(w.email)).toHaveValue(user);
  await page.getByRole('button', { name: w.send }).click();
  await expect(page.getByRole('status')).toContainText(`${w.sent} ${user}`);
  await snap(page, 'forgot-password-sent');

  // The email is in the outbox too, where an administrator can read it.
  await signInRequest(page.request, ADMIN);
  const outbox = await graphql<{ outbox: { edges: { node: { to: string; text: string } }[] } }>(
    page.request,
    '{ outbox(first: 20) { edges { node { to text } } } }',
  );
  const email = outbox.outbox.edges.map((edge) => edge.node).find((node) => node.to === user);
  const token = /reset-password\?token=([\w-]+)/.exec(email?.text ?? '')?.[1];
  expect(token).toBeTruthy();
  await page.context().clearCookies();

  await page.goto(`/reset-password?token=${token}`);
  const password = page.getByLabel(w.newPassword, { exact: true });
  const confirmation = page.getByLabel(w.confirmation, { exact: true });
  // The shared password policy answers before anything is sent.
  await password.fill('password1234');
  await confirmation.fill('password1234');
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByText(w.tooWeak)).toBeVisible();
  await password.fill(newPassword);
  await confirmation.fill(`${newPassword}!`);
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByText(w.mismatch)).toBeVisible();
  await snap(page, 'reset-password');
  await confirmation.fill(newPassword);
  await page.getByRole('button', { name: w.save }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText(w.resetDone)).toBeVisible();
  await snap(page, 'sign-in-after-reset');
  await fillCredentials(page, lang, user, newPassword);
  await expect(page).toHaveURL(/\/clients$/);

  // Changing it again from the user menu: the current password proves it is them.
  const name = 'Julien Roy';
  await page.getByRole('button', { name: w.account(name) }).click();
  await page.getByRole('menuitem', { name: w.changePassword }).click();
  const dialog = page.getByRole('dialog', { name: w.changePassword });
  await dialog.getByLabel(w.newPassword, { exact: true }).fill(`${newPassword} bis`);
  await dialog.getByLabel(w.confirmation, { exact: true }).fill(`${newPassword} bis`);
  const wrongCurrent = async (language: Lang) => {
    const asked = page.getByRole('dialog', { name: words[language].changePassword });
    await asked
      .getByLabel(words[language].currentPassword, { exact: true })
      .fill('not the current one at all');
    await asked.getByRole('button', { name: words[language].changePassword }).click();
    await expect(asked.getByText(words[language].wrongCurrent)).toBeVisible();
  };
  await wrongCurrent(lang);
  await snap(page, 'change-password', { askAgain: wrongCurrent });
  await dialog.getByLabel(w.currentPassword, { exact: true }).fill(newPassword);
  await dialog.getByRole('button', { name: w.changePassword }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.changed)).toBeVisible();
});
