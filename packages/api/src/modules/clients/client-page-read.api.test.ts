import { getNamedType, isLeafType, isNonNullType, type GraphQLObjectType } from 'graphql';
import { describeEachDialect } from '../../../test/db';
import { createClient, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { getSchema } from '../../app/schema';

/** Every field of Client that takes no required argument: leaves by name, objects by their type. */
async function everyClientField(): Promise<string> {
  const client = (await getSchema()).getType('Client') as GraphQLObjectType;
  return Object.values(client.getFields())
    .filter((field) => !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`))
    .join('\n');
}

/** What a clients screen or a partner's dashboard asks for: a page with CRM and the first contacts. */
const PAGE = /* GraphQL */ `
  query ($first: Int, $tag: String) {
    clients(first: $first, filter: { tag: $tag }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          status
          billingAddress {
            city
          }
          crm {
            health
            tier
            renewalDate
            accountOwner {
              displayName
            }
          }
          contacts(first: 5) {
            title
            contact {
              firstName
              email
            }
          }
        }
      }
    }
  }
`;

describeEachDialect('a page of clients, read in one statement', (db) => {
  let api: TestClient;
  const tag = uniqueName('page').replace(/\W+/g, '').toLowerCase();

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    for (let i = 0; i < 12; i += 1) {
      const client = await createClient(api, {
        tags: [tag],
        domains: [`c${i}-${tag}.test`],
        ...(i % 2 ? { website: `https://c${i}.test`, registrationIp: '203.0.113.7' } : {}),
      });
      for (let k = 0; k < 6; k += 1) {
        await api.run(`mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`, {
          i: {
            clientId: client.id,
            firstName: `P${k}`,
            lastName: `${i}`,
            email: `p${k}@c${i}-${tag}.test`,
            primary: k === 3,
          },
        });
      }
    }
  });
  afterAll(() => api.stop());

  it('answers every field of every client as the whole row read on its own does, by id and by code', async () => {
    const fields = await everyClientField();
    const page = await api.run<any>(
      `query ($tag: String) { clients(first: 20, filter: { tag: $tag }) { edges { node { ${fields} } } } }`,
      { tag },
    );
    expect(page.errors).toBeUndefined();
    const nodes = page.data.clients.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(12);
    for (const node of nodes) {
      // By id: the file read with the columns asked for; by code: the whole row, through TypeORM.
      const alone = await api.run<any>(
        `query ($id: ID!, $code: String!) { byId: client(id: $id) { ${fields} } byCode: clientByCode(code: $code) { ${fields} } }`,
        { id: node.id, code: node.code },
      );
      expect(alone.errors).toBeUndefined();
      expect(node).toEqual(alone.data.byCode);
      expect(alone.data.byId).toEqual(alone.data.byCode);
    }
  });

  it('answers a create with the client as it is then read', async () => {
    const fields = await everyClientField();
    const created = await api.run<any>(
      `mutation ($i: CreateClientInput!) { createClient(input: $i) { client { ${fields} } } }`,
      {
        i: {
          name: uniqueName('Créé'),
          email: 'info@cree.test',
          tags: ['Un', 'deux'],
          domains: [`cree-${tag}.test`],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const client = created.data.createClient.client;
    const read = await api.run<any>(`query ($id: ID!) { client(id: $id) { ${fields} } }`, { id: client.id });
    expect(client).toEqual(read.data.client);
  });

  async function statementsFor(first: number): Promise<{ statements: number; data: any }> {
    const spy = jest.spyOn(db().dataSource.logger, 'logQuery');
    try {
      const result = await api.run<any>(PAGE, { first, tag });
      expect(result.errors).toBeUndefined();
      return { statements: spy.mock.calls.length, data: result.data };
    } finally {
      spy.mockRestore();
    }
  }

  it('costs two statements whatever its size: the page with its CRM rows, owners and count, then the contacts', async () => {
    // Over HTTP, the session's lookup makes a third; TestClient has none.
    const five = await statementsFor(5);
    const ten = await statementsFor(10);
    expect(five.statements).toBe(2);
    expect(ten.statements).toBe(2);
    expect(ten.data.clients.totalCount).toBe(12);
    expect(ten.data.clients.edges).toHaveLength(10);
    // The first five contacts, the primary one first.
    const contacts = ten.data.clients.edges[0].node.contacts;
    expect(contacts.map((c: any) => c.contact.firstName)).toEqual(['P3', 'P0', 'P1', 'P2', 'P4']);
  });

  it('does not count when totalCount is not asked', async () => {
    const spy = jest.spyOn(db().dataSource.logger, 'logQuery');
    try {
      const result = await api.run<any>(
        `query ($tag: String) { clients(first: 5, filter: { tag: $tag }) { edges { node { id } } } }`,
        { tag },
      );
      expect(result.data.clients.edges).toHaveLength(5);
      expect(spy.mock.calls.map(([sql]) => sql).some((sql) => /COUNT\(/i.test(sql))).toBe(false);
      expect(spy).toHaveBeenCalledTimes(1);
      // Nor a client's history read without its total.
      const file = await api.run<any>(
        `query ($id: ID!) { client(id: $id) { activity(first: 5) { edges { node { id } } } } }`,
        { id: result.data.clients.edges[0].node.id },
      );
      expect(file.data.client.activity.edges.length).toBeGreaterThan(0);
      expect(spy.mock.calls.map(([sql]) => sql).some((sql) => /COUNT\(/i.test(sql))).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it('goes straight to a page with offset, as far as paging there by cursor would, and refuses a bad one', async () => {
    const PAGES = `query ($first: Int, $after: String, $offset: Int, $tag: String) {
      clients(first: $first, after: $after, offset: $offset, filter: { tag: $tag }) {
        pageInfo { hasPreviousPage hasNextPage endCursor }
        edges { node { name } }
      }
    }`;
    const first = await api.run<any>(PAGES, { first: 5, tag });
    const paged = await api.run<any>(PAGES, { first: 5, after: first.data.clients.pageInfo.endCursor, tag });
    const jumped = await api.run<any>(PAGES, { first: 5, offset: 5, tag });
    expect(jumped.data.clients).toEqual(paged.data.clients);
    expect(jumped.data.clients.pageInfo.hasPreviousPage).toBe(true);
    const past = await api.run<any>(PAGES, { first: 5, offset: 500, tag });
    expect(past.data.clients.edges).toEqual([]);
    for (const offset of [-1, 200_001]) {
      const refused = await api.run<any>(PAGES, { first: 5, offset, tag });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'offset' }],
      });
    }
  });
});
