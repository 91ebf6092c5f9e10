import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl, parsePort } from './config';

describe('configuration', () => {
  it('defaults to an embedded SQLite file under ./data and port 4000', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.database).toEqual({
      dialect: 'sqlite',
      path: path.resolve('/srv/app/data/clientele.sqlite'),
    });
    expect(config.port).toBe(4000);
    expect(config.embeddedDefault).toBe(true);
    expect(config.seedDemo).toBe(true);
  });

  it('reads MySQL and MariaDB URLs, decoding credentials', () => {
    expect(parseDatabaseUrl('mysql://app:p%40ss@db.internal:3307/clientele')).toEqual({
      dialect: 'mysql',
      host: 'db.internal',
      port: 3307,
      username: 'app',
      password: 'p@ss',
      database: 'clientele',
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1/crm')).toMatchObject({
      dialect: 'mariadb',
      port: 3306,
      password: '',
    });
    const config = loadConfig({ DATABASE_URL: 'mysql://u@h/db' });
    expect(config.seedDemo).toBe(false);
  });

  it('reads sqlite: paths relative to the working directory', () => {
    expect(parseDatabaseUrl('sqlite:var/db.sqlite', '/srv')).toEqual({
      dialect: 'sqlite',
      path: '/srv/var/db.sqlite',
    });
    expect(parseDatabaseUrl('sqlite:///abs/db.sqlite')).toEqual({
      dialect: 'sqlite',
      path: '/abs/db.sqlite',
    });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
  });

  it.each(['nonsense', 'postgres://u@h/db', 'mysql://h', 'mysql:///db', 'sqlite:', 'http://x/y'])(
    'refuses DATABASE_URL %p with one clear sentence',
    (raw) => {
      expect(() => parseDatabaseUrl(raw)).toThrow(ConfigError);
      expect(() => parseDatabaseUrl(raw)).toThrow(/^Invalid DATABASE_URL/);
    },
  );

  it.each(['0', '65536', 'abc', '80.5', '-1', ' 12x'])('refuses PORT %p', (raw) => {
    expect(() => parsePort(raw)).toThrow(/^Invalid PORT/);
  });

  it('believes X-Forwarded-For from loopback proxies unless told which proxies to trust', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::/32' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8, 2001:db8::/32',
    );
    expect(() => loadConfig({ TRUST_PROXY: '123.542.654.785' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
  });

  it('refuses a bad SEED_DEMO or LOG_LEVEL', () => {
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ CLIENT_RETENTION_DAYS: '0' })).toThrow(/CLIENT_RETENTION_DAYS/);
    expect(loadConfig({ CLIENT_RETENTION_DAYS: '90' }).retentionDays).toBe(90);
  });

  it('gives partner and access invitations 7 days unless told otherwise, and refuses a bad number of days', () => {
    expect(loadConfig({})).toMatchObject({ partnerInvitationDays: 7, accessInvitationDays: 7 });
    expect(loadConfig({ PARTNER_INVITATION_DAYS: ' 14 ', ACCESS_INVITATION_DAYS: '3' })).toMatchObject({
      partnerInvitationDays: 14,
      accessInvitationDays: 3,
    });
    for (const bad of ['0', '366', '2.5', 'a week', '-7']) {
      expect(() => loadConfig({ PARTNER_INVITATION_DAYS: bad })).toThrow(/^Invalid PARTNER_INVITATION_DAYS/);
      expect(() => loadConfig({ ACCESS_INVITATION_DAYS: bad })).toThrow(/^Invalid ACCESS_INVITATION_DAYS/);
    }
  });

  it('asks no geocoder unless one is named, and refuses one that is not a web address', () => {
    expect(loadConfig({})).toMatchObject({ addressSuggestUrl: null, addressSuggestTimeoutMs: 1500 });
    expect(
      loadConfig({
        ADDRESS_SUGGEST_URL: ' http://photon.internal:2322/api ',
        ADDRESS_SUGGEST_TIMEOUT_MS: '800',
      }),
    ).toMatchObject({ addressSuggestUrl: 'http://photon.internal:2322/api', addressSuggestTimeoutMs: 800 });
    expect(() => loadConfig({ ADDRESS_SUGGEST_URL: 'photon:2322' })).toThrow(/ADDRESS_SUGGEST_URL/);
    expect(() => loadConfig({ ADDRESS_SUGGEST_TIMEOUT_MS: '5' })).toThrow(/ADDRESS_SUGGEST_TIMEOUT_MS/);
  });

  it('reads the outbox every 5 seconds unless told otherwise, from 50 ms to 10 minutes', () => {
    expect(loadConfig({}).mailPollIntervalMs).toBe(5000);
    expect(loadConfig({ MAIL_POLL_INTERVAL_MS: '' }).mailPollIntervalMs).toBe(5000);
    expect(loadConfig({ MAIL_POLL_INTERVAL_MS: ' 50 ' }).mailPollIntervalMs).toBe(50);
    expect(loadConfig({ MAIL_POLL_INTERVAL_MS: '600000' }).mailPollIntervalMs).toBe(600_000);
  });

  it.each(['49', '600001', '0', '-100', '1.5', '5e3', '5s', '0x10', '99999999'])(
    'refuses MAIL_POLL_INTERVAL_MS %p with one clear sentence',
    (raw) => {
      expect(() => loadConfig({ MAIL_POLL_INTERVAL_MS: raw })).toThrow(ConfigError);
      expect(() => loadConfig({ MAIL_POLL_INTERVAL_MS: raw })).toThrow(
        `Invalid MAIL_POLL_INTERVAL_MS "${raw}": expected a whole number of milliseconds from 50 to 600000.`,
      );
    },
  );

  it('sends webhooks to the internet only, every 2 seconds, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ webhookPollIntervalMs: 2000, webhooksAllowPrivateNetwork: false });
    expect(
      loadConfig({ WEBHOOK_POLL_INTERVAL_MS: '200', WEBHOOKS_ALLOW_PRIVATE_NETWORK: 'true' }),
    ).toMatchObject({ webhookPollIntervalMs: 200, webhooksAllowPrivateNetwork: true });
    expect(() => loadConfig({ WEBHOOK_POLL_INTERVAL_MS: '10' })).toThrow(
      'Invalid WEBHOOK_POLL_INTERVAL_MS "10": expected a whole number of milliseconds from 50 to 600000.',
    );
    expect(() => loadConfig({ WEBHOOKS_ALLOW_PRIVATE_NETWORK: 'sometimes' })).toThrow(
      'Invalid WEBHOOKS_ALLOW_PRIVATE_NETWORK "sometimes": expected true or false.',
    );
  });
});
