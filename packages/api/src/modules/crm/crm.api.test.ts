import { randomUUID } from 'node:crypto';
import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { createClient, errorOf, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { User } from '../users/user.entity';

const UPDATE_CRM = /* GraphQL */ `
  mutation ($input: UpdateClientCrmInput!) {
    updateClientCrm(input: $input) {
      client {
        version
        crm {
          health
          tier
          renewalDate
          source
          industry {
            name
          }
          accountOwner {
            displayName
          }
          salespeople {
            displayName
          }
        }
      }
    }
  }
`;

describeEachDialect('the CRM tab and the filters it feeds', (db) => {
  let api: TestClient;
  let owner: User;
  let seller: User;
  let industryId: string;

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    const now = new Date();
    const user = (displayName: string) =>
      db()
        .dataSource.getRepository(User)
        .save({
          id: randomUUID(),
          email: `${randomUUID()}@clientele.test`,
          displayName,
          role: StaffRole.STAFF,
          passwordHash: 'x',
          locale: 'fr',
          createdAt: now,
          updatedAt: now,
        });
    owner = await user('Sophie Tremblay');
    seller = await user('Marc Gagnon');
    const created = await api.run<{ createIndustry: { industry: { id: string } } }>(
      `mutation($i: CreateListItemInput!) { createIndustry(input: $i) { industry { id } } }`,
      { i: { name: uniqueName('Santé') } },
    );
    industryId = created.data!.createIndustry.industry.id;
  });
  afterAll(() => api.stop());

  const update = (input: Record<string, unknown>) => api.run<any>(UPDATE_CRM, { input });

  it('records health, tier, renewal, industry, owner, salespeople and source', async () => {
    const client = await createClient(api);
    const result = await update({
      clientId: client.id,
      version: 1,
      health: 'AT_RISK',
      tier: 'ENTERPRISE',
      renewalDate: '2027-03-31',
      industryId,
      accountOwnerId: owner.id,
      salespersonIds: [seller.id, owner.id, seller.id],
      source: 'REFERRAL',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateClientCrm.client).toMatchObject({
      version: 2,
      crm: {
        health: 'AT_RISK',
        tier: 'ENTERPRISE',
        renewalDate: '2027-03-31',
        source: 'REFERRAL',
        accountOwner: { displayName: 'Sophie Tremblay' },
        salespeople: [{ displayName: 'Marc Gagnon' }, { displayName: 'Sophie Tremblay' }],
      },
    });
  });

  it('refuses unknown references and bad dates, writing nothing', async () => {
    const client = await createClient(api);
    const result = await update({
      clientId: client.id,
      version: 1,
      industryId: 'nope',
      accountOwnerId: 'nope',
      salespersonIds: [owner.id, 'ghost'],
    });
    expect(errorOf(result).fields.map((f: { path: string }) => f.path)).toEqual([
      'input.industryId',
      'input.accountOwnerId',
      'input.salespersonIds.1',
    ]);
    expect(
      errorOf(await update({ clientId: client.id, version: 1, renewalDate: '31/12/2026' })).fields[0].path,
    ).toBe('input.renewalDate');
  });

  it('filters clients by tier, health, owner, industry, renewal range, group and tag, and orders by renewal', async () => {
    const tag = uniqueName('tag').replace(/\W+/g, '');
    const group = await api.run<any>(
      `mutation($i: CreateListItemInput!) { createAccountGroup(input: $i) { accountGroup { id } } }`,
      {
        i: { name: uniqueName('Groupe') },
      },
    );
    const groupId = group.data.createAccountGroup.accountGroup.id;
    const make = async (renewalDate: string | null, tier: string, withGroup: boolean) => {
      const c = await createClient(api, { tags: [tag], accountGroupIds: withGroup ? [groupId] : [] });
      await update({
        clientId: c.id,
        version: 1,
        tier,
        health: 'HAPPY',
        renewalDate,
        industryId,
        accountOwnerId: owner.id,
      });
      return c;
    };
    const a = await make('2027-01-10', 'BASIC', true);
    const b = await make('2026-12-01', 'PREMIUM', true);
    const c = await make(null, 'PREMIUM', false);

    const ids = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
      const r = await api.run<any>(
        `query($f: ClientFilter, $o: ClientOrder) { clients(filter: $f, orderBy: $o, first: 100) { totalCount edges { node { id } } } }`,
        { f: { tag, ...filter }, o: orderBy },
      );
      expect(r.errors).toBeUndefined();
      return r.data.clients.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await ids({}, { field: 'RENEWAL_DATE', direction: 'ASC' })).toEqual([b.id, a.id, c.id]);
    expect(await ids({}, { field: 'RENEWAL_DATE', direction: 'DESC' })).toEqual([c.id, a.id, b.id]);
    expect((await ids({ tier: ['PREMIUM'] })).sort()).toEqual([b.id, c.id].sort());
    expect(await ids({ renewalFrom: '2026-12-15', renewalTo: '2027-12-31' })).toEqual([a.id]);
    expect((await ids({ accountGroupId: groupId })).sort()).toEqual([a.id, b.id].sort());
    expect((await ids({ health: ['HAPPY'], industryId, accountOwnerId: owner.id })).length).toBe(3);
    expect(await ids({ health: ['AT_RISK'] })).toEqual([]);
    expect(await ids({ tag: `${tag.toUpperCase()}` })).toHaveLength(3);
  });
});
