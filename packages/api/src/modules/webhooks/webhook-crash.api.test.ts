import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, freePort, startApp, written, type Started } from '../../../test/app-process';
import { testDialects } from '../../../test/db';
import { createMysqlDatabase, dropMysqlDatabase, mysqlServerUrl } from '../../../test/mysql-server';
import { WebhookReceiver } from '../../../test/webhook-receiver';
import { parseDatabaseUrl } from '../../app/config';
import { openDatabase } from '../../app/data-source';
import { DEMO_ADMIN, DEMO_PARTNER } from '../../database/seeds/demo-data';
import { WebhookDelivery } from './webhook-delivery.entity';
import { verifySignature } from './webhook-signature';

/** A database two processes can open one after the other: a file, or a MySQL schema of its own. */
async function sharedDatabase(dialect: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientele-crash-'));
    return {
      url: `sqlite:${dir}/clientele.sqlite`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = mysqlServerUrl()!;
  const config = await createMysqlDatabase(server, 'crash');
  return {
    url: `mysql://root@${config.host}:${config.port}/${config.database}`,
    drop: () => dropMysqlDatabase(server, config.database),
  };
}

/** The deliveries queued for an endpoint, read from the database the processes shared. */
async function countDeliveries(url: string, endpointId: string): Promise<number> {
  const dataSource = await openDatabase(parseDatabaseUrl(url, process.cwd()));
  try {
    return await dataSource.getRepository(WebhookDelivery).countBy({ endpointId });
  } finally {
    await dataSource.destroy();
  }
}

describe.each(testDialects())('webhooks across a crash [%s]', (dialect) => {
  // Compiling both packages takes a while on a slow machine; it happens only when a source changed.
  beforeAll(buildIfStale, 300_000);

  it('sends a partner the event of its client created just before the process was killed, once an instance is back, and nothing of the operator’s', async () => {
    const database = await sharedDatabase(dialect);
    const receiver = await WebhookReceiver.start();
    const port = await freePort();
    const env = { DATABASE_URL: database.url, PORT: String(port), WEBHOOKS_ALLOW_PRIVATE_NETWORK: 'true' };
    const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown };
    };
    const running: Started[] = [];
    let deliveries = -1;
    try {
      // First life: its webhook worker looked at start-up, and would not look again for ten minutes.
      const first = startApp({ ...env, SEED_DEMO: 'true', WEBHOOK_POLL_INTERVAL_MS: '600000' });
      running.push(first);
      await written(first, 'stderr', 'running on');
      const signIn = async (login: string) =>
        (
          await graphql('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
            i: { login, password: DEMO_ADMIN.password, kind: 'BEARER' },
          })
        ).data.signIn.token as string;
      // The demo partner's user registers an endpoint from the console, and its dashboard a token.
      const partnerSession = await signIn(DEMO_PARTNER.userEmail);
      const endpoint = await graphql(
        `
          mutation ($i: CreateWebhookEndpointInput!) {
            createWebhookEndpoint(input: $i) {
              secret
              endpoint {
                id
              }
            }
          }
        `,
        { i: { url: receiver.url, eventTypes: ['CLIENT_CREATED'] } },
        partnerSession,
      );
      const { secret, endpoint: registered } = endpoint.data.createWebhookEndpoint;
      const token = (
        await graphql(
          `
            mutation ($i: CreateApiTokenInput!) {
              createApiToken(input: $i) {
                token
              }
            }
          `,
          { i: { name: 'Tableau', scope: 'READ_WRITE' } },
          partnerSession,
        )
      ).data.createApiToken.token as string;
      const plans = await graphql(
        `
          {
            servicePlansConnection {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        token,
      );
      // Staff add a client of the operator's own: not the partner's, so nothing for its endpoint.
      await graphql(
        `
          mutation ($i: CreateClientInput!) {
            createClient(input: $i) {
              client {
                id
              }
            }
          }
        `,
        { i: { name: 'Quincaillerie de l’exploitant' } },
        await signIn(DEMO_ADMIN.email),
      );
      const created = await graphql(
        `
          mutation ($i: CreatePartnerClientInput!) {
            createPartnerClient(input: $i) {
              client {
                id
              }
            }
          }
        `,
        {
          i: {
            name: 'Quincaillerie Interrompue',
            planId: plans.data.servicePlansConnection.edges[0].node.id,
            identityProvider: 'CLIENTELE',
            notificationsEnabled: false,
            address: {
              line1: '1 rue du Port',
              city: 'Rimouski',
              region: 'QC',
              postalCode: 'G5L 1A1',
              country: 'CA',
            },
            admin: { firstName: 'Annie', lastName: 'Gagnon', email: 'annie@interrompue.example' },
          },
        },
        token,
      );
      const clientId: string = created.data.createPartnerClient.client.id;
      // Committed (it answered), not yet sent: killed now, with no chance to tidy up.
      first.kill('SIGKILL');
      await first.closed;
      expect(receiver.received).toHaveLength(0);

      // Second life, on the same database: the event was kept with the change, and goes out.
      const second = startApp({ ...env, SEED_DEMO: 'false', WEBHOOK_POLL_INTERVAL_MS: '50' });
      running.push(second);
      const [webhook] = await receiver.until(1);
      expect(webhook!.json).toMatchObject({
        type: 'client.created',
        data: { client: { id: clientId, partnerAccess: 'PENDING' } },
      });
      expect(
        verifySignature(
          secret,
          String(webhook!.headers['clientele-signature']),
          webhook!.body,
          Date.now() / 1000,
        ),
      ).toBe(true);
      second.kill('SIGTERM');
      await second.closed;
      // Its one delivery, none about the operator's own client.
      deliveries = await countDeliveries(database.url, registered.id);
    } finally {
      for (const child of running)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.all(running.map((child) => child.closed));
      await receiver.stop();
      await database.drop();
    }
    expect(deliveries).toBe(1);
  }, 120_000);
});
