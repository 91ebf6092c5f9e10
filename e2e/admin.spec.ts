import { expect, type Page } from '@playwright/test';
import { STAFF_ADMIN, chooseLanguage, graphql, snap, unique, type Lang, test } from './support';

test.use({ lang: 'fr', storageState: STAFF_ADMIN });

/** What the administration pages say, in each language: tests read them as people do. */
const words = {
  en: {
    nav: 'Administration',
    menu: 'Administration pages',
    users: 'Users and roles',
    partners: 'Partners',
    plans: 'Service plans',
    lists: 'Lists',
    tokens: 'API tokens',
    outbox: 'Outbox',
    staffInvitation: 'Staff invitation',
    newUser: 'New user',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    staff: 'Staff',
    viewer: 'Viewer',
    createAndInvite: 'Create and send the invitation',
    invalidEmail: 'Invalid format (expected: info@example.com).',
    required: 'This field is required.',
    created: (email: string) => `The invitation went to ${email}`,
    invited: 'Invited',
    active: 'Active',
    deactivatedChip: 'Deactivated',
    edit: (name: string) => `Edit ${name}`,
    save: 'Save',
    deactivate: (name: string) => `Deactivate ${name}`,
    deactivateTitle: (name: string) => `Deactivate ${name}?`,
    deactivateConfirm: 'Deactivate',
    resend: (name: string) => `Send ${name} a new invitation`,
    resent: 'the previous link no longer works',
    reactivate: (name: string) => `Reactivate ${name}`,
    self: 'You cannot deactivate your own account.',
    usersTable: 'Staff users',
    invitationSubject: 'Your Clientele account',
    emailText: 'Text of the email',
    close: 'Close',
    newPassword: 'New password',
    confirmation: 'New password, again',
    savePassword: 'Save the new password',
    signInEmail: 'Email',
    signInPassword: 'Password',
    signInSubmit: 'Sign in',
    newToken: 'New token',
    createToken: 'Create the token',
    readWrite: 'Read and write',
    secretWarning: 'Copy this token now',
    copy: 'Copy',
    copied: 'I have copied it',
    revoke: (name: string) => `Revoke ${name}`,
    revokeConfirm: 'Revoke',
    revoked: 'Revoked',
    addBranch: 'Add a branch',
    lists2: {
      industries: { title: 'Industries', add: 'Add an industry', label: 'Industrie' },
      accountGroups: { title: 'Account groups', add: 'Add an account group', label: 'Groupe' },
    },
    city: 'City',
    add: 'Add',
    taken: 'is already in use',
    archived: 'Archived (no longer offered)',
    archivedChip: 'Archived',
    newPartner: 'New partner',
    certifications: 'Certifications',
    addUser: (name: string) => `Add a user to ${name}`,
    initialPassword: 'Initial password',
    retire: /^Retired: no longer offered/,
    retired: 'Retired',
    newPlan: 'New plan',
    code: 'Code',
    requiredCertification: 'Required certification',
  },
  fr: {
    nav: 'Administration',
    menu: 'Pages d’administration',
    users: 'Utilisateurs et rôles',
    partners: 'Partenaires',
    plans: 'Forfaits de service',
    lists: 'Listes',
    tokens: 'Jetons d’API',
    outbox: 'Courriels sortants',
    staffInvitation: 'Invitation d’un employé',
    newUser: 'Nouvel utilisateur',
    name: 'Nom',
    email: 'Courriel',
    role: 'Rôle',
    staff: 'Employé',
    viewer: 'Lecture seule',
    createAndInvite: 'Créer et envoyer l’invitation',
    invalidEmail: 'Format invalide (attendu\u00a0: info@example.com).',
    required: 'Ce champ est obligatoire.',
    created: (email: string) => `L’invitation est partie à ${email}`,
    invited: 'Invité',
    active: 'Actif',
    deactivatedChip: 'Désactivé',
    edit: (name: string) => `Modifier ${name}`,
    save: 'Enregistrer',
    deactivate: (name: string) => `Désactiver ${name}`,
    deactivateTitle: (name: string) => `Désactiver ${name} ?`,
    deactivateConfirm: 'Désactiver',
    resend: (name: string) => `Envoyer une nouvelle invitation à ${name}`,
    resent: 'le lien précédent ne fonctionne plus',
    reactivate: (name: string) => `Réactiver ${name}`,
    self: 'Vous ne pouvez pas désactiver votre propre compte.',
    usersTable: 'Utilisateurs du personnel',
    invitationSubject: 'Votre compte Clientele',
    emailText: 'Texte du courriel',
    close: 'Fermer',
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Nouveau mot de passe, encore',
    savePassword: 'Enregistrer le nouveau mot de passe',
    signInEmail: 'Courriel',
    signInPassword: 'Mot de passe',
    signInSubmit: 'Se connecter',
    newToken: 'Nouveau jeton',
    createToken: 'Créer le jeton',
    readWrite: 'Lecture et écriture',
    secretWarning: 'Copiez ce jeton maintenant',
    copy: 'Copier',
    copied: 'Je l’ai copié',
    revoke: (name: string) => `Révoquer ${name}`,
    revokeConfirm: 'Révoquer',
    revoked: 'Révoqué',
    addBranch: 'Ajouter une succursale',
    lists2: {
      industries: { title: 'Secteurs d’activité', add: 'Ajouter un secteur', label: 'Secteur' },
      accountGroups: { title: 'Groupes de comptes', add: 'Ajouter un groupe de comptes', label: 'Groupe' },
    },
    city: 'Ville',
    add: 'Ajouter',
    taken: 'est déjà utilisé',
    archived: 'Archivé (n’est plus proposé)',
    archivedChip: 'Archivé',
    newPartner: 'Nouveau partenaire',
    certifications: 'Certifications',
    addUser: (name: string) => `Ajouter un utilisateur à ${name}`,
    initialPassword: 'Mot de passe initial',
    retire: /^Retiré : n’est plus offert/,
    retired: 'Retiré',
    newPlan: 'Nouveau forfait',
    code: 'Code',
    requiredCertification: 'Certification exigée',
  },
} as const;

