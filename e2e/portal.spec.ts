import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { linkIn, waitForMail } from './mail';
import {
  PARTNER_USER,
  chooseLanguage,
  graphql,
  signInWords,
  slug,
  snap,
  unique,
  type Lang,
  test,
} from './support';

test.use({ lang: 'fr' });

const ADMIN_PASSWORD = 'la phrase de l’administratrice';
/** The demo's outside bookkeeper: a client user at two companies. */
const BOOKKEEPER = { email: 's.bergeron@comptabilite-bergeron.demo', password: 'Clientele-demo-2026' };
const PHONE = { width: 390, height: 844 };

const words = {
  en: {
    welcome: 'Welcome! Choose your password',
    newPassword: 'New password',
    confirmation: 'New password, again',
    savePassword: 'Save my password',
    password: 'Password',
    signIn: 'Sign in',
    invitationTitle: (partner: string) => `${partner} would like to manage your account`,
    accept: 'Accept',
    decline: 'Decline',
    settings: 'Settings',
    accepted: (partner: string) => `You accepted ${partner}`,
    declineTitle: (partner: string) => `Decline the invitation of ${partner}?`,
    declined: (partner: string) => `You declined the invitation of ${partner}`,
    update: 'Update',
    phone: 'Phone',
    save: 'Save',
    saved: 'your company’s details are up to date',
    invalidPhone: 'Invalid',
    companies: 'Your companies',
    menu: 'Account of Sylvie Bergeron',
    myAccount: 'My account',
    companiesNav: 'My companies',
    thisSession: 'This session',
    askAdmin: 'Only your company’s administrator can change these details.',
  },
  fr: {
    welcome: 'Bienvenue\u202f! Choisissez votre mot de passe',
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Nouveau mot de passe, encore',
    savePassword: 'Enregistrer mon mot de passe',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    invitationTitle: (partner: string) => `${partner} souhaite gérer votre compte`,
    accept: 'Accepter',
    decline: 'Refuser',
    settings: 'Paramètres',
    accepted: (partner: string) => `Vous avez accepté ${partner}`,
    declineTitle: (partner: string) => `Refuser l’invitation de ${partner}\u202f?`,
    declined: (partner: string) => `Vous avez refusé l’invitation de ${partner}`,
    update: 'Mettre à jour',
    phone: 'Téléphone',
    save: 'Enregistrer',
    saved: 'les coordonnées de votre entreprise sont à jour',
    invalidPhone: 'invalide',
    companies: 'Vos entreprises',
    menu: 'Compte de Sylvie Bergeron',
    myAccount: 'Mon compte',
    companiesNav: 'Mes entreprises',
    thisSession: 'Cette session',
    askAdmin: 'Seul l’administrateur de votre entreprise peut modifier ces coordonnées.',
  },
} as const;

/**
 * The demo partner adds a client through the API, with its stored session (its
 * own screens have their own tests); the client's administrator is invited.
 */
async function partnerAddsClient(partner: APIRequestContext, name: string, adminEmail: string) {
  const { servicePlans } = await graphql<{ servicePlans: { id: string }[] }>(
    partner,
    `
      {
        servicePlans {
          id
        }
      }
    `,
  );
  const { me } = await graphql<{ me: { partner: { name: string } } }>(
    partner,
    `
      {
        me {
          partner {
            name
          }
        }
      }
    `,
  );
  await graphql(
    partner,
    `
      mutation ($i: CreatePartnerClientInput!) {
        createPartnerClient(input: $i) {
          client {
            id
          }
        }
      }
    `,
    {
      i: {
        name,
        planId: servicePlans[0]!.id,
        // The administrator must get the mail: notifications on (seed 001).
        notificationsEnabled: true,
        address: {
          line1: '12 rue des Érables',
          city: 'Lévis',
          region: 'QC',
          postalCode: 'G6V 1A1',
          country: 'CA',
        },
        admin: { firstName: 'Louise', lastName: 'Gagnon', email: adminEmail },
      },
    },
  );
  return me.partner.name;
}

