import { createServices } from '../../app/context';
import { createPartnerAccount } from '../../../test/accounts';
import { describeEachDialect, type Dialect } from '../../../test/db';
import { createClient, uniqueTag } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import type { PartnerViewer } from '../auth/auth.service';
import { Client } from './client.entity';

const SEARCH = /* GraphQL */ `
  query ($search: String) {
    clients(first: 50, filter: { search: $search }) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`;

describeEachDialect('searching clients as people type', (db, dialect: Dialect) => {
  let api: TestClient;
  let partner: PartnerViewer;
  // A word of this run's own, so the other suites' clients never answer.
  const tag = uniqueTag().replace(/\W+/g, '').toLowerCase();
  const names = {
    bakery: `Boulangerie Hébert ${tag}`,
    workshop: `Atelier Bélanger ${tag}`,
    clinic: `Clinique Saint-Jovite ${tag}`,
  };

  const found = async (search: string, as?: PartnerViewer) => {
    const result = await api.run<any>(SEARCH, { search }, as ? { as: null, partner: as } : {});
    expect(result.errors).toBeUndefined();
    return result.data.clients.edges.map((edge: any) => edge.node.name).sort();
  };

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    const services = createServices(db().dataSource);
    partner = await createPartnerAccount(services, 'une phrase de passe du partenaire');
    const bakery = await createClient(api, { name: names.bakery, domains: [`hebert-${tag}.test`] });
    await createClient(api, { name: names.workshop, email: `info@belanger-${tag}.test` });
    const clinic = await createClient(api, { name: names.clinic });
    await api.run(`mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`, {
      i: {
        clientId: clinic.id,
        firstName: 'Mireille',
        lastName: 'Côté',
        email: `m.cote.41@jovite-${tag}.test`,
      },
    });
    await db().dataSource.getRepository(Client).update({ id: bakery.id }, { partnerId: partner.partner.id });
    await db().dataSource.getRepository(Client).update({ id: clinic.id }, { partnerId: partner.partner.id });
  });
  afterAll(() => api.stop());

  it('finds a client by the beginning of any word of its name, whatever the case and accents', async () => {
    expect(await found(`boul ${tag}`)).toEqual([names.bakery]);
    expect(await found(`BOULANG ${tag}`)).toEqual([names.bakery]);
    expect(await found(`hebert ${tag}`)).toEqual([names.bakery]);
    expect(await found(`Hébe ${tag}`)).toEqual([names.bakery]);
    expect(await found(`belanger atel ${tag}`)).toEqual([names.workshop]);
    // Every word must begin a word of the client: the middle of one is no match.
    expect(await found(`oulangerie ${tag}`)).toEqual([]);
    expect(await found(`boulangerie belanger ${tag}`)).toEqual([]);
  });

  it('finds a client by its email, by the beginning of one of its domains, and by a contact’s name or email', async () => {
    expect(await found(`info@belanger-${tag}.test`)).toEqual([names.workshop]);
    expect(await found(`hebert-${tag}`)).toEqual([names.bakery]);
    expect(await found(`mireille ${tag}`)).toEqual([names.clinic]);
    expect(await found(`cote ${tag}`)).toEqual([names.clinic]);
    expect(await found(`m.cote.41@jovite-${tag}.test`)).toEqual([names.clinic]);
    // Each word is matched whole: another contact's email is not this one's.
    expect(await found(`m.cote.42@jovite-${tag}.test`)).toEqual([]);
  });

  it('lets a partner search its own clients by name only', async () => {
    expect(await found(`saint ${tag}`, partner)).toEqual([names.clinic]);
    expect(await found(tag, partner)).toEqual([names.bakery, names.clinic].sort());
    // Its contacts' emails and names are not what a partner may search by.
    expect(await found(`mireille ${tag}`, partner)).toEqual([]);
    expect(await found(`m.cote.41@jovite-${tag}.test`, partner)).toEqual([]);
  });

  /** The plan of the statement that reads a page, as the database means to run it. */
  async function planOf(
    query: string,
    variables: Record<string, unknown>,
    as?: PartnerViewer,
  ): Promise<string> {
    const spy = jest.spyOn(db().dataSource.logger, 'logQuery');
    try {
      const result = await api.run<any>(query, variables, as ? { as: null, partner: as } : {});
      expect(result.errors).toBeUndefined();
      const [sql, parameters] = spy.mock.calls.find(([text]) => /k_sort/.test(text))!;
      const explain = dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN';
      const rows: Record<string, unknown>[] = await db().dataSource.query(
        `${explain} ${sql}`,
        parameters as unknown[],
      );
      return rows.map((row) => JSON.stringify(row)).join('\n');
    } finally {
      spy.mockRestore();
    }
  }

  const PAGE = `query ($after: String) { clients(first: 50, after: $after) { edges { node { id name } } } }`;

  it('reads a page in the order of an index, for staff and for a partner, and a search through the full-text index', async () => {
    const staffPlan = await planOf(PAGE, {});
    const partnerPlan = await planOf(PAGE, {}, partner);
    const searchPlan = await planOf(SEARCH, { search: 'boulangerie' });
    if (dialect === 'sqlite') {
      expect(staffPlan).toMatch(/USING (COVERING )?INDEX UQ_client_live_name_key/);
      expect(partnerPlan).toMatch(/USING (COVERING )?INDEX IDX_client_partner_live_name/);
      expect(searchPlan).toMatch(/VIRTUAL TABLE INDEX \d+:/);
      // Only the page's few rows are sorted (by the outer query), never the table.
      for (const plan of [staffPlan, partnerPlan])
        expect(plan.match(/TEMP B-TREE FOR ORDER BY/g)?.length ?? 0).toBeLessThanOrEqual(1);
    } else {
      const derived = (plan: string) =>
        plan.split('\n').filter((row) => /"select_type":"DERIVED"/.test(row) && /"table":"c"/.test(row));
      expect(derived(staffPlan).join()).toMatch(/"key":"UQ_client_live_name_key"/);
      expect(derived(partnerPlan).join()).toMatch(/"key":"IDX_client_partner_live_name"/);
      for (const plan of [staffPlan, partnerPlan]) expect(derived(plan).join()).not.toMatch(/filesort/);
      expect(searchPlan).toMatch(/"type":"fulltext"/);
    }
  });

  it('reads a mirror’s changes (updatedSince, deleted ones too) in the order of an index, for staff and a partner', async () => {
    const CHANGES = `query { clients(first: 50, filter: { updatedSince: "2000-01-01T00:00:00.000Z", withDeleted: true },
      orderBy: { field: UPDATED_AT }) { edges { node { id name } } } }`;
    const staffPlan = await planOf(CHANGES, {});
    const partnerPlan = await planOf(CHANGES, {}, partner);
    if (dialect === 'sqlite') {
      expect(staffPlan).toMatch(/USING (COVERING )?INDEX IDX_client_updated/);
      expect(partnerPlan).toMatch(/USING (COVERING )?INDEX IDX_client_partner_updated/);
      for (const plan of [staffPlan, partnerPlan])
        expect(plan.match(/TEMP B-TREE FOR ORDER BY/g)?.length ?? 0).toBeLessThanOrEqual(1);
    } else {
      const derived = (plan: string) =>
        plan.split('\n').filter((row) => /"select_type":"DERIVED"/.test(row) && /"table":"c"/.test(row));
      expect(derived(staffPlan).join()).toMatch(/"key":"IDX_client_updated"/);
      expect(derived(partnerPlan).join()).toMatch(/"key":"IDX_client_partner_updated"/);
      for (const plan of [staffPlan, partnerPlan]) expect(derived(plan).join()).not.toMatch(/filesort/);
    }
  });
});