async function openAdmin(page: Page, lang: Lang, next = '/clients') {
  await chooseLanguage(page, lang);
  await page.goto(next);
}

type Words = (typeof words)[Lang];

/**
 * Sends the dialog titled `dialog` with its button `button`, in `language`, and waits for the
 * server's refusal of a name already in use under its field: the journey's step, and the one
 * `snap` asks again in the other language.
 */
const refusedAsTaken =
  (page: Page, dialog: (w: Words) => string, button: (w: Words) => string) => async (language: Lang) => {
    const w = words[language];
    const asked = page.getByRole('dialog', { name: dialog(w) });
    await asked.getByRole('button', { name: button(w) }).click();
    await expect(asked.getByText(w.taken)).toBeVisible();
  };

/** A row of the desktop table, found by the text of its row header. */
const row = (page: Page, table: string, name: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ hasText: name });

test('users: an administrator creates a user, who reads the invitation in the outbox and signs in', async ({
  page,
  newBrowser,
  lang,
}, info) => {
  const w = words[lang];
  await openAdmin(page, lang);
  await page.getByRole('navigation').getByRole('link', { name: w.nav }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: w.users })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.users }),
  ).toHaveAttribute('aria-current', 'page');
  // Nobody deactivates themselves: the button says why instead of failing.
  const me = row(page, w.usersTable, 'Admin Démo');
  await expect(me.getByRole('button', { name: w.deactivate('Admin Démo') })).toBeDisabled();
  await snap(page, 'admin-users');

  // Bad input: said under each field, nothing sent.
  await page.getByRole('button', { name: w.newUser }).click();
  const dialog = page.getByRole('dialog', { name: w.newUser });
  await dialog.getByRole('textbox', { name: w.email }).fill('pas-un-courriel@');
  await dialog.getByRole('button', { name: w.createAndInvite }).click();
  await expect(dialog.getByText(w.invalidEmail)).toBeVisible();
  await expect(dialog.getByText(w.required)).toBeVisible();
  await snap(page, 'admin-user-new-errors');

  const name = unique(info, 'Recrue');
  const email = `recrue-${lang}-${Date.now().toString(36)}@clientele.test`;
  await dialog.getByRole('textbox', { name: w.name }).fill(name);
  await dialog.getByRole('textbox', { name: w.email }).fill(email);
  await dialog.getByRole('combobox', { name: w.role }).click();
  await page.getByRole('option', { name: w.viewer }).click();
  await dialog.getByRole('button', { name: w.createAndInvite }).click();
  await expect(page.getByRole('alert').filter({ hasText: w.created(email) })).toBeVisible();
  await expect(row(page, w.usersTable, name)).toContainText(w.invited);
  // A lost invitation is sent again; only the newest link works.
  await row(page, w.usersTable, name)
    .getByRole('button', { name: w.resend(name) })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: w.resent })).toBeVisible();

  // A taken email is refused by the server, under the field.
  await page.getByRole('button', { name: w.newUser }).click();
  await dialog.getByRole('textbox', { name: w.name }).fill(`${name} bis`);
  await dialog.getByRole('textbox', { name: w.email }).fill(email.toUpperCase());
  const emailTaken = refusedAsTaken(
    page,
    (l) => l.newUser,
    (l) => l.createAndInvite,
  );
  await emailTaken(lang);
  await snap(page, 'admin-user-taken', { askAgain: emailTaken });
  await dialog.getByRole('button', { name: lang === 'fr' ? 'Annuler' : 'Cancel' }).click();

  // Change the role.
  await row(page, w.usersTable, name)
    .getByRole('button', { name: w.edit(name) })
    .click();
  const editor = page.getByRole('dialog', { name: w.edit(name) });
  await editor.getByRole('combobox', { name: w.role }).click();
  await page.getByRole('option', { name: w.staff }).click();
  await snap(page, 'admin-user-edit');
  await editor.getByRole('button', { name: w.save }).click();
  await expect(editor).toBeHidden();
  await expect(row(page, w.usersTable, name)).toContainText(w.staff);

  // The invitation waits in the outbox, readable: its link is how the new user gets in.
  await page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.outbox }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.outbox })).toBeVisible();
  // Newest first: the resent invitation, whose link is the one that works.
  const mail = page.getByRole('row').filter({ hasText: email }).first();
  await expect(mail).toContainText(w.staffInvitation);
  await snap(page, 'admin-outbox');
  await mail.getByRole('button', { name: w.invitationSubject }).click();
  const letter = page.getByRole('dialog', { name: w.invitationSubject });
  const body = letter.getByLabel(w.emailText);
  await expect(body).toContainText(email);
  await snap(page, 'admin-outbox-email');
  const link = /\/reset-password\?token=\S+/.exec((await body.textContent()) ?? '')![0];
  await letter.getByRole('button', { name: w.close }).click();

  // The new user chooses a password with the link, in a browser of their own, and signs in.
  const them = await newBrowser(lang);
  await them.goto(link);
  const password = 'une longue phrase bien à moi';
  await them.getByLabel(w.newPassword, { exact: true }).fill(password);
  await them.getByLabel(w.confirmation).fill(password);
  await them.getByRole('button', { name: w.savePassword }).click();
  await expect(them).toHaveURL(/\/sign-in/);
  await them.getByLabel(w.signInEmail).fill(email);
  await them.getByLabel(w.signInPassword, { exact: true }).fill(password);
  await them.getByRole('button', { name: w.signInSubmit }).click();
  await expect(them).toHaveURL(/\/clients/);
  // Not an administrator: no Administration in their app bar.
  await expect(them.getByRole('link', { name: w.nav })).toHaveCount(0);

  // Deactivated, with a confirmation: their session ends at once.
  await page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.users }).click();
  await expect(row(page, w.usersTable, name)).toContainText(w.active);
  await row(page, w.usersTable, name)
    .getByRole('button', { name: w.deactivate(name) })
    .click();
  const confirm = page.getByRole('dialog', { name: w.deactivateTitle(name) });
  await snap(page, 'admin-user-deactivate');
  await confirm.getByRole('button', { name: w.deactivateConfirm }).click();
  await expect(row(page, w.usersTable, name)).toContainText(w.deactivatedChip);
  await them.reload();
  await expect(them).toHaveURL(/\/sign-in/);

  await row(page, w.usersTable, name)
    .getByRole('button', { name: w.reactivate(name) })
    .click();
  await expect(row(page, w.usersTable, name)).toContainText(w.active);
});

