import { expect, type Locator, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import {
  STAFF_ADMIN,
  chooseLanguage,
  createClient,
  graphql,
  slug,
  snap,
  unique,
  type Lang,
  test,
} from './support';

test.use({ lang: 'fr', storageState: STAFF_ADMIN });

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
    grantButton: 'Grant access',
    contact: 'Contact',
    role: 'Role',
    clientAdmin: 'Client administrator',
    userCode: 'User code',
    branch: 'Limit access to this branch (optional)',
    branchOnly: (branch: string) => `${branch} only`,
    saveOnly: 'Save without email',
    taken: 'is already in use',
    grantedNoEmail: 'No email was sent.',
    resendItem: 'Resend the invitation',
    resendTitle: (name: string) => `Resend the invitation to ${name}?`,
    resendConfirm: 'Resend',
    resendAnyway: 'Resend anyway',
    resent: (name: string) => `A new invitation was sent to ${name}`,
    suspendItem: 'Suspend',
    suspendTitle: (name: string) => `Suspend the access of ${name}?`,
    reactivateItem: 'Reactivate',
    reactivateTitle: (name: string) => `Reactivate the access of ${name}?`,
    revokeItem: 'Revoke',
    revokeTitle: (name: string) => `Revoke the access of ${name}?`,
    actAsTitle: (name: string) => `See the portal as ${name}?`,
    cancel: 'Cancel',
    suspended: 'Suspended',
    revoked: 'Revoked',
    accessTable: 'Accesses to this client file',
    notificationsOff:
      'Notifications are off for this client: no email will be sent, the invitation included.',
    resendWithheld: 'Notifications are off for this client: the email will be withheld',
    withheld: (name: string) => `The invitation to ${name} was withheld`,
    grantedWithheld: 'The email was withheld: notifications are off for this client.',
    activityTab: 'Activity',
    activityList: 'Activity, newest first',
    actionFilter: 'Action',
    accessGranted: 'Access granted',
    accessChanged: 'Access changed',
    emailWithheld: 'Email withheld (notifications off)',
    accessStatus: 'Access status',
    signInRefused: 'Sign-in refused',
    ipAddress: 'IP address',
    reason: 'Reason',
    outsideList: 'Address outside the allow-list',
    actingStarted: 'Acting as the contact',
    actingStopped: 'Stopped acting as the contact',
    actingAsField: 'Acting as',
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
    welcome: 'Bienvenue\u202f! Choisissez votre mot de passe',
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
    grantButton: 'Donner un accès',
    contact: 'Contact',
    role: 'Rôle',
    clientAdmin: 'Administrateur du client',
    userCode: 'Code d’utilisateur',
    branch: 'Limiter l’accès à cette succursale (facultatif)',
    branchOnly: (branch: string) => `Succursale ${branch} seulement`,
    saveOnly: 'Enregistrer sans courriel',
    taken: 'est déjà utilisé',
    grantedNoEmail: 'Aucun courriel n’a été envoyé.',
    resendItem: 'Renvoyer l’invitation',
    resendTitle: (name: string) => `Renvoyer l’invitation à ${name}\u202f?`,
    resendConfirm: 'Renvoyer',
    resendAnyway: 'Renvoyer quand même',
    resent: (name: string) => `Une nouvelle invitation a été envoyée à ${name}`,
    suspendItem: 'Suspendre',
    suspendTitle: (name: string) => `Suspendre l’accès de ${name}\u202f?`,
    reactivateItem: 'Réactiver',
    reactivateTitle: (name: string) => `Réactiver l’accès de ${name}\u202f?`,
    revokeItem: 'Révoquer',
    revokeTitle: (name: string) => `Révoquer l’accès de ${name}\u202f?`,
    actAsTitle: (name: string) => `Voir le portail comme ${name}\u202f?`,
    cancel: 'Annuler',
    suspended: 'Suspendu',
    revoked: 'Révoqué',
    accessTable: 'Accès à cette fiche client',
    notificationsOff:
      'Les notifications sont désactivées pour ce client\u00a0: aucun courriel ne sera envoyé, l’invitation comprise.',
    resendWithheld: 'Les notifications sont désactivées pour ce client\u00a0: le courriel sera retenu',
    withheld: (name: string) => `L’invitation à ${name} a été retenue`,
    grantedWithheld: 'Le courriel a été retenu\u00a0: les notifications sont désactivées pour ce client.',
    activityTab: 'Journal',
    activityList: 'Journal, du plus récent au plus ancien',
    actionFilter: 'Action',
    accessGranted: 'Accès accordé',
    accessChanged: 'Accès modifié',
    emailWithheld: 'Courriel retenu (notifications désactivées)',
    accessStatus: 'Statut de l’accès',
    signInRefused: 'Connexion refusée',
    ipAddress: 'Adresse IP',
    reason: 'Motif',
    outsideList: 'Adresse hors de la liste autorisée',
    actingStarted: 'Connexion en tant que contact',
    actingStopped: 'Retour de la connexion en tant que contact',
    actingAsField: 'En tant que',
  },
} as const;

