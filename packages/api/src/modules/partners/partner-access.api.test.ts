import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { SYSTEM_ACTOR } from '../../app/actor';
import { PARTNER_CARD_FIELDS, PARTNER_FIELDS, PARTNER_FILE_FIELDS } from '../../app/authorization';
import { getSchema } from '../../app/schema';
import { addPartnerClient, answerPartnerInvitation, createPartnerAccount } from '../../../test/accounts';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { uniqueName, uniqueTag } from '../../../test/factories';
import { TestServer } from '../../../test/http';
import { Client } from '../clients/client.entity';
import { PartnerInvitation } from './partner-invitation.entity';

const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };

/**
 * Every field of a client a partner may read, each object or list of objects
 * with its `__typename`: what a partner's developer would select to see it all.
 */
async function everyPartnerField(): Promise<string> {
  const client = (await getSchema()).getType('Client') as GraphQLObjectType;
  return Object.values(client.getFields())
    .filter((field) => PARTNER_FIELDS.Client!.has(field.name))
    .map((field) => (isObjectType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name))
    .join(' ');
}

describeEachDialect('a partner’s clients, whatever their invitation’s state', (db) => {
  const clock = new TestClock();
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, { publicUrl: 'http://clientele.test', clock });
  });
  afterAll(() => server.stop());

  it('lists pending, accepted and declined clients, each with its card, the file null until accepted, and no error', async () => {
    const { services, dataSource } = { services: server.services, dataSource: db().dataSource };
    const viewer = await createPartnerAccount(services, PASSWORD);
    const plan = await services.partners.createPlan(
      { code: `PA-${uniqueTag()}`, name: 'Accès partenaire' } as never,
      caller,
    );
    const add = (name: string) => addPartnerClient(services, viewer.partner, plan.id, { name });
    const respond = (clientId: string, accept: boolean) =>
      answerPartnerInvitation(services, clientId, accept);
    const pending = await add(uniqueName('Attente'));
    const accepted = await add(uniqueName('Acceptée'));
    const declined = await add(uniqueName('Refusée'));
    await respond(accepted.id, true);
    await respond(declined.id, false);

    // A dashboard with an API token, as a partner's developer would build it.
    const browser = server.browser();
    const signedIn = await browser.graphql(
      `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`,
      { i: { login: viewer.user.email, password: PASSWORD } },
    );
    expect(signedIn.body.errors).toBeUndefined();
    const minted = await browser.graphql(
      `mutation { createApiToken(input: { name: "Tableau de bord", scope: READ_WRITE }) { token } }`,
    );
    const dashboard = server.browser({ authorization: `Bearer ${minted.body.data.createApiToken.token}` });

    const fields = await everyPartnerField();
    const listed = await dashboard.graphql(
      `{ clients(first: 50) { totalCount edges { node { ${fields} } } } }`,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.errors).toBeUndefined();
    const rows = listed.body.data.clients.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(listed.body.data.clients.totalCount).toBe(3);
    const byId = new Map(rows.map((row: Record<string, unknown>) => [row.id, row]));
    for (const [client, access] of [
      [pending, 'PENDING'],
      [declined, 'DECLINED'],
    ] as const) {
      const row = byId.get(client.id) as Record<string, unknown>;
      expect(row).toMatchObject({ name: client.name, city: 'Rimouski', partnerAccess: access });
      expect([...PARTNER_FILE_FIELDS].filter((field) => row[field] !== null)).toEqual([]);
    }
    const file = byId.get(accepted.id) as Record<string, unknown>;
    expect(file).toMatchObject({ partnerAccess: 'ACCEPTED', code: accepted.code, kind: 'COMPANY' });
    expect(file.contacts).toEqual([{ __typename: 'ClientContact' }]);
    expect(file.terms).toEqual({ __typename: 'ClientTerms' });

    // Its clients to CSV, with the token: every row, the file's cells empty until accepted.
    const exported = await fetch(
      `${server.url}/exports/clients.csv?lang=en&view=${encodeURIComponent(
        JSON.stringify({ columns: ['name', 'city', 'code', 'kind', 'tier', 'invitation'] }),
      )}`,
      { headers: { authorization: `Bearer ${minted.body.data.createApiToken.token}` } },
    );
    expect(exported.status).toBe(200);
    const lines = (await exported.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('Name,City,Code,Type,Tier,Partner invitation');
    expect(lines.slice(1).sort()).toEqual(
      [
        `${pending.name},Rimouski,,,,Pending`,
        `${declined.name},Rimouski,,,,Declined`,
        `${accepted.name},Rimouski,${accepted.code},Company,,Accepted`,
      ].sort(),
    );

    // One client with its card and its contacts in one query: the card is there, the contacts null.
    const one = await dashboard.graphql(
      `query($id: ID!) { client(id: $id) { id name partnerAccess contacts { id } } }`,
      { id: pending.id },
    );
    expect(one.body).toEqual({
      data: { client: { id: pending.id, name: pending.name, partnerAccess: 'PENDING', contacts: null } },
      extensions: { cost: expect.any(Object) },
    });

    // A create selecting every field of its payload gets its answer, no error: nothing to retry.
    const created = await dashboard.graphql(
      `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { client { ${fields} } } }`,
      {
        i: {
          name: uniqueName('Nouvelle'),
          planId: plan.id,
          identityProvider: 'CLIENTELE',
          notificationsEnabled: false,
          address: {
            line1: '2 rue du Port',
            city: 'Matane',
            region: 'QC',
            postalCode: 'G4W 1A1',
            country: 'CA',
          },
          admin: { firstName: 'Luc', lastName: 'Caron', email: `luc.${uniqueTag()}@client.test` },
        },
      },
    );
    expect(created.body.errors).toBeUndefined();
    const card = created.body.data.createPartnerClient.client;
    expect(card).toMatchObject({ city: 'Matane', partnerAccess: 'PENDING' });
    expect(
      Object.keys(card).filter((field) => !PARTNER_CARD_FIELDS.has(field) && card[field] !== null),
    ).toEqual([]);

    // A public root field beside it does not lift the check (signing in and `me` alone are checked as they run).
    const mixed = await dashboard.graphql(`{ me { sessionId } clients { edges { node { id regard } } } }`);
    expect(mixed.status).toBe(403);
    expect(mixed.body.errors[0].extensions.forbiddenFields).toEqual(['Client.regard']);

    // An answer moves the client in the update order (a mirror reads it again), its version untouched.
    const unanswered = await dataSource.getRepository(Client).findOneByOrFail({ id: pending.id });
    clock.advance(1000);
    await respond(pending.id, true);
    const answered = await dataSource.getRepository(Client).findOneByOrFail({ id: pending.id });
    expect(answered.updatedAt.getTime()).toBe(unanswered.updatedAt.getTime() + 1000);
    expect(answered.version).toBe(unanswered.version);

    // A field no partner may read is refused before the create runs: nothing is written.
    const before = await dataSource
      .getRepository(PartnerInvitation)
      .countBy({ partnerId: viewer.partner.id });
    const refused = await dashboard.graphql(
      `mutation($i: CreatePartnerClientInput!) { createPartnerClient(input: $i) { client { id regard } } }`,
      {
        i: {
          name: uniqueName('Jamais'),
          planId: plan.id,
          identityProvider: 'CLIENTELE',
          notificationsEnabled: false,
          address: {
            line1: '3 rue du Port',
            city: 'Gaspé',
            region: 'QC',
            postalCode: 'G4X 1A1',
            country: 'CA',
          },
          admin: { firstName: 'Eve', lastName: 'Roy', email: `eve.${uniqueTag()}@client.test` },
        },
      },
      { 'accept-language': 'en' },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([
      {
        message: 'These fields are not available to you: Client.regard. Nothing was run.',
        extensions: { code: 'FORBIDDEN', forbiddenFields: ['Client.regard'] },
      },
    ]);
    expect(await dataSource.getRepository(PartnerInvitation).countBy({ partnerId: viewer.partner.id })).toBe(
      before,
    );
  });
});
