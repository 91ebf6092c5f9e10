import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
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

test.use({ lang: 'en', storageState: STAFF_ADMIN });

const words = {
  en: {
    tabs: {
      info: 'Info',
      terms: 'Terms',
      crm: 'CRM',
      notes: 'Notes',
      contacts: 'Contacts',
      activity: 'Activity',
    },
    edit: 'Edit',
    save: 'Save',
    phone: 'Phone',
    mobile: 'Mobile',
    health: 'Health',
    cancel: 'Cancel',
    domains: 'Email domains',
    registrationIp: 'Registration IP',
    postalCode: 'Postal code',
    country: 'Country',
    invalidIp: 'Invalid format (expected: IPv4 / IPv6).',
    invalidPostalCode: 'Invalid format (expected: 75001).',
    taken: 'is already in use',
    updated: 'Updated',
    activityList: 'Activity, newest first',
    paymentTerms: 'Payment terms',
    custom: 'Custom (days)',
    days: 'Days to pay',
    discount: 'Default discount',
    daysShown: '45 days',
    discountShown: '7.5%',
    required: 'This field is required.',
    newNote: 'New note',
    addNote: 'Add the note',
    pin: 'Pin note',
    unpin: 'Unpin note',
    pinned: 'Pinned',
    addContact: 'Add a contact',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    title: 'Title',
    createContact: 'Create the contact',
    makePrimary: (name: string) => `Make ${name} the primary contact`,
    isPrimary: (name: string) => `${name} is now the primary contact.`,
    primary: 'Primary contact',
    conflictTitle: 'Someone else saved this client meanwhile',
    reapply: 'Reapply mine',
    unsaved: 'Leave without saving?',
    stay: 'Stay on the page',
    conflictChanged: 'Changed by someone else',
    savedBy: (name: string) => `Saved by ${name}:`,
    yours: 'Yours, not saved yet:',
    who: 'Who',
    action: 'Action',
    created: 'Created',
    noteCreated: 'Note',
    linked: 'Linked',
    unlinked: 'Unlinked',
    existing: 'Existing contact',
    findContact: 'Find a contact',
    linkContact: 'Link the contact',
    unlink: (name: string) => `Unlink ${name}`,
    unlinkTitle: 'Unlink this contact?',
    unlinkConfirm: 'Unlink',
    tier: 'Tier',
    renewalDate: 'Renewal date',
    industry: 'Industry',
    owner: 'Account owner',
    salespeople: 'Salespeople',
    atRisk: 'At risk',
    premium: 'Premium',
  },
  fr: {
    tabs: {
      info: 'Infos',
      terms: 'Termes',
      crm: 'CRM',
      notes: 'Notes',
      contacts: 'Contacts',
      activity: 'Journal',
    },
    edit: 'Modifier',
    save: 'Enregistrer',
    phone: 'Téléphone',
    mobile: 'Cellulaire',
    health: 'Santé',
    cancel: 'Annuler',
    domains: 'Domaines de courriel',
    registrationIp: 'IP d’inscription',
    postalCode: 'Code postal',
    country: 'Pays',
    invalidIp: 'Format invalide (attendu\u00a0: IPv4 / IPv6).',
    invalidPostalCode: 'Format invalide (attendu\u00a0: 75001).',
    taken: 'est déjà utilisé',
    updated: 'Modification',
    activityList: 'Journal, du plus récent au plus ancien',
    paymentTerms: 'Conditions de paiement',
    custom: 'Autre délai (jours)',
    days: 'Délai de paiement (jours)',
    discount: 'Remise par défaut',
    daysShown: '45 jours',
    discountShown: '7,5 %',
    required: 'Ce champ est obligatoire.',
    newNote: 'Nouvelle note',
    addNote: 'Ajouter la note',
    pin: 'Épingler la note',
    unpin: 'Désépingler la note',
    pinned: 'Épinglée',
    addContact: 'Ajouter un contact',
    firstName: 'Prénom',
    lastName: 'Nom de famille',
    email: 'Courriel',
    title: 'Titre',
    createContact: 'Créer le contact',
    makePrimary: (name: string) => `Faire de ${name} le contact principal`,
    isPrimary: (name: string) => `${name} est maintenant le contact principal.`,
    primary: 'Contact principal',
    conflictTitle: 'Quelqu’un d’autre a enregistré ce client entre-temps',
    reapply: 'Réappliquer les miennes',
    unsaved: 'Quitter sans enregistrer\u202f?',
    stay: 'Rester sur la page',
    conflictChanged: 'Modifié par quelqu’un d’autre',
    savedBy: (name: string) => `Enregistré par ${name}\u00a0:`,
    yours: 'Votre valeur, pas encore enregistrée\u00a0:',
    who: 'Qui',
    action: 'Action',
    created: 'Création',
    noteCreated: 'Note',
    linked: 'Liaison',
    unlinked: 'Déliaison',
    existing: 'Contact existant',
    findContact: 'Trouver un contact',
    linkContact: 'Lier le contact',
    unlink: (name: string) => `Délier ${name}`,
    unlinkTitle: 'Délier ce contact\u202f?',
    unlinkConfirm: 'Délier',
    tier: 'Niveau',
    renewalDate: 'Date de renouvellement',
    industry: 'Secteur d’activité',
    owner: 'Responsable du compte',
    salespeople: 'Vendeurs',
    atRisk: 'En danger',
    premium: 'Premium',
  },
} as const;

