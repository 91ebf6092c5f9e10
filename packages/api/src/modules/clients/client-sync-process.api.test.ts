import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IsNull, type DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../app/config';
import { openDatabase } from '../../app/data-source';
import { SYNC_SETTLE_MS } from '../../app/keyset';
import { SYSTEM_ACTOR } from '../../app/actor';
import { addPartnerClient, createPartnerAccount } from '../../../test/accounts';
import { buildIfStale } from '../../../test/app-process';
import { TestClock } from '../../../test/clock';
import { testDialects } from '../../../test/db';
import { uniqueName, uniqueTag } from '../../../test/factories';
import { TestServer } from '../../../test/http';
import { createMysqlDatabase, dropMysqlDatabase, mysqlServerUrl } from '../../../test/mysql-server';
import { Client } from './client.entity';

const PASSWORD = 'Partenaire-2026-sûr';
const caller = { actor: SYSTEM_ACTOR, requestId: null };
const WRITER = path.resolve(__dirname, '../../../test/processes/client-writer.cjs');

/** One page of a partner's mirror: changes in update order, tombstones included, from a cursor. */
const CHANGES = `query($after: String) {
  clients(first: 7, after: $after, filter: { updatedSince: "2000-01-01T00:00:00.000Z", withDeleted: true },
          orderBy: { field: UPDATED_AT, direction: ASC }) {
    edges { node { id name deletedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A database two processes open at once: a file (WAL), or a MySQL schema of its own. */
async function sharedDatabase(
  dialect: string,
): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientele-sync-'));
    return {
      config: { dialect: 'sqlite', path: path.join(dir, 'clientele.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = mysqlServerUrl()!;
  const config = await createMysqlDatabase(server, 'sync');
  return { config, drop: () => dropMysqlDatabase(server, config.database) };
}

/** The writer process, spoken to over IPC: each call resolves with its answer. */
function startWriter(config: DatabaseConfig) {
  const child: ChildProcess = fork(WRITER, [], {
    env: { ...process.env, DATABASE_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const answer = <T>(match: (message: any) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const listen = (message: any) => {
        if (message.error) reject(new Error(`the writer failed: ${message.error}`));
        const found = match(message);
        if (found === undefined) return;
        child.off('message', listen);
        resolve(found);
      };
      child.on('message', listen);
      child.once('exit', (code) => reject(new Error(`the writer exited (${code})`)));
    });
  const ready = answer((message) => (message.ready ? true : undefined));
  return {
    ready,
    setClock: (date: Date) => child.send({ clock: date.getTime() }),
    round: (round: number, partnerId: string, planId: string) => {
      const done = answer((message) => (message.done === round ? true : undefined));
      child.send({ round, partnerId, planId });
      return done;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ stop: true });
      await exited;
    },
  };
}

describe.each(testDialects())('a partner’s mirror while another process writes [%s]', (dialect) => {
  // The writer runs the built app; compiling it happens only when a source changed.
  beforeAll(buildIfStale, 300_000);

  it('ends with exactly the server’s clients while another instance creates, renames, deletes and restores', async () => {
    const database = await sharedDatabase(dialect);
    const dataSource: DataSource = await openDatabase(database.config);
    const clock = new TestClock();
    const server = await TestServer.start(dataSource, { publicUrl: 'http://clientele.test', clock });
    const writer = startWriter(database.config);
    try {
      const { services } = server;
      const viewer = await createPartnerAccount(services, PASSWORD);
      const plan = await services.partners.createPlan(
        { code: `SP-${uniqueTag()}`, name: 'Synchro' } as never,
        caller,
      );
      for (let i = 0; i < 12; i += 1)
        await addPartnerClient(services, viewer.partner, plan.id, {
          name: uniqueName('Miroir'),
          city: 'Sorel',
        });
      const token = await server.apiToken(viewer.user.email, PASSWORD, 'Miroir', 'READ');
      const dashboard = server.browser({ authorization: `Bearer ${token}` });
      await writer.ready;

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
      clock.advance(SYNC_SETTLE_MS + 1000);
      await syncOnce();
      expect(mirror.size).toBe(12);

      // Rounds of writes in the other process racing the mirror's passes; both clocks move a second a round.
      for (let round = 0; round < 8; round += 1) {
        writer.setClock(clock.now());
        await Promise.all([writer.round(round, viewer.partner.id, plan.id), syncOnce()]);
        clock.advance(1000);
      }

      clock.advance(SYNC_SETTLE_MS + 1000);
      await syncOnce();
      const own = await dataSource
        .getRepository(Client)
        .find({ where: { partnerId: viewer.partner.id, deletedAt: IsNull() } });
      const expected = own.map((client): [string, string] => [client.id, client.name]);
      expect(new Map([...mirror].sort())).toEqual(new Map(expected.sort()));
      // The other process's writes are in it: clients it added, names it gave.
      expect([...mirror.values()].filter((name) => name.startsWith('Ajouté ')).length).toBeGreaterThan(3);
      expect([...mirror.values()].some((name) => name.startsWith('Renommé '))).toBe(true);

      // By name, the partner's default order, tombstones come too when asked.
      const byName = await dashboard.graphql(
        `{ clients(first: 100, filter: { withDeleted: true }) { edges { node { id deletedAt } } } }`,
      );
      expect(
        byName.body.data.clients.edges.some((edge: { node: { deletedAt: unknown } }) => edge.node.deletedAt),
      ).toBe(true);
      // Nothing new: a pass from the same cursor reads nothing.
      const { body } = await dashboard.graphql(CHANGES, { after: cursor });
      expect(body.data.clients.edges).toEqual([]);
    } finally {
      await writer.stop();
      await server.stop();
      await dataSource.destroy();
      await database.drop();
    }
  }, 120_000);
});
