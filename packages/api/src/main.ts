import './app/production-by-default';
import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConfigError, describeDatabase, loadConfig } from './app/config';
import { openDatabase } from './app/data-source';
import { logger } from './app/logger';
import { createServices } from './app/context';
import { MailWorker, smtpTransport } from './modules/email/mail-worker';
import { WebhookWorker } from './modules/webhooks/webhook-worker';
import { startPurgeJob } from './app/jobs';
import { createHttpApp } from './app/server';
import { seedDemoData, DEMO_ADMIN } from './database/seeds/demo.seed';

/** Prints one line for the person at the terminal and stops. */
function fail(message: string): never {
  process.stderr.write(`clientele: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const where = describeDatabase(config.database);
  let dataSource;
  try {
    dataSource = await openDatabase(config.database);
  } catch (error) {
    fail(`cannot open the database at ${where}: ${(error as Error).message}`);
  }

  const seeded = config.seedDemo ? await seedDemoData(dataSource) : false;
  const services = createServices(dataSource, {
    retentionDays: config.retentionDays,
    partnerInvitationDays: config.partnerInvitationDays,
    accessInvitationDays: config.accessInvitationDays,
    publicUrl: config.publicUrl,
    webhooksAllowPrivateNetwork: config.webhooksAllowPrivateNetwork,
    geocoder: config.addressSuggestUrl
      ? { url: config.addressSuggestUrl, timeoutMs: config.addressSuggestTimeoutMs }
      : null,
  });
  const { app, apollo } = await createHttpApp(services, config.consoleDir, config.trustProxy);
  // The decoy password hash is made before the first request can come: an unknown account's
  // first sign-in then costs one verification, like any wrong password (see AuthService.ready).
  await services.auth.ready();
  const stopPurge = startPurgeJob(services);
  // Without SMTP, emails wait in the outbox, readable in the console.
  const stopMail = config.smtpUrl
    ? new MailWorker(dataSource, smtpTransport(config.smtpUrl), {
        from: config.mailFrom,
      }).start(config.mailPollIntervalMs)
    : () => undefined;
  const stopWebhooks = new WebhookWorker(dataSource, {
    allowPrivateNetwork: config.webhooksAllowPrivateNetwork,
  }).start(config.webhookPollIntervalMs);

  const server: Server = app.listen(config.port);
  server.on('error', (error: NodeJS.ErrnoException) => {
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use; set PORT to another one`
        : `cannot listen on port ${config.port}: ${error.message}`,
    );
  });
  server.on('listening', () => {
    logger.info({ port: config.port, database: where, seeded }, 'clientele listening');
    const lines = [`Clientele is running on http://localhost:${config.port}`];
    if (config.seedDemo) lines.push(`Demo sign-in: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    process.stderr.write(`\n${lines.join('\n')}\n\n`);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopPurge();
    stopMail();
    stopWebhooks();
    server.close(() => {
      void apollo
        .stop()
        .then(() => dataSource.destroy())
        .then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'start-up failed');
  fail(`start-up failed: ${(error as Error).message}`);
});