test('users and outbox at phone width: a menu of pages, cards instead of tables', async ({
  page,
  lang,
}, info) => {
  const w = words[lang];
  await page.setViewportSize({ width: 390, height: 844 });
  await openAdmin(page, lang, '/admin/users');
  // A user of this test's own, so the outbox holds their invitation whatever ran before.
  const email = `mobile-${lang}-${Date.now().toString(36)}@clientele.test`;
  await graphql(
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
    {
      i: { email, displayName: unique(info, 'Mobile'), role: 'VIEWER', locale: lang.toUpperCase() },
    },
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: w.users })).toBeVisible();
  await expect(page.getByRole('list', { name: w.usersTable })).toContainText(email);
  await snap(page, 'admin-users-phone');
  await page.getByRole('combobox', { name: w.menu }).click();
  await page.getByRole('option', { name: w.outbox }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByRole('heading', { level: 1, name: w.outbox })).toBeVisible();
  await snap(page, 'admin-outbox-phone');
  await page
    .getByRole('list', { name: lang === 'fr' ? 'Courriels' : 'Emails' })
    .getByRole('listitem')
    .filter({ hasText: email })
    .getByRole('button', { name: w.invitationSubject })
    .click();
  await expect(page.getByRole('dialog').getByLabel(w.emailText)).toBeVisible();
  await snap(page, 'admin-outbox-email-phone');
  await page.keyboard.press('Escape');

  // Every other page fits the phone too: picked from the same menu.
  for (const [key, heading] of [
    ['partners', w.partners],
    ['plans', w.plans],
    ['lists', w.lists],
    ['api-tokens', w.tokens],
  ] as const) {
    await page.getByRole('combobox', { name: w.menu }).click();
    await page.getByRole('option', { name: heading }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await snap(page, `admin-${key}-phone`);
  }
});

