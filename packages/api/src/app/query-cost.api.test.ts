import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describeEachDialect } from '../../test/db';
import { TestServer } from '../../test/http';
import { queryCost } from './query-cost';
import { getSchema } from './schema';

async function costOf(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((definition) => [definition.name.value, definition]),
  );
  return queryCost(await getSchema(), operation, fragments, variables);
}

describe('what a query costs', () => {
  it('counts objects, not scalars, and a page as many times as it may hold', async () => {
    expect(await costOf('{ me { user { id displayName } } }')).toBe(2);
    // The page (1) holds 10 edges (1 each) of a node (1) with its partner (1).
    expect(await costOf('{ clients(first: 10) { edges { node { id name partner { name } } } } }')).toBe(
      10 * (1 + 1 + 1 + 1),
    );
    // Without `first`, a page of 25; a file's nested list, up to 1,000.
    expect(await costOf('{ clients { totalCount } }')).toBe(25);
    expect(await costOf('{ client(id: "x") { contacts { id } } }')).toBe(1 + 1000);
    expect(await costOf('query($n: Int) { clients(first: $n) { totalCount } }', { n: 3 })).toBe(3);
  });

  it('reads fragments, inline and named, and counts a mutation as ten reads', async () => {
    expect(
      await costOf(`
        query { clients(first: 2) { edges { node { ...Card ... on Client { partner { id } } } } } }
        fragment Card on Client { partner { name } plan { name } }
      `),
    ).toBe(2 * (1 + 1 + 1 + 1 + 1 + 1));
    expect(await costOf('mutation { signOut { done } }')).toBe(10 + 1);
  });

  it('counts a fragment once however often it is spread, and nodes by their ids', async () => {
    // Each level spreads the one below twice: 2⁴¹ when counted, in as many steps as there are fragments.
    const levels = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`);
    const bomb = `query { ...F40 }\nfragment F0 on Query { me { user { id } } }\n${levels.join('\n')}`;
    expect(await costOf(bomb)).toBe(2 ** 41);
    expect(await costOf('{ nodes(globalIds: ["a", "b", "c"]) { globalId } }')).toBe(3);
  });
});

describeEachDialect('extensions.cost', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
  });
  afterAll(() => server.stop());

  it('is on every answer: data, a refusal, an invalid query', async () => {
    const browser = server.browser();
    const answers = await Promise.all([
      browser.graphql('{ me { user { id } } }'),
      browser.graphql('{ clients(first: 5) { totalCount } }'),
      browser.graphql('{ nonsense }'),
    ]);
    expect(answers.map(({ body }) => body.extensions?.cost)).toEqual([
      { requestedQueryCost: 2 },
      { requestedQueryCost: 5 },
      { requestedQueryCost: 0 },
    ]);
    expect(answers[1]!.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
