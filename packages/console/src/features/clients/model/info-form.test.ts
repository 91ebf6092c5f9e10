import type { ClientInfoFieldsFragment } from '@/gql/graphql';
import type { WholeFile } from '@/lib/whole-file';
import { infoFields, toInfoValues, toUpdateClientInput, validateInfo, type InfoValues } from './info-form';

const address = (parts: Partial<WholeFile<ClientInfoFieldsFragment>['billingAddress']> = {}) => ({
  line1: null,
  line2: null,
  city: null,
  region: null,
  postalCode: null,
  country: null,
  ...parts,
});

const client: WholeFile<ClientInfoFieldsFragment> = {
  id: 'c1',
  version: 4,
  code: 'C-000042',
  name: 'Hervé David Rénovations',
  kind: 'COMPANY',
  firstName: null,
  lastName: null,
  legalName: null,
  lifecycle: 'CUSTOMER',
  status: 'ACTIVE',
  regard: 'NEUTRAL',
  language: 'FR',
  currency: 'CAD',
  timeZone: 'America/Toronto',
  website: null,
  email: null,
  phone: '+15145550142',
  mobile: null,
  fax: null,
  billingAddress: address({
    line1: '1250, rue Sainte-Catherine',
    city: 'Montréal',
    region: 'QC',
    postalCode: 'H3G 1P1',
    country: 'CA',
  }),
  shippingAddress: address({
    line1: '1250, rue Sainte-Catherine',
    city: 'Montréal',
    region: 'QC',
    postalCode: 'H3G 1P1',
    country: 'CA',
  }),
  domains: ['hervedavid.com'],
  tags: ['Rénovation'],
  businessNumbers: [{ scheme: 'NEQ', value: '1167834521' }],
  clientReference: null,
  description: null,
  notificationsEnabled: true,
  registeredAt: null,
  registrationIp: null,
  verifiedPhone: null,
  parentId: null,
  parent: null,
  billToId: null,
  billTo: null,
  accountGroups: [{ id: 'g1', name: 'Comptes clés', archived: false }],
  identityProvider: 'CLIENTELE',
  planId: null,
  plan: null,
  partnerId: null,
  partner: null,
  partnerInvitation: null,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  deletedAt: null,
};

const edit = (changes: Partial<InfoValues>) => {
  const values = { ...toInfoValues(client), ...changes };
  return { values, input: toUpdateClientInput(changes, values) };
};

describe('toInfoValues', () => {
  it('shows stored phones as people read them, and a shipping copy as "same as billing"', () => {
    const values = toInfoValues(client);
    expect(values.phone).toBe('+1 514 555 0142');
    expect(values.shippingSameAsBilling).toBe(true);
    expect(values.accountGroupIds).toEqual([{ id: 'g1', name: 'Comptes clés' }]);
  });
});

describe('toUpdateClientInput', () => {
  it('sends only what changed, empty meaning cleared', () => {
    expect(edit({ phone: '418 555 0199', legalName: '' }).input).toEqual({
      phone: '418 555 0199',
      legalName: null,
    });
  });

  it('writes the billing address to shipping while they are the same', () => {
    const { input } = edit({ billingAddress: { ...toInfoValues(client).billingAddress, city: 'Laval' } });
    expect(input.billingAddress?.city).toBe('Laval');
    expect(input.shippingAddress?.city).toBe('Laval');
  });

  it('sends the shipping address of its own once "same as billing" is off', () => {
    const shipping = {
      line1: '5 rue du Port',
      line2: '',
      city: 'Québec',
      region: 'QC',
      postalCode: 'G1K 4E3',
      country: 'CA',
    };
    const { input } = edit({ shippingSameAsBilling: false, shippingAddress: shipping });
    expect(input.shippingAddress).toEqual({ ...shipping, line2: null });
    expect(input.billingAddress).toBeUndefined();
  });

  it('sends the names that make an individual along with the kind', () => {
    const { input } = edit({ kind: 'INDIVIDUAL' as never, firstName: 'Hervé', lastName: 'David' });
    expect(input).toMatchObject({ kind: 'INDIVIDUAL', firstName: 'Hervé', lastName: 'David' });
  });

  it('sends the ids of chosen clients, groups and plan', () => {
    const { input } = edit({
      parentId: { id: 'p1', code: 'C-1', name: 'Siège' },
      billToId: null,
      accountGroupIds: [],
      planId: '',
      identityProvider: 'AZURE_AD',
    });
    expect(input).toEqual({
      parentId: 'p1',
      billToId: null,
      accountGroupIds: [],
      planId: null,
      identityProvider: 'AZURE_AD',
    });
  });
});

describe('validateInfo', () => {
  it('refuses octets over 255 and a Canadian postal code in France', () => {
    const values = {
      ...toInfoValues(client),
      registrationIp: '123.542.654.785',
      billingAddress: {
        ...toInfoValues(client).billingAddress,
        country: 'FR',
        region: '',
        postalCode: 'H2X',
      },
    };
    const issues = validateInfo(values);
    expect(issues.registrationIp?.code).toBe('INVALID_FORMAT');
    expect(issues['billingAddress.postalCode']).toEqual({
      code: 'INVALID_FORMAT',
      params: { expected: '75001' },
    });
  });

  it('names the domain at fault', () => {
    const issues = validateInfo({ ...toInfoValues(client), domains: ['acme.ca', 'not a domain'] });
    expect(issues.domains?.params?.item).toBe('not a domain');
  });

  it('checks each business number by its register', () => {
    const issues = validateInfo({
      ...toInfoValues(client),
      businessNumbers: [
        { scheme: 'NEQ', value: '123' },
        { scheme: 'SIREN_SIRET', value: '732 829 320' },
      ],
    });
    expect(issues['businessNumbers.0.value']?.code).toBe('INVALID_FORMAT');
    expect(issues['businessNumbers.1.value']).toBeUndefined();
  });

  it('asks an individual for first and last name, not a company name', () => {
    const issues = validateInfo({ ...toInfoValues(client), kind: 'INDIVIDUAL' as never, name: '' });
    expect(issues.firstName?.code).toBe('REQUIRED');
    expect(issues.name).toBeUndefined();
  });

  it('lists the fields on screen, so server errors find them', () => {
    const fields = infoFields({ ...toInfoValues(client), shippingSameAsBilling: false });
    expect(fields).toContain('shippingAddress.postalCode');
    expect(fields).toContain('businessNumbers.0.value');
    expect(infoFields(toInfoValues(client))).toContain('shippingAddress');
  });
});