const CONTACT_PASSWORD = 'une phrase de passe bien à moi';
const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

async function signInAs(page: Page, lang: Lang, login: string) {
  const w = words[lang];
  await page.goto('/sign-in');
  await field(page, w.login).fill(login);
  await field(page, w.password).fill(CONTACT_PASSWORD);
  await page.getByRole('button', { name: w.signIn }).click();
}

test('Seed 004: grant a contact access with an IP list; the mail arrives, they set a password and see only their company; from elsewhere they cannot sign in', async ({
  page,
  newBrowser,
  lang,
}, info) => {
  const w = words[lang];
  const name = unique(info, 'Hervé David');
  const email = `mireille.couture.${slug(name)}@hervedavid.example`;
  await chooseLanguage(page, lang);
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
  await snap(page, 'access-grant-error');
  await ips.press('Backspace');
  await ips.fill('127.0.0.1');
  await ips.press('Enter');
  await ips.fill('203.0.113.0/24');
  await ips.press('Enter');
  await expect(dialog.getByText(w.invalidFormat)).toBeHidden();
  await snap(page, 'access-grant');
  await dialog.getByRole('button', { name: w.saveAndSend }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.sent)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Mireille Couture' });
  await expect(row).toContainText(w.invited);
  await expect(row).toContainText('127.0.0.1, 203.0.113.0/24');
  const userCode = (await row.getByRole('cell').nth(1).innerText()).trim();
  expect(userCode).toMatch(/^[A-Z0-9-]{3,32}$/);
  await snap(page, 'access-tab');

  // The mail comes over SMTP; its link lets her choose a password.
  const mail = await waitForMail(email);
  expect(mail.text).toContain(userCode);
  const contact = await newBrowser(lang);
  await contact.goto(linkIn(mail, '/accept-invitation'));
  await expect(contact.getByRole('heading', { name: w.welcome })).toBeVisible();
  await snap(contact, 'access-accept');
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
  await snap(contact, 'portal-info');
  await contact.getByRole('tab', { name: w.portalContacts }).click();
  await expect(contact.getByRole('heading', { name: 'Mireille Couture' })).toBeVisible();
  await snap(contact, 'portal-contacts');
  // The staff console is not hers: its addresses lead back to the portal.
  await contact.goto('/clients');
  await expect(contact).toHaveURL(new RegExp(`/portal/${client.id}/info`));
  await contact.setViewportSize({ width: 390, height: 844 });
  await snap(contact, 'portal-info-phone');
  await contact.context().close();

  // The same person from an address outside the list: refused like a wrong password.
  const outside = await newBrowser(lang, { forwardedFor: '198.51.100.9' });
  await signInAs(outside, lang, email);
  await expect(outside.getByText(w.refused)).toBeVisible();
  await expect(outside).toHaveURL(/\/sign-in/);
  await snap(outside, 'access-refused-ip');
  await outside.context().close();

  // Staff see her active now, and the refusal on the file: from where, and why, in words.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Mireille Couture' })).toContainText(w.active);
  await page.getByRole('tab', { name: w.activityTab }).click();
  const refusal = page
    .getByRole('list', { name: w.activityList })
    .getByRole('listitem')
    .filter({ hasText: w.signInRefused });
  await expect(refusal).toHaveCount(1);
  await expect(refusal.getByRole('term')).toHaveText([w.ipAddress, w.reason]);
  await expect(refusal.getByRole('definition')).toHaveText(['198.51.100.9', w.outsideList]);
  await snap(page, 'access-refused-activity');
});