/** In the test's language, on a client of the test's own. */
async function openNewClient(page: Page, lang: Lang, name: string, extra: Record<string, unknown> = {}) {
  await chooseLanguage(page, lang);
  const client = await createClient(page, name, extra);
  await page.goto(`/clients/${client.id}/info`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return client;
}

const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

test('Info: change the phone and add a domain; saved, and told in Activity', async ({ page, lang }, info) => {
  const w = words[lang];
  const name = unique(info, 'Quincaillerie Info');
  const domain = `${slug(name)}.example`;
  await openNewClient(page, lang, name);
  await snap(page, 'client-info');

  await page.getByRole('button', { name: w.edit }).click();
  await field(page, w.phone).fill('418 555 0199');
  await field(page, w.domains).fill(domain);
  await field(page, w.domains).press('Enter');
  await snap(page, 'client-info-edit');

  // Leaving with changes not saved asks first.
  await page.getByRole('tab', { name: w.tabs.terms }).click();
  const leave = page.getByRole('dialog', { name: w.unsaved });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: w.stay }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(/\/info$/);

  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('button', { name: w.edit })).toBeVisible();
  // Stored as dialled from Canada, shown as people read it.
  await expect(page.getByRole('link', { name: '+1 418 555 0199' })).toBeVisible();
  await expect(page.getByText(domain, { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: w.tabs.activity }).click();
  await expect(page).toHaveURL(/\/activity$/);
  const latest = page.getByRole('list', { name: w.activityList }).getByRole('listitem').first();
  await expect(latest).toContainText(w.updated);
  await expect(latest).toContainText('+1 418 555 0199');
  await expect(latest).toContainText(domain);
  await snap(page, 'client-activity');
});

test('Info: refused values are shown under their fields', async ({ page, lang }, info) => {
  const w = words[lang];
  await openNewClient(page, lang, unique(info, 'Refus'));
  await page.getByRole('button', { name: w.edit }).click();

  // The shared validators answer at once: octets over 255, a Canadian code for a French address.
  await field(page, w.registrationIp).fill('123.542.654.785');
  await field(page, w.registrationIp).blur();
  await expect(page.getByText(w.invalidIp)).toBeVisible();
  await field(page, w.country).first().fill('FR');
  await field(page, w.postalCode).first().fill('H2X');
  await field(page, w.postalCode).first().blur();
  await expect(page.getByText(w.invalidPostalCode)).toBeVisible();
  await snap(page, 'client-info-field-errors');

  // Only the server knows a domain belongs to another client: its answer lands under the same field.
  await field(page, w.registrationIp).fill('203.0.113.7');
  await field(page, w.postalCode).first().fill('69002');
  await field(page, w.domains).fill('hervedavid.com');
  await field(page, w.domains).press('Enter');
  const domainTaken = async (language: Lang) => {
    const taken = words[language].taken;
    await page.getByRole('button', { name: words[language].save }).click();
    await expect(
      page.getByText(`“hervedavid.com” ${taken}`).or(page.getByText(`« hervedavid.com » ${taken}`)),
    ).toBeVisible();
  };
  await domainTaken(lang);
  await expect(field(page, w.domains)).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'client-info-server-error', { askAgain: domainTaken });
});

