import { describeEachDialect } from '../../../test/db';
import { createClient, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';

/** What a clients screen asks for: the page, each client's CRM, contacts and counts. */
const PAGE = /* GraphQL */ `
  query ($first: Int, $tag: String) {
    clients(first: $first, filter: { tag: $tag }) {
      totalCount
      edges {
        node {
          id
          code
          name
          domains
          tags
          accountGroups {
            name
          }
          terms {
            paymentTerms
          }
          crm {
            health
            tier
            renewalDate
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
          contactCount
          noteCount
          primaryContact {
            contact {
              firstName
              lastName
            }
          }
          contacts {
            title
            contact {
              email
            }
          }
          notes {
            body
          }
        }
      }
    }
  }
`;

describeEachDialect('SQL statements per page of clients', (db) => {
  let api: TestClient;
  const tag = uniqueName('sql').replace(/\W+/g, '');

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
    for (let i = 0; i < 50; i += 1) {
      const client = await createClient(api, { tags: [tag], domains: [`c${i}-${tag.toLowerCase()}.test`] });
      await api.run(`mutation($i: CreateContactInput!) { createContact(input: $i) { contact { id } } }`, {
        i: {
          clientId: client.id,
          firstName: 'P',
          lastName: `${i}`,
          email: `p${i}@c${i}-${tag.toLowerCase()}.test`,
          primary: true,
        },
      });
      await api.run(`mutation($i: CreateNoteInput!) { createNote(input: $i) { note { id } } }`, {
        i: { clientId: client.id, body: `n${i}` },
      });
    }
  });
  afterAll(() => api.stop());

  async function statementsFor(first: number): Promise<number> {
    const logger = db().dataSource.logger;
    const spy = jest.spyOn(logger, 'logQuery');
    try {
      const result = await api.run<any>(PAGE, { first, tag });
      expect(result.errors).toBeUndefined();
      expect(result.data.clients.edges).toHaveLength(first);
      expect(result.data.clients.edges[0].node.primaryContact.contact.firstName).toBe('P');
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('costs the same small number of statements for 5 clients as for 50', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
    // count, keys, rows, then one batch per kind of related data.
    expect(fifty).toBeLessThanOrEqual(16);
  });
});
