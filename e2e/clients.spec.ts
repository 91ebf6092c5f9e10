import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { STAFF_ADMIN, chooseLanguage, createClient, snap, unique, type Lang, test } from './support';

test.use({ lang: 'fr', storageState: STAFF_ADMIN });

/** What each language calls the things the flow touches. */
const words = {
  en: {
    clients: 'Clients',
    newClient: 'New client',
    name: 'Name',
    code: /^Code \(/,
    postalCode: 'Postal code',
    create: 'Create',
    next: 'Next',
    search: 'Search',
    taken: 'is already in use',
    created: /created/,
    info: 'Info',
  },
  fr: {
    clients: 'Clients',
    newClient: 'Nouveau client',
    name: 'Nom',
    code: /^Code \(/,
    postalCode: 'Code postal',
    create: 'Créer',
    next: 'Suivant',
    search: 'Rechercher',
    taken: 'est déjà utilisé',
    created: /créé/,
    info: 'Infos',
  },
} as const;

test('create a client through the dialog and find it in the list', async ({ page, lang }) => {
  const w = words[lang];
  const stamp = Date.now();
  const name = `Fromagerie Éphémère ${lang.toUpperCase()} ${stamp}`;

  await chooseLanguage(page, lang);
  await page.goto('/');
  await expect(page).toHaveURL(/\/clients/);
  await expect(page.getByRole('heading', { name: w.clients })).toBeVisible();
  // The demo book and whatever other tests ran before: a first page, whichever names are on it.
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();
  await snap(page, 'clients-list');

  await page.getByRole('button', { name: w.newClient }).click();
  const dialog = page.getByRole('dialog', { name: w.newClient });
  await expect(dialog).toBeVisible();

  // The server refuses a code that is taken, under the field, in the user's language.
  await dialog.getByLabel(w.name, { exact: true }).fill(name);
  await dialog.getByLabel(w.code).fill('8005551');
  await dialog.getByLabel(w.postalCode).fill('G1R 4P5');
  // Two steps (seed 000): the company, then the primary contact and plan, left empty here.
  const codeTaken = async (language: Lang) => {
    const asked = page.getByRole('dialog', { name: words[language].newClient });
    await asked.getByRole('button', { name: words[language].next }).click();
    await asked.getByRole('button', { name: words[language].create }).click();
    // The code is on the first step: the dialog takes the person back to it.
    await expect(asked.getByText(words[language].taken)).toBeVisible();
  };
  await codeTaken(lang);
  await snap(page, 'new-client-error', { askAgain: codeTaken });

  await dialog.getByLabel(w.code).fill('');
  await dialog.getByRole('button', { name: w.next }).click();
  await dialog.getByRole('button', { name: w.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.created)).toBeVisible();

  await page
    .getByRole('searchbox', { name: w.search })
    .or(page.getByLabel(w.search))
    .first()
    // Lower case, in another order: each word is looked for on its own, whatever its case.
    .fill(`${stamp} éphémère`);
  const grid = page.getByRole('grid');
  await expect(page).toHaveURL(/q=/);
  // The new client may already be on the unfiltered first page: wait for the search's own answer,
  // the heading row and one client, so the screen is not read while the grid reloads.
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid).toContainText(name);
  await snap(page, 'clients-search');

  // The URL reproduces the view.
  await page.reload();
  await expect(page.getByRole('grid')).toContainText(name);

  // A row opens the client's file on its Info tab.
  await page.getByRole('grid').getByText(name).click();
  await expect(page).toHaveURL(/\/clients\/[^/]+\/info$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('tab', { name: w.info, selected: true })).toBeVisible();
});

/** The list's tools, in each language. */
const listWords = {
  en: {
    filters: /^Filters( \(\d+\))?$/,
    filterDialog: 'Filter clients',
    suspended: 'Suspended',
    tag: 'Tag',
    showResults: 'Show results',
    activeFilters: 'Active filters',
    removeStatus: /^Remove filter Status/,
    columns: 'Columns',
    columnsDialog: 'Choose columns',
    country: 'Country',
    email: 'Email',
    moveEmailUp: 'Move Email up',
    apply: 'Apply',
    views: 'Saved views',
    saveView: 'Save this view…',
    saveDialog: 'Save this view',
    viewName: 'View name',
    save: 'Save',
    required: /required/i,
    saved: (name: string) => `View “${name}” saved`,
    manage: 'Manage views…',
    manageDialog: 'My saved views',
    renameWord: 'Rename',
    overwrite: (name: string) => `Replace ${name} with the view on screen`,
    updated: (name: string) => `View “${name}” updated`,
    newName: /^New name for/,
    delete: 'Delete',
    close: 'Close',
    exportCsv: 'Export CSV',
    csvHeader: 'Code,Name,Email,Type,Status,Lifecycle,City,Created,Updated',
    active: 'Active',
    selectRow: 'Select row',
    deleteTwo: 'Delete 2 clients',
    confirmTwo: 'Delete 2 clients?',
    deletedTwo: '2 clients deleted',
    undo: 'Undo',
    restoredTwo: '2 clients restored',
    deleteOne: 'Delete 1 client',
    deletedTab: 'Deleted',
    liveTab: 'Clients',
    deletedGrid: 'Deleted clients',
    days: '30 days',
    restore: /^Restore /,
    restored: 'restored',
  },
  fr: {
    filters: /^Filtres( \(\d+\))?$/,
    filterDialog: 'Filtrer les clients',
    suspended: 'Suspendu',
    tag: 'Étiquette',
    showResults: 'Afficher les résultats',
    activeFilters: 'Filtres actifs',
    removeStatus: /^Retirer le filtre Statut/,
    columns: 'Colonnes',
    columnsDialog: 'Choisir les colonnes',
    country: 'Pays',
    email: 'Courriel',
    moveEmailUp: 'Monter Courriel',
    apply: 'Appliquer',
    views: 'Vues enregistrées',
    saveView: 'Enregistrer cette vue…',
    saveDialog: 'Enregistrer cette vue',
    viewName: 'Nom de la vue',
    save: 'Enregistrer',
    required: /obligatoire|requis/i,
    saved: (name: string) => `Vue « ${name} » enregistrée`,
    manage: 'Gérer les vues…',
    manageDialog: 'Mes vues enregistrées',
    renameWord: 'Renommer',
    overwrite: (name: string) => `Remplacer ${name} par la vue à l’écran`,
    updated: (name: string) => `Vue « ${name} » mise à jour`,
    newName: /^Nouveau nom pour/,
    delete: 'Supprimer',
    close: 'Fermer',
    exportCsv: 'Exporter en CSV',
    csvHeader: 'Code,Nom,Courriel,Type,Statut,Cycle de vie,Ville,Créé le,Modifié le',
    active: 'Actif',
    selectRow: 'Sélectionner la ligne',
    deleteTwo: 'Supprimer 2 clients',
    confirmTwo: 'Supprimer 2 clients\u202f?',
    deletedTwo: '2 clients supprimés',
    undo: 'Annuler',
    restoredTwo: '2 clients restaurés',
    deleteOne: 'Supprimer 1 client',
    deletedTab: 'Supprimés',
    liveTab: 'Clients',
    deletedGrid: 'Clients supprimés',
    days: '30 jours',
    restore: /^Restaurer /,
    restored: 'restauré',
  },
} as const;

/** The grid's rows, by the client names they show. */
const gridNames = (page: Page) => page.getByRole('grid').getByRole('link');

test('filter the list, choose columns, save the view, reopen it and export it', async ({
  page,
  lang,
}, info) => {
  const w = listWords[lang];
  const tag = unique(info, 'vue').toLowerCase().replace(/\s+/g, '-');
  await chooseLanguage(page, lang);
  const names = ['Alpha', 'Bravo', 'Charlie'].map((n) => `${n} ${tag}`);
  await createClient(page, names[0]!, { tags: [tag], email: `alpha@${tag}.test` });
  await createClient(page, names[1]!, { tags: [tag], status: 'SUSPENDED', email: `=bravo@${tag}.test` });
  await createClient(page, names[2]!, { tags: [tag] });

  await page.goto('/clients');
  await page.getByRole('button', { name: w.filters }).click();
  const drawer = page.getByRole('dialog', { name: w.filterDialog });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('checkbox', { name: w.suspended }).check();
  await drawer.getByLabel(w.tag).fill(tag);
  await snap(page, 'clients-filters');
  await drawer.getByRole('button', { name: w.showResults }).click();
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/status=SUSPENDED/);
  await expect(gridNames(page)).toHaveText([names[1]!]);
  const chips = page.getByRole('list', { name: w.activeFilters });
  await expect(chips.getByRole('listitem')).toHaveCount(3);
  await snap(page, 'clients-filtered');

  // A copied link reproduces the view.
  await page.reload();
  await expect(gridNames(page)).toHaveText([names[1]!]);

  // Removing the status chip widens the list back to the tag.
  await chips.getByRole('button', { name: w.removeStatus }).click();
  await expect(gridNames(page)).toHaveText(names);
  await expect(page).not.toHaveURL(/status=/);

  await page.getByRole('button', { name: w.columns }).click();
  const columns = page.getByRole('dialog', { name: w.columnsDialog });
  await columns.getByRole('checkbox', { name: w.country, exact: true }).uncheck();
  await columns.getByRole('checkbox', { name: w.email, exact: true }).check();
  // Email comes right after the name: seven steps up from below the shown columns.
  for (let i = 0; i < 7; i += 1) await columns.getByRole('button', { name: w.moveEmailUp }).click();
  await snap(page, 'clients-columns');
  await columns.getByRole('button', { name: w.apply }).click();
  await expect(columns).toBeHidden();
  await expect(page).toHaveURL(/cols=/);
  const headers = page.getByRole('columnheader');
  await expect(headers.filter({ hasText: w.email })).toBeVisible();
  await expect(headers.filter({ hasText: w.country })).toHaveCount(0);

  // Save the view; a name is required, said under the field.
  await page.getByRole('button', { name: w.views }).click();
  await page.getByRole('menuitem', { name: w.saveView }).click();
  const save = page.getByRole('dialog', { name: w.saveDialog });
  await save.getByRole('button', { name: w.save }).click();
  await expect(save.getByText(w.required)).toBeVisible();
  const viewName = `Vue ${tag}`;
  await save.getByLabel(w.viewName).fill(viewName);
  await snap(page, 'clients-save-view');
  await save.getByRole('button', { name: w.save }).click();
  await expect(save).toBeHidden();
  await expect(page.getByText(w.saved(viewName))).toBeVisible();

  // From a plain list, the saved view brings back its filters and columns.
  await page.goto('/clients');
  await expect(headers.filter({ hasText: w.country })).toBeVisible();
  await page.getByRole('button', { name: w.views }).click();
  await page.getByRole('menuitem', { name: viewName }).click();
  await expect(page).toHaveURL(new RegExp(`tag=${tag}`));
  await expect(gridNames(page)).toHaveText(names);
  await expect(headers.filter({ hasText: w.country })).toHaveCount(0);
  await snap(page, 'clients-saved-view');

  // The export holds every matching client, in the columns shown, ready for a spreadsheet.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: w.exportCsv }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(w.csvHeader);
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(`${names[0]},`);
  // A cell that starts like a formula is defused.
  expect(lines[2]).toContain(`,'=bravo@${tag}.test,`);

  // Rename, then delete the view.
  await page.getByRole('button', { name: w.views }).click();
  await page.getByRole('menuitem', { name: w.manage }).click();
  const manage = page.getByRole('dialog', { name: w.manageDialog });
  await manage.getByRole('button', { name: w.overwrite(viewName), exact: true }).click();
  await expect(page.getByText(w.updated(viewName))).toBeVisible();
  await manage.getByRole('button', { name: `${w.renameWord} ${viewName}`, exact: true }).click();
  await manage.getByLabel(w.newName).fill(`${viewName} bis`);
  await manage.getByRole('button', { name: w.save }).click();
  await expect(manage.getByText(`${viewName} bis`, { exact: true })).toBeVisible();
  await snap(page, 'clients-manage-views');
  await manage.getByRole('button', { name: `${w.delete} ${viewName} bis`, exact: true }).click();
  await expect(page.getByRole('dialog').last()).toContainText(`${viewName} bis`);
  await snap(page, 'clients-delete-view-confirm');
  await page.getByRole('dialog').last().getByRole('button', { name: w.delete, exact: true }).click();
  await expect(manage.getByText(`${viewName} bis`, { exact: true })).toBeHidden();
  await manage.getByRole('button', { name: w.close }).last().click();
});