test.describe('in French', () => {
  test.use({ lang: 'fr' });
  test('Terms: custom payment days and a discount typed as a plain decimal', async ({ page, lang }, info) => {
    const w = words[lang];
    await openNewClient(page, lang, unique(info, 'Termes'));
    await page.getByRole('tab', { name: w.tabs.terms }).click();
    // The button names its tab: the Info tab's stays on screen while the Terms tab loads.
    await page.getByRole('button', { name: `${w.edit} ${w.tabs.terms}` }).click();

    await expect(page.getByLabel(w.days)).toHaveCount(0);
    await page.getByRole('combobox', { name: w.paymentTerms }).click();
    await page.getByRole('option', { name: w.custom }).click();
    // Custom terms need their number of days.
    await page.getByRole('button', { name: w.save }).click();
    await expect(page.getByText(w.required)).toBeVisible();
    await field(page, w.days).fill('45');
    await field(page, w.discount).fill(lang === 'fr' ? '7,5' : '7.5');
    await snap(page, 'client-terms-edit');
    await page.getByRole('button', { name: w.save }).click();

    await expect(page.getByRole('button', { name: w.edit })).toBeVisible();
    await expect(page.getByText(w.daysShown)).toBeVisible();
    await expect(page.getByText(w.discountShown)).toBeVisible();
    await snap(page, 'client-terms');
  });
});

test('Notes: add one, then pin it above the others', async ({ page, lang }, info) => {
  const w = words[lang];
  await openNewClient(page, lang, unique(info, 'Notes'));
  await page.getByRole('tab', { name: w.tabs.notes }).click();

  const first = `Première note ${Date.now()}`;
  const second = `Rappeler lundi pour le renouvellement ${Date.now()}`;
  for (const body of [first, second]) {
    await field(page, w.newNote).fill(body);
    await page.getByRole('button', { name: w.addNote }).click();
    await expect(page.getByRole('article').filter({ hasText: body })).toBeVisible();
    await expect(field(page, w.newNote)).toHaveValue('');
  }
  // Newest first: the first note is below the second until pinned.
  await expect(page.getByRole('article').first()).toContainText(second);
  const note = page.getByRole('article').filter({ hasText: first });
  await note.getByRole('button', { name: w.pin }).click();
  await expect(note.getByRole('button', { name: w.unpin })).toBeVisible();
  await expect(note.getByText(w.pinned, { exact: true })).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText(first);
  await snap(page, 'client-notes');
});

test('Contacts: add a new contact and make them the primary one', async ({ page, lang }, info) => {
  const w = words[lang];
  const name = unique(info, 'Contacts');
  await openNewClient(page, lang, name);
  await page.getByRole('tab', { name: w.tabs.contacts }).click();

  await page.getByRole('button', { name: w.addContact }).click();
  const dialog = page.getByRole('dialog', { name: w.addContact });
  await field(dialog, w.firstName).fill('Geneviève');
  await field(dialog, w.lastName).fill('Lavoie');
  await field(dialog, w.email).fill(`genevieve.${slug(name)}@example.com`);
  await field(dialog, w.title).first().fill('Directrice des achats');
  await snap(page, 'client-contact-add');
  await dialog.getByRole('button', { name: w.createContact }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByRole('table');
  await expect(table).toContainText('Geneviève Lavoie');
  await expect(table).toContainText('Directrice des achats');
  await page.getByRole('button', { name: w.makePrimary('Geneviève Lavoie') }).click();
  await expect(page.getByText(w.isPrimary('Geneviève Lavoie'))).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Geneviève Lavoie' });
  await expect(row.getByRole('img', { name: w.primary })).toBeVisible();
  await snap(page, 'client-contacts');
});

/** A contact made through the API, linked to `clientId`. */
async function createContact(
  page: Page,
  clientId: string,
  firstName: string,
  lastName: string,
  email: string,
) {
  await graphql(
    page.request,
    'mutation ($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }',
    { i: { clientId, firstName, lastName, email, link: { title: 'Comptabilité', type: 'BILLING' } } },
  );
}

test('Contacts: link someone already at another client, make them primary, unlink another; Activity tells both', async ({
  page,
  lang,
}, info) => {
  const w = words[lang];
  const stamp = `${lang}${Date.now().toString(36)}`;
  const client = await openNewClient(page, lang, unique(info, 'Liens'));
  const elsewhereName = unique(info, 'Autre société');
  const elsewhere = await createClient(page, elsewhereName);
  const lucie = { first: 'Lucie', last: `Bouchard-${stamp}` };
  const paul = { first: 'Paul', last: `Ouellet-${stamp}` };
  const lucieName = `${lucie.first} ${lucie.last}`;
  const paulName = `${paul.first} ${paul.last}`;
  await createContact(page, elsewhere.id, lucie.first, lucie.last, `lucie.${stamp}@ailleurs.example`);
  await createContact(page, client.id, paul.first, paul.last, `paul.${stamp}@ici.example`);
  await page.getByRole('tab', { name: w.tabs.contacts }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText(paulName);

  // Someone known already: found by name, with the company they are at.
  await page.getByRole('button', { name: w.addContact }).click();
  const dialog = page.getByRole('dialog', { name: w.addContact });
  await dialog.getByRole('button', { name: w.existing }).click();
  await dialog.getByRole('combobox', { name: w.findContact }).fill(lucie.last);
  const option = page.getByRole('option', { name: new RegExp(lucieName) });
  await expect(option).toContainText(elsewhereName);
  await snap(page, 'client-contact-link-search');
  await option.click();
  await expect(dialog.getByRole('combobox', { name: w.findContact })).toHaveValue(lucieName);
  await field(dialog, w.title).first().fill('Contrôleuse');
  await snap(page, 'client-contact-link');
  await dialog.getByRole('button', { name: w.linkContact }).click();
  await expect(dialog).toBeHidden();
  await expect(table).toContainText(lucieName);
  await expect(table).toContainText('Contrôleuse');

  await page.getByRole('button', { name: w.makePrimary(lucieName) }).click();
  await expect(page.getByText(w.isPrimary(lucieName))).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: lucieName }).getByRole('img', { name: w.primary }),
  ).toBeVisible();

  // Unlinking asks first; the contact goes from this client only.
  await page.getByRole('button', { name: w.unlink(paulName) }).click();
  const confirm = page.getByRole('dialog', { name: w.unlinkTitle });
  await expect(confirm).toContainText(paulName);
  await snap(page, 'client-contact-unlink');
  await confirm.getByRole('button', { name: w.unlinkConfirm }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: paulName })).toHaveCount(0);
  await snap(page, 'client-contacts-linked');

  await page.getByRole('tab', { name: w.tabs.activity }).click();
  const entries = page.getByRole('list', { name: w.activityList }).getByRole('listitem');
  const titled = (action: string) =>
    entries.filter({ has: page.getByRole('heading', { level: 3, name: action, exact: true }) });
  await expect(entries.first()).toContainText(w.unlinked);
  await expect(titled(w.unlinked)).toContainText(paulName);
  await expect(titled(w.linked).filter({ hasText: lucieName })).toHaveCount(1);
});

