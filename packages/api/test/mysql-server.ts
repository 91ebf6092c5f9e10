import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../src/app/config';

/**
 * The MySQL/MariaDB server the tests may use, from `TEST_MYSQL_URL`
 * (`mariadb://root@127.0.0.1:3306`). Tests never write into a database they
 * did not create: each gets its own, dropped afterwards.
 */
export function mysqlServerUrl(): URL | null {
  const raw = process.env.TEST_MYSQL_URL;
  return raw ? new URL(raw) : null;
}

type MysqlConfig = Extract<DatabaseConfig, { dialect: 'mysql' | 'mariadb' }>;

function serverConfig(url: URL, database: string): MysqlConfig {
  return {
    dialect: url.protocol === 'mysql:' ? 'mysql' : 'mariadb',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database,
  };
}

async function adminQuery(url: URL, sql: string): Promise<void> {
  const cfg = serverConfig(url, '');
  const connection = await createConnection({
    host: cfg.host,
    port: cfg.port,
    user: cfg.username,
    password: cfg.password,
  });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

export async function createMysqlDatabase(url: URL, label = 't'): Promise<MysqlConfig> {
  const name = `clientele_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return serverConfig(url, name);
}

export async function dropMysqlDatabase(url: URL, name: string): Promise<void> {
  await adminQuery(url, `DROP DATABASE IF EXISTS \`${name}\``);
}
