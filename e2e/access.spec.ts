import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import { chooseLanguage, createClient, langOf, signIn, slug, snap, unique, type Lang, test } from './support';

const words = {
  en: {
    contactsTab: 'Contacts',
    accessTab: 'Access',
    addContact: 'Add a contact',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    createContact: 'Create the contact',
    giveAccess: (name: string) => `Give ${name} access`,
    grantTitle: 'Give a contact access',
    ipList: 'Limit access to these IP addresses (optional)',
    invalidFormat: 'Invalid format',
    saveAndSend: 'Save and send email',
    invited: 'Invited',
    active: 'Active',
    sent: 'The invitation email is on its way',
    welcome: 'Welcome! Choose your password',
    newPassword: 'New password',
    confirmation: 'New password, again',
    savePassword: 'Save my password',
    accessReady: 'Your password is set',
    login: 'Email or user code',
    password: 'Password',
    signIn: 'Sign in',
    refused: 'Wrong login or password',
    portalContacts: 'Contacts',
    actions: (name: string) => `Actions for ${name}`,
    actAs: 'See the portal as this contact',
    continue: 'Continue',
    actingAs: (name: string) => `You are seeing the portal as ${name}`,
    backToConsole: 'Return to my console',
    settings: 'Settings',
    assignedPartner: 'Assigned partner',
  },
  fr: {
    contactsTab: 'Contacts',
    accessTab: 'Accès',
    addContact: 'Ajouter un contact',
    firstName: 'Prénom',
    lastName: 'Nom de famille',
    email: 'Courriel',
    createContact: 'Créer le contact',
    giveAccess: (name: string) => `Donner un accès à ${name}`,
    grantTitle: 'Donner un accès à un contact',
    ipList: 'Limiter l’accès à ces adresses IP (facultatif)',
    invalidFormat: 'Format invalide',
    saveAndSend: 'Enregistrer et envoyer un courriel',
    invited: 'Invité',
    active: 'Actif',
    sent: 'Le courriel d’invitation est en route',
    welcome: 'Bienvenue! Choisissez votre mot de passe',
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Nouveau mot de passe, encore',
    savePassword: 'Enregistrer mon mot de passe',
    accessReady: 'Votre mot de passe est enregistré',
    login: 'Courriel ou code d’utilisateur',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    refused: 'Identifiant ou mot de passe incorrect',
    portalContacts: 'Contacts',
    actions: (name: string) => `Actions pour ${name}`,
    actAs: 'Voir le portail comme ce contact',
    continue: 'Continuer',
    actingAs: (name: string) => `Vous voyez le portail comme ${name}`,
    backToConsole: 'Revenir à ma console',
    settings: 'Paramètres',
    assignedPartner: 'Partenaire assigné',
  },
} as const;

const CONTACT_PASSWORD = 'une phrase de passe bien à moi';
const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** A fresh browser for someone else (the contact), in the test's language, from the address given. */
async function visitor(
  browser: Browser,
  guard: (context: BrowserContext) => Promise<BrowserContext>,
  lang: Lang,
  baseURL: string,
  forwardedFor?: string,
): Promise<Page> {
  const context = await guard(
    await browser.newContext({
      baseURL,
      locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
      ...(forwardedFor ? { extraHTTPHeaders: { 'x-forwarded-for': forwardedFor } } : {}),
    }),
  );
  const page = await context.newPage();
  await chooseLanguage(page, lang);
  return page;
}

async function signInAs(page: Page, lang: Lang, login: string) {
  const w = words[lang];
  await page.goto('/sign-in');
  await field(page, w.login).fill(login);
  await field(page, w.password).fill(CONTACT_PASSWORD);
  await page.getByRole('button', { name: w.signIn }).click();
}

