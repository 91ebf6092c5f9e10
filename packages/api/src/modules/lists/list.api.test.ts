import { describeEachDialect } from '../../../test/db';
import { errorOf, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';

describeEachDialect('admin-managed lists', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it.each([
    ['AccountGroup', 'accountGroups', 'accountGroup'],
    ['Industry', 'industries', 'industry'],
    ['Branch', 'branches', 'branch'],
  ])(
    '%s: creates with unique names, renames, reorders, archives and restores',
    async (type, plural, item) => {
      const name = uniqueName('Élément');
      const create = (n: string) =>
        api.run<any>(
          `mutation($i: CreateListItemInput!) { create${type}(input: $i) { ${item} { id name position archived version } } }`,
          { i: { name: n } },
          { locale: 'fr' },
        );
      const created = (await create(name)).data[`create${type}`][item];
      expect(created).toMatchObject({ name, archived: false, version: 1 });
      expect(errorOf(await create(name.toUpperCase())).fields).toEqual([
        expect.objectContaining({ path: 'input.name', code: 'ALREADY_TAKEN' }),
      ]);

      const update = (input: Record<string, unknown>) =>
        api.run<any>(
          `mutation($i: UpdateListItemInput!) { update${type}(input: $i) { ${item} { id name archived version } } }`,
          { i: input },
        );
      const archived = (
        await update({ id: created.id, version: 1, name: `${name} (ancien)`, archived: true })
      ).data[`update${type}`][item];
      expect(archived).toMatchObject({ archived: true, version: 2 });
      const listed = async (includeArchived: boolean) =>
        (
          await api.run<any>(
            `query($a: Boolean!) { ${plural}Connection(includeArchived: $a, first: 100) { edges { node { id } } } }`,
            { a: includeArchived },
          )
        ).data[`${plural}Connection`].edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(await listed(false)).not.toContain(created.id);
      expect(await listed(true)).toContain(created.id);
      expect(errorOf(await update({ id: created.id, version: 1, archived: false })).code).toBe('CONFLICT');
      expect(errorOf(await update({ id: created.id, version: 2, name: '' })).fields[0].code).toBe('REQUIRED');
    },
  );
});

describeEachDialect('the activity log', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it('lists a file’s history newest first, filtered by action and actor, page by page', async () => {
    const created = await api.run<any>(
      `mutation($i: CreateClientInput!) { createClient(input: $i) { client { id version } } }`,
      {
        i: { name: uniqueName('Historique') },
      },
    );
    const id = created.data.createClient.client.id;
    for (let version = 1; version <= 4; version += 1) {
      await api.run(`mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { id } } }`, {
        i: { id, version, description: `v${version}` },
      });
    }
    const page = async (variables: Record<string, unknown>) =>
      (
        await api.run<any>(
          `query($id: ID!, $first: Int, $after: String, $filter: ActivityFilter) {
            client(id: $id) { activity(first: $first, after: $after, filter: $filter) {
              totalCount pageInfo { hasNextPage endCursor } edges { node { action actorType actorName requestId changes { field before after } } } } }
          }`,
          { id, ...variables },
        )
      ).data.client.activity;
    const first = await page({ first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: any) => e.node.changes[0].after)).toEqual(['v4', 'v3']);
    expect(first.edges[0].node).toMatchObject({
      action: 'UPDATED',
      actorType: 'STAFF',
      actorName: 'Test Admin',
      requestId: expect.stringMatching(/^test-/),
    });
    const rest = await page({ first: 10, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.action)).toEqual(['UPDATED', 'UPDATED', 'CREATED']);
    expect((await page({ filter: { actions: ['CREATED'] } })).totalCount).toBe(1);
    expect((await page({ filter: { actorType: 'PARTNER' } })).totalCount).toBe(0);
  });
});
