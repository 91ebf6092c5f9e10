import { expect, type Page } from '@playwright/test';
import { PARTNER_USER, STAFF_ADMIN, chooseLanguage, graphql, snap, test } from './support';
import { webhookUrl } from './webhooks';

test.use({ lang: 'en' });

/** What each language calls the things the flows touch. */
const words = {
  en: {
    myClients: 'My clients',
    newClient: 'New client',
    companyName: 'Company name',
    line1: 'Address line 1',
    postalCode: 'Postal code',
    city: 'City',
    province: 'Province',
    next: 'Next',
    back: 'Back',
    create: 'Create',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    emailOptional: 'Email (optional)',
    plan: /^Service plan/,
    idp: 'Identity provider',
    pending: 'Pending',
    accepted: 'Accepted',
    cancelled: 'Cancelled',
    resend: 'Resend invitation',
    cancelInvitation: 'Cancel invitation',
    resent: /sent again/,
    turnOnAndResend: 'Turn on and resend',
    notifications: 'Email notifications',
    openFile: 'Open file',
    contacts: 'Contacts',
    apiTokens: 'API tokens',
    newToken: 'New token',
    tokenName: 'Name',
    createToken: 'Create the token',
    copied: 'I have copied it',
    revoke: 'Revoke',
    newEndpoint: 'New endpoint',
    address: 'Address',
    registerEndpoint: 'Register the endpoint',
    clientCreated: 'Client created',
    accessGranted: 'Access granted',
    sendTest: 'Send a test event',
    delivered: 'Delivered',
    waiting: 'Waiting',
    attempts: /^Attempts/,
    attemptsList: /^Attempts at/,
    signingSecret: 'Signing secret',
    sendAgain: /^Send again: Test event of /,
    name: 'Name',
    created: /created/,
    clients: 'Clients',
    open: 'Open',
    notificationsOn: 'On: the platform emails this client’s users',
    activityList: 'Activity, newest first',
    partnerInvited: 'Partner invited',
    invitationEntity: 'Partner invitation',
    partnerField: 'Partner',
    planField: 'Plan',
    invitationStatus: 'Invitation status',
  },
  fr: {
    myClients: 'Mes clients',
    newClient: 'Nouveau client',
    companyName: 'Nom de l’entreprise',
    line1: 'Adresse, ligne 1',
    postalCode: 'Code postal',
    city: 'Ville',
    province: 'Province',
    next: 'Suivant',
    back: 'Précédent',
    create: 'Créer',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Courriel',
    emailOptional: 'Courriel (facultatif)',
    plan: /^Forfait/,
    idp: 'Fournisseur d’identité',
    pending: 'En attente',
    accepted: 'Acceptée',
    cancelled: 'Annulée',
    resend: 'Renvoyer l’invitation',
    cancelInvitation: 'Annuler l’invitation',
    resent: /renvoyée/,
    turnOnAndResend: 'Activer et renvoyer',
    notifications: 'Notifications par courriel',
    openFile: 'Ouvrir la fiche',
    contacts: 'Contacts',
    apiTokens: 'Jetons d’API',
    newToken: 'Nouveau jeton',
    tokenName: 'Nom',
    createToken: 'Créer le jeton',
    copied: 'Je l’ai copié',
    revoke: 'Révoquer',
    newEndpoint: 'Nouvelle adresse',
    address: 'Adresse',
    registerEndpoint: 'Enregistrer l’adresse',
    clientCreated: 'Client créé',
    accessGranted: 'Accès accordé',
    sendTest: 'Envoyer un événement d’essai',
    delivered: 'Livré',
    waiting: 'En attente',
    attempts: /^Tentatives/,
    attemptsList: /^Tentatives pour/,
    signingSecret: 'Secret de signature',
    sendAgain: /^Renvoyer Événement d’essai du .*$/,
    name: 'Nom',
    created: /créé/,
    clients: 'Clients',
    open: 'Ouvrir',
    notificationsOn: 'Activées : la plateforme écrit aux utilisateurs de ce client',
    activityList: 'Journal, du plus récent au plus ancien',
    partnerInvited: 'Partenaire invité',
    invitationEntity: 'Invitation du partenaire',
    partnerField: 'Partenaire',
    planField: 'Forfait',
    invitationStatus: 'Statut de l’invitation',
  },
} as const;