async function adminSignsUp(page: Page, lang: Lang, email: string) {
  const w = words[lang];
  const mail = await waitForMail(email);
  // The mail speaks the administrator's language (her company's, French here), whatever the screen's.
  expect(mail.subject).toContain('vous invite à l’accepter comme partenaire');
  await page.goto(linkIn(mail, '/accept-invitation'));
  await expect(page.getByRole('heading', { name: w.welcome })).toBeVisible();
  await page.getByLabel(w.newPassword, { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel(w.confirmation, { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: w.savePassword }).click();
  await page.getByLabel(w.password, { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: w.signIn }).click();
  await expect(page).toHaveURL(/\/portal\/[^/]+\/info/);
}

test('Seed 000: the invited administrator sets a password, accepts the partner in the portal, and keeps the company’s details up to date', async ({
  page,
  lang,
  apiAs,
}, info) => {
  const w = words[lang];
  const name = unique(info, 'Érablière Gagnon');
  const email = `louise.${slug(name)}@erabliere.example`;
  await chooseLanguage(page, lang);
  const partner = await partnerAddsClient(await apiAs(PARTNER_USER), name, email);
  await adminSignsUp(page, lang, email);

  // The notification waits on her company's page.
  const invitation = page.getByRole('region', {
    name: lang === 'fr' ? 'Invitation d’un partenaire' : 'Partner invitation',
  });
  await expect(invitation.getByText(w.invitationTitle(partner))).toBeVisible();
  await snap(page, 'portal-invitation');
  await invitation.getByRole('button', { name: w.accept }).click();
  await expect(invitation).toBeHidden();
  await page.getByRole('link', { name: w.settings }).click();
  await expect(page.getByText(w.accepted(partner))).toBeVisible();
  await snap(page, 'portal-settings-accepted');

  // As the company's administrator she may correct its phone; a bad one is refused under the field.
  await page.goBack();
  await page.getByRole('button', { name: w.update }).click();
  const phone = page.getByLabel(w.phone, { exact: true });
  await phone.fill('12');
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByText(w.invalidPhone, { exact: false }).first()).toBeVisible();
  await snap(page, 'portal-edit-error');
  await phone.fill('418 555-0142');
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByText(w.saved)).toBeVisible();
  // Shown as people read it, and dialled as a phone dials it.
  await expect(page.getByRole('link', { name: '+1 418 555 0142' })).toHaveAttribute(
    'href',
    'tel:+14185550142',
  );
  await snap(page, 'portal-info-saved');
});

test('Seed 000: the administrator may also decline, after confirming', async ({
  page,
  lang,
  apiAs,
}, info) => {
  const w = words[lang];
  const name = unique(info, 'Garage Gagnon');
  const email = `louise.${slug(name)}@garage.example`;
  await chooseLanguage(page, lang);
  const partner = await partnerAddsClient(await apiAs(PARTNER_USER), name, email);
  await adminSignsUp(page, lang, email);
  await page.getByRole('link', { name: w.settings }).click();
  await page.getByRole('button', { name: w.decline }).click();
  const confirm = page.getByRole('dialog', { name: w.declineTitle(partner) });
  await snap(page, 'portal-decline-confirm');
  await confirm.getByRole('button', { name: w.decline }).click();
  await expect(page.getByText(w.declined(partner))).toBeVisible();
  await snap(page, 'portal-declined');
});

test('a bookkeeper of two companies chooses one, and reads what only its administrator may change', async ({
  page,
  lang,
}) => {
  const w = words[lang];
  const s = signInWords[lang];
  await chooseLanguage(page, lang);
  await page.goto('/sign-in');
  await page.getByLabel(s.email).fill(BOOKKEEPER.email);
  await page.getByLabel(s.password, { exact: true }).fill(BOOKKEEPER.password);
  await page.getByRole('button', { name: s.submit }).click();

  // One sign-in, two companies: the portal asks which one.
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: w.companies })).toBeVisible();
  const companies = page.getByRole('main').getByRole('listitem');
  await expect(companies).toHaveCount(2);
  await snap(page, 'portal-companies');
  await page.setViewportSize(PHONE);
  await snap(page, 'portal-companies-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  await companies.getByRole('link', { name: /Érablière du Lac-Beauport/ }).click();
  await expect(page).toHaveURL(/\/portal\/[^/]+\/info$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Érablière du Lac-Beauport' })).toBeVisible();
  // A client user reads; the company's administrator is the one who updates.
  await expect(page.getByText(w.askAdmin)).toBeVisible();
  await expect(page.getByRole('button', { name: w.update })).toHaveCount(0);
  await snap(page, 'portal-client-user');

  // Their account, from the portal too: where they are signed in (their profile is ours to keep).
  await page.getByRole('button', { name: w.menu }).click();
  await page.getByRole('menuitem', { name: w.myAccount }).click();
  await expect(page).toHaveURL(/\/portal\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: w.myAccount })).toBeVisible();
  await expect(page.getByText(w.thisSession)).toBeVisible();
  // The account is a page of its own: the companies link no longer says it is the current page.
  await expect(page.getByRole('link', { name: w.companiesNav })).not.toHaveAttribute('aria-current', 'page');
  await snap(page, 'portal-account');
});
