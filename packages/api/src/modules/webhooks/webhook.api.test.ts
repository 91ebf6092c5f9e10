import { WebhookDeliveryStatus, WebhookEventType } from '@clientele/shared';
import { SYSTEM_ACTOR } from '../../app/actor';
import { addPartnerClient, answerPartnerInvitation, createPartnerAccount } from '../../../test/accounts';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { uniqueName, uniqueTag } from '../../../test/factories';
import { TestServer } from '../../../test/http';
import { WebhookReceiver, type ReceivedWebhook } from '../../../test/webhook-receiver';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { verifySignature } from './webhook-signature';
import { WEBHOOK_BACKOFF_MS, WEBHOOK_LEASE_MS, WebhookWorker } from './webhook-worker';
import { WebhookService } from './webhook.service';

const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };
const OPERATOR = { partnerId: null, administrator: true };

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url eventTypes enabled secretPrefix version } }
}`;

describeEachDialect('webhooks', (db) => {
  const clock = new TestClock();
  let server: TestServer;
  let receiver: WebhookReceiver;
  let worker: WebhookWorker;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, {
      publicUrl: 'http://clientele.test',
      clock,
      webhooksAllowPrivateNetwork: true,
    });
    worker = new WebhookWorker(db().dataSource, { clock, allowPrivateNetwork: true });
  });
  beforeEach(async () => {
    receiver = await WebhookReceiver.start();
  });
  afterEach(async () => {
    await receiver.stop();
    // Each test hears only its own endpoints.
    await db()
      .dataSource.createQueryBuilder()
      .update(WebhookEndpoint)
      .set({ deletedAt: clock.now() })
      .where('deleted_at IS NULL')
      .execute();
  });
  afterAll(() => server.stop());

  /** A partner with a user signed in to the console, and a plan to register clients on. */
  async function partnerSignedIn() {
    const { services } = server;
    const viewer = await createPartnerAccount(services, PASSWORD);
    const plan = await services.partners.createPlan(
      { code: `WH-${uniqueTag()}`, name: 'Crochets' } as never,
      caller,
    );
    const console = server.browser();
    const signedIn = await console.graphql(
      `mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`,
      {
        i: { login: viewer.user.email, password: PASSWORD },
      },
    );
    expect(signedIn.body.errors).toBeUndefined();
    return { viewer, plan, console };
  }

  const signed = (secret: string, webhook: ReceivedWebhook) =>
    verifySignature(
      secret,
      String(webhook.headers['clientele-signature']),
      webhook.body,
      Math.floor(clock.now().getTime() / 1000),
    );

  it('sends a partner signed events about its own clients only, with what it may read of them', async () => {
    const { services } = server;
    const { viewer, plan, console } = await partnerSignedIn();
    const created = await console.graphql(CREATE_ENDPOINT, {
      input: {
        url: receiver.url,
        description: 'Tableau de bord',
        eventTypes: ['CLIENT_CREATED', 'CLIENT_UPDATED', 'PARTNER_INVITATION_ACCEPTED', 'CONTACT_LINKED'],
      },
    });
    expect(created.body.errors).toBeUndefined();
    const { secret, endpoint } = created.body.data.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ url: receiver.url, enabled: true, secretPrefix: secret.slice(0, 10) });
    // The secret is never read back.
    const listed = await console.graphql(`{ webhookEndpoints { edges { node { id url secretPrefix } } } }`);
    expect(listed.body.data.webhookEndpoints.edges).toEqual([
      { node: { id: endpoint.id, url: receiver.url, secretPrefix: secret.slice(0, 10) } },
    ]);

    const pending = await addPartnerClient(services, viewer.partner, plan.id, {
      name: uniqueName('Attente'),
    });
    const accepted = await addPartnerClient(services, viewer.partner, plan.id, {
      name: uniqueName('Acceptée'),
    });
    await answerPartnerInvitation(services, accepted.id, true);
    const stranger = await createPartnerAccount(services, PASSWORD);
    const elsewhere = await addPartnerClient(services, stranger.partner, plan.id, {
      name: uniqueName('Ailleurs'),
    });
    const fresh = (id: string) => services.clients.getById(id);
    // How the operator regards a client is not the partner's to read: a change to it alone tells it nothing.
    await services.clients.update(
      { id: pending.id, version: (await fresh(pending.id)).version, regard: 'WATCH' } as never,
      caller,
    );
    const renamed = uniqueName('Renommée');
    await services.clients.update(
      { id: accepted.id, version: (await fresh(accepted.id)).version, name: renamed } as never,
      caller,
    );
    await services.clients.update(
      { id: elsewhere.id, version: (await fresh(elsewhere.id)).version, name: uniqueName('Autre') } as never,
      caller,
    );

    const received = await receiver.until(await worker.runOnce());
    // Events are not promised in order (a retry comes after later events): receivers order by `createdAt`.
    expect(received.map((webhook) => [webhook.json.type, webhook.json.data.client.id]).sort()).toEqual(
      [
        ['client.created', pending.id],
        ['client.created', accepted.id],
        ['partnerInvitation.accepted', accepted.id],
        ['client.updated', accepted.id],
      ].sort(),
    );
    for (const webhook of received) {
      expect(signed(secret, webhook)).toBe(true);
      expect(webhook.headers['clientele-event-id']).toBe(webhook.json.id);
      expect(webhook.headers['clientele-event-type']).toBe(webhook.json.type);
      expect(webhook.body).not.toContain(elsewhere.id);
    }
    // A tampered body, or another secret, does not verify.
    expect(
      signed(secret, { ...received[0]!, body: received[0]!.body.replace('"type":"', '"type":"x') }),
    ).toBe(false);
    expect(signed(`${secret}x`, received[0]!)).toBe(false);

    // While pending, the card: no code, terms or contacts.
    const card = received.find((webhook) => webhook.json.data.client.id === pending.id)!.json.data.client;
    expect(card).toMatchObject({ id: pending.id, city: 'Rimouski', partnerAccess: 'PENDING' });
    expect(card).not.toHaveProperty('code');
    expect(card).not.toHaveProperty('regard');
    // Once accepted, the file the partner reads, and which of its fields changed.
    const update = received.find((webhook) => webhook.json.data.changedFields?.includes('name'))!;
    expect(update.json.data.client).toMatchObject({
      id: accepted.id,
      name: renamed,
      partnerAccess: 'ACCEPTED',
    });
    expect(update.json.data.client.code).toMatch(/^C-/);
    expect(update.json.data.client).not.toHaveProperty('regard');
  });

  it('sends the operator’s endpoint every client’s events, access ones included', async () => {
    const { services } = server;
    const { endpoint, secret } = await services.webhooks.create(
      OPERATOR,
      { url: receiver.url, eventTypes: [WebhookEventType.CLIENT_DELETED, WebhookEventType.CLIENT_RESTORED] },
      caller,
    );
    const client = await services.clients.create({ name: uniqueName('Corbeille') } as never, caller);
    await services.clients.delete([client.id], caller);
    await services.clients.restore(client.id, caller);
    await worker.runOnce();
    const received = (await receiver.until(2)).sort((a, b) => a.json.type.localeCompare(b.json.type));
    expect(received.map((webhook) => webhook.json.type)).toEqual(['client.deleted', 'client.restored']);
    expect(received.every((webhook) => signed(secret, webhook))).toBe(true);
    expect(received[0]!.json.data.client).toMatchObject({ id: client.id, regard: client.regard });
    expect(received[0]!.json.data.client.deletedAt).not.toBeNull();
    // Deleted, it hears nothing more.
    await services.webhooks.delete(endpoint.id, OPERATOR, caller);
    await services.clients.delete([client.id], caller);
    expect(await worker.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(2);
  });

  it('retries after a 500 with back-off, shows every attempt, and replays a delivery with its event id', async () => {
    const { services } = server;
    const { viewer, plan, console } = await partnerSignedIn();
    const created = await console.graphql(CREATE_ENDPOINT, {
      input: { url: receiver.url, eventTypes: ['CLIENT_CREATED'] },
    });
    const { secret, endpoint } = created.body.data.createWebhookEndpoint;
    receiver.script.push(500);
    const client = await addPartnerClient(services, viewer.partner, plan.id);

    expect(await worker.runOnce()).toBe(0);
    await receiver.until(1);
    // Not again before its back-off has passed…
    expect(await worker.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(1);
    clock.advance(WEBHOOK_BACKOFF_MS);
    expect(await worker.runOnce()).toBe(1);
    const [first, second] = await receiver.until(2);
    expect(second!.json.id).toBe(first!.json.id);
    expect(second!.json.data.client.id).toBe(client.id);
    expect(signed(secret, second!)).toBe(true);

    const DELIVERIES = `query($id: ID!) { webhookEndpoint(id: $id) { deliveries { edges { node {
      id eventId eventType status attemptCount lastStatusCode deliveredAt
      attempts { statusCode error responseBody durationMs }
    } } } } }`;
    const seen = await console.graphql(DELIVERIES, { id: endpoint.id });
    expect(seen.body.errors).toBeUndefined();
    const [delivery] = seen.body.data.webhookEndpoint.deliveries.edges.map((edge: any) => edge.node);
    expect(delivery).toMatchObject({
      eventId: first!.json.id,
      eventType: 'CLIENT_CREATED',
      status: 'DELIVERED',
      attemptCount: 2,
      lastStatusCode: 200,
    });
    expect(delivery.attempts.map((attempt: any) => [attempt.statusCode, attempt.error])).toEqual([
      [500, 'HTTP 500'],
      [200, null],
    ]);
    expect(delivery.attempts[0].responseBody).toBe('boom');

    // Replayed from the console: the same event, signed anew.
    clock.advance(60_000);
    const replayed = await console.graphql(
      `mutation($input: WebhookDeliveryIdInput!) { replayWebhookDelivery(input: $input) { delivery { status attemptCount } } }`,
      { input: { id: delivery.id } },
    );
    expect(replayed.body.data.replayWebhookDelivery.delivery).toEqual({ status: 'PENDING', attemptCount: 0 });
    expect(await worker.runOnce()).toBe(1);
    const third = (await receiver.until(3))[2]!;
    expect(third.json.id).toBe(first!.json.id);
    expect(signed(secret, third)).toBe(true);
    expect(third.headers['clientele-signature']).not.toBe(first!.headers['clientele-signature']);
  });

  it('sends a delivery again, with its event id, when the instance sending it died mid-send', async () => {
    const { services } = server;
    await services.webhooks.create(
      OPERATOR,
      { url: receiver.url, eventTypes: [WebhookEventType.CLIENT_CREATED] },
      caller,
    );
    receiver.script.push('hold');
    await services.clients.create({ name: uniqueName('Interrompue') } as never, caller);
    const dying = new WebhookWorker(db().dataSource, { clock, allowPrivateNetwork: true });
    const stuck = dying.runOnce();
    const [first] = await receiver.until(1);
    // Its claim runs out, as it would for a process killed while waiting for the answer.
    clock.advance(WEBHOOK_LEASE_MS + 1);
    expect(await worker.runOnce()).toBe(1);
    const [, second] = await receiver.until(2);
    expect(second!.json.id).toBe(first!.json.id);
    // The first answer, when it comes at last, changes nothing: the delivery is the other instance's.
    receiver.release(200);
    await stuck;
    const delivery = await db()
      .dataSource.getRepository(WebhookDelivery)
      .findOneByOrFail({ eventId: first!.json.id });
    expect(delivery).toMatchObject({ status: WebhookDeliveryStatus.DELIVERED, attemptCount: 1 });
  });

  it('refuses an endpoint it could not or should not send to, field by field, in the caller’s language', async () => {
    const { console } = await partnerSignedIn();
    const refused = await console.graphql(
      CREATE_ENDPOINT,
      { input: { url: 'ftp://example.com/hooks', eventTypes: ['ACCESS_GRANTED'] } },
      { 'accept-language': 'fr-CA' },
    );
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = refused.body.errors[0].extensions.fields;
    expect(fields.map((field: any) => [field.path, field.code])).toEqual([
      ['input.url', 'INVALID_FORMAT'],
      ['input.eventTypes', 'INVALID_CHOICE'],
    ]);
    expect(fields[0].message).toContain('https://example.com/webhooks');
    expect(fields[1].message).toBe('Choix invalide.');
    // Nor may an administrator give a partner's endpoint the access events.
    const partnerOwned = await server.services.webhooks.create(
      { partnerId: (await createPartnerAccount(server.services, PASSWORD)).partner.id, administrator: false },
      { url: receiver.url, eventTypes: [WebhookEventType.CLIENT_CREATED] },
      caller,
    );
    await expect(
      server.services.webhooks.update(
        partnerOwned.endpoint.id,
        1,
        { eventTypes: [WebhookEventType.ACCESS_GRANTED] },
        OPERATOR,
        caller,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    // Where the deployment does not allow it (production), nothing inside: no http, no loopback.
    const strict = new WebhookService(db().dataSource, clock, false);
    for (const url of [
      'http://example.com/hooks',
      'https://127.0.0.1/hooks',
      'https://localhost/x',
      'https://[::1]/x',
    ])
      await expect(
        strict.create(OPERATOR, { url, eventTypes: [WebhookEventType.CLIENT_CREATED] }, caller),
      ).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
  });

  it('does not reach inside from a name that resolves there, when the deployment does not allow it', async () => {
    const { services } = server;
    await services.webhooks.create(
      OPERATOR,
      { url: receiver.url.replace('127.0.0.1', 'localhost'), eventTypes: [WebhookEventType.CLIENT_CREATED] },
      caller,
    );
    await services.clients.create({ name: uniqueName('Dedans') } as never, caller);
    const strict = new WebhookWorker(db().dataSource, { clock });
    const attempts: string[] = [];
    strict.on('attempted', (_, attempt) => attempts.push(attempt.error ?? ''));
    await strict.runOnce();
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.every((error) => /private or local address/.test(error))).toBe(true);
    expect(receiver.received).toHaveLength(0);
    await worker.runOnce();
  });
});
