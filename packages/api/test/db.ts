import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../src/app/config';
import { openDatabase } from '../src/app/data-source';
import { createMysqlDatabase, dropMysqlDatabase, mysqlServerUrl } from './mysql-server';

export type Dialect = 'sqlite' | 'mysql';

/** SQLite always; MySQL/MariaDB too when `TEST_MYSQL_URL` is set (see global-setup). */
export function testDialects(): Dialect[] {
  return mysqlServerUrl() ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface TestDatabase {
  config: DatabaseConfig;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A brand-new, migrated database of the dialect: in memory, or its own MySQL schema. */
export async function createTestDatabase(
  dialect: Dialect,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const config: DatabaseConfig = { dialect: 'sqlite', path: ':memory:' };
    const dataSource = await open(config, migrate);
    return { config, dataSource, drop: () => dataSource.destroy() };
  }
  const server = mysqlServerUrl();
  if (!server) throw new Error('TEST_MYSQL_URL is not set');
  const config = await createMysqlDatabase(server);
  const dataSource = await open(config, migrate);
  return {
    config,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropMysqlDatabase(server, config.database);
    },
  };
}

async function open(config: DatabaseConfig, migrate: boolean): Promise<DataSource> {
  if (migrate) return openDatabase(config);
  const { createDataSource } = await import('../src/app/data-source');
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  return dataSource;
}

/**
 * Declares a suite once per dialect, each with a fresh database made before
 * its tests and dropped after them.
 */
export function describeEachDialect(
  title: string,
  body: (db: () => TestDatabase, dialect: Dialect) => void,
): void {
  for (const dialect of testDialects()) {
    describe(`${title} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database?.drop();
      });
      body(() => {
        if (!database) throw new Error('database not ready');
        return database;
      }, dialect);
    });
  }
}
