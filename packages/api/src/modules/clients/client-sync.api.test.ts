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

describeEachDialect('a partner’s mirror of its clients (updatedSince)', (db) => {
  const clock = new TestClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test', clock });
  });
  afterAll(() => server.stop());

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
