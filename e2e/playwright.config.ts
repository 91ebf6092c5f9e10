import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { geocoderPort } from './geocoder';
import { smtpPort } from './mail';

/**
 * Browser tests: the built app (API serving the console) on a fresh embedded
 * database, driven by Debian's Chromium. Each journey runs once, in the
 * language its spec names; every screen it shows is screenshotted in both
 * languages and read by axe in the journey's (`snap`). Two workers share the one server: every test
 * makes the data it works on.
 */
const port = Number(process.env.E2E_PORT ?? 4010);
const root = path.resolve(__dirname, '..');
export const artifacts = path.join(__dirname, '.artifacts');
// Set once here, read again by every worker and by the mail sink: one run, one database, one inbox.
process.env.E2E_RUN_ID ??= String(Date.now());
const database = path.join(artifacts, `e2e-${process.env.E2E_RUN_ID}.sqlite`);

export default defineConfig({
  testDir: '.',
  // Playwright empties this at start: a run on another port keeps its own.
  outputDir: path.join(artifacts, process.env.E2E_PORT ? `test-results-${port}` : 'test-results'),
  // A real SMTP server on loopback receives what the app sends (seed 004's invitation, resets),
  // and a Photon-speaking geocoder answers the address suggestions.
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list'], ['./slowest-reporter.ts']],
  // Generous: a journey that passes in 30 s on a quiet machine took 1.8 min on a shared one (2 cores,
  // a fifth of their time taken by the host); a limit only ever fails a test the machine was slow for.
  timeout: 300_000,
  // Two cores run the app, two browsers and the tests at once: a screen may take seconds to answer.
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'sessions', testMatch: 'sign-in.setup.ts' },
    { name: 'journeys', testMatch: '**/*.spec.ts', dependencies: ['sessions'] },
  ],
  webServer: {
    command: 'node packages/api/dist/main.js',
    cwd: root,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: `sqlite:${database}`,
      SEED_DEMO: 'true',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ADDRESS_SUGGEST_URL: `http://127.0.0.1:${geocoderPort}/api`,
      // A console built elsewhere (E2E_CONSOLE_DIR), so a build running beside the tests cannot pull files from under them.
      ...(process.env.E2E_CONSOLE_DIR ? { CONSOLE_DIR: process.env.E2E_CONSOLE_DIR } : {}),
      // The mails the journeys follow leave at once, not at the next of the default 5 s polls.
      MAIL_POLL_INTERVAL_MS: '200',
      // The partner's receiver is on loopback, and its deliveries are looked for as often.
      WEBHOOKS_ALLOW_PRIVATE_NETWORK: 'true',
      WEBHOOK_POLL_INTERVAL_MS: '200',
      LOG_LEVEL: 'warn',
    },
  },
});