test('Conflict: two people save the same client; the second sees their values beside theirs, and reapplies', async ({
  page,
  context,
  lang,
}, info) => {
  const w = words[lang];
  const client = await openNewClient(page, lang, unique(info, 'Conflit'));
  const other = await context.newPage();
  await other.goto(`/clients/${client.id}/info`);
  await expect(other.getByRole('button', { name: w.edit })).toBeVisible();

  // Both start editing the same version; both change the phone.
  await page.getByRole('button', { name: w.edit }).click();
  await other.getByRole('button', { name: w.edit }).click();
  await page.getByRole('textbox', { name: w.phone, exact: true }).fill('+1 514 555 0111');
  await page.getByRole('textbox', { name: w.mobile, exact: true }).fill('+1 514 555 0133');
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('button', { name: w.edit })).toBeVisible();

  await other.getByRole('textbox', { name: w.phone, exact: true }).fill('+1 514 555 0122');
  await field(other, w.registrationIp).fill('198.51.100.23');
  await other.getByRole('button', { name: w.save }).click();
  const dialog = other.getByRole('dialog', { name: w.conflictTitle });
  await expect(dialog).toBeVisible();
  // What they saved, as the file shows it, and by whom; mine beside it where we both changed a field.
  const changed = dialog.getByRole('list', { name: w.conflictChanged }).getByRole('listitem');
  await expect(changed).toHaveCount(2);
  const phone = changed.filter({ hasText: w.phone });
  await expect(phone).toContainText(`${w.savedBy('Admin Démo')} +1 514 555 0111`);
  await expect(phone).toContainText(`${w.yours} +1 514 555 0122`);
  const mobile = changed.filter({ hasText: w.mobile });
  await expect(mobile).toContainText(`${w.savedBy('Admin Démo')} +1 514 555 0133`);
  await expect(mobile).not.toContainText(w.yours);
  await snap(other, 'client-conflict');

  await dialog.getByRole('button', { name: w.reapply }).click();
  await expect(dialog).toBeHidden();
  await expect(other.getByRole('button', { name: w.edit })).toBeVisible();
  // Mine where we both changed it, theirs elsewhere: nothing lost.
  await expect(other.getByRole('link', { name: '+1 514 555 0122' })).toBeVisible();
  await expect(other.getByRole('link', { name: '+1 514 555 0133' })).toBeVisible();
  await expect(other.getByText('198.51.100.23')).toBeVisible();
  await other.close();
});