test('delete several clients, undo, then restore one from Deleted', async ({ page, lang }, info) => {
  const w = listWords[lang];
  const tag = unique(info, 'corbeille').toLowerCase().replace(/\s+/g, '-');
  await chooseLanguage(page, lang);
  const names = ['Delta', 'Echo', 'Foxtrot'].map((n) => `${n} ${tag}`);
  for (const name of names) await createClient(page, name, { tags: [tag] });

  await page.goto(`/clients?tag=${tag}`);
  await expect(gridNames(page)).toHaveText(names);
  const pick = (name: string) =>
    page.getByRole('row').filter({ hasText: name }).getByRole('checkbox', { name: w.selectRow }).check();
  await pick(names[0]!);
  await pick(names[1]!);
  await page.getByRole('button', { name: w.deleteTwo }).click();
  const confirm = page.getByRole('dialog', { name: w.confirmTwo });
  await expect(confirm).toBeVisible();
  await snap(page, 'clients-bulk-delete');
  await confirm.getByRole('button', { name: w.deleteTwo }).click();
  await expect(page.getByText(w.deletedTwo)).toBeVisible();
  await expect(gridNames(page)).toHaveText([names[2]!]);
  await snap(page, 'clients-deleted-undo');

  await page.getByRole('button', { name: w.undo }).click();
  await expect(page.getByText(w.restoredTwo)).toBeVisible();
  await expect(gridNames(page)).toHaveText(names);

  // The Deleted screen says when, by whom, and how long until the purge.
  await pick(names[2]!);
  await page.getByRole('button', { name: w.deleteOne }).click();
  await page.getByRole('dialog').getByRole('button', { name: w.deleteOne }).click();
  await expect(gridNames(page)).toHaveText([names[0]!, names[1]!]);
  await page.getByRole('tab', { name: w.deletedTab }).click();
  await expect(page).toHaveURL(/view=deleted/);
  const deleted = page.getByRole('grid', { name: w.deletedGrid });
  const row = deleted.getByRole('row').filter({ hasText: names[2]! });
  await expect(row).toContainText(w.days);
  await expect(row).toContainText('Admin Démo');
  await snap(page, 'clients-deleted-view');
  await row.getByRole('button', { name: w.restore }).click();
  await expect(page.getByText(`${names[2]} ${w.restored}`)).toBeVisible();
  await expect(deleted.getByRole('row').filter({ hasText: names[2]! })).toHaveCount(0);
  await page.getByRole('tab', { name: w.liveTab }).click();
  await expect(gridNames(page)).toHaveText(names);
});