test('API tokens: the secret is shown once, with a warning; revoking asks first', async ({
  page,
  request,
  lang,
}, info) => {
  const w = words[lang];
  await openAdmin(page, lang, '/admin/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: w.tokens })).toBeVisible();
  await page.getByRole('button', { name: w.newToken }).click();
  const dialog = page.getByRole('dialog', { name: w.newToken });
  await dialog.getByRole('button', { name: w.createToken }).click();
  await expect(dialog.getByText(w.required)).toBeVisible();
  const name = unique(info, 'Synchro');
  await dialog.getByRole('textbox', { name: w.name }).fill(name);
  await dialog.getByRole('radio', { name: w.readWrite }).check();
  await snap(page, 'admin-token-new');
  await dialog.getByRole('button', { name: w.createToken }).click();

  const secret = page.getByRole('dialog', { name: new RegExp(name) });
  await expect(secret.getByText(w.secretWarning)).toBeVisible();
  const token = await secret.getByRole('textbox').inputValue();
  expect(token).toMatch(/^ct_/);
  await expect(secret.getByRole('button', { name: w.copy })).toBeVisible();
  await snap(page, 'admin-token-secret');
  await secret.getByRole('button', { name: w.copied }).click();
  await expect(secret).toBeHidden();

  // Never shown again: the list knows the start of it only.
  const line = page.getByRole('article', { name });
  await expect(line).toContainText(token.slice(0, 10));
  await expect(page.getByText(token)).toHaveCount(0);
  await snap(page, 'admin-tokens');

  await line.getByRole('button', { name: w.revoke(name) }).click();
  await snap(page, 'admin-token-revoke');
  await page.getByRole('dialog').getByRole('button', { name: w.revokeConfirm }).click();
  await expect(line).toContainText(w.revoked);
  // The program holding it is refused from now on.
  const refused = await request.post('/graphql', {
    data: { query: '{ clients { totalCount } }' },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(JSON.stringify(await refused.json())).toContain('UNAUTHENTICATED');
});

test('lists: add a branch, refuse a duplicate, archive it', async ({ page, lang }, info) => {
  const w = words[lang];
  await openAdmin(page, lang, '/admin/lists');
  await expect(page.getByRole('heading', { level: 1, name: w.lists })).toBeVisible();
  await snap(page, 'admin-lists');
  const name = unique(info, 'Succursale');
  const branches = lang === 'fr' ? 'Succursales' : 'Branches';
  await page.getByRole('button', { name: w.addBranch }).click();
  let dialog = page.getByRole('dialog', { name: w.addBranch });
  await dialog.getByRole('textbox', { name: w.name }).fill(name);
  await dialog.getByRole('textbox', { name: w.city }).fill('Québec');
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(row(page, branches, name)).toContainText('Québec');

  await page.getByRole('button', { name: w.addBranch }).click();
  dialog = page.getByRole('dialog', { name: w.addBranch });
  await dialog.getByRole('textbox', { name: w.name }).fill(name.toUpperCase());
  const branchTaken = refusedAsTaken(
    page,
    (l) => l.addBranch,
    (l) => l.add,
  );
  await branchTaken(lang);
  await snap(page, 'admin-branch-taken', { askAgain: branchTaken });
  await dialog.getByRole('button', { name: lang === 'fr' ? 'Annuler' : 'Cancel' }).click();

  await row(page, branches, name)
    .getByRole('button', { name: w.edit(name) })
    .click();
  dialog = page.getByRole('dialog', { name: w.edit(name) });
  await dialog.getByRole('switch', { name: w.archived }).check();
  await snap(page, 'admin-branch-edit');
  await dialog.getByRole('button', { name: w.save }).click();
  await expect(row(page, branches, name)).toContainText(w.archivedChip);
});

for (const list of ['industries', 'accountGroups'] as const) {
  test(`lists: ${list} — add one, refuse a duplicate, rename it, archive it`, async ({
    page,
    lang,
  }, info) => {
    const w = words[lang];
    const l = w.lists2[list];
    await openAdmin(page, lang, '/admin/lists');
    await expect(page.getByRole('heading', { level: 1, name: w.lists })).toBeVisible();
    const name = unique(info, l.label);
    await page.getByRole('button', { name: l.add }).click();
    let dialog = page.getByRole('dialog', { name: l.add });
    // Only a branch has a city.
    await expect(dialog.getByRole('textbox', { name: w.city })).toHaveCount(0);
    await dialog.getByRole('textbox', { name: w.name }).fill(name);
    await snap(page, `admin-${list}-new`);
    await dialog.getByRole('button', { name: w.add }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, l.title, name)).toBeVisible();

    // The same name in other capitals is the same item: refused under the field.
    await page.getByRole('button', { name: l.add }).click();
    dialog = page.getByRole('dialog', { name: l.add });
    await dialog.getByRole('textbox', { name: w.name }).fill(name.toLowerCase());
    const nameTaken = refusedAsTaken(
      page,
      (l) => l.lists2[list].add,
      (l) => l.add,
    );
    await nameTaken(lang);
    await expect(dialog.getByRole('textbox', { name: w.name })).toHaveAttribute('aria-invalid', 'true');
    await snap(page, `admin-${list}-taken`, { askAgain: nameTaken });
    await dialog.getByRole('button', { name: lang === 'fr' ? 'Annuler' : 'Cancel' }).click();
    await expect(row(page, l.title, name.toLowerCase())).toHaveCount(1);

    const renamed = `${name} Nord`;
    await row(page, l.title, name)
      .getByRole('button', { name: w.edit(name) })
      .click();
    dialog = page.getByRole('dialog', { name: w.edit(name) });
    await dialog.getByRole('textbox', { name: w.name }).fill(renamed);
    await snap(page, `admin-${list}-rename`);
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, l.title, renamed)).toBeVisible();

    await row(page, l.title, renamed)
      .getByRole('button', { name: w.edit(renamed) })
      .click();
    dialog = page.getByRole('dialog', { name: w.edit(renamed) });
    await dialog.getByRole('switch', { name: w.archived }).check();
    await snap(page, `admin-${list}-archive`);
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, l.title, renamed)).toContainText(w.archivedChip);
  });
}

