import { expect, test } from '@playwright/test';
import { chooseLanguage, langOf, signIn, snap, watchForeignRequests } from './support';

/** What each language calls the things the flow touches. */
const words = {
  en: {
    clients: 'Clients',
    newClient: 'New client',
    name: 'Name',
    code: /^Code \(/,
    postalCode: 'Postal code',
    create: 'Create',
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
    search: 'Rechercher',
    taken: 'est déjà utilisé',
    created: /créé/,
    info: 'Infos',
  },
} as const;

test('create a client through the dialog and find it in the list', async ({ page, baseURL }, info) => {
  const lang = langOf(info);
  const w = words[lang];
  const foreign = watchForeignRequests(page, baseURL!);
  const name = `Fromagerie Éphémère ${lang.toUpperCase()} ${Date.now()}`;

  await chooseLanguage(page, lang);
  await signIn(page, lang);
  await page.goto('/');
  await expect(page).toHaveURL(/\/clients/);
  await expect(page.getByRole('heading', { name: w.clients })).toBeVisible();
  await expect(page.getByRole('grid')).toContainText('Hervé David Rénovations');
  await snap(page, `clients-list-${lang}`);

  await page.getByRole('button', { name: w.newClient }).click();
  const dialog = page.getByRole('dialog', { name: w.newClient });
  await expect(dialog).toBeVisible();

  // The server refuses a code that is taken, under the field, in the user's language.
  await dialog.getByLabel(w.name, { exact: true }).fill(name);
  await dialog.getByLabel(w.code).fill('8005551');
  await dialog.getByLabel(w.postalCode).fill('G1R 4P5');
  await dialog.getByRole('button', { name: w.create }).click();
  await expect(dialog.getByText(w.taken)).toBeVisible();
  await snap(page, `new-client-error-${lang}`);

  await dialog.getByLabel(w.code).fill('');
  await dialog.getByRole('button', { name: w.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(w.created)).toBeVisible();

  await page
    .getByRole('searchbox', { name: w.search })
    .or(page.getByLabel(w.search))
    .first()
    .fill(`éphémère ${lang}`);
  const grid = page.getByRole('grid');
  await expect(grid).toContainText(name);
  await expect(page).toHaveURL(/q=/);
  await snap(page, `clients-search-${lang}`);

  // The URL reproduces the view.
  await page.reload();
  await expect(page.getByRole('grid')).toContainText(name);

  // A row opens the client's file on its Info tab.
  await page.getByRole('grid').getByText(name).click();
  await expect(page).toHaveURL(/\/clients\/[^/]+\/info$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('tab', { name: w.info, selected: true })).toBeVisible();

  expect(foreign).toEqual([]);
});