test('sort by a column and page through; the address keeps both, so a link reopens the same page', async ({
  page,
  lang,
}, info) => {
  const w = pagingWords[lang];
  const tag = unique(info, 'paging').toLowerCase().replace(/\s+/g, '-');
  await chooseLanguage(page, lang);
  // One page and a bit more (pages hold 25): their own clients, so other tests' cannot shift the pages.
  const names = Array.from({ length: 27 }, (_, i) => `Tri ${tag} ${String(i + 1).padStart(2, '0')}`);
  for (const name of names) await createClient(page, name, { tags: [tag] });
  await page.goto(`/clients?tag=${tag}`);
  // The grid draws only the rows in view: the pager says how many the page holds.
  await expect(page.getByText(w.rows(1, 25, 27))).toBeVisible();
  await expect(gridNames(page).first()).toHaveText(names[0]!);

  // Name, from Z to A: the server orders, so the last two come first.
  await page.getByRole('columnheader', { name: w.name }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/dir=desc/);
  await expect(gridNames(page).first()).toHaveText(names[26]!);
  await expect(page.getByRole('columnheader', { name: w.name })).toHaveAttribute('aria-sort', 'descending');

  // The next page holds the two left, the first ones by name.
  await page.getByRole('button', { name: w.nextPage }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(w.rows(26, 27, 27))).toBeVisible();
  await expect(gridNames(page)).toHaveText([names[1]!, names[0]!]);
  await snap(page, 'clients-sorted-page-2');

  // The address is the view: opened afresh, it shows the same page in the same order.
  await page.goto(page.url());
  await expect(gridNames(page)).toHaveText([names[1]!, names[0]!]);
  await page.getByRole('button', { name: w.previousPage }).click();
  await expect(page.getByText(w.rows(1, 25, 27))).toBeVisible();
  await expect(gridNames(page).first()).toHaveText(names[26]!);
  await expect(page).not.toHaveURL(/page=/);
});