test('Seed 003: an administrator sees the portal as a contact, with a banner, and returns in one click', async ({
  page,
  newBrowser,
  lang,
}, info) => {
  const w = words[lang];
  const name = unique(info, 'Acting');
  await chooseLanguage(page, lang);
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
  const contact = await newBrowser(lang);
  await contact.goto(linkIn(mail, '/accept-invitation'));
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
  await snap(page, 'portal-acting');
  await page.getByRole('link', { name: w.settings }).click();
  await expect(page.getByRole('heading', { name: w.assignedPartner })).toBeVisible();
  await snap(page, 'portal-settings');
  await page.getByRole('button', { name: w.backToConsole }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByText(w.actingAs('Jean Tremblay'))).toBeHidden();

  // Going and coming back are on the file, naming the contact, the return for the administrator.
  await page.goto(`/clients/${client.id}/activity`);
  const entries = page.getByRole('list', { name: w.activityList }).getByRole('listitem');
  const started = entries.filter({ has: page.getByRole('heading', { name: w.actingStarted, exact: true }) });
  const stopped = entries.filter({ has: page.getByRole('heading', { name: w.actingStopped, exact: true }) });
  await expect(started.getByRole('term')).toHaveText([w.actingAsField]);
  await expect(started.getByRole('definition')).toContainText('Jean Tremblay');
  await expect(stopped.getByRole('definition')).toContainText('Jean Tremblay');
  await expect(stopped).toContainText('Admin Démo');
  await snap(page, 'portal-acting-activity');
});

/** A contact of `clientId`, made through the API. */
async function addContact(page: Page, clientId: string, firstName: string, lastName: string, email: string) {
  const { createContact } = await graphql<{ createContact: { contact: { id: string } } }>(
    page.request,
    'mutation ($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }',
    { i: { clientId, firstName, lastName, email } },
  );
  return createContact.contact.id;
}

/** Picks an action from the grant's menu; every one but editing asks first, in a dialog of its own. */
async function act(page: Page, lang: Lang, name: string, item: string, title: string) {
  await page.getByRole('button', { name: words[lang].actions(name) }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: title });
  await expect(confirm).toBeVisible();
  return confirm;
}

