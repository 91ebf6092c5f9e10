/**
 * The real app, as `main.ts` serves it (createServices + createHttpApp), on
 * the bench database, without the jobs, the mail worker or the console. Every
 * SQL statement TypeORM sends passes through `logger.logQuery`, whatever the
 * logging option: counting there counts them all (transactions included).
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../src/app/data-source';
import { createServices } from '../src/app/context';
import { createHttpApp } from '../src/app/server';
import { benchDatabase, serveParent } from './servers';

async function main(): Promise<void> {
  // The parent migrated the database already: this only checks nothing is pending.
  const dataSource = await openDatabase(benchDatabase());
  let statements = 0;
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logQuery>) => {
    statements += 1;
    return logQuery(...args);
  };

  const services = createServices(dataSource);
  const { app, apollo } = await createHttpApp(services);
  let requests = 0;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) requests += 1;
    app(req, res);
  });
  server.listen(0, '127.0.0.1', () => {
    serveParent(
      (server.address() as AddressInfo).port,
      () => ({ requests, statements }),
      async () => {
        server.close();
        await apollo.stop();
        await dataSource.destroy();
      },
    );
  });
}

void main();
