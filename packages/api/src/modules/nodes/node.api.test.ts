import { SYSTEM_ACTOR } from '../../app/actor';
import { toGlobalId } from '../../app/node';
import { addPartnerClient, createPartnerAccount } from '../../../test/accounts';
import { describeEachDialect } from '../../../test/db';
import { uniqueName, uniqueTag } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { TestServer } from '../../../test/http';

const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };

const NODES = `query($ids: [ID!]!) {
  nodes(globalIds: $ids) { globalId ... on Client { name partnerAccess } ... on Contact { lastName } }
}`;

describeEachDialect('global ids and node(globalId:)', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
  });
  afterAll(() => server.stop());

  it('fetches any object by its global id with the rights its own query has, null otherwise', async () => {
    const { services } = server;
    const viewer = await createPartnerAccount(services, PASSWORD);
    const stranger = await createPartnerAccount(services, PASSWORD);
    const plan = await services.partners.createPlan(
      { code: `N-${uniqueTag()}`, name: 'Nœuds' } as never,
      caller,
    );
    const own = await addPartnerClient(services, viewer.partner, plan.id, { name: uniqueName('Nœud') });
    const theirs = await addPartnerClient(services, stranger.partner, plan.id);
    const contact = await services.contacts.create(
      {
        clientId: own.id,
        firstName: 'Lina',
        lastName: 'Roy',
        email: `lina.${uniqueTag()}@client.test`,
      } as never,
      caller,
    );
    const token = await server.apiToken(viewer.user.email, PASSWORD, 'Nœuds', 'READ');
    const dashboard = server.browser({ authorization: `Bearer ${token}` });

    // The id a list gives is the one node takes.
    const listed = await dashboard.graphql(`{ clients(first: 5) { edges { node { id globalId } } } }`);
    const [edge] = listed.body.data.clients.edges;
    expect(edge.node.globalId).toBe(toGlobalId('Client', own.id));

    const ids = [
      toGlobalId('Client', own.id),
      toGlobalId('Client', theirs.id),
      toGlobalId('Contact', contact.id),
      'not-one-of-ours',
      toGlobalId('Nothing', own.id),
    ];
    const { body } = await dashboard.graphql(NODES, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual([
      { globalId: ids[0], name: own.name, partnerAccess: 'PENDING' },
      null,
      // A partner does not read the contact book.
      null,
      null,
      null,
    ]);
    const single = await dashboard.graphql(`query($id: ID!) { node(globalId: $id) { globalId } }`, {
      id: ids[0],
    });
    expect(single.body.data.node).toEqual({ globalId: ids[0] });

    // Staff read the contact book: the contact comes, as `contact(id)` answers it.
    const staff = await TestClient.create(db().dataSource);
    try {
      const asStaff = await staff.run(NODES, { ids: ids.slice(0, 3) });
      expect(asStaff.data!.nodes).toEqual([
        { globalId: ids[0], name: own.name, partnerAccess: 'PENDING' },
        { globalId: ids[1], name: theirs.name, partnerAccess: 'PENDING' },
        { globalId: ids[2], lastName: 'Roy' },
      ]);
    } finally {
      await staff.stop();
    }

    // A program's token does not read webhook endpoints, by node or otherwise.
    const { endpoint } = await services.webhooks.create(
      { partnerId: viewer.partner.id, administrator: false },
      { url: 'https://tableau.partenaire.test/hooks', eventTypes: ['client.created' as never] },
      caller,
    );
    const hook = await dashboard.graphql(`query($id: ID!) { node(globalId: $id) { globalId } }`, {
      id: toGlobalId('WebhookEndpoint', endpoint.id),
    });
    expect(hook.body.data.node).toBeNull();

    const tooMany = await dashboard.graphql(NODES, { ids: Array.from({ length: 101 }, () => ids[0]) });
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