test('Seed 004: grant a contact access with an IP list; the mail arrives, they set a password and see only their company; from elsewhere they cannot sign in', async ({
  page,
  browser,
  guard,
  baseURL,
}, info) => {
  const lang = langOf(info);
  const w = words[lang];
  const name = unique(info, 'Hervé David');
  const email = `mireille.couture.${slug(name)}@hervedavid.example`;
  await chooseLanguage(page, lang);
  await signIn(page, lang);
  // Notifications on, or the invitation would be withheld (seed 001).
  const client = await createClient(page, name, { notificationsEnabled: true });
  await createClient(page, unique(info, 'Another company'));

  // Add the contact on the Contacts tab, as seed 004 does.
  await page.goto(`/clients/${client.id}/contacts`);
  await page.getByRole('button', { name: w.addContact }).click();
  const contactDialog = page.getByRole('dialog', { name: w.addContact });
  await field(contactDialog, w.firstName).fill('Mireille');
  await field(contactDialog, w.lastName).fill('Couture');
  await field(contactDialog, w.email).fill(email);
  await contactDialog.getByRole('button', { name: w.createContact }).click();
  await expect(contactDialog).toBeHidden();

  // The key beside her opens the access window with her chosen and her email filled in.
  await page.getByRole('link', { name: w.giveAccess('Mireille Couture') }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/access`));
  const dialog = page.getByRole('dialog', { name: w.grantTitle });
  // Required fields carry an asterisk in their name: not an exact match.
  await expect(dialog.getByLabel(w.email)).toHaveValue(email);

  // An impossible address is refused before anything is written.
  const ips = field(dialog, w.ipList);
  await ips.fill('123.542.654.785');
  await ips.press('Enter');
  await dialog.getByRole('button', { name: w.saveAndSend }).click();
  await expect(dialog.getByText(w.invalidFormat)).toBeVisible();
  await snap(page, `access-grant-error-${lang}`);
  await ips.press('Backspace');
  await ips.fill('127.0.0.1');
  await ips.press('Enter');
  await ips.fill('203.0.113.0/24');
  await ips.press('Enter');
  await expect(dialog.getByText(w.invalidFormat)).toBeHidden();
  await snap(page, `access-grant-${lang}`);
  await dialog.getByRole('button', { name: w.saveAndSend }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.sent)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Mireille Couture' });
  await expect(row).toContainText(w.invited);
  await expect(row).toContainText('127.0.0.1, 203.0.113.0/24');
  const userCode = (await row.getByRole('cell').nth(1).innerText()).trim();
  expect(userCode).toMatch(/^[A-Z0-9-]{3,32}$/);
  await snap(page, `access-tab-${lang}`);

  // The mail comes over SMTP; its link lets her choose a password.
  const mail = await waitForMail(email);
  expect(mail.text).toContain(userCode);
  const contact = await visitor(browser, guard, lang, baseURL!);
  await contact.goto(linkIn(mail, '/accept-invitation'));
  await expect(contact.getByRole('heading', { name: w.welcome })).toBeVisible();
  await snap(contact, `access-accept-${lang}`);
  await field(contact, w.newPassword).fill(CONTACT_PASSWORD);
  await field(contact, w.confirmation).fill(CONTACT_PASSWORD);
  await contact.getByRole('button', { name: w.savePassword }).click();

  // Back at sign-in with her user code ready; in, she sees her company and nothing else.
  await expect(contact.getByText(w.accessReady)).toBeVisible();
  await expect(field(contact, w.login)).toHaveValue(userCode);
  await field(contact, w.password).fill(CONTACT_PASSWORD);
  await contact.getByRole('button', { name: w.signIn }).click();
  await expect(contact).toHaveURL(new RegExp(`/portal/${client.id}/info`));
  await expect(contact.getByRole('heading', { level: 1 })).toHaveText(name);
  await snap(contact, `portal-info-${lang}`);
  await contact.getByRole('tab', { name: w.portalContacts }).click();
  await expect(contact.getByRole('heading', { name: 'Mireille Couture' })).toBeVisible();
  await snap(contact, `portal-contacts-${lang}`);
  // The staff console is not hers: its addresses lead back to the portal.
  await contact.goto('/clients');
  await expect(contact).toHaveURL(new RegExp(`/portal/${client.id}/info`));
  await contact.setViewportSize({ width: 390, height: 844 });
  await snap(contact, `portal-info-phone-${lang}`);
  await contact.context().close();

  // The same person from an address outside the list: refused like a wrong password.
  const outside = await visitor(browser, guard, lang, baseURL!, '198.51.100.9');
  await signInAs(outside, lang, email);
  await expect(outside.getByText(w.refused)).toBeVisible();
  await expect(outside).toHaveURL(/\/sign-in/);
  await snap(outside, `access-refused-ip-${lang}`);
  await outside.context().close();

  // Staff see her active now.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Mireille Couture' })).toContainText(w.active);
});

test('Seed 003: an administrator sees the portal as a contact, with a banner, and returns in one click', async ({
  page,
  guard,
}, info) => {
  const lang = langOf(info);
  const w = words[lang];
  const name = unique(info, 'Acting');
  await chooseLanguage(page, lang);
  await signIn(page, lang);
  const client = await createClient(page, name, { notificationsEnabled: true });
  // A contact with an active access: granted and accepted the way the test above does it.
  await page.goto(`/clients/${client.id}/contacts`);
  await page.getByRole('button', { name: w.addContact }).click();
  const contactDialog = page.getByRole('dialog', { name: w.addContact });
  await field(contactDialog, w.firstName).fill('Jean');
  await field(contactDialog, w.lastName).fill('Tremblay');
  await field(contactDialog, w.email).fill(`jean.${slug(name)}@example.com`);
  await contactDialog.getByRole('button', { name: w.createContact }).click();
  await expect(contactDialog).toBeHidden();
  await page.getByRole('link', { name: w.giveAccess('Jean Tremblay') }).click();
  const dialog = page.getByRole('dialog', { name: w.grantTitle });
  await dialog.getByRole('button', { name: w.saveAndSend }).click();
  await expect(dialog).toBeHidden();
  // Only an active access can be acted as: the invitation link is followed by the contact.
  const mail = await waitForMail(`jean.${slug(name)}@example.com`);
  const contact = await (
    await guard(
      await page
        .context()
        .browser()!
        .newContext({ locale: lang === 'fr' ? 'fr-CA' : 'en-CA' }),
    )
  ).newPage();
  await contact.goto(new URL(linkIn(mail, '/accept-invitation'), page.url()).toString());
  await field(contact, w.newPassword).fill(CONTACT_PASSWORD);
  await field(contact, w.confirmation).fill(CONTACT_PASSWORD);
  await contact.getByRole('button', { name: w.savePassword }).click();
  await expect(contact.getByText(w.accessReady)).toBeVisible();
  await contact.context().close();

  await page.reload();
  await page.getByRole('button', { name: w.actions('Jean Tremblay') }).click();
  await page.getByRole('menuitem', { name: w.actAs }).click();
  await page.getByRole('dialog').getByRole('button', { name: w.continue }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${client.id}/info`));
  await expect(page.getByText(w.actingAs('Jean Tremblay'))).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await snap(page, `portal-acting-${lang}`);
  await page.getByRole('link', { name: w.settings }).click();
  await expect(page.getByRole('heading', { name: w.assignedPartner })).toBeVisible();
  await snap(page, `portal-settings-${lang}`);
  await page.getByRole('button', { name: w.backToConsole }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByText(w.actingAs('Jean Tremblay'))).toBeHidden();
});