const PHONE = { width: 390, height: 844 };

/** A client's card in the partner's list, found by its heading. */
const card = (page: Page, name: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });

test.describe('as the partner’s user', () => {
  test.use({ storageState: PARTNER_USER });

  test('a partner sees its clients’ invitations, adds a client in two steps, resends and cancels', async ({
    page,
    newBrowser,
    lang,
  }) => {
    const w = words[lang];
    const stamp = Date.now().toString(36);
    const name = `Clinique Boréale ${lang.toUpperCase()} ${stamp}`;

    await chooseLanguage(page, lang);
    await page.goto('/');
    // Partners land on their own clients, not on the staff's list.
    await expect(page).toHaveURL(/\/partner\/clients$/);
    await expect(page.getByRole('heading', { level: 1, name: w.myClients })).toBeVisible();
    await expect(
      card(page, 'Centre dentaire des Laurentides').getByText(w.pending, { exact: true }),
    ).toBeVisible();
    await expect(
      card(page, 'Quincaillerie Mont-Tremblant').getByText(w.accepted, { exact: true }),
    ).toBeVisible();
    // The staff's screens are not theirs.
    await expect(
      page.getByRole('navigation').getByRole('link', { name: w.clients, exact: true }),
    ).toHaveCount(0);
    await snap(page, 'partner-clients');

    // An accepted client opens its file; a pending one offers no file.
    await expect(
      card(page, 'Centre dentaire des Laurentides').getByRole('link', { name: new RegExp(w.openFile) }),
    ).toHaveCount(0);
    await card(page, 'Quincaillerie Mont-Tremblant')
      .getByRole('link', { name: new RegExp(w.openFile) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quincaillerie Mont-Tremblant' })).toBeVisible();
    await expect(page.getByRole('region', { name: w.contacts })).toContainText('Pierre Morin');
    await snap(page, 'partner-file');
    await page.getByRole('navigation').getByRole('link', { name: w.myClients }).first().click();

    // Step 1: the company. A known postal code fills the city and province; the address line suggests.
    await page.getByRole('button', { name: w.newClient }).click();
    const dialog = page.getByRole('dialog', { name: w.newClient });
    await dialog.getByLabel(w.companyName).fill(name);
    await dialog.getByLabel(w.postalCode).fill('j8e3j9');
    await expect(dialog.getByLabel(w.city)).toHaveValue('Mont-Tremblant');
    await expect(dialog.getByRole('combobox', { name: w.province })).toContainText(
      lang === 'fr' ? 'Québec' : 'Quebec',
    );
    // The address of a client still pending is not the partner's to read: it is never suggested.
    const pendingAnswered = page.waitForResponse(
      (response) =>
        response.url().includes('/graphql') &&
        (response.request().postData() ?? '').includes('455 rue Princ'),
    );
    await dialog.getByLabel(w.line1).fill('455 rue Princ');
    await pendingAnswered;
    await expect(page.getByRole('option', { name: /455, rue Principale/ })).toHaveCount(0);
    // The address of a client that accepted the partner is.
    await dialog.getByLabel(w.line1).fill('1200 rue de Saint');
    const suggestion = page.getByRole('option', { name: /1200, rue de Saint-Jovite/ });
    await expect(suggestion).toBeVisible();
    await snap(page, 'partner-new-client-company');
    await suggestion.click();
    await expect(dialog.getByLabel(w.line1)).toHaveValue('1200, rue de Saint-Jovite');
    await expect(dialog.getByLabel(w.city)).toHaveValue('Mont-Tremblant');
    await expect(dialog.getByLabel(w.postalCode)).toHaveValue('J8E 3J9');

    // Step 2: the primary IT administrator, identity provider, plan; notifications off by default.
    await dialog.getByRole('button', { name: w.next }).click();
    await dialog.getByRole('button', { name: w.create }).click();
    await expect(dialog.getByLabel(w.firstName)).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel(w.firstName).fill('Isabelle');
    await dialog.getByLabel(w.lastName, { exact: true }).fill('Lévesque');
    await dialog.getByLabel(w.email, { exact: true }).fill(`isabelle.${stamp}.${lang}@boreale.test`);
    await dialog.getByRole('combobox', { name: w.idp }).click();
    await page.getByRole('option', { name: /Azure AD/ }).click();
    await dialog.getByRole('combobox', { name: w.plan }).click();
    // Only the plans the partner's certifications allow: never "Sécurité avancée".
    await expect(page.getByRole('option')).toHaveText(['Essentiel', 'Gestion complète']);
    await page.getByRole('option', { name: 'Gestion complète' }).click();
    await expect(dialog.getByRole('switch')).not.toBeChecked();
    await snap(page, 'partner-new-client-admin');

    // Back keeps what was typed.
    await dialog.getByRole('button', { name: w.back }).click();
    await expect(dialog.getByLabel(w.companyName)).toHaveValue(name);
    await dialog.getByRole('button', { name: w.next }).click();
    await expect(dialog.getByLabel(w.firstName)).toHaveValue('Isabelle');
    await dialog.getByRole('button', { name: w.create }).click();
    await expect(dialog).toBeHidden();

    // The new card, pending; then resent (new link, new expiry) and cancelled.
    const added = card(page, name);
    await expect(added.getByText(w.pending, { exact: true })).toBeVisible();
    await expect(added).toContainText('Mont-Tremblant');
    // Registered with notifications off (seed 001): resending asks to turn them on first.
    await expect(added.getByRole('switch', { name: w.notifications })).not.toBeChecked();
    await added.getByRole('button', { name: new RegExp(w.resend) }).click();
    const quiet = page.getByRole('dialog', { name: new RegExp(name) });
    await snap(page, 'partner-resend-notifications-off');
    await quiet.getByRole('button', { name: w.turnOnAndResend }).click();
    await expect(page.getByRole('alert').filter({ hasText: w.resent })).toBeVisible();
    await expect(added.getByRole('switch', { name: w.notifications })).toBeChecked();
    await snap(page, 'partner-client-added');
    await added.getByRole('button', { name: new RegExp(w.cancelInvitation) }).click();
    const confirm = page.getByRole('dialog', { name: new RegExp(name) });
    await expect(confirm).toBeVisible();
    await snap(page, 'partner-cancel-confirm');
    await confirm.getByRole('button', { name: w.cancelInvitation }).click();
    await expect(added.getByText(w.cancelled, { exact: true })).toBeVisible();
    await expect(added.getByRole('button', { name: new RegExp(w.resend) })).toHaveCount(0);
    // The Cancel button is gone with the open invitation: the card holds the focus instead.
    await expect(added).toBeFocused();

    // At phone width: the list, and the dialog full screen.
    await page.setViewportSize(PHONE);
    await page.reload();
    await expect(card(page, name).getByText(w.cancelled, { exact: true })).toBeVisible();
    await snap(page, 'partner-clients-phone');
    await page.getByRole('button', { name: w.newClient }).click();
    await expect(page.getByRole('dialog', { name: w.newClient })).toBeVisible();
    await snap(page, 'partner-new-client-phone');

    // Staff read the invitation's story on the file, in words: who, which plan, how it ended.
    const staff = await newBrowser(lang, { storageState: STAFF_ADMIN });
    const found = await graphql<{ clients: { edges: { node: { id: string } }[] } }>(
      staff.request,
      'query ($q: String!) { clients(first: 1, filter: { search: $q }) { edges { node { id } } } }',
      { q: name },
    );
    await staff.goto(`/clients/${found.clients.edges[0]!.node.id}/activity`);
    const entries = staff.getByRole('list', { name: w.activityList }).getByRole('listitem');
    const invited = entries.filter({
      has: staff.getByRole('heading', { name: w.partnerInvited, exact: true }),
    });
    await expect(invited).toContainText(w.invitationEntity);
    await expect(invited.getByRole('term')).toHaveText([w.partnerField, w.planField]);
    await expect(invited.getByRole('definition')).toHaveText([
      'Solutions Informatiques Laurentides',
      'Gestion complète',
    ]);
    const cancelled = entries.filter({ hasText: w.invitationStatus }).first();
    await expect(cancelled.getByRole('deletion')).toHaveText(w.pending);
    await expect(cancelled.getByRole('insertion')).toHaveText(w.cancelled);
    await snap(staff, 'partner-invitation-activity');
  });

  test('a partner makes an API token for a dashboard, sees its secret once, and revokes it', async ({
    page,
    lang,
  }) => {
    const w = words[lang];
    const tokenName = `Tableau ${lang.toUpperCase()} ${Date.now().toString(36)}`;

    await chooseLanguage(page, lang);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: w.apiTokens }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.apiTokens })).toBeVisible();
    await page.getByRole('button', { name: w.newToken }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: w.createToken }).click();
    await expect(dialog.getByLabel(w.tokenName)).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByLabel(w.tokenName).fill(tokenName);
    await dialog.getByRole('button', { name: w.createToken }).click();
    const secret = dialog.getByRole('textbox');
    await expect(secret).toHaveValue(/^ct_/);
    await snap(page, 'partner-token-secret');
    await dialog.getByRole('button', { name: w.copied }).click();
    await expect(dialog).toBeHidden();

    const token = page.getByRole('article', { name: tokenName });
    await expect(token).toBeVisible();
    await snap(page, 'partner-tokens');
    await token.getByRole('button', { name: new RegExp(w.revoke) }).click();
    await page.getByRole('dialog').getByRole('button', { name: w.revoke }).click();
    await expect(token.getByRole('button', { name: new RegExp(w.revoke) })).toHaveCount(0);
    await expect(token).toBeFocused();

    await page.setViewportSize(PHONE);
    await snap(page, 'partner-tokens-phone');
  });

  test('a partner registers a webhook endpoint, sees its secret once, tries it, follows its attempts and sends one again', async ({
    page,
    lang,
  }) => {
    const w = words[lang];
    const url = webhookUrl(`tableau-${lang}-${Date.now().toString(36)}`);

    await chooseLanguage(page, lang);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: w.apiTokens }).click();
    await page.getByRole('button', { name: w.newEndpoint }).click();
    const dialog = page.getByRole('dialog');
    // A partner does not hear about its clients' access lists, so it is not offered them.
    await expect(dialog.getByRole('checkbox', { name: w.clientCreated })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: w.accessGranted })).toHaveCount(0);
    await dialog.getByLabel(w.address).fill(url);
    await dialog.getByRole('checkbox', { name: w.clientCreated }).check();
    await dialog.getByRole('button', { name: w.registerEndpoint }).click();
    // The form gives way to the secret: wait for the secret itself, not for any text field.
    await expect(dialog.getByRole('textbox', { name: w.signingSecret })).toHaveValue(/^whsec_/);
    await snap(page, 'partner-webhook-secret');
    await dialog.getByRole('button', { name: w.copied }).click();
    await expect(dialog).toBeHidden();

    const endpoint = page.getByRole('article', { name: url });
    await endpoint.getByRole('button', { name: w.sendTest }).click();
    // The worker sends it, the page polls: the receiver's 200 shows as delivered.
    await expect(endpoint.getByText(w.delivered, { exact: true })).toBeVisible();
    await endpoint.getByRole('button', { name: w.attempts }).click();
    await expect(endpoint.getByRole('list', { name: w.attemptsList }).getByRole('listitem')).toContainText([
      'HTTP 200',
    ]);
    await snap(page, 'partner-webhooks');
    await endpoint.getByRole('button', { name: w.sendAgain }).click();
    await expect(endpoint.getByRole('button', { name: w.attempts })).toHaveText(/\(2\)/);

    await page.setViewportSize(PHONE);
    await snap(page, 'partner-webhooks-phone');
  });
});

