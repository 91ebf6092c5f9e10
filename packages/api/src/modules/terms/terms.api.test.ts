import { describeEachDialect } from '../../../test/db';
import { createClient, errorOf } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { Activity } from '../activity/activity.entity';
import { ClientTerms } from './client-terms.entity';

const UPDATE_TERMS = /* GraphQL */ `
  mutation ($input: UpdateClientTermsInput!) {
    updateClientTerms(input: $input) {
      client {
        version
        terms {
          paymentTerms
          paymentTermsDays
          billingCurrency
          creditLimit
          creditHold
          creditHoldReason
          discountPercent
          taxExempt
          taxExemptNumber
          gstHstNumber
          qstNumber
          vatNumber
          invoiceDelivery
          billingEmail
          priceList
          contractStart
          contractEnd
        }
      }
    }
  }
`;

describeEachDialect('the Terms tab', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  const update = (input: Record<string, unknown>, locale: 'fr' | 'en' = 'en') =>
    api.run<{ updateClientTerms: { client: { version: number; terms: Record<string, unknown> } } }>(
      UPDATE_TERMS,
      { input },
      { locale },
    );

  it('starts at net 30 by email, and takes every field normalized', async () => {
    const client = await createClient(api);
    const result = await update({
      clientId: client.id,
      version: 1,
      paymentTerms: 'CUSTOM',
      paymentTermsDays: 20,
      billingCurrency: 'usd',
      creditLimit: '15000',
      discountPercent: '7.5',
      creditHold: true,
      creditHoldReason: 'Factures en retard',
      taxExempt: true,
      taxExemptNumber: 'EX-123',
      gstHstNumber: '123456782 RT 0001',
      qstNumber: '1234567890 TQ 0001',
      invoiceDelivery: 'PORTAL',
      billingEmail: 'Factures@Acme.CA',
      priceList: 'Grossistes',
      contractStart: '2026-01-01',
      contractEnd: '2026-12-31',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateClientTerms.client).toEqual({
      version: 2,
      terms: {
        paymentTerms: 'CUSTOM',
        paymentTermsDays: 20,
        billingCurrency: 'USD',
        creditLimit: '15000.00',
        creditHold: true,
        creditHoldReason: 'Factures en retard',
        discountPercent: '7.50',
        taxExempt: true,
        taxExemptNumber: 'EX-123',
        gstHstNumber: '123456782RT0001',
        qstNumber: '1234567890TQ0001',
        vatNumber: null,
        invoiceDelivery: 'PORTAL',
        billingEmail: 'Factures@acme.ca',
        priceList: 'Grossistes',
        contractStart: '2026-01-01',
        contractEnd: '2026-12-31',
      },
    });
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId: client.id, entityType: 'ClientTerms' });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'terms.paymentTerms', before: 'NET_30', after: 'CUSTOM' },
        { field: 'terms.creditLimit', before: null, after: '15000.00' },
      ]),
    );
    expect(entry.clientVersion).toBe(2);

    // Leaving custom terms clears the days rather than keeping them out of sight.
    const back = await update({ clientId: client.id, version: 2, paymentTerms: 'NET_15', creditHold: false });
    expect(back.data!.updateClientTerms.client.terms).toMatchObject({
      paymentTerms: 'NET_15',
      paymentTermsDays: null,
      creditHold: false,
      creditHoldReason: null,
    });
  });

  it.each([
    ['input.paymentTermsDays', 'REQUIRED', { paymentTerms: 'CUSTOM' }],
    ['input.paymentTermsDays', 'OUT_OF_RANGE', { paymentTerms: 'CUSTOM', paymentTermsDays: 400 }],
    ['input.creditHoldReason', 'REQUIRED', { creditHold: true }],
    ['input.taxExemptNumber', 'REQUIRED', { taxExempt: true }],
    ['input.contractEnd', 'OUT_OF_RANGE', { contractStart: '2026-06-01', contractEnd: '2026-05-31' }],
    ['input.contractStart', 'INVALID_FORMAT', { contractStart: '2026-02-30' }],
    ['input.creditLimit', 'INVALID_FORMAT', { creditLimit: '12,50' }],
    ['input.creditLimit', 'OUT_OF_RANGE', { creditLimit: '-5' }],
    ['input.discountPercent', 'OUT_OF_RANGE', { discountPercent: '100.01' }],
    ['input.gstHstNumber', 'INVALID_FORMAT', { gstHstNumber: '123456789RT0001' }],
    ['input.vatNumber', 'INVALID_FORMAT', { vatNumber: 'FR45732829320' }],
    ['input.billingEmail', 'INVALID_FORMAT', { billingEmail: 'factures@' }],
    ['input.billingCurrency', 'INVALID_CHOICE', { billingCurrency: 'XYZ' }],
  ])('refuses %s (%s) and writes nothing', async (path, code, changes) => {
    const client = await createClient(api);
    const result = await update({ clientId: client.id, version: 1, ...changes }, 'fr');
    expect(errorOf(result).fields).toEqual([expect.objectContaining({ path, code })]);
    const terms = await db().dataSource.getRepository(ClientTerms).findOneByOrFail({ clientId: client.id });
    expect(terms).toMatchObject({ paymentTerms: 'NET_30', creditLimit: null, creditHold: false });
    expect(await db().dataSource.getRepository(Activity).countBy({ clientId: client.id })).toBe(1);
  });

  it('shares the file’s version with the Info tab: a stale one is refused, naming what changed', async () => {
    const client = await createClient(api);
    await api.run(`mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { version } } }`, {
      i: { id: client.id, version: 1, description: 'Changed by someone else' },
    });
    const stale = await update({ clientId: client.id, version: 1, creditLimit: '100' });
    expect(errorOf(stale)).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
      changedFields: ['description'],
    });
  });
});
