import { describeEachDialect } from '../../test/db';
import { createClient, errorOf, uniqueTag } from '../../test/factories';
import { TestClient } from '../../test/graphql';

const TERMS = `mutation($input: UpdateClientTermsInput!) {
  updateClientTerms(input: $input) { client { version terms { contractStartsOn contractEndsOn contractStart } } }
}`;
const CRM = `mutation($input: UpdateClientCrmInput!) {
  updateClientCrm(input: $input) { client { version crm { renewsOn renewalDate } } }
}`;

describeEachDialect('calendar dates as LocalDate', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it('writes and reads contract and renewal dates as LocalDate, the strings before them agreeing', async () => {
    const tag = `ld-${uniqueTag()}`;
    const client = await createClient(api, { tags: [tag] });
    const terms = await api.run<any>(TERMS, {
      input: {
        clientId: client.id,
        version: client.version,
        contractStartsOn: '2026-01-01',
        contractEndsOn: '2026-12-31',
      },
    });
    expect(terms.errors).toBeUndefined();
    expect(terms.data.updateClientTerms.client.terms).toEqual({
      contractStartsOn: '2026-01-01',
      contractEndsOn: '2026-12-31',
      contractStart: '2026-01-01',
    });
    const { version } = terms.data.updateClientTerms.client;
    const crm = await api.run<any>(CRM, { input: { clientId: client.id, version, renewsOn: '2027-03-15' } });
    expect(crm.data.updateClientCrm.client.crm).toEqual({
      renewsOn: '2027-03-15',
      renewalDate: '2027-03-15',
    });

    const found = async (filter: Record<string, unknown>) =>
      (
        await api.run<any>(`query($f: ClientFilter) { clients(filter: $f) { edges { node { id } } } }`, {
          f: { tag, ...filter },
        })
      ).data.clients.edges.length;
    expect(await found({ renewsFrom: '2027-03-01', renewsTo: '2027-03-31' })).toBe(1);
    expect(await found({ renewsFrom: '2027-04-01' })).toBe(0);
  });

  it('refuses a date that is not one, on its field, in the caller’s language', async () => {
    const client = await createClient(api);
    const refused = await api.run<any>(
      TERMS,
      { input: { clientId: client.id, version: client.version, contractStartsOn: '2026-02-30' } },
      { locale: 'fr' },
    );
    // An end before the start is refused on the field sent, not on the deprecated one behind it.
    const backwards = await api.run<any>(TERMS, {
      input: {
        clientId: client.id,
        version: client.version,
        contractStartsOn: '2026-06-01',
        contractEndsOn: '2026-01-01',
      },
    });
    expect(errorOf(backwards).fields.map((field: { path: string }) => field.path)).toEqual([
      'input.contractEndsOn',
    ]);
    expect(errorOf(refused).fields).toEqual([
      expect.objectContaining({
        path: 'input.contractStartsOn',
        code: 'INVALID_FORMAT',
        message: expect.any(String),
      }),
    ]);
  });
});
