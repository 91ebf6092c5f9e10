import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { StaffRole } from '@clientele/shared';
import { createStaffUser } from '../../test/users';
import { hashPassword } from '../modules/auth/password-hashing';
import { createServices } from './context';
import { createHttpApp } from './server';
import { logger, redirectLogs } from './logger';

describe('HTTP server', () => {
  let db: TestDatabase;
  let server: Server;
  let base: string;
  let token: string;
  const PASSWORD = 'un mot de passe de test assez long';
  let stop: () => Promise<void>;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const { app, apollo } = await createHttpApp(createServices(db.dataSource));
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const user = await createStaffUser(db.dataSource, StaffRole.STAFF, 'HTTP', await hashPassword(PASSWORD));
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
        variables: { i: { login: user.email, password: PASSWORD, kind: 'BEARER' } },
      }),
    });
    token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    stop = async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    };
  });
  afterAll(async () => {
    await stop();
    if (db.dataSource.isInitialized) await db.drop();
  });

  const graphql = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query }),
    });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('gives every response a request id, keeping a plain one the caller sent', async () => {
    const generated = await fetch(`${base}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234');
    const refused = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'x'.repeat(65) } });
    expect(refused.headers.get('x-request-id')).not.toBe('x'.repeat(65));
  });

  it('stamps the request id on every log line of a request', async () => {
    const lines: string[] = [];
    let completed: () => void = () => undefined;
    const completion = new Promise<void>((resolve) => (completed = resolve));
    const restore = redirectLogs(
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(...String(chunk).trim().split('\n'));
          if (lines.some((l) => l.includes('request completed'))) completed();
          done();
        },
      }),
    );
    const level = logger.level;
    logger.level = 'info';
    try {
      await graphql('{ __typename }', { 'x-request-id': 'trace-abc' });
      // The completion line is written when the response finishes, maybe just after we read it.
      await completion;
    } finally {
      logger.level = level;
      restore();
    }
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.requestId).toBe('trace-abc');
    expect(entries.at(-1)).toMatchObject({
      msg: 'request completed',
      status: 200,
      path: '/graphql',
      level: 'info',
    });
  });

  it('asks who is there before anything else', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
      body: JSON.stringify({ query: '{ clients { totalCount } }' }),
    });
    const body = (await response.json()) as {
      data: unknown;
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data).toBeNull();
    expect(body.errors[0]).toMatchObject({
      message: 'Veuillez vous connecter.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers malformed GraphQL with BAD_USER_INPUT in the caller’s language', async () => {
    const response = await graphql('{ clients { nope } }', { 'accept-language': 'fr-CA,fr;q=0.9' });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });

    const invalid = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'fr',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: 'mutation { createClient(input: { name: "" }) { client { id } } }' }),
    });
    const invalidBody = (await invalid.json()) as {
      errors: { message: string; extensions: { fields: unknown[] } }[];
    };
    expect(invalidBody.errors[0]!.message).toBe('Certains champs sont invalides.');
    expect(invalidBody.errors[0]!.extensions.fields).toEqual([
      { path: 'input.name', code: 'REQUIRED', message: 'Ce champ est obligatoire.' },
    ]);
  });

  it('masks an unexpected failure, naming only the request id, and reports not ready', async () => {
    await db.dataSource.destroy();
    const response = await graphql('{ clients { totalCount } }', {
      'x-request-id': 'req-broken',
      'accept-language': 'en',
    });
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]).toMatchObject({
      message: 'An unexpected error occurred.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-broken' },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|at Object|node_modules/);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
