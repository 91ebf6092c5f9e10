import { IsNull } from 'typeorm';
import { SYSTEM_ACTOR } from '../../app/actor';
import { TestClock } from '../../../test/clock';
import { addPartnerClient, createPartnerAccount } from '../../../test/accounts';
import { describeEachDialect } from '../../../test/db';
import { uniqueName, uniqueTag } from '../../../test/factories';
import { TestServer } from '../../../test/http';
import { Client } from './client.entity';
import { SYNC_SETTLE_MS } from '../../app/keyset';

const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };

/** One page of a partner's mirror: changes in update order, tombstones included, from a cursor. */
const CHANGES = `query($after: String) {
  clients(first: 7, after: $after, filter: { updatedSince: "2000-01-01T00:00:00.000Z", withDeleted: true },
          orderBy: { field: UPDATED_AT, direction: ASC }) {
    edges { node { id name deletedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describeEachDialect('a partner’s mirror of its clients (updatedSince)', (db) => {
  const clock = new TestClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test', clock });
  });
  afterAll(() => server.stop());

  it('ends with exactly the server’s clients while another writer creates, renames, deletes and restores', async () => {
    const { services } = server;
    const viewer = await createPartnerAccount(services, PASSWORD);
    const plan = await services.partners.createPlan(
      { code: `SY-${uniqueTag()}`, name: 'Synchro' } as never,
      caller,
    );
    const add = () =>
      addPartnerClient(services, viewer.partner, plan.id, { name: uniqueName('Miroir'), city: 'Sorel' });
    for (let i = 0; i < 12; i += 1) await add();
    // Another partner's client never reaches this mirror.
    const stranger = await createPartnerAccount(services, PASSWORD);
    await addPartnerClient(services, stranger.partner, plan.id, {
      name: uniqueName('Étranger'),
      city: 'Sorel',
    });

    const token = await server.apiToken(viewer.user.email, PASSWORD, 'Miroir', 'READ');
    const dashboard = server.browser({ authorization: `Bearer ${token}` });

    // The mirror: what the partner holds, and the cursor it resumes from.
    const mirror = new Map<string, string>();
    let cursor: string | null = null;
    const syncOnce = async () => {
      for (;;) {
        const { body } = await dashboard.graphql(CHANGES, { after: cursor });
        expect(body.errors).toBeUndefined();
        for (const { node } of body.data.clients.edges) {
          if (node.deletedAt) mirror.delete(node.id);
          else mirror.set(node.id, node.name);
        }
        cursor = body.data.clients.pageInfo.endCursor ?? cursor;
        if (!body.data.clients.pageInfo.hasNextPage) return;
      }
    };

    // A first full copy, once the first clients have settled.
    clock.advance(SYNC_SETTLE_MS + 1000);
    await syncOnce();
    expect(mirror.size).toBe(12);

    // Rounds of writes racing the mirror's passes; the clock moves a second a round.
    const own = () =>
      db()
        .dataSource.getRepository(Client)
        .find({ where: { partnerId: viewer.partner.id, deletedAt: IsNull() }, order: { id: 'ASC' } });
    for (let round = 0; round < 8; round += 1) {
      const live = await own();
      const writes = async () => {
        const renamed = live[round % live.length]!;
        await services.clients.update(
          { id: renamed.id, version: renamed.version, name: uniqueName(`Renommé ${round}`) } as never,
          caller,
        );
        await add();
        if (round % 3 === 0) await services.clients.delete([live[(round + 1) % live.length]!.id], caller);
        if (round === 5) {
          const [gone] = await db()
            .dataSource.getRepository(Client)
            .find({ where: { partnerId: viewer.partner.id }, withDeleted: true, order: { deletedAt: 'ASC' } })
            .then((rows) => rows.filter((row) => row.deletedAt));
          if (gone) await services.clients.restore(gone.id, caller);
        }
      };
      await Promise.all([writes(), syncOnce()]);
      clock.advance(1000);
    }

    // Once the last changes have settled, one more pass: the mirror is the server's set, exactly.
    clock.advance(SYNC_SETTLE_MS + 1000);
    await syncOnce();
    const server_ = new Map((await own()).map((client) => [client.id, client.name]));
    expect(new Map([...mirror].sort())).toEqual(new Map([...server_].sort()));
    expect(mirror.size).toBeGreaterThan(12);

    // By name, the partner's default order, tombstones come too when asked.
    const byName = await dashboard.graphql(
      `{ clients(first: 100, filter: { withDeleted: true }) { edges { node { id deletedAt } } } }`,
    );
    expect(
      byName.body.data.clients.edges.some(
        (edge: { node: { deletedAt: string | null } }) => edge.node.deletedAt,
      ),
    ).toBe(true);

    // Nothing new: a pass from the same cursor reads nothing, and changes nothing.
    const { body } = await dashboard.graphql(CHANGES, { after: cursor });
    expect(body.data.clients.edges).toEqual([]);
  });

  it('moves a client in the update order when its contacts change, its version untouched; staff mirror contacts too', async () => {
    const { services } = server;
    const staff = { actor: SYSTEM_ACTOR, requestId: null };
    const client = await services.clients.create({ name: uniqueName('Contacts') } as never, staff);
    const contact = await services.contacts.create(
      {
        clientId: client.id,
        firstName: 'Noé',
        lastName: 'Dion',
        email: `noe.${uniqueTag()}@client.test`,
      } as never,
      staff,
    );
    const read = () => db().dataSource.getRepository(Client).findOneByOrFail({ id: client.id });
    const before = await read();
    clock.advance(1000);
    const [link] = await db().dataSource.query(
      'SELECT id FROM client_contact WHERE client_id = ? AND contact_id = ?',
      [client.id, contact.id],
    );
    await services.contacts.updateLink({ id: link.id, title: 'Comptable' } as never, staff);
    const afterLink = await read();
    expect(afterLink.updatedAt.getTime()).toBe(before.updatedAt.getTime() + 1000);
    expect(afterLink.version).toBe(before.version);
    clock.advance(1000);
    await services.contacts.update(
      { id: contact.id, version: contact.version, email: `noe.dion.${uniqueTag()}@client.test` } as never,
      staff,
    );
    expect((await read()).updatedAt.getTime()).toBe(before.updatedAt.getTime() + 2000);

    // The contacts themselves, by update time, once settled.
    const since = new Date(clock.now().getTime() - 500).toISOString();
    const changed = () =>
      services.contacts.list({
        first: 10,
        filter: { updatedSince: new Date(since) },
        orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
      } as never);
    expect((await changed()).edges).toEqual([]);
    clock.advance(SYNC_SETTLE_MS);
    expect((await changed()).edges.map((edge) => edge.node.id)).toEqual([contact.id]);
  });

  it('lists a change only once it has settled, so a cursor never passes one still being written', async () => {
    const { services } = server;
    const viewer = await createPartnerAccount(services, PASSWORD);
    const plan = await services.partners.createPlan(
      { code: `ST-${uniqueTag()}`, name: 'Repos' } as never,
      caller,
    );
    const client = await addPartnerClient(services, viewer.partner, plan.id, {
      name: uniqueName('Repos'),
      city: 'Sorel',
    });
    const since = clock.now().toISOString();
    const changed = (who: ReturnType<TestServer['browser']>) =>
      who.graphql(
        `query($since: DateTimeISO!) { clients(filter: { updatedSince: $since }, orderBy: { field: UPDATED_AT }) { edges { node { id } } } }`,
        { since },
      );
    const browser = server.browser();
    await browser.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { login: viewer.user.email, password: PASSWORD },
    });
    expect((await changed(browser)).body.data.clients.edges).toEqual([]);
    clock.advance(SYNC_SETTLE_MS);
    expect((await changed(browser)).body.data.clients.edges).toEqual([{ node: { id: client.id } }]);
  });
});
