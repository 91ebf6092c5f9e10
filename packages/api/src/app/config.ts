import path from 'node:path';
import { parseCidr, parseIp } from '@clientele/shared';

/**
 * Configuration, read and checked once at start-up. A bad value stops the
 * process with one clear line (see `ConfigError`), never a stack trace.
 */

export type DatabaseConfig =
  | { dialect: 'sqlite'; path: string }
  | {
      dialect: 'mysql' | 'mariadb';
      host: string;
      port: number;
      username: string;
      password: string;
      database: string;
    };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** True when no DATABASE_URL was given: the embedded demo set-up. */
  embeddedDefault: boolean;
  /** Seed demo data into an empty database (default: only for the embedded default). */
  seedDemo: boolean;
  logLevel: string;
  /** Days a deleted client can be restored before the purge job removes it. */
  retentionDays: number;
  /** Days a client's administrator has to answer a partner's invitation (its link lives as long). */
  partnerInvitationDays: number;
  /** Days a contact's set-password link (their access invitation) works. */
  accessInvitationDays: number;
  /** SMTP server for outgoing email (`smtp://user:pass@host:587`); none: mails wait in the outbox. */
  smtpUrl: string | null;
  /** Sender of outgoing email. */
  mailFrom: string;
  /** How often the mail worker reads the outbox for mail that is due (ms). */
  mailPollIntervalMs: number;
  /** How often the webhook worker looks for deliveries that are due (ms). */
  webhookPollIntervalMs: number;
  /**
   * Whether webhook endpoints may be plain http, on this machine or on a
   * private network: off in production, where they would let a caller reach
   * inside; on for a developer's receiver on localhost.
   */
  webhooksAllowPrivateNetwork: boolean;
  /** The address people reach the console at, for links in emails. */
  publicUrl: string;
  /** Where the built console lives; served at `/` when it exists. */
  consoleDir: string;
  /**
   * A Photon- or Addok-compatible search endpoint for address suggestions
   * (`http://photon:2322/api`); none: only addresses already on file are suggested.
   */
  addressSuggestUrl: string | null;
  /** How long address suggestions wait for that geocoder before answering without it. */
  addressSuggestTimeoutMs: number;
  /**
   * Which proxies' `X-Forwarded-For` to believe (Express's `trust proxy`): a
   * number of hops, or addresses and CIDR ranges (`loopback, 10.0.0.0/8`).
   * The client's address decides contact sign-ins against their allow-lists.
   */
  trustProxy: string | number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_PORT = 4000;
/** The mail worker reads the outbox this often (ms) unless MAIL_POLL_INTERVAL_MS says otherwise. */
export const DEFAULT_MAIL_POLL_INTERVAL_MS = 5000;
/** The webhook worker looks for due deliveries this often (ms) unless WEBHOOK_POLL_INTERVAL_MS says otherwise. */
export const DEFAULT_WEBHOOK_POLL_INTERVAL_MS = 2000;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`Invalid PORT "${raw}": expected a whole number from 1 to 65535.`);
  }
  return port;
}

/**
 * Reads `mysql://user:pass@host:3306/db`, `mariadb://…` or `sqlite:<path>`
 * (`sqlite::memory:` for a throw-away database).
 */