const pagingWords = {
  en: {
    name: 'Name',
    nextPage: 'Go to next page',
    previousPage: 'Go to previous page',
    rows: (from: number, to: number, of: number) => `${from}–${to} of ${of}`,
  },
  fr: {
    name: 'Nom',
    nextPage: 'Aller à la page suivante',
    previousPage: 'Aller à la page précédente',
    rows: (from: number, to: number, of: number) => `${from}–${to} sur ${of}`,
  },
} as const;

test('the list works at phone width', async ({ page, lang }, info) => {
  const w = listWords[lang];
  const tag = unique(info, 'mobile').toLowerCase().replace(/\s+/g, '-');
  await page.setViewportSize({ width: 390, height: 844 });
  await chooseLanguage(page, lang);
  await createClient(page, `Golf ${tag}`, { tags: [tag], status: 'SUSPENDED' });
  await page.goto(`/clients?tag=${tag}&status=SUSPENDED`);
  await expect(gridNames(page)).toHaveText([`Golf ${tag}`]);
  await snap(page, 'clients-phone');
  await page.getByRole('button', { name: w.filters }).click();
  await expect(page.getByRole('dialog', { name: w.filterDialog })).toBeVisible();
  await snap(page, 'clients-phone-filters');
  await page.getByRole('dialog', { name: w.filterDialog }).getByRole('button', { name: w.close }).click();
  await page.getByRole('button', { name: w.columns }).click();
  await expect(page.getByRole('dialog', { name: w.columnsDialog })).toBeVisible();
  await snap(page, 'clients-phone-columns');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: w.deletedTab }).click();
  await expect(page.getByRole('grid', { name: w.deletedGrid })).toBeVisible();
  await snap(page, 'clients-phone-deleted');
});
