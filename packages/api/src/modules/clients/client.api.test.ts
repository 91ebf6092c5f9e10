import { ClientOrderField, FieldErrorCode } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestClient } from '../../../test/graphql';
import { Client } from './client.entity';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateClientInput!) {
    createClient(input: $input) {
      client {
        id
        code
        name
        kind
        status
        lifecycle
        version
        createdAt
        updatedAt
        billingAddress {
          line1
          line2
          city
          region
          postalCode
          country
        }
      }
    }
  }
`;

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
        }
      }
    }
  }
`;

type ListResult = {
  clients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; code: string; name: string } }[];
  };
};

describeEachDialect('clients API', (db) => {
  let api: TestClient;
  const count = () => db().dataSource.getRepository(Client).count();

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());
  beforeEach(async () => {
    // Children go with their client (ON DELETE CASCADE).
    await db().dataSource.createQueryBuilder().delete().from(Client).execute();
  });

  const create = (input: Record<string, unknown>, locale: 'fr' | 'en' = 'en') =>
    api.run<{ createClient: { client: Record<string, any> } }>(CREATE, { input }, { locale });

  describe('createClient', () => {
    it('creates a client with a generated code, defaults and a normalized address', async () => {
      const asked = Date.now();
      const result = await create({
        name: '  Érablière   du Lac ',
        billingAddress: {
          line1: ' 88, chemin du Brûlé ',
          city: 'Lac-Beauport',
          region: 'qc',
          postalCode: 'g3b0a1',
          country: 'ca',
        },
      });
      expect(result.errors).toBeUndefined();
      const client = result.data!.createClient.client;
      expect(client).toMatchObject({
        code: expect.stringMatching(/^C-\d{6}$/),
        name: 'Érablière du Lac',
        kind: 'COMPANY',
        status: 'ACTIVE',
        lifecycle: 'CUSTOMER',
        version: 1,
        billingAddress: {
          line1: '88, chemin du Brûlé',
          line2: null,
          city: 'Lac-Beauport',
          region: 'QC',
          postalCode: 'G3B 0A1',
          country: 'CA',
        },
      });
      // Stamped when it was made: not before it was asked for (however long the answer took).
      expect(new Date(client.createdAt).getTime()).toBeGreaterThanOrEqual(asked);

      const fetched = await api.run(`query($id: ID!) { client(id: $id) { id name code } }`, {
        id: client.id,
      });
      expect(fetched.data?.client).toEqual({ id: client.id, name: 'Érablière du Lac', code: client.code });
    });

    it('numbers generated codes in sequence and skips codes chosen by hand', async () => {
      const first = (await create({ name: 'Premier' })).data!.createClient.client.code as string;
      const n = Number(first.slice(2));
      const manual = `C-${String(n + 1).padStart(6, '0')}`;
      expect(
        (await create({ name: 'Manuel', code: manual.toLowerCase() })).data!.createClient.client.code,
      ).toBe(manual);
      expect((await create({ name: 'Troisième' })).data!.createClient.client.code).toBe(
        `C-${String(n + 2).padStart(6, '0')}`,
      );
    });

    it('keeps codes unique, case aside, and says so under the field in French', async () => {
      await create({ name: 'Hervé David', code: '8005551' });
      const result = await create({ name: 'Autre', code: '8005551' }, 'fr');
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            path: 'input.code',
            code: FieldErrorCode.ALREADY_TAKEN,
            message: '«\u00a08005551\u00a0» est déjà utilisé.',
          },
        ],
      });
      expect(await count()).toBe(1);
    });

    it('refuses a second client of the same name, whatever the case and accents', async () => {
      await create({ name: 'Société Générale' });
      const result = await create({ name: 'SOCIETE generale' });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ path: 'input.name', code: FieldErrorCode.ALREADY_TAKEN }),
      ]);
      expect(await count()).toBe(1);
    });

    it.each([
      ['input.name', FieldErrorCode.REQUIRED, { name: '' }, 'This field is required.'],
      ['input.name', FieldErrorCode.REQUIRED, { name: '   ' }, 'This field is required.'],
      ['input.name', FieldErrorCode.TOO_LONG, { name: 'x'.repeat(201) }, 'At most 200 characters.'],
      [
        'input.code',
        FieldErrorCode.INVALID_FORMAT,
        { name: 'A', code: 'bad code!' },
        'Invalid format (expected: A-Z 0-9 . _ -).',
      ],
      [
        'input.billingAddress.country',
        FieldErrorCode.INVALID_FORMAT,
        { name: 'A', billingAddress: { country: 'Canada' } },
        'Invalid format (expected: ISO 3166 (CA, FR…)).',
      ],
      [
        'input.billingAddress.postalCode',
        FieldErrorCode.INVALID_FORMAT,
        { name: 'A', billingAddress: { postalCode: '1234', country: 'FR' } },
        'Invalid format (expected: 75001).',
      ],
      [
        'input.billingAddress.region',
        FieldErrorCode.INVALID_CHOICE,
        { name: 'A', billingAddress: { region: 'Bretagne', country: 'CA' } },
        'Invalid choice.',
      ],
      [
        'input.billingAddress.city',
        FieldErrorCode.TOO_LONG,
        { name: 'A', billingAddress: { city: 'x'.repeat(121) } },
        'At most 120 characters.',
      ],
    ])('refuses %s (%s) and writes nothing', async (path, code, input, message) => {
      const result = await create(input);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path, code, message }],
      });
      expect(await count()).toBe(0);
    });

    it('reports every refused field at once, in the caller’s language', async () => {
      const result = await create({ name: '', billingAddress: { postalCode: 'H2X', country: 'CA' } }, 'fr');
      expect(result.errors![0]!.message).toBe('Certains champs sont invalides.');
      expect(result.errors![0]!.extensions!.fields).toEqual([
        { path: 'input.name', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
        {
          path: 'input.billingAddress.postalCode',
          code: 'INVALID_FORMAT',
          message: 'Format invalide (attendu\u00a0: A1A 1A1).',
        },
      ]);
    });

    it('refuses an unknown enum value before any resolver runs', async () => {
      const result = await create({ name: 'A', kind: 'ROBOT' });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await count()).toBe(0);
    });
  });

  describe('clients', () => {
    const names = [
      'Éditions du Vieux-Port',
      'atelier Bélanger',
      'Boulangerie Saint-Honoré',
      'Zénith Conseil',
      'Câblo 50% Gaspé',
    ];

    beforeEach(async () => {
      for (const name of names) expect((await create({ name })).errors).toBeUndefined();
    });

    const list = async (variables: Record<string, unknown>) => {
      const result = await api.run<ListResult>(LIST, variables);
      expect(result.errors).toBeUndefined();
      return result.data!.clients;
    };

    it('orders by name ignoring case and accents, and pages with cursors', async () => {
      const page1 = await list({ first: 2 });
      expect(page1.totalCount).toBe(5);
      expect(page1.edges.map((e) => e.node.name)).toEqual(['atelier Bélanger', 'Boulangerie Saint-Honoré']);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const page2 = await list({ first: 2, after: page1.pageInfo.endCursor });
      expect(page2.edges.map((e) => e.node.name)).toEqual(['Câblo 50% Gaspé', 'Éditions du Vieux-Port']);
      const page3 = await list({ first: 2, after: page2.pageInfo.endCursor });
      expect(page3.edges.map((e) => e.node.name)).toEqual(['Zénith Conseil']);
      expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(page3.totalCount).toBe(5);
    });

    it.each(Object.values(ClientOrderField))(
      'walks every client once ordered by %s, both ways',
      async (field) => {
        for (const direction of ['ASC', 'DESC']) {
          const seen: string[] = [];
          let after: string | null = null;
          do {
            const page: ListResult['clients'] = await list({
              first: 2,
              after,
              orderBy: { field, direction },
            });
            seen.push(...page.edges.map((e) => e.node.name));
            after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
          } while (after);
          expect(seen.sort()).toEqual([...names].sort());
        }
      },
    );

    it('orders by code descending', async () => {
      const page = await list({ first: 5, orderBy: { field: 'CODE', direction: 'DESC' } });
      const codes = page.edges.map((e) => e.node.code);
      expect(codes).toEqual([...codes].sort().reverse());
    });

    it('searches code and name, ignoring case and accents, every word must match', async () => {
      expect((await list({ filter: { search: 'EDITIONS' } })).edges.map((e) => e.node.name)).toEqual([
        'Éditions du Vieux-Port',
      ]);
      expect((await list({ filter: { search: 'belanger atelier' } })).totalCount).toBe(1);
      expect((await list({ filter: { search: '50%' } })).edges.map((e) => e.node.name)).toEqual([
        'Câblo 50% Gaspé',
      ]);
      expect((await list({ filter: { search: '%' } })).totalCount).toBe(1);
      expect((await list({ filter: { search: '_' } })).totalCount).toBe(0);
      const code = (await list({ first: 1 })).edges[0]!.node.code;
      expect((await list({ filter: { search: code.toLowerCase() } })).totalCount).toBe(1);
      expect((await list({ filter: { search: 'nothing like this' } })).totalCount).toBe(0);
    });

    it('refuses a page size over 100 and a forged cursor, with field errors', async () => {
      const big = await api.run(LIST, { first: 101 });
      expect(big.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'first' }],
      });
      const forged = await api.run(LIST, { after: 'not-a-cursor' });
      expect(forged.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'after' }],
      });
    });
  });

  it('returns null for a client that does not exist', async () => {
    const result = await api.run(`query { client(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.client).toBeNull();
  });
});
