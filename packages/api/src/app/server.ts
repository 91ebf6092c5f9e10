import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { negotiateLocale } from '@clientele/shared';
import { createContext, type GraphQLContext, type Services } from './context';
import { formatError } from './errors';
import { fieldRightsPlugin } from './field-rights';
import { queryCostPlugin } from './query-cost';
import { httpBridge, identify } from './http-session';
import { logger } from './logger';
import { requestIdFrom, requestScope } from './request-context';
import { getSchema } from './schema';
import { clientExportHandler } from '../modules/clients/client-export';

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

/** Gives each request its id and language, and logs one line when it ends. */
function scopeEachRequest(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdFrom(req.headers['x-request-id']);
  const locale = negotiateLocale(req.headers['accept-language']);
  res.setHeader('x-request-id', requestId);
  const started = process.hrtime.bigint();
  requestScope.run({ requestId, locale }, () => {
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          // originalUrl: mounted routers rewrite req.path; the query string may hold secrets.
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request completed',
      );
    });
    next();
  });
}

/** The console is built separately; when its files are there, `/` serves it. */
function serveConsole(app: Express, consoleDir: string): void {
  const index = path.join(consoleDir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ consoleDir }, 'console not built: only the API is served (run `pnpm build`)');
    return;
  }
  app.use(
    '/assets',
    express.static(path.join(consoleDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(consoleDir, { index: false, maxAge: '1h' }));
  // Client-side routes (/clients/…) all load the same page.
  app.get(/^\/(?!graphql|healthz|readyz|exports\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** The GraphQL server itself, as HTTP serves it and as the tests run it. */
export function createApollo(schema: GraphQLSchema): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    plugins: [
      // Sandbox pages load from the internet: nothing here may.
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are for CDNs in front of public data; ours is private, and the plugin's hook
      // runs on every field of every row.
      ApolloServerPluginCacheControlDisabled(),
      fieldRightsPlugin,
      queryCostPlugin,
    ],
    includeStacktraceInErrorResponses: false,
    // Programs read the answers, not people: no indentation (Apollo's default) to build and send.
    stringifyResult: (result) => JSON.stringify(result),
  });
}

export async function createHttpApp(
  services: Services,
  consoleDir?: string,
  trustProxy: string | number = 'loopback',
): Promise<HttpApp> {
  const { dataSource } = services;
  const apollo = createApollo(await getSchema());
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Whose X-Forwarded-For to believe: contact sign-ins are checked against the client's address.
  app.set('trust proxy', trustProxy);
  app.use(scopeEachRequest);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const scope = requestScope.getStore();
        const { user, portal, partner, session, apiToken } = await identify(services, req);
        return createContext(services, {
          requestId: scope?.requestId ?? requestIdFrom(undefined),
          locale: scope?.locale ?? negotiateLocale(req.headers['accept-language']),
          user,
          portal,
          partner,
          session,
          apiToken,
          origin: { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null },
          http: httpBridge(req, res),
        });
      },
    }),
  );

  // Files too long for one GraphQL answer, streamed with the same session and the same list code.
  app.get('/exports/clients.csv', clientExportHandler(services));

  if (consoleDir) serveConsole(app, consoleDir);
  return { app, apollo };
}
