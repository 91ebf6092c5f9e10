import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

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
  },
} as const;

const screenshots = path.join(__dirname, '.artifacts', 'screenshots');

async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

/** Every request the console makes goes to the app itself: nothing from the internet. */
function watchForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

test('create a client through the dialog and find it in the list', async ({ page, baseURL }, info) => {
  const lang = info.project.name as keyof typeof words;
  const w = words[lang];
  const foreign = watchForeignRequests(page, baseURL!);
  const name = `Fromagerie Éphémère ${lang.toUpperCase()} ${Date.now()}`;

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

  expect(foreign).toEqual([]);
});
