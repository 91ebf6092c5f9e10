import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../app/actor';
import { SYNC_SETTLE_MS } from '../../app/keyset';
import { TestClock } from '../../../test/clock';
import { addPartnerClient, answerPartnerInvitation, createPartnerAccount } from '../../../test/accounts';
import { describeEachDialect } from '../../../test/db';
import { uniqueTag } from '../../../test/factories';
import { TestServer } from '../../../test/http';
import { WebhookReceiver } from '../../../test/webhook-receiver';
import { WebhookEventType } from '@clientele/shared';
import { WebhookWorker } from '../webhooks/webhook-worker';

const GUIDE = path.resolve(__dirname, '../../../../../docs/partners.md');
const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };

interface Example {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Each ```graphql block of the guide, with the ```json block of variables that follows it, if any. */
function examplesOf(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body }));
  return blocks.flatMap((block, i) => {
    if (block.lang !== 'graphql') return [];
    const next = blocks[i + 1];
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(block.body!)?.[1] ?? `example ${i}`;
    const variables = next?.lang === 'json' ? (JSON.parse(next.body!) as Record<string, unknown>) : {};
    return [{ name, query: block.body!, variables }];
  });
}

describeEachDialect('the partner’s guide (docs/partners.md), run as written', (db) => {
  const clock = new TestClock();
  let server: TestServer;
  let token: string;
  let planId: string;
  let viewer: Awaited<ReturnType<typeof createPartnerAccount>>;
  const guide = fs.readFileSync(GUIDE, 'utf8');

  beforeAll(async () => {
    server = await TestServer.start(db().dataSource, {
      publicUrl: 'http://clientele.test',
      clock,
      webhooksAllowPrivateNetwork: true,
    });
    const { services } = server;
    viewer = await createPartnerAccount(services, PASSWORD);
    planId = (
      await services.partners.createPlan({ code: `G-${uniqueTag()}`, name: 'Guide' } as never, caller)
    ).id;
    // A pending client and an accepted one, both a "Boulangerie", for the search and the mirror to find.
    for (const [name, accept] of [
      [`Boulangerie Hébert ${uniqueTag()}`, true],
      [`Boulangerie du Port ${uniqueTag()}`, false],
    ] as const) {
      const client = await addPartnerClient(services, viewer.partner, planId, { name });
      if (accept) await answerPartnerInvitation(services, client.id, true);
    }
    token = await server.apiToken(viewer.user.email, PASSWORD, 'Guide', 'READ_WRITE');
  });
  afterAll(() => server.stop());

  it('has the examples it says it has', () => {
    expect(examplesOf(guide).map((example) => example.name)).toEqual([
      'FirstClients',
      'NextPage',
      'Changes',
      'AddClient',
      'Plans',
    ]);
  });

  it.each(examplesOf(guide).map((example) => [example.name, example] as const))(
    'answers %s without an error',
    async (_name, example) => {
      const variables = JSON.parse(
        JSON.stringify(example.variables).replace('<a plan id from servicePlansConnection>', planId),
      ) as Record<string, unknown>;
      const dashboard = server.browser({ authorization: `Bearer ${token}` });
      const { status, body } = await dashboard.graphql(example.query, variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );

  it('finds the guide’s rows: the search both clients, the mirror each as the partner may read it', async () => {
    const dashboard = server.browser({ authorization: `Bearer ${token}` });
    const [search, mirror] = examplesOf(guide).filter((e) => e.name === 'NextPage' || e.name === 'Changes');
    expect((await dashboard.graphql(search!.query, search!.variables)).body.data.clients.edges).toHaveLength(
      2,
    );
    // The mirror lists changes once settled.
    clock.advance(SYNC_SETTLE_MS);
    const { body } = await dashboard.graphql(mirror!.query, mirror!.variables);
    const rows = body.data.clients.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    const access = (prefix: string) => rows.find((row: { name: string }) => row.name.startsWith(prefix));
    expect(access('Boulangerie Hébert')).toMatchObject({
      partnerAccess: 'ACCEPTED',
      code: expect.any(String),
    });
    expect(access('Boulangerie du Port')).toMatchObject({
      partnerAccess: 'PENDING',
      code: null,
      deletedAt: null,
    });
  });

  it('runs the curl of its first step, token and language as it shows them', async () => {
    const curl = /```sh\n([\s\S]*?)```/.exec(guide)![1]!;
    const payload = /-d '(.*)'/.exec(curl)![1]!;
    const headers = Object.fromEntries(
      [...curl.matchAll(/-H '([^:]+): ([^']+)'/g)].map(([, name, value]) => [name!.toLowerCase(), value!]),
    );
    expect(headers.authorization).toBe('Bearer ct_…');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token}` },
      body: payload,
    });
    const body = (await response.json()) as { data?: { clients: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.clients.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('sends webhooks shaped as it shows, which its signature check accepts as written', async () => {
    const { services } = server;
    const receiver = await WebhookReceiver.start();
    try {
      const owner = { partnerId: viewer.partner.id, administrator: false };
      const { secret } = await services.webhooks.create(
        owner,
        { url: receiver.url, eventTypes: [WebhookEventType.CLIENT_UPDATED] },
        caller,
      );
      const client = await addPartnerClient(services, viewer.partner, planId, {
        name: `Fromagerie ${uniqueTag()}`,
      });
      await answerPartnerInvitation(services, client.id, true);
      const { version } = await services.clients.getById(client.id);
      await services.clients.update(
        { id: client.id, version, name: `Fromagerie ${uniqueTag()}` } as never,
        caller,
      );
      const worker = new WebhookWorker(db().dataSource, { clock, allowPrivateNetwork: true });
      const [webhook] = await receiver.until(await worker.runOnce());

      const blocks = [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({
        lang,
        body: body!,
      }));
      const example = JSON.parse(
        blocks.find((block) => block.lang === 'json' && block.body.includes('"type"'))!.body,
      );
      expect(Object.keys(webhook!.json).sort()).toEqual(Object.keys(example).sort());
      expect(webhook!.json).toMatchObject({
        type: example.type,
        data: { changedFields: example.data.changedFields },
      });
      expect(Object.keys(webhook!.json.data.client)).toEqual(
        expect.arrayContaining(Object.keys(example.data.client)),
      );

      // The guide's own snippet, run as a receiver would run it.
      const snippet = blocks.find((block) => block.lang === 'js')!.body;
      const isFromClientele = new Function('require', `${snippet}\nreturn isFromClientele;`)(require) as (
        secret: string,
        header: string,
        body: string,
        nowSeconds?: number,
      ) => boolean;
      const header = String(webhook!.headers['clientele-signature']);
      const now = clock.now().getTime() / 1000;
      expect(isFromClientele(secret, header, webhook!.body, now)).toBe(true);
      expect(isFromClientele(secret, header, `${webhook!.body} `, now)).toBe(false);
      expect(isFromClientele(`${secret}x`, header, webhook!.body, now)).toBe(false);
      // A delivery played again an hour later is refused.
      expect(isFromClientele(secret, header, webhook!.body, now + 3600)).toBe(false);
    } finally {
      await receiver.stop();
    }
  });
});