const PASSWORD = 'une phrase de passe bien à moi';

/**
 * A staff colleague of the test's own: invited by the administrator, their
 * password chosen with the link from the mail, signed in on a request context
 * of their own (their changes are theirs in the log).
 */
async function colleague(
  page: Page,
  newContext: () => Promise<APIRequestContext>,
  displayName: string,
): Promise<{ id: string; name: string; api: APIRequestContext }> {
  const email = `${slug(displayName)}@clientele.test`;
  const { createUser } = await graphql<{ createUser: { user: { id: string } } }>(
    page.request,
    `
      mutation ($i: CreateUserInput!) {
        createUser(input: $i) {
          user {
            id
          }
        }
      }
    `,
    { i: { email, displayName, role: 'STAFF', locale: 'FR' } },
  );
  const link = linkIn(await waitForMail(email), '/reset-password');
  const token = new URLSearchParams(link.split('?')[1]).get('token');
  const api = await newContext();
  await graphql(api, 'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { done } }', {
    i: { token, password: PASSWORD },
  });
  await graphql(api, 'mutation ($i: SignInInput!) { signIn(input: $i) { expiresAt } }', {
    i: { login: email, password: PASSWORD },
  });
  return { id: createUser.user.id, name: displayName, api };
}

/** Saves Info fields over the version the file has now, as whoever `request` is signed in as. */
async function updateInfo(request: APIRequestContext, id: string, values: Record<string, unknown>) {
  const { client } = await graphql<{ client: { version: number } }>(
    request,
    'query ($id: ID!) { client(id: $id) { version } }',
    { id },
  );
  await graphql(
    request,
    'mutation ($i: UpdateClientInput!) { updateClient(input: $i) { client { version } } }',
    { i: { id, version: client.version, ...values } },
  );
}

