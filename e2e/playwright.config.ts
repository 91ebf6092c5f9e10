import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { geocoderPort } from './geocoder';
import { smtpPort } from './mail';

/**
 * Browser tests: the built app (API serving the console) on a fresh embedded
 * database, driven by Debian's Chromium, once in English and once in French.
 */
const port = Number(process.env.E2E_PORT ?? 4010);
const root = path.resolve(__dirname, '..');
export const artifacts = path.join(__dirname, '.artifacts');
// Set once here, read again by every worker and by the mail sink: one run, one database, one inbox.
process.env.E2E_RUN_ID ??= String(Date.now());
const database = path.join(artifacts, `e2e-${process.env.E2E_RUN_ID}.sqlite`);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Playwright empties this at start: a run on another port keeps its own.
  outputDir: path.join(artifacts, process.env.E2E_PORT ? `test-results-${port}` : 'test-results'),
  // A real SMTP server on loopback receives what the app sends (seed 004's invitation, resets),
  // and a Photon-speaking geocoder answers the address suggestions.
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 90_000,
  // Two cores run the app, the browser and the tests at once: a screen may take a few seconds to answer.
  expect: { timeout: 10_000 },
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
    { name: 'en', use: { locale: 'en-CA' } },
    { name: 'fr', use: { locale: 'fr-CA' } },
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
      LOG_LEVEL: 'warn',
    },
  },
});