test('Seed 004, every action: role, user code (a taken one refused under it) and branch when granting; then resend, suspend, reactivate and revoke, each confirmed, on the chip and in Activity', async ({
  page,
  playwright,
  baseURL,
  lang,
}, info) => {
  const w = words[lang];
  const stamp = `${lang}${Date.now().toString(36)}`.toUpperCase();
  await chooseLanguage(page, lang);
  const client = await createClient(page, unique(info, 'Fortin Électrique'), { notificationsEnabled: true });
  const branch = unique(info, 'Lévis');
  await graphql(
    page.request,
    'mutation ($i: CreateListItemInput!) { createBranch(input: $i) { branch { id } } }',
    {
      i: { name: branch, city: 'Lévis' },
    },
  );
  const elise = 'Élise Fortin';
  const eliseEmail = `elise.${slug(stamp)}@fortin.example`;
  await addContact(page, client.id, 'Élise', 'Fortin', eliseEmail);
  // Someone at the same client already holds the code Élise will be offered first.
  const marcId = await addContact(page, client.id, 'Marc', 'Roy', `marc.${slug(stamp)}@fortin.example`);
  const taken = `ROY-${stamp}`;
  await graphql(
    page.request,
    'mutation ($i: GrantAccessInput!) { grantAccess(input: $i) { access { id } } }',
    {
      i: { clientId: client.id, contactId: marcId, userCode: taken, sendEmail: false },
    },
  );

  await page.goto(`/clients/${client.id}/access`);
  await page.getByRole('button', { name: w.grantButton }).click();
  const dialog = page.getByRole('dialog', { name: w.grantTitle });
  await dialog.getByRole('combobox', { name: new RegExp(`^${w.contact}`) }).click();
  await page.getByRole('option', { name: new RegExp(`^${elise}`) }).click();
  await expect(dialog.getByLabel(w.email)).toHaveValue(eliseEmail);
  await dialog.getByRole('combobox', { name: w.role }).click();
  await page.getByRole('option', { name: w.clientAdmin }).click();
  const code = field(dialog, w.userCode);
  await code.fill(taken.toLowerCase());
  // Only the server knows the code is someone else's: said under the field, nothing written.
  const codeTaken = async (language: Lang) => {
    const asked = page.getByRole('dialog', { name: words[language].grantTitle });
    await asked.getByRole('button', { name: words[language].saveOnly }).click();
    await expect(asked.getByText(words[language].taken)).toBeVisible();
  };
  await codeTaken(lang);
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'access-grant-code-taken', { askAgain: codeTaken });

  const userCode = `FORT-${stamp}`;
  await code.fill(userCode);
  await expect(code).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('combobox', { name: w.branch }).click();
  await page.getByRole('option', { name: branch }).click();
  await snap(page, 'access-grant-settings');
  await dialog.getByRole('button', { name: w.saveOnly }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.grantedNoEmail)).toBeVisible();
  const row = page.getByRole('table', { name: w.accessTable }).getByRole('row').filter({ hasText: elise });
  const chip = (status: string) => row.getByRole('cell').nth(3).getByText(status, { exact: true });
  await expect(row).toContainText(userCode);
  await expect(row).toContainText(w.clientAdmin);
  await expect(row).toContainText(w.branchOnly(branch));
  await expect(chip(w.invited)).toBeVisible();

  // The actions menu; a resend spends the link sent before, so it asks.
  await page.getByRole('button', { name: w.actions(elise) }).click();
  await expect(page.getByRole('menuitem', { name: w.resendItem })).toBeVisible();
  await snap(page, 'access-actions');
  await page.keyboard.press('Escape');
  let confirm = await act(page, lang, elise, w.resendItem, w.resendTitle(elise));
  await expect(confirm).toContainText(eliseEmail);
  await confirm.getByRole('button', { name: w.resendConfirm, exact: true }).click();
  await expect(page.getByText(w.resent(elise))).toBeVisible();
  await expect(chip(w.invited)).toBeVisible();

  // She follows the link and chooses her password: her access is active.
  const token = new URLSearchParams(
    linkIn(await waitForMail(eliseEmail), '/accept-invitation').split('?')[1],
  ).get('token');
  const herBrowser = await playwright.request.newContext({ baseURL });
  await graphql(
    herBrowser,
    'mutation ($i: AcceptAccessInvitationInput!) { acceptAccessInvitation(input: $i) { account { userCode } } }',
    {
      i: { token, password: CONTACT_PASSWORD },
    },
  );
  await herBrowser.dispose();
  await page.reload();
  await expect(chip(w.active)).toBeVisible();

  confirm = await act(page, lang, elise, w.suspendItem, w.suspendTitle(elise));
  await confirm.getByRole('button', { name: w.suspendItem, exact: true }).click();
  await expect(chip(w.suspended)).toBeVisible();

  confirm = await act(page, lang, elise, w.reactivateItem, w.reactivateTitle(elise));
  await snap(page, 'access-reactivate');
  await confirm.getByRole('button', { name: w.reactivateItem, exact: true }).click();
  await expect(chip(w.active)).toBeVisible();

  // Seeing the portal as her asks too; here, not now.
  confirm = await act(page, lang, elise, w.actAs, w.actAsTitle(elise));
  await snap(page, 'access-act-as');
  await confirm.getByRole('button', { name: w.cancel }).click();
  await expect(confirm).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/access`));

  confirm = await act(page, lang, elise, w.revokeItem, w.revokeTitle(elise));
  await snap(page, 'access-revoke');
  await confirm.getByRole('button', { name: w.revokeItem, exact: true }).click();
  await expect(chip(w.revoked)).toBeVisible();
  // Over: nothing more to do with it.
  await expect(page.getByRole('button', { name: w.actions(elise) })).toHaveCount(0);

  // Each step is in the file's log, the contact's own acceptance included.
  await page.getByRole('tab', { name: w.activityTab }).click();
  const entries = page.getByRole('list', { name: w.activityList }).getByRole('listitem');
  const granted = entries.filter({ hasText: w.accessGranted }).filter({ hasText: userCode });
  await expect(granted).toHaveCount(1);
  await expect(granted).toContainText(w.clientAdmin);
  await expect(granted).toContainText(branch);
  await page.getByRole('combobox', { name: w.actionFilter }).click();
  await page.getByRole('option', { name: w.accessChanged, exact: true }).click();
  await page.keyboard.press('Escape');
  // Newest first: revoked, reactivated, suspended, accepted.
  await expect(entries).toHaveCount(4);
  const statuses = [
    [w.active, w.revoked],
    [w.suspended, w.active],
    [w.active, w.suspended],
    [w.invited, w.active],
  ];
  for (const [index, [before, after]] of statuses.entries()) {
    await expect(entries.nth(index)).toContainText(w.accessStatus);
    await expect(entries.nth(index).getByRole('deletion')).toHaveText(before!);
    await expect(entries.nth(index).getByRole('insertion')).toHaveText(after!);
  }
  await expect(entries.nth(3)).toContainText(elise);
  await snap(page, 'access-activity');

  // At phone width the accesses are cards, the actions still at hand.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: w.accessTab }).click();
  const cards = page.getByRole('list', { name: w.accessTable }).getByRole('listitem');
  await expect(cards).toHaveCount(2);
  await expect(
    cards.filter({ hasText: 'Marc Roy' }).getByRole('button', { name: w.actions('Marc Roy') }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, 'access-tab-phone');
});

test('Seed 001: with the client’s notifications off, staff are told before an email would be withheld, in the grant dialog and before a resend', async ({
  page,
  lang,
}, info) => {
  const w = words[lang];
  await chooseLanguage(page, lang);
  // Off, as a new client is by default.
  const client = await createClient(page, unique(info, 'Sans courriel'));
  const name = 'Gisèle Nadeau';
  await addContact(page, client.id, 'Gisèle', 'Nadeau', `gisele.${Date.now().toString(36)}@nadeau.example`);

  await page.goto(`/clients/${client.id}/access`);
  await page.getByRole('button', { name: w.grantButton }).click();
  const dialog = page.getByRole('dialog', { name: w.grantTitle });
  await expect(dialog.getByRole('alert').filter({ hasText: w.notificationsOff })).toBeVisible();
  await dialog.getByRole('combobox', { name: new RegExp(`^${w.contact}`) }).click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await snap(page, 'access-grant-notifications-off');
  await dialog.getByRole('button', { name: w.saveAndSend }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.grantedWithheld)).toBeVisible();

  const confirm = await act(page, lang, name, w.resendItem, w.resendTitle(name));
  await expect(confirm).toContainText(w.resendWithheld);
  await snap(page, 'access-resend-notifications-off');
  await confirm.getByRole('button', { name: w.resendAnyway }).click();
  await expect(page.getByText(w.withheld(name))).toBeVisible();

  // Both emails withheld, and each one said so in the log.
  await page.getByRole('tab', { name: w.activityTab }).click();
  const entries = page.getByRole('list', { name: w.activityList }).getByRole('listitem');
  await expect(entries.filter({ hasText: w.emailWithheld })).toHaveCount(2);
});