test.describe('as staff', () => {
  test.use({ storageState: STAFF_ADMIN });

  test('staff create a client in two steps: a geocoded address, its primary contact, identity provider, plan and notifications', async ({
    page,
    lang,
  }) => {
    // Two dialog steps, then the file it made: a long walk.
    test.slow();
    const w = words[lang];
    const name = `Ébénisterie Nordique ${lang.toUpperCase()} ${Date.now()}`;

    await chooseLanguage(page, lang);
    await page.goto('/clients');
    await page.getByRole('button', { name: w.newClient }).click();
    const dialog = page.getByRole('dialog', { name: w.newClient });
    await dialog.getByLabel(w.name, { exact: true }).fill(name);
    // The known postal code fills in the city.
    await dialog.getByLabel(w.postalCode).fill('H3G 1P1');
    await expect(dialog.getByLabel(w.city)).not.toHaveValue('');
    // The address line suggests from the geocoder too (ADDRESS_SUGGEST_URL, here one on loopback that
    // speaks Photon): no client on file lives rue des Carrières. Chosen, it fills the rest of the address.
    await dialog.getByLabel(w.line1).fill('1 rue des Carr');
    const geocoded = page.getByRole('option', { name: /Rue des Carrières/ });
    await expect(geocoded).toBeVisible();
    await snap(page, 'staff-new-client-suggestions');
    await geocoded.click();
    await expect(dialog.getByLabel(w.line1)).toHaveValue(/^1,? Rue des Carrières$/);
    await expect(dialog.getByLabel(w.city)).toHaveValue('Québec');
    await expect(dialog.getByLabel(w.postalCode)).toHaveValue('G1R 4P5');
    await expect(dialog.getByRole('combobox', { name: w.province })).toContainText(
      lang === 'fr' ? 'Québec' : 'Quebec',
    );
    await snap(page, 'staff-new-client-company');
    await dialog.getByRole('button', { name: w.next }).click();

    await dialog.getByLabel(w.firstName).fill('Hugo');
    await dialog.getByLabel(w.lastName, { exact: true }).fill('Pelletier');
    await dialog.getByLabel(w.emailOptional).fill(`hugo.${Date.now().toString(36)}.${lang}@nordique.test`);
    await dialog.getByRole('combobox', { name: w.idp }).click();
    await page.getByRole('option', { name: /Azure AD/ }).click();
    await dialog.getByRole('combobox', { name: w.plan }).click();
    // Staff may give any plan on offer.
    await page.getByRole('option', { name: 'Sécurité avancée' }).click();
    // Seed 001: the client's users get no email until someone turns this on.
    const notifications = dialog.getByRole('switch', { name: w.notifications });
    await expect(notifications).not.toBeChecked();
    await notifications.check();
    await snap(page, 'staff-new-client-contact');
    await page.setViewportSize(PHONE);
    await snap(page, 'staff-new-client-contact-phone');
    await dialog.getByRole('button', { name: w.create }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(w.created)).toBeVisible();

    // The new file holds what the dialog was told.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('alert').getByRole('link', { name: w.open }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const file = page.getByRole('main');
    await expect(file).toContainText('Rue des Carrières');
    await expect(file).toContainText('G1R 4P5');
    await expect(file).toContainText('Azure AD');
    await expect(file).toContainText('Sécurité avancée');
    await expect(file).toContainText(w.notificationsOn);
    await snap(page, 'staff-new-client-info');
    await page.getByRole('tab', { name: w.contacts }).click();
    await expect(file).toContainText('Hugo Pelletier');
    await snap(page, 'staff-new-client-file');
  });
});
