import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from './config';
import { SnakeNamingStrategy } from './naming-strategy';
import { Activity } from '../modules/activity/activity.entity';
import { BusinessNumber } from '../modules/clients/business-number.entity';
import { ClientDomain } from '../modules/clients/client-domain.entity';
import { ClientTag } from '../modules/clients/client-tag.entity';
import { Client } from '../modules/clients/client.entity';
import { ClientContact } from '../modules/contacts/client-contact.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { Counter } from '../modules/counters/counter.entity';
import { ClientCrm, ClientSalesperson } from '../modules/crm/client-crm.entity';
import { OutboxEmail } from '../modules/email/outbox-email.entity';
import { OneTimeToken } from '../modules/auth/one-time-token.entity';
import { Session } from '../modules/auth/session.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { PasswordResetRequest } from '../modules/auth/reset-request.entity';
import { AccessGrant } from '../modules/access/access-grant.entity';
import { Partner, PartnerUser } from '../modules/partners/partner.entity';
import { PartnerInvitation } from '../modules/partners/partner-invitation.entity';
import { ServicePlan } from '../modules/partners/service-plan.entity';
import { PortalAccount } from '../modules/access/portal-account.entity';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity';
import { AccountGroup, ClientAccountGroup } from '../modules/lists/account-group.entity';
import { Branch } from '../modules/lists/branch.entity';
import { Industry } from '../modules/lists/industry.entity';
import { Note } from '../modules/notes/note.entity';
import { ClientTerms } from '../modules/terms/client-terms.entity';
import { User } from '../modules/users/user.entity';
import { SavedView } from '../modules/saved-views/saved-view.entity';
import { WebhookAttempt, WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';
import { mysqlMigrations } from '../database/migrations/mysql';
import { sqliteMigrations } from '../database/migrations/sqlite';

export const entities = [
  Client,
  ClientDomain,
  ClientTag,
  BusinessNumber,
  ClientTerms,
  ClientCrm,
  ClientSalesperson,
  Note,
  Contact,
  ClientContact,
  AccountGroup,
  ClientAccountGroup,
  Industry,
  Branch,
  Activity,
  IdempotencyKey,
  OutboxEmail,
  Session,
  OneTimeToken,
  PasswordResetRequest,
  ApiToken,
  PortalAccount,
  AccessGrant,
  Partner,
  PartnerUser,
  ServicePlan,
  PartnerInvitation,
  Counter,
  User,
  SavedView,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
];

/**
 * The TypeORM options for a database. `synchronize` is never on: the schema
 * changes only through the reviewed migrations of each dialect.
 */
export function dataSourceOptions(db: DatabaseConfig, withMigrations = true): DataSourceOptions {
  if (db.dialect === 'sqlite') {
    return {
      type: 'better-sqlite3',
      database: db.path,
      entities,
      namingStrategy: new SnakeNamingStrategy(),
      migrations: withMigrations ? sqliteMigrations : [],
      synchronize: false,
      migrationsRun: false,
      enableWAL: db.path !== ':memory:',
      // Busy writers wait rather than fail at once (several requests, one file).
      timeout: 5000,
    };
  }
  return {
    type: db.dialect,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    connectTimeout: 5000,
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: withMigrations ? mysqlMigrations : [],
    synchronize: false,
    migrationsRun: false,
  };
}

export function createDataSource(db: DatabaseConfig, withMigrations = true): DataSource {
  if (db.dialect === 'sqlite' && db.path !== ':memory:') {
    fs.mkdirSync(path.dirname(db.path), { recursive: true });
  }
  return new DataSource(dataSourceOptions(db, withMigrations));
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openDatabase(db: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(db);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
