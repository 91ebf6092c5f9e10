import { expect } from '@playwright/test';
import { ADMIN, chooseLanguage, createClient, signInWords, snap, test, unique } from './support';

test.use({ lang: 'fr' });

/**
 * The console by keyboard alone: signing in, skipping to the page, a dialog
 * that takes the focus and gives it back, the file's tabs moved through with
 * the arrow keys, and a form saved without a mouse.
 */
const words = {
  en: {
    skip: 'Skip to content',
    newClient: 'New client',
    name: 'Name',
    tabs: { info: 'Info', terms: 'Terms', crm: 'CRM' },
    edit: 'Edit',
    save: 'Save',
    paymentDays: 'Payment terms',
    fileSections: 'Client file sections',
  },
  fr: {
    skip: 'Aller au contenu',
    newClient: 'Nouveau client',
    name: 'Nom',
    tabs: { info: 'Infos', terms: 'Termes', crm: 'CRM' },
    edit: 'Modifier',
    save: 'Enregistrer',
    paymentDays: 'Conditions de paiement',
    fileSections: 'Sections de la fiche client',
  },
} as const;

test('by keyboard alone: sign in, skip to the page, a dialog and back, the file’s tabs', async ({
  page,
  lang,
}, info) => {
  // Sign-in, the list, a dialog and a file: a long walk, one key at a time.
  test.slow();
  const w = words[lang];
  const s = signInWords[lang];
  await chooseLanguage(page, lang);

  // Sign in: type, Tab to the password, Enter sends the form.
  await page.goto('/sign-in?next=%2Fclients');
  await page.getByLabel(s.email).focus();
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(s.password, { exact: true })).toBeFocused();
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/clients/);
  await expect(page.getByRole('grid')).toBeVisible();

  // The first Tab of a page offers to skip the app bar; taken, the focus lands on the page itself.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: w.skip });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await snap(page, 'keyboard-skip-link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // A dialog takes the focus, keeps it inside, and gives it back where it was when it closes.
  const opener = page.getByRole('button', { name: w.newClient });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: w.newClient });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  await snap(page, 'keyboard-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // The file's tabs: arrows move between them, Enter opens one.
  const client = await createClient(page, unique(info, 'Clavier'));
  await page.goto(`/clients/${client.id}/info`);
  const tabs = page.getByRole('navigation', { name: w.fileSections });
  await tabs.getByRole('tab', { name: w.tabs.info }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: w.tabs.terms })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}/terms$`));
  await expect(tabs.getByRole('tab', { name: w.tabs.terms })).toHaveAttribute('aria-selected', 'true');

  // A form from the keyboard: Edit, change a choice with the arrows, Save.
  await page.getByRole('button', { name: `${w.edit} ${w.tabs.terms}` }).focus();
  await page.keyboard.press('Enter');
  const terms = page.getByRole('combobox', { name: w.paymentDays });
  await terms.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const chosen = (await page.locator('[role="option"]:focus').textContent()) ?? '';
  expect(chosen).not.toBe('');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(terms).toBeFocused();
  await snap(page, 'keyboard-terms-form');
  await page.getByRole('button', { name: w.save }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `${w.edit} ${w.tabs.terms}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(chosen);
});