test('partners and plans: a partner with certifications and a user, a plan that requires one', async ({
  page,
  lang,
}, info) => {
  const w = words[lang];
  await openAdmin(page, lang, '/admin/partners');
  await expect(page.getByRole('heading', { level: 1, name: w.partners })).toBeVisible();
  await snap(page, 'admin-partners');
  let name = unique(info, 'Partenaire');
  const code = `CERT-${lang.toUpperCase()}-${Date.now().toString(36).toUpperCase()}`;
  await page.getByRole('button', { name: w.newPartner }).click();
  let dialog = page.getByRole('dialog', { name: w.newPartner });
  await dialog.getByRole('textbox', { name: w.name }).fill(name);
  await dialog.getByRole('textbox', { name: w.certifications }).fill('pas bon!');
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(dialog.getByText('pas bon!'.toUpperCase()).first()).toBeVisible();
  await snap(page, 'admin-partner-new');
  await dialog.getByRole('textbox', { name: w.certifications }).fill(`${code.toLowerCase()}, security`);
  await dialog.getByRole('button', { name: w.add }).click();
  const partners = w.partners;
  await expect(row(page, partners, name)).toContainText(code);

  // Renamed, and one certification fewer, in the same edit.
  await row(page, partners, name)
    .getByRole('button', { name: w.edit(name) })
    .click();
  dialog = page.getByRole('dialog', { name: w.edit(name) });
  const renamed = `${name} Laurentides`;
  await dialog.getByRole('textbox', { name: w.name }).fill(renamed);
  await dialog.getByRole('textbox', { name: w.certifications }).fill(code);
  await snap(page, 'admin-partner-edit');
  await dialog.getByRole('button', { name: w.save }).click();
  await expect(dialog).toBeHidden();
  name = renamed;
  await expect(row(page, partners, name)).not.toContainText('SECURITY');

  await row(page, partners, name)
    .getByRole('button', { name: w.addUser(name) })
    .click();
  dialog = page.getByRole('dialog', { name: w.addUser(name) });
  await dialog.getByRole('textbox', { name: w.name }).fill('Paul Partenaire');
  await dialog
    .getByRole('textbox', { name: w.email })
    .fill(`paul-${lang}-${Date.now().toString(36)}@partenaire.test`);
  await dialog.getByLabel(w.initialPassword).fill('court');
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(dialog.getByLabel(w.initialPassword)).toHaveAttribute('aria-invalid', 'true');
  await snap(page, 'admin-partner-user');
  await dialog.getByLabel(w.initialPassword).fill('une phrase de passe du partenaire');
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(row(page, partners, name)).toContainText('Paul Partenaire');

  await page.getByRole('navigation', { name: w.menu }).getByRole('link', { name: w.plans }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.plans })).toBeVisible();
  await page.getByRole('button', { name: w.newPlan }).click();
  dialog = page.getByRole('dialog', { name: w.newPlan });
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(dialog.getByText(w.required).first()).toBeVisible();
  const plan = unique(info, 'Forfait');
  await dialog.getByRole('textbox', { name: w.name }).fill(plan);
  await dialog.getByRole('textbox', { name: w.code }).fill(code);
  await dialog.getByRole('combobox', { name: w.requiredCertification }).fill(code);
  await snap(page, 'admin-plan-new');
  await dialog.getByRole('button', { name: w.add }).click();
  await expect(row(page, w.plans, plan)).toContainText(code);
  await snap(page, 'admin-plans');

  // Retired: still listed, marked so; its code cannot change.
  await row(page, w.plans, plan)
    .getByRole('button', { name: w.edit(plan) })
    .click();
  dialog = page.getByRole('dialog', { name: w.edit(plan) });
  await expect(dialog.getByRole('textbox', { name: w.code })).not.toBeEditable();
  await dialog
    .getByRole('switch', { name: w.retire })
    .or(dialog.getByRole('checkbox', { name: w.retire }))
    .check();
  await snap(page, 'admin-plan-edit');
  await dialog.getByRole('button', { name: w.save }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, w.plans, plan)).toContainText(w.retired);
});