async function chooseOption(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('Activity: narrowed to one person, then to one action, the timeline shows only theirs', async ({
  page,
  playwright,
  baseURL,
  lang,
}, info) => {
  const w = words[lang];
  const client = await openNewClient(page, lang, unique(info, 'Journal'));
  const them = await colleague(
    page,
    () => playwright.request.newContext({ baseURL }),
    unique(info, 'Collègue'),
  );
  // The administrator changed the phone; the colleague the website, then wrote a note.
  await updateInfo(page.request, client.id, { phone: '+15145550142' });
  await updateInfo(them.api, client.id, { website: 'https://collegue.example' });
  await graphql(them.api, 'mutation ($i: CreateNoteInput!) { createNote(input: $i) { note { id } } }', {
    i: { clientId: client.id, body: 'Rappeler après la réunion.' },
  });

  await page.goto(`/clients/${client.id}/activity`);
  const entries = page.getByRole('list', { name: w.activityList }).getByRole('listitem');
  await expect(entries.filter({ hasText: them.name })).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Admin Démo' })).not.toHaveCount(0);

  // Everyone in this file's log is offered, by kind.
  await page.getByRole('combobox', { name: w.who }).click();
  await expect(page.getByRole('option', { name: 'Admin Démo', exact: true })).toBeVisible();
  await snap(page, 'client-activity-who');
  await page.getByRole('option', { name: them.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]person=${them.id}`));
  await expect(entries).toHaveCount(2);
  for (const entry of await entries.all()) await expect(entry).toContainText(them.name);
  await expect(entries.filter({ hasText: 'https://collegue.example' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Rappeler après la réunion.' })).toHaveCount(1);
  await snap(page, 'client-activity-person');

  // And only their changes to the file itself: the note goes.
  await page.getByRole('combobox', { name: w.action }).click();
  await page.getByRole('option', { name: w.updated, exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/[?&]action=UPDATED/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('https://collegue.example');
  await snap(page, 'client-activity-person-action');

  // The URL is the state: the same view after a reload; another person, the same action.
  await page.reload();
  await expect(entries).toHaveCount(1);
  await chooseOption(page, w.who, 'Admin Démo');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('+1 514 555 0142');
  await expect(entries.first()).not.toContainText(them.name);
  await them.api.dispose();
});

test('CRM: health, tier, renewal, industry, owner and a salesperson, saved and still there after a reload', async ({
  page,
  lang,
}, info) => {
  const w = words[lang];
  const client = await openNewClient(page, lang, unique(info, 'Relation'));
  // A salesperson of the test's own: staff are chosen from everyone active, invited ones included.
  const seller = unique(info, 'Vendeuse');
  await graphql(page.request, 'mutation ($i: CreateUserInput!) { createUser(input: $i) { user { id } } }', {
    i: { email: `${slug(seller)}@clientele.test`, displayName: seller, role: 'STAFF', locale: 'FR' },
  });
  // One of the demo's industries: the lists test archives the ones it makes, maybe meanwhile.
  const industry = 'Construction';

  await page.goto(`/clients/${client.id}/crm`);
  await page.getByRole('button', { name: `${w.edit} ${w.tabs.crm}` }).click();
  await chooseOption(page, w.health, w.atRisk);
  await chooseOption(page, w.tier, w.premium);
  await field(page, w.renewalDate).fill('2027-03-31');
  await chooseOption(page, w.industry, industry);
  await page.getByRole('combobox', { name: w.owner }).click();
  await page.getByRole('option', { name: /^Admin Démo/ }).click();
  await page.getByRole('combobox', { name: w.salespeople }).click();
  await page.getByRole('option', { name: new RegExp(`^${seller}`) }).click();
  await page.keyboard.press('Escape');
  await snap(page, 'client-crm-edit');
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('button', { name: `${w.edit} ${w.tabs.crm}` })).toBeVisible();

  const renewal = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date('2027-03-31T00:00:00Z'));
  await page.reload();
  const main = page.getByRole('main');
  for (const shown of [w.atRisk, w.premium, renewal, industry, 'Admin Démo', seller])
    await expect(main.getByText(shown).first()).toBeVisible();
  await snap(page, 'client-crm-saved');
});

/** The demo client whose every tab is filled: the screens as people see them. */
async function openDemoClient(page: Page, lang: Lang, tab: string) {
  await chooseLanguage(page, lang);
  const found = await graphql<{ clients: { edges: { node: { id: string } }[] } }>(
    page.request,
    '{ clients(first: 1, filter: { search: "Hervé David Rénovations" }) { edges { node { id } } } }',
  );
  const id = found.clients.edges[0]!.node.id;
  await page.goto(`/clients/${id}/${tab}`);
  return id;
}

const TABS = ['info', 'terms', 'crm', 'notes', 'contacts', 'activity'] as const;

test('Every tab of a full client file, read and edited, on a wide screen', async ({ page, lang }) => {
  const w = words[lang];
  const id = await openDemoClient(page, lang, 'info');
  for (const tab of TABS) {
    await page.goto(`/clients/${id}/${tab}`);
    await expect(page.getByRole('tab', { name: w.tabs[tab], selected: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await snap(page, `demo-${tab}`);
  }
  await page.goto(`/clients/${id}/crm`);
  await page.getByRole('button', { name: `${w.edit} ${w.tabs.crm}` }).click();
  await expect(page.getByRole('combobox', { name: w.health })).toBeVisible();
  await snap(page, 'demo-crm-edit');
  await page.getByRole('button', { name: w.cancel }).click();
});

test('Phone width: tabs scroll and forms stack in one column', async ({ page, lang }) => {
  const w = words[lang];
  await page.setViewportSize({ width: 390, height: 844 });
  const id = await openDemoClient(page, lang, 'info');

  const tabs = page.getByRole('tablist');
  await expect(tabs).toBeVisible();
  const box = await tabs.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  // The last tab is off screen until the tabs are scrolled: they scroll rather than squeeze.
  await expect(page.getByRole('tab', { name: w.tabs.activity })).not.toBeInViewport();

  for (const tab of TABS) {
    await page.goto(`/clients/${id}/${tab}`);
    await expect(page.getByRole('tab', { name: w.tabs[tab], selected: true })).toBeInViewport();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    // Nothing wider than the screen: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snap(page, `client-${tab}-phone`);
  }

  await page.goto(`/clients/${id}/info`);
  await page.getByRole('button', { name: `${w.edit} ${w.tabs.info}` }).click();
  const phone = await field(page, w.phone).boundingBox();
  const mobile = await field(page, w.mobile).boundingBox();
  // One column: fields side by side on a wide screen sit one above the other here.
  expect(Math.abs(phone!.x - mobile!.x)).toBeLessThan(2);
  expect(mobile!.y).toBeGreaterThan(phone!.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snap(page, 'client-info-edit-phone');
  await page.getByRole('button', { name: w.cancel }).click();
});
