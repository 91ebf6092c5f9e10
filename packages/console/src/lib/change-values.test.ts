import { formatChangeValue } from './change-values';

const words = { yes: 'Yes', no: 'No' };
const names = new Map([
  ['g1', 'Key accounts'],
  ['g2', 'France'],
]);
const format = (field: string, value: string | null, locale: 'fr' | 'en' = 'en') =>
  formatChangeValue(field, value, locale, words, names);

describe('formatChangeValue', () => {
  it('names enum values in the reader’s language', () => {
    expect(format('status', 'SUSPENDED')).toBe('Suspended');
    expect(format('terms.paymentTerms', 'NET_30', 'fr')).toBe('Net 30 jours');
    expect(format('contact.language', 'fr')).toBe('French');
    expect(format('link.type', 'BILLING', 'fr')).toBe('Facturation');
    expect(format('access.status', 'SUSPENDED', 'fr')).toBe('Suspendu');
    expect(format('access.role', 'CLIENT_ADMIN')).toBe('Client administrator');
  });

  it('reads a bare field in its entity’s terms: an invitation’s status is not a client’s', () => {
    expect(formatChangeValue('status', 'ACCEPTED', 'fr', words, names, 'PartnerInvitation')).toBe('Acceptée');
    expect(formatChangeValue('status', 'ACTIVE', 'en', words, names, 'Client')).toBe('Active');
    expect(formatChangeValue('reason', 'IP_NOT_ALLOWED', 'en', words, names, 'AccessGrant')).toBe(
      'Address outside the allow-list',
    );
    expect(formatChangeValue('template', 'access-invitation', 'fr', words, names, 'Email')).toBe(
      'Invitation d’accès',
    );
    // Already qualified (`access.status`), it is not qualified twice.
    expect(formatChangeValue('access.status', 'REVOKED', 'en', words, names, 'AccessGrant')).toBe('Revoked');
  });

  it('reads phones, booleans, dates and amounts as people write them', () => {
    expect(format('phone', '+15145550142')).toBe('+1 514 555 0142');
    expect(format('notificationsEnabled', 'true')).toBe('Yes');
    expect(format('crm.renewalDate', '2026-11-30', 'en')).toBe('Nov 30, 2026');
    expect(format('terms.discountPercent', '5.00', 'en')).toBe('5%');
  });

  it('names countries and social networks', () => {
    expect(format('billingAddress.country', 'CA', 'fr')).toBe('Canada');
    expect(format('contact.address.country', 'FR', 'en')).toBe('France');
    expect(format('contact.socialHandles', 'LINKEDIN herve-david, OTHER mastodon @hd', 'fr')).toBe(
      'LinkedIn herve-david, Autre mastodon @hd',
    );
  });

  it('replaces known ids by their names, and shortens the others', () => {
    expect(format('accountGroupIds', 'g1, g2')).toBe('Key accounts, France');
    expect(format('crm.accountOwnerId', '7f6785c8-1f2f-48a9-8e50-a7f228e345ce')).toBe('#7f6785c8');
  });

  it('keeps an empty value empty and any other text as it is', () => {
    expect(format('phone', null)).toBeNull();
    expect(format('name', 'Hervé David Rénovations')).toBe('Hervé David Rénovations');
  });
});
