import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests: the built app (API serving the console) on a fresh embedded
 * database, driven by Debian's Chromium, once in English and once in French.
 */
const port = Number(process.env.E2E_PORT ?? 4010);
const root = path.resolve(__dirname, '..');
export const artifacts = path.join(__dirname, '.artifacts');
const database = path.join(artifacts, `e2e-${process.env.E2E_RUN_ID ?? Date.now()}.sqlite`);
process.env.E2E_RUN_ID ??= String(Date.now());

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(artifacts, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
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
      LOG_LEVEL: 'warn',
    },
  },
});