export function parseDatabaseUrl(raw: string, cwd = process.cwd()): DatabaseConfig {
  const value = raw.trim();
  const expected = 'expected mysql://user:password@host:3306/database, mariadb://… or sqlite:<path>';
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError(`Invalid DATABASE_URL "${raw}": the sqlite path is empty.`);
    return { dialect: 'sqlite', path: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`Invalid DATABASE_URL "${raw}": ${expected}.`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new ConfigError(`Invalid DATABASE_URL "${raw}": unsupported scheme "${scheme}", ${expected}.`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database || database.includes('/')) {
    throw new ConfigError(`Invalid DATABASE_URL "${raw}": host and database name are required, ${expected}.`);
  }
  const port = url.port ? Number(url.port) : 3306;
  return {
    dialect: scheme,
    host: url.hostname,
    port,
    username: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
  };
}

/** The URL with its password hidden, for logs and error lines. */
export function describeDatabase(db: DatabaseConfig): string {
  return db.dialect === 'sqlite'
    ? `sqlite:${db.path}`
    : `${db.dialect}://${db.username}@${db.host}:${db.port}/${db.database}`;
}

/** A whole number of days from 1 to `max`; `fallback` when unset. */
function parseDays(name: string, raw: string | undefined, fallback: number, max: number): number {
  const text = raw?.trim() || String(fallback);
  // Digits alone, no more of them than `max` has: `2.5`, `-7` or `1e3` are refused, not read by Number().
  const days = /^\d+$/.test(text) && text.length <= String(max).length ? Number(text) : NaN;
  if (!(days >= 1 && days <= max)) {
    throw new ConfigError(`Invalid ${name} "${text}": expected a whole number of days from 1 to ${max}.`);
  }
  return days;
}

/** A whole number of milliseconds from `min` to `max`; `fallback` when unset. */
function parseMilliseconds(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = raw?.trim() || String(fallback);
  // Digits alone, as for days: `1.5`, `-100` or `5e3` are refused, not read by Number().
  const ms = /^\d+$/.test(text) && text.length <= String(max).length ? Number(text) : NaN;
  if (!(ms >= min && ms <= max)) {
    throw new ConfigError(
      `Invalid ${name} "${text}": expected a whole number of milliseconds from ${min} to ${max}.`,
    );
  }
  return ms;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`Invalid ${name} "${raw}": expected true or false.`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const embeddedDefault = !env.DATABASE_URL;
  const database = embeddedDefault
    ? ({ dialect: 'sqlite', path: path.resolve(cwd, 'data', 'clientele.sqlite') } as const)
    : parseDatabaseUrl(env.DATABASE_URL as string, cwd);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`Invalid LOG_LEVEL "${logLevel}": expected one of ${LOG_LEVELS.join(', ')}.`);
  }
  const retentionDays = parseDays('CLIENT_RETENTION_DAYS', env.CLIENT_RETENTION_DAYS, 30, 9999);
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s/]+/.test(smtpUrl)) {
    throw new ConfigError(
      `Invalid SMTP_URL "${smtpUrl}": expected smtp://user:password@host:587 or smtps://…`,
    );
  }
  const addressSuggestUrl = env.ADDRESS_SUGGEST_URL?.trim() || null;
  if (addressSuggestUrl && !/^https?:\/\/\S+$/.test(addressSuggestUrl)) {
    throw new ConfigError(
      `Invalid ADDRESS_SUGGEST_URL "${addressSuggestUrl}": expected http://photon.example:2322/api or https://…/search/`,
    );
  }
  const suggestTimeout = env.ADDRESS_SUGGEST_TIMEOUT_MS?.trim() || '1500';
  if (!/^\d{1,5}$/.test(suggestTimeout) || Number(suggestTimeout) < 100) {
    throw new ConfigError(
      `Invalid ADDRESS_SUGGEST_TIMEOUT_MS "${suggestTimeout}": expected milliseconds, at least 100.`,
    );
  }
  const port = parsePort(env.PORT);
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/\S+$/.test(publicUrl)) {
    throw new ConfigError(`Invalid PUBLIC_URL "${publicUrl}": expected https://clientele.example.com`);
  }
  return {
    port,
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Clientele <no-reply@clientele.invalid>',
    mailPollIntervalMs: parseMilliseconds(
      'MAIL_POLL_INTERVAL_MS',
      env.MAIL_POLL_INTERVAL_MS,
      DEFAULT_MAIL_POLL_INTERVAL_MS,
      50,
      600_000,
    ),
    webhookPollIntervalMs: parseMilliseconds(
      'WEBHOOK_POLL_INTERVAL_MS',
      env.WEBHOOK_POLL_INTERVAL_MS,
      DEFAULT_WEBHOOK_POLL_INTERVAL_MS,
      50,
      600_000,
    ),
    webhooksAllowPrivateNetwork: parseBoolean(
      'WEBHOOKS_ALLOW_PRIVATE_NETWORK',
      env.WEBHOOKS_ALLOW_PRIVATE_NETWORK,
      false,
    ),
    publicUrl,
    retentionDays,
    partnerInvitationDays: parseDays('PARTNER_INVITATION_DAYS', env.PARTNER_INVITATION_DAYS, 7, 365),
    accessInvitationDays: parseDays('ACCESS_INVITATION_DAYS', env.ACCESS_INVITATION_DAYS, 7, 365),
    database,
    embeddedDefault,
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, database.dialect === 'sqlite'),
    logLevel,
    addressSuggestUrl,
    addressSuggestTimeoutMs: Number(suggestTimeout),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    consoleDir: env.CONSOLE_DIR
      ? path.resolve(cwd, env.CONSOLE_DIR)
      : path.resolve(__dirname, '../../../console/dist'),
  };
}

/** `TRUST_PROXY`: hops (`1`) or a list of names, addresses and CIDR ranges; `loopback` by default. */
function parseTrustProxy(value: string | undefined): string | number {
  const text = value?.trim() || 'loopback';
  if (/^\d+$/.test(text)) return Number(text);
  const named = new Set(['loopback', 'linklocal', 'uniquelocal']);
  for (const part of text.split(',').map((p) => p.trim())) {
    if (!named.has(part) && !parseCidr(part) && !parseIp(part)) {
      throw new ConfigError(
        `Invalid TRUST_PROXY "${text}": expected a number of hops, or loopback, linklocal, uniquelocal, addresses and CIDR ranges separated by commas`,
      );
    }
  }
  return text;
}
