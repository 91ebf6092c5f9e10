import { describeEachDialect } from '../../../test/db';
import { createClient, errorOf, uniqueName } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { Activity } from '../activity/activity.entity';

const DELETE = /* GraphQL */ `
  mutation ($i: DeleteClientsInput!) {
    deleteClients(input: $i) {
      clients {
        id
        deletedAt
      }
    }
  }
`;
const RESTORE = /* GraphQL */ `
  mutation ($i: RestoreClientsInput!) {
    restoreClients(input: $i) {
      clients {
        id
        name
        deletedAt
        deletedBy
        purgeAt
      }
    }
  }
`;
const DELETED_LIST = /* GraphQL */ `
  query ($filter: ClientFilter) {
    clients(first: 100, filter: $filter) {
      edges {
        node {
          id
          deletedAt
          deletedBy
          purgeAt
        }
      }
    }
  }
`;

describeEachDialect('bulk delete and its undo', (db) => {
  let api: TestClient;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(() => api.stop());

  it('restores exactly the clients a bulk delete removed, in one step, each recorded', async () => {
    const [a, b, c] = [await createClient(api), await createClient(api), await createClient(api)];
    await api.run(DELETE, { i: { ids: [a.id, b.id, c.id] } });

    // The Deleted view says when, by whom, and until when each can come back.
    const deleted = (await api.run<any>(DELETED_LIST, { filter: { deleted: true } })).data.clients.edges
      .map((e: { node: Record<string, string> }) => e.node)
      .filter((n: { id: string }) => [a.id, b.id, c.id].includes(n.id));
    expect(deleted).toHaveLength(3);
    for (const node of deleted) {
      expect(node.deletedBy).toBe('Test Admin');
      expect(new Date(node.purgeAt).getTime() - new Date(node.deletedAt).getTime()).toBe(30 * 86_400_000);
    }

    const restored = (await api.run<any>(RESTORE, { i: { ids: [c.id, a.id, b.id] } })).data.restoreClients
      .clients;
    expect(restored.map((r: { id: string }) => r.id)).toEqual([c.id, a.id, b.id]);
    expect(
      restored.every(
        (r: { deletedAt: null; deletedBy: null; purgeAt: null }) =>
          !r.deletedAt && !r.deletedBy && !r.purgeAt,
      ),
    ).toBe(true);
    const log = await db()
      .dataSource.getRepository(Activity)
      .findBy({ entityType: 'Client', action: 'RESTORED' as never });
    expect(log.filter((e) => [a.id, b.id, c.id].includes(e.entityId))).toHaveLength(3);

    // Restoring again changes nothing: an undo clicked twice is harmless.
    expect((await api.run<any>(RESTORE, { i: { ids: [a.id] } })).errors).toBeUndefined();
  });

  it('restores all or none: a name taken since refuses the batch at that id', async () => {
    const a = await createClient(api);
    const b = await createClient(api);
    await api.run(DELETE, { i: { ids: [a.id, b.id] } });
    // Someone created a client with b's name while it was deleted.
    await createClient(api, { name: b.name });
    const refused = errorOf(await api.run(RESTORE, { i: { ids: [a.id, b.id, 'no-such-client'] } }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['input.ids.1', 'ALREADY_TAKEN'],
      ['input.ids.2', 'INVALID_REFERENCE'],
    ]);
    const stillDeleted = await api.run<any>(`query($id: ID!) { client(id: $id) { deletedAt } }`, {
      id: a.id,
    });
    expect(stillDeleted.data.client.deletedAt).not.toBeNull();

    expect(errorOf(await api.run(RESTORE, { i: { ids: [] } })).fields[0].code).toBe('REQUIRED');
    expect(uniqueName()).not.toBe(b.name);
  });
});
