/**
 * The bench data set: N clients with their terms, CRM, 5 contacts, 10 notes
 * and 20 activity entries each, one staff administrator with a bearer
 * session, one partner with a READ API token owning 1 client in 10, a
 * "full file" client for Q3 and a "heavy" one with 3 000 notes.
 *
 * Generated deterministically (see prng.ts) with bulk SQL straight into a
 * database migrated by the app's own migrations, then kept and reused: a
 * SQLite file under bench/.data/, or a MySQL/MariaDB database named for the
 * generator version and the size. Every run first applies the migrations of
 * the code under test (they may add indexes or tables), so nothing here
 * relies on the schema staying as it is today; only the columns written
 * below must still exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { createConnection, type Connection as MysqlConnection } from 'mysql2/promise';
import { foldText, formatClientCode } from '@clientele/shared';
import type { DatabaseConfig } from '../src/app/config';
import { openDatabase } from '../src/app/data-source';
import { type Rng, idOf, rngFor } from './prng';
import {
  BAKERY,
  FAMILY_NAMES,
  FIRST_NAMES,
  FR_PLACES,
  INDUSTRIES,
  NOTE_SENTENCES,
  QC_PLACES,
  STREETS,
  TAGS,
  TITLES,
  TRADES,
} from './words';

/** Bump when the rows change: a new version is a new database (the old one is left alone). */
export const GENERATOR_VERSION = 1;

export type BenchDialect = 'sqlite' | 'mysql';

/** Clients created by Q4 carry this name prefix, so each run can remove the previous run's. */
export const CREATED_NAME_PREFIX = 'Zz Bench';

// Kinds of rows, the first byte of their ids.
const K = {
  client: 1,
  contact: 2,
  link: 3,
  note: 4,
  activity: 5,
  domain: 6,
  user: 7,
  misc: 8,
  invitation: 9,
  grant: 10,
  portal: 11,
  fullContact: 12,
  fullLink: 13,
} as const;

/** The client of every tab (Q3): a partner's client, so both roles read it. */
const FULL_FILE = 3;
/** The worst case of the issue: a client with 3 000 notes (not read by Q3). */
const HEAVY = 42;
/** The client one of whose contacts Q2b searches for by email (a partner's client). */
const EMAIL_CLIENT = 13;

const isPartnerClient = (i: number) => i % 10 === 3;
const isDeleted = (i: number) => i % 250 === 249;
const contactsOf = (i: number) => (i === FULL_FILE ? 50 : 5);
const notesOf = (i: number) => (i === FULL_FILE ? 20 : i === HEAVY ? 3000 : 10);
const activityOf = (i: number) => (i === FULL_FILE ? 200 : 20);

const BASE = Date.UTC(2022, 0, 3, 13, 0, 0);
const DAY = 86_400_000;
const FAR_FUTURE = '2099-12-31 00:00:00.000';

/** `datetime(3)` as both dialects store it (TypeORM's SQLite format; MySQL reads it alike). */
export const sqlInstant = (ms: number | Date): string =>
  new Date(ms).toISOString().replace('T', ' ').slice(0, 23);
const sqlDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface Fixtures {
  clients: number;
  staffUserId: string;
  staffToken: string;
  partnerId: string;
  partnerUserId: string;
  partnerToken: string;
  fullFileClientId: string;
  heavyClientId: string;
  /** A contact's full email (of a partner's client), for Q2b. */
  searchEmail: string;
  searchPrefix: string;
}

const USERS = [
  { name: 'Camille Administratrice', email: 'admin@clientele.bench', role: 'ADMIN' },
  { name: 'Julien Bergeron', email: 'j.bergeron@clientele.bench', role: 'STAFF' },
  { name: 'Amélie Fortin', email: 'a.fortin@clientele.bench', role: 'STAFF' },
  { name: 'Olivier Gagnon', email: 'o.gagnon@clientele.bench', role: 'STAFF' },
  { name: 'Sarah Lévesque', email: 's.levesque@clientele.bench', role: 'STAFF' },
  { name: 'Nadia Roy', email: 'n.roy@clientele.bench', role: 'VIEWER' },
];
const userId = (u: number) => idOf(K.user, u);
const clientId = (i: number) => idOf(K.client, i);
const PARTNER_ID = idOf(K.misc, 1);
const PARTNER_USER_ID = idOf(K.misc, 2);
const API_TOKEN_ID = idOf(K.misc, 3);
const SESSION_ID = idOf(K.misc, 4);
const PLAN_IDS = [idOf(K.misc, 10), idOf(K.misc, 11)];
const industryId = (n: number) => idOf(K.misc, 100 + n);
const contactId = (i: number, j: number) =>
  i === FULL_FILE ? idOf(K.fullContact, j) : idOf(K.contact, i * 5 + j);
const linkId = (i: number, j: number) => (i === FULL_FILE ? idOf(K.fullLink, j) : idOf(K.link, i * 5 + j));

/** Fixed secrets (shaped as the app makes them): anyone can reach a bench database they generated. */
function secretOf(prefix: string, label: string): string {
  return `${prefix}_${rngFor(`secret:${label}`, 0).bytes(32).toString('base64url')}`;
}
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** What the operations need to know about a data set; derived, never stored. */
export function fixturesFor(clients: number): Fixtures {
  return {
    clients,
    staffUserId: userId(0),
    staffToken: secretOf('cb', 'staff'),
    partnerId: PARTNER_ID,
    partnerUserId: PARTNER_USER_ID,
    partnerToken: secretOf('ct', 'partner-dashboard'),
    fullFileClientId: clientId(FULL_FILE),
    heavyClientId: clientId(HEAVY),
    searchEmail: contactOf(EMAIL_CLIENT, 2, clientFacts(EMAIL_CLIENT, nameOfIndex(EMAIL_CLIENT))).email,
    searchPrefix: 'boul',
  };
}

// ---------------------------------------------------------------- clients

/** Unique names: 1 in 8 a bakery ("Boulangerie …", for the prefix search), the rest other trades. */
let nameCache: { n: number; names: string[] } | null = null;
function clientNames(n: number): string[] {
  if (nameCache && nameCache.n >= n) return nameCache.names;
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('name', i);
    const trade = i % 8 === 0 ? BAKERY : rng.pick(TRADES);
    let name = '';
    for (let attempt = 0; attempt < 50 && (!name || seen.has(foldText(name))); attempt += 1) {
      const family = rng.pick(FAMILY_NAMES);
      const form = rng.int(10);
      if (form < 2) name = `${trade} ${family}`;
      else if (form < 3) name = `${trade} ${family} & Fils`;
      else if (form < 6) name = `${trade} ${family} de ${rng.pick(rng.chance(0.8) ? QC_PLACES : FR_PLACES)}`;
      else name = `${trade} ${family}-${rng.pick(FAMILY_NAMES)}`;
      if (rng.chance(0.25)) name += rng.chance(0.5) ? ' inc.' : ' ltée';
    }
    if (seen.has(foldText(name))) name = `${name} ${i}`;
    seen.add(foldText(name));
    names.push(name);
  }
  nameCache = { n, names };
  return names;
}
function nameOfIndex(i: number): string {
  return clientNames(Math.max(i + 1, nameCache?.n ?? 0))[i]!;
}

const slug = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);

interface ClientFacts {
  id: string;
  name: string;
  country: 'CA' | 'FR';
  city: string;
  domain: string;
  createdAt: number;
  updatedAt: number;
  language: 'fr' | 'en';
}

/** What other tables need to know of client i, from its own generator. */
function clientFacts(i: number, name: string): ClientFacts {
  const rng = rngFor('client', i);
  const country = rng.chance(0.15) ? 'FR' : 'CA';
  const city = rng.pick(country === 'CA' ? QC_PLACES : FR_PLACES);
  const createdAt = BASE + i * 9 * 60_000 + rng.int(8 * 60_000);
  return {
    id: clientId(i),
    name,
    country,
    city,
    // The client's number keeps domains unique whatever the names fold to.
    domain: `${slug(name)}-${i.toString(36)}.${country === 'CA' ? 'ca' : 'fr'}`,
    createdAt,
    updatedAt: createdAt + rng.int(400) * DAY + rng.int(DAY),
    language: country === 'CA' && rng.chance(0.15) ? 'en' : 'fr',
  };
}

const CLIENT_COLUMNS = [
  'id',
  'code',
  'name',
  'name_key',
  'live_name_key',
  'search_key',
  'legal_name',
  'kind',
  'first_name',
  'last_name',
  'lifecycle',
  'status',
  'language',
  'currency',
  'time_zone',
  'website',
  'email',
  'phone',
  'mobile',
  'fax',
  'client_reference',
  'description',
  'regard',
  'notifications_enabled',
  'registered_at',
  'registration_ip',
  'verified_phone',
  'partner_id',
  'plan_id',
  'identity_provider',
  'parent_id',
  'bill_to_id',
  'created_at',
  'updated_at',
  'deleted_at',
  'version',
  'billing_line1',
  'billing_line2',
  'billing_city',
  'billing_region',
  'billing_postal_code',
  'billing_country',
  'shipping_line1',
  'shipping_line2',
  'shipping_city',
  'shipping_region',
  'shipping_postal_code',
  'shipping_country',
];

const LETTERS = 'ABCEGHJKLMNPRSTVXY';
function postalCode(rng: Rng, country: 'CA' | 'FR'): string {
  if (country === 'FR') return `${rng.pick(['69', '33', '44', '59', '35', '31'])}${rng.digits(3)}`;
  const l = () => rng.pick([...LETTERS]);
  return `${rng.pick(['G', 'H', 'J'])}${rng.int(10)}${l()} ${rng.int(10)}${l()}${rng.int(10)}`;
}
const phoneOf = (rng: Rng, country: 'CA' | 'FR') =>
  country === 'CA'
    ? `+1${rng.pick(['514', '418', '450', '819', '438'])}555${rng.digits(4)}`
    : `+33${rng.pick(['1', '4', '5'])}${rng.digits(8)}`;

function* clientRows(n: number): Generator<unknown[]> {
  const names = clientNames(n);
  for (let i = 0; i < n; i += 1) {
    const f = clientFacts(i, names[i]!);
    const rng = rngFor('client-row', i);
    const code = formatClientCode(i + 1);
    const legalName = rng.chance(0.3) ? `${9000 + rng.int(999)}-${rng.digits(4)} Québec inc.` : null;
    const email = `info@${f.domain}`;
    const nameKey = foldText(f.name);
    const deleted = isDeleted(i);
    const partner = isPartnerClient(i);
    const status = rng.chance(0.85) ? 'ACTIVE' : rng.chance(0.66) ? 'INACTIVE' : 'SUSPENDED';
    const r = rng.next();
    yield [
      f.id,
      code,
      f.name,
      nameKey,
      deleted ? null : nameKey,
      foldText([code, f.name, legalName, email].filter(Boolean).join(' ')).slice(0, 800),
      legalName,
      'COMPANY',
      null,
      null,
      rng.chance(0.8) ? 'CUSTOMER' : 'PROSPECT',
      status,
      f.language,
      f.country === 'CA' ? 'CAD' : 'EUR',
      f.country === 'CA' ? 'America/Toronto' : 'Europe/Paris',
      rng.chance(0.6) ? `https://www.${f.domain}` : null,
      email,
      phoneOf(rng, f.country),
      rng.chance(0.3) ? phoneOf(rng, f.country) : null,
      null,
      rng.chance(0.2) ? `F-${rng.digits(5)}` : null,
      rng.chance(0.2) ? rng.pick(NOTE_SENTENCES) : null,
      r < 0.9 ? 'NEUTRAL' : r < 0.96 ? 'PREFERRED' : 'WATCH',
      partner ? 1 : 0,
      null,
      null,
      null,
      partner ? PARTNER_ID : null,
      partner ? PLAN_IDS[i % 2] : null,
      'CLIENTELE',
      null,
      null,
      sqlInstant(f.createdAt),
      sqlInstant(f.updatedAt),
      deleted ? sqlInstant(f.updatedAt + DAY) : null,
      1,
      `${1 + rng.int(9800)}, ${rng.pick(STREETS)}`,
      rng.chance(0.2) ? `Bureau ${100 + rng.int(400)}` : null,
      f.city,
      f.country === 'CA' ? 'QC' : null,
      postalCode(rng, f.country),
      f.country,
      null,
      null,
      null,
      null,
      null,
      null,
    ];
  }
}

const TERMS_COLUMNS = [
  'client_id',
  'payment_terms',
  'payment_terms_days',
  'billing_currency',
  'credit_limit',
  'credit_hold',
  'credit_hold_reason',
  'discount_percent',
  'tax_exempt',
  'tax_exempt_number',
  'gst_hst_number',
  'qst_number',
  'vat_number',
  'invoice_delivery',
  'billing_email',
  'price_list',
  'contract_start',
  'contract_end',
];
function* termsRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('terms', i);
    const full = i === FULL_FILE;
    const custom = rng.chance(0.05);
    const start = BASE + rng.int(900) * DAY;
    const contract = full || rng.chance(0.3);
    yield [
      clientId(i),
      custom ? 'CUSTOM' : rng.pick(['NET_30', 'NET_30', 'NET_30', 'NET_15', 'NET_45', 'DUE_ON_RECEIPT']),
      custom ? 10 + rng.int(80) : null,
      null,
      full || rng.chance(0.4) ? `${(1 + rng.int(50)) * 1000}.00` : null,
      0,
      null,
      full || rng.chance(0.15) ? `${rng.int(15)}.${rng.pick(['00', '50'])}` : null,
      0,
      null,
      rng.chance(0.5) ? `${rng.digits(9)}RT0001` : null,
      rng.chance(0.4) ? `${rng.digits(10)}TQ0001` : null,
      null,
      rng.pick(['EMAIL', 'EMAIL', 'EMAIL', 'POST', 'PORTAL']),
      rng.chance(0.3) ? `comptabilite@${clientFacts(i, nameOfIndex(i)).domain}` : null,
      rng.chance(0.2) ? rng.pick(['Détail', 'Gros', 'Partenaire']) : null,
      contract ? sqlDate(start) : null,
      contract ? sqlDate(start + 365 * DAY) : null,
    ];
  }
}

const CRM_COLUMNS = [
  'client_id',
  'health',
  'tier',
  'renewal_date',
  'industry_id',
  'account_owner_id',
  'source',
];
function* crmRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('crm', i);
    const full = i === FULL_FILE;
    yield [
      clientId(i),
      full || rng.chance(0.6) ? rng.pick(['HAPPY', 'HAPPY', 'DOING_OKAY', 'AT_RISK']) : null,
      full || rng.chance(0.5) ? rng.pick(['BASIC', 'BASIC', 'PREMIUM', 'ENTERPRISE']) : null,
      full || rng.chance(0.4) ? sqlDate(Date.UTC(2026, 0, 1) + rng.int(700) * DAY) : null,
      full || rng.chance(0.5) ? industryId(rng.int(INDUSTRIES.length)) : null,
      full || rng.chance(0.7) ? userId(rng.int(5)) : null,
      rng.chance(0.5) ? rng.pick(['REFERRAL', 'WEBSITE', 'PARTNER', 'EVENT', 'OUTBOUND']) : null,
    ];
  }
}

function* salespersonRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('sales', i);
    if (i === FULL_FILE) {
      yield [clientId(i), userId(1)];
      yield [clientId(i), userId(3)];
    } else if (rng.chance(0.2)) yield [clientId(i), userId(1 + rng.int(4))];
  }
}

function* domainRows(n: number): Generator<unknown[]> {
  const names = clientNames(n);
  for (let i = 0; i < n; i += 1) {
    yield [idOf(K.domain, i), clientId(i), clientFacts(i, names[i]!).domain, 0];
  }
}

function* tagRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('tags', i);
    const count = i === FULL_FILE ? 2 : rng.chance(0.4) ? 1 + rng.int(2) : 0;
    const tags = new Set<string>();
    while (tags.size < count) tags.add(rng.pick(TAGS));
    for (const tag of tags) yield [clientId(i), foldText(tag), tag];
  }
}

// ---------------------------------------------------------------- contacts

interface ContactFacts {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}
function contactOf(i: number, j: number, client: ClientFacts): ContactFacts {
  const rng = rngFor('contact', i * 64 + j);
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(FAMILY_NAMES);
  // j keeps a client's contacts apart; the client's domain keeps clients apart.
  const email = `${slug(firstName)}.${slug(lastName)}${j}@${client.domain}`;
  return { id: contactId(i, j), firstName, lastName, email };
}

const CONTACT_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'name_key',
  'email',
  'email_key',
  'email_domain',
  'phone',
  'mobile',
  'language',
  'time_zone',
  'social_handles',
  'created_by_id',
  'created_at',
  'updated_at',
  'deleted_at',
  'version',
];
const LINK_COLUMNS = [
  'id',
  'client_id',
  'contact_id',
  'title',
  'department',
  'type',
  'primary_key',
  'linked_at',
];
const CONTACT_TYPES = ['BILLING', 'TECHNICAL', 'OPERATIONS', 'SALES', 'EXECUTIVE', 'OTHER'];

function* contactRows(n: number): Generator<unknown[]> {
  const names = clientNames(n);
  for (let i = 0; i < n; i += 1) {
    const client = clientFacts(i, names[i]!);
    for (let j = 0; j < contactsOf(i); j += 1) {
      const c = contactOf(i, j, client);
      const rng = rngFor('contact-row', i * 64 + j);
      const at = client.createdAt + j * 3_600_000;
      yield [
        c.id,
        c.firstName,
        c.lastName,
        foldText(`${c.firstName} ${c.lastName}`),
        c.email,
        c.email.toLowerCase(),
        client.domain,
        rng.chance(0.7) ? phoneOf(rng, client.country) : null,
        rng.chance(0.3) ? phoneOf(rng, client.country) : null,
        client.language,
        null,
        '[]',
        userId(rng.int(5)),
        sqlInstant(at),
        sqlInstant(at),
        null,
        1,
      ];
    }
  }
}

function* linkRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('link', i);
    const created = clientFacts(i, nameOfIndex(i)).createdAt;
    for (let j = 0; j < contactsOf(i); j += 1) {
      yield [
        linkId(i, j),
        clientId(i),
        contactId(i, j),
        rng.chance(0.7) ? rng.pick(TITLES) : null,
        rng.chance(0.2) ? rng.pick(['Administration', 'Comptabilité', 'Opérations', 'TI']) : null,
        rng.pick(CONTACT_TYPES),
        // The primary link holds the client id in primary_key (one per client, by a unique index).
        j === 0 ? clientId(i) : null,
        sqlInstant(created + j * 3_600_000),
      ];
    }
  }
}

// ---------------------------------------------------------------- notes and activity

const NOTE_COLUMNS = [
  'id',
  'client_id',
  'body',
  'author_type',
  'author_id',
  'author_name',
  'pinned',
  'visibility',
  'created_at',
  'edited_at',
  'deleted_at',
  'version',
];
function* noteRows(n: number): Generator<unknown[]> {
  let seq = 0;
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('notes', i);
    const created = clientFacts(i, nameOfIndex(i)).createdAt;
    const count = notesOf(i);
    for (let j = 0; j < count; j += 1) {
      const author = rng.int(5);
      const at = created + (j + 1) * (count > 100 ? 3_600_000 : 2 * DAY) + rng.int(3_600_000);
      const sentences = 1 + rng.int(3);
      const body = Array.from({ length: sentences }, () => rng.pick(NOTE_SENTENCES)).join(' ');
      const pinned = i === FULL_FILE ? j < 3 : j === 0 && rng.chance(0.2);
      const shared = i === FULL_FILE ? j % 3 === 0 : rng.chance(0.25);
      yield [
        idOf(K.note, seq),
        clientId(i),
        body,
        'STAFF',
        userId(author),
        USERS[author]!.name,
        pinned ? 1 : 0,
        shared ? 'SHARED' : 'INTERNAL',
        sqlInstant(at),
        rng.chance(0.1) ? sqlInstant(at + 600_000) : null,
        null,
        1,
      ];
      seq += 1;
    }
  }
}

const ACTIVITY_COLUMNS = [
  'id',
  'at',
  'actor_type',
  'actor_id',
  'actor_name',
  'on_behalf_of_type',
  'on_behalf_of_id',
  'client_id',
  'entity_type',
  'entity_id',
  'action',
  'changes',
  'client_version',
  'request_id',
];
function* activityRows(n: number): Generator<unknown[]> {
  const names = clientNames(n);
  let seq = 0;
  for (let i = 0; i < n; i += 1) {
    const rng = rngFor('activity', i);
    const client = clientFacts(i, names[i]!);
    const id = client.id;
    let at = client.createdAt;
    const count = activityOf(i);
    for (let k = 0; k < count; k += 1) {
      const actor = rng.int(5);
      let entityType = 'Client';
      let entityId = id;
      let action = 'UPDATED';
      let changes: { field: string; before: string | null; after: string | null }[];
      let version: number | null = null;
      if (k === 0) {
        action = 'CREATED';
        version = 1;
        changes = [
          { field: 'code', before: null, after: formatClientCode(i + 1) },
          { field: 'name', before: null, after: client.name },
          { field: 'kind', before: null, after: 'COMPANY' },
          { field: 'status', before: null, after: 'ACTIVE' },
          { field: 'billingAddress.city', before: null, after: client.city },
          { field: 'billingAddress.country', before: null, after: client.country },
        ];
      } else {
        const shape = rng.int(6);
        if (shape === 0) {
          changes = [
            { field: 'phone', before: phoneOf(rng, client.country), after: phoneOf(rng, client.country) },
          ];
        } else if (shape === 1) {
          entityType = 'ClientTerms';
          changes = [
            { field: 'terms.paymentTerms', before: 'NET_30', after: rng.pick(['NET_15', 'NET_45']) },
          ];
        } else if (shape === 2) {
          entityType = 'ClientCrm';
          changes = [
            { field: 'crm.health', before: null, after: rng.pick(['HAPPY', 'DOING_OKAY', 'AT_RISK']) },
          ];
        } else if (shape === 3) {
          entityType = 'Note';
          entityId = idOf(K.note, 1_000_000_000 + seq);
          action = 'CREATED';
          changes = [{ field: 'body', before: null, after: rng.pick(NOTE_SENTENCES) }];
        } else if (shape === 4) {
          entityType = 'ClientContact';
          entityId = linkId(i, rng.int(contactsOf(i)));
          action = 'LINKED';
          changes = [
            { field: 'contact', before: null, after: `${rng.pick(FIRST_NAMES)} ${rng.pick(FAMILY_NAMES)}` },
          ];
        } else {
          changes = [
            { field: 'status', before: 'ACTIVE', after: rng.pick(['INACTIVE', 'SUSPENDED', 'ACTIVE']) },
          ];
        }
      }
      yield [
        idOf(K.activity, seq),
        sqlInstant(at),
        'STAFF',
        userId(actor),
        USERS[actor]!.name,
        null,
        null,
        id,
        entityType,
        entityId,
        action,
        JSON.stringify(changes),
        version,
        idOf(K.misc, 2_000_000_000 + seq),
      ];
      seq += 1;
      // Strictly increasing, so "newest first" has one answer on every dialect.
      at += 60_000 + rng.int(20 * DAY);
    }
  }
}

// ---------------------------------------------------------------- people, partner, access

function* invitationRows(n: number): Generator<unknown[]> {
  for (let i = 0; i < n; i += 1) {
    if (!isPartnerClient(i)) continue;
    const sent = clientFacts(i, nameOfIndex(i)).createdAt + DAY;
    yield [
      idOf(K.invitation, i),
      clientId(i),
      PARTNER_ID,
      contactId(i, 0),
      'ACCEPTED',
      sqlInstant(sent),
      sqlInstant(sent + 7 * DAY),
      sqlInstant(sent + 2 * DAY),
      sqlInstant(sent),
      1,
    ];
  }
}

function fixedTables(n: number): Table[] {
  const created = sqlInstant(BASE - 30 * DAY);
  const fixtures = fixturesFor(n);
  const full = clientFacts(FULL_FILE, nameOfIndex(FULL_FILE));
  const grants = [0, 1, 2].map((j) => ({ j, contact: contactOf(FULL_FILE, j, full) }));
  return [
    {
      table: 'user_account',
      columns: [
        'id',
        'email',
        'display_name',
        'role',
        'password_hash',
        'locale',
        'created_at',
        'updated_at',
        'failed_sign_ins',
        'version',
      ],
      // No password: nobody signs in to the bench by the form; the session below is the way in.
      rows: USERS.map((u, n) => [userId(n), u.email, u.name, u.role, '!', 'fr', created, created, 0, 1]),
    },
    {
      table: 'session',
      columns: [
        'id',
        'token_hash',
        'principal_type',
        'principal_id',
        'kind',
        'user_agent',
        'ip',
        'created_at',
        'last_seen_at',
        'expires_at',
      ],
      rows: [
        [
          SESSION_ID,
          hashSecret(fixtures.staffToken),
          'STAFF',
          userId(0),
          'BEARER',
          'clientele-bench',
          '127.0.0.1',
          created,
          created,
          FAR_FUTURE,
        ],
      ],
    },
    {
      table: 'industry',
      columns: ['id', 'name', 'name_key', 'position', 'archived', 'created_at', 'updated_at', 'version'],
      rows: INDUSTRIES.map((name, k) => [industryId(k), name, foldText(name), k, 0, created, created, 1]),
    },
    {
      table: 'partner',
      columns: ['id', 'name', 'name_key', 'certifications', 'created_at', 'version'],
      rows: [[PARTNER_ID, 'Réseau TI Laurentides', foldText('Réseau TI Laurentides'), '["HP"]', created, 1]],
    },
    {
      table: 'partner_user',
      columns: [
        'id',
        'partner_id',
        'email',
        'display_name',
        'password_hash',
        'locale',
        'failed_sign_ins',
        'created_at',
      ],
      rows: [
        [PARTNER_USER_ID, PARTNER_ID, 'tableau@reseau-ti.bench', 'Tableau de bord', null, 'fr', 0, created],
      ],
    },
    {
      table: 'api_token',
      columns: ['id', 'name', 'scope', 'token_hash', 'prefix', 'owner_type', 'owner_id', 'created_at'],
      rows: [
        [
          API_TOKEN_ID,
          'Tableau de bord du partenaire',
          'READ',
          hashSecret(fixtures.partnerToken),
          fixtures.partnerToken.slice(0, 10),
          'PARTNER',
          PARTNER_USER_ID,
          created,
        ],
      ],
    },
    {
      table: 'service_plan',
      columns: ['id', 'code', 'name', 'required_certification', 'archived', 'created_at'],
      rows: [
        [PLAN_IDS[0], 'GERE-ESSENTIEL', 'Gestion essentielle', null, 0, created],
        [PLAN_IDS[1], 'GERE-COMPLET', 'Gestion complète', 'HP', 0, created],
      ],
    },
    {
      table: 'portal_account',
      columns: [
        'id',
        'contact_id',
        'user_code',
        'email',
        'email_key',
        'password_hash',
        'failed_sign_ins',
        'last_sign_in_at',
        'created_at',
        'updated_at',
        'version',
      ],
      rows: grants.map(({ j, contact }) => [
        idOf(K.portal, j),
        contact.id,
        `U-${String(j + 1).padStart(5, '0')}`,
        contact.email,
        contact.email.toLowerCase(),
        null,
        0,
        j === 0 ? sqlInstant(full.createdAt + 40 * DAY) : null,
        sqlInstant(full.createdAt + 10 * DAY),
        sqlInstant(full.createdAt + 10 * DAY),
        1,
      ]),
    },
    {
      table: 'access_grant',
      columns: [
        'id',
        'client_id',
        'contact_id',
        'account_id',
        'role',
        'ip_allow_list',
        'status',
        'invited_at',
        'invitation_expires_at',
        'last_sign_in_at',
        'created_at',
        'updated_at',
        'version',
      ],
      rows: grants.map(({ j, contact }) => [
        idOf(K.grant, j),
        full.id,
        contact.id,
        idOf(K.portal, j),
        j === 0 ? 'CLIENT_ADMIN' : 'CLIENT_USER',
        j === 1 ? '["203.0.113.0/24"]' : '[]',
        j === 2 ? 'INVITED' : 'ACTIVE',
        sqlInstant(full.createdAt + (10 + j) * DAY),
        sqlInstant(full.createdAt + (17 + j) * DAY),
        j === 0 ? sqlInstant(full.createdAt + 40 * DAY) : null,
        sqlInstant(full.createdAt + (10 + j) * DAY),
        sqlInstant(full.createdAt + (10 + j) * DAY),
        1,
      ]),
    },
    { table: 'counter', columns: ['name', 'value'], rows: [['client_code', n]] },
  ];
}

interface Table {
  table: string;
  columns: string[];
  rows: Iterable<unknown[]>;
}

/** Every table, parents first (foreign keys are not checked while loading, on either dialect). */
function allTables(n: number): Table[] {
  const fixed = fixedTables(n);
  return [
    ...fixed.slice(0, 7),
    { table: 'client', columns: CLIENT_COLUMNS, rows: clientRows(n) },
    { table: 'client_terms', columns: TERMS_COLUMNS, rows: termsRows(n) },
    { table: 'client_crm', columns: CRM_COLUMNS, rows: crmRows(n) },
    { table: 'client_salesperson', columns: ['client_id', 'user_id'], rows: salespersonRows(n) },
    { table: 'client_domain', columns: ['id', 'client_id', 'domain', 'position'], rows: domainRows(n) },
    { table: 'client_tag', columns: ['client_id', 'tag_key', 'tag'], rows: tagRows(n) },
    { table: 'contact', columns: CONTACT_COLUMNS, rows: contactRows(n) },
    { table: 'client_contact', columns: LINK_COLUMNS, rows: linkRows(n) },
    {
      table: 'partner_invitation',
      columns: [
        'id',
        'client_id',
        'partner_id',
        'admin_contact_id',
        'status',
        'sent_at',
        'expires_at',
        'responded_at',
        'created_at',
        'version',
      ],
      rows: invitationRows(n),
    },
    { table: 'client_note', columns: NOTE_COLUMNS, rows: noteRows(n) },
    { table: 'activity', columns: ACTIVITY_COLUMNS, rows: activityRows(n) },
    ...fixed.slice(7),
  ];
}

// ---------------------------------------------------------------- writing

interface Sink {
  insert(table: Table): Promise<number>;
  query(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

function sqliteSink(file: string): Sink {
  const db = new Database(file);
  // Loading only: a crash means regenerating, so no need to sync each page.
  db.pragma('synchronous = OFF');
  // better-sqlite3 turns foreign keys on; rows here are consistent by construction, and deleting
  // Q4's clients with them on scans the client table for each (parent_id, bill_to_id: no index).
  db.pragma('foreign_keys = OFF');
  return {
    insert: async ({ table, columns, rows }) => {
      const statement = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      let count = 0;
      db.transaction(() => {
        for (const row of rows) {
          statement.run(row);
          count += 1;
        }
      })();
      return count;
    },
    query: async (sql, params = []) => {
      db.prepare(sql).run(params);
    },
    close: async () => {
      db.pragma('synchronous = NORMAL');
      db.close();
    },
  };
}

async function mysqlSink(config: MysqlConfig): Promise<Sink> {
  const connection: MysqlConnection = await createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
    database: config.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
  });
  // Rows are generated consistent: checking them again row by row would only slow the load.
  await connection.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
  const BATCH = 1000;
  return {
    insert: async ({ table, columns, rows }) => {
      const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `;
      const tuple = `(${columns.map(() => '?').join(',')})`;
      let batch: unknown[][] = [];
      let count = 0;
      const flush = async () => {
        if (!batch.length) return;
        await connection.query(head + batch.map(() => tuple).join(','), batch.flat());
        count += batch.length;
        batch = [];
      };
      await connection.query('START TRANSACTION');
      for (const row of rows) {
        batch.push(row);
        if (batch.length === BATCH) {
          await flush();
          // Commit now and then: one huge transaction would grow the undo log for nothing.
          if (count % (BATCH * 50) === 0) {
            await connection.query('COMMIT');
            await connection.query('START TRANSACTION');
          }
        }
      }
      await flush();
      await connection.query('COMMIT');
      return count;
    },
    query: async (sql, params = []) => {
      await connection.query(sql, params);
    },
    close: () => connection.end(),
  };
}

// ---------------------------------------------------------------- the data set's place

type MysqlConfig = Extract<DatabaseConfig, { dialect: 'mysql' | 'mariadb' }>;

export interface DatasetSpec {
  dialect: BenchDialect;
  clients: number;
  /** The server (no database), from TEST_MYSQL_URL. */
  mysqlUrl?: URL;
}

export interface Dataset {
  spec: DatasetSpec;
  label: string;
  config: DatabaseConfig;
  fixtures: Fixtures;
  /** Seconds the generation took, or null when an earlier one was reused. */
  generatedSeconds: number | null;
  rows: Record<string, number>;
}

export const sizeLabel = (clients: number) => (clients % 1000 === 0 ? `${clients / 1000}k` : String(clients));

const DATA_DIR = path.resolve(__dirname, '.data');

function configOf(spec: DatasetSpec): DatabaseConfig {
  const name = `v${GENERATOR_VERSION}_${sizeLabel(spec.clients)}`;
  if (spec.dialect === 'sqlite')
    return { dialect: 'sqlite', path: path.join(DATA_DIR, `clientele-bench-${name}.sqlite`) };
  const url = spec.mysqlUrl;
  if (!url) throw new Error('MySQL/MariaDB needs TEST_MYSQL_URL (mariadb://root@127.0.0.1:3306)');
  return {
    dialect: url.protocol === 'mysql:' ? 'mysql' : 'mariadb',
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database: `clientele_bench_${name}${process.env.BENCH_DB_SUFFIX ?? ''}`,
  };
}

async function serverConnection(config: MysqlConfig, database?: string): Promise<MysqlConnection> {
  return createConnection({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
    database,
    multipleStatements: false,
  });
}

/** The marker written last: a data set without it was interrupted and is made again. */
const META_TABLE = 'bench_meta';

async function readMeta(config: DatabaseConfig): Promise<Record<string, number> | null> {
  if (config.dialect === 'sqlite') {
    if (!fs.existsSync(config.path)) return null;
    const db = new Database(config.path, { readonly: true });
    try {
      const row = db.prepare(`SELECT v FROM ${META_TABLE} WHERE k = 'rows'`).get() as
        { v: string } | undefined;
      return row ? (JSON.parse(row.v) as Record<string, number>) : null;
    } catch {
      return null;
    } finally {
      db.close();
    }
  }
  const connection = await serverConnection(config);
  try {
    const [rows] = await connection.query(
      `SELECT v FROM \`${config.database}\`.${META_TABLE} WHERE k = 'rows'`,
    );
    const found = (rows as { v: string }[])[0];
    return found ? (JSON.parse(found.v) as Record<string, number>) : null;
  } catch {
    // No such database or table yet.
    return null;
  } finally {
    await connection.end();
  }
}

async function dropAndCreate(config: DatabaseConfig): Promise<void> {
  if (config.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(config.path), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(config.path + suffix, { force: true });
    return;
  }
  const connection = await serverConnection(config);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${config.database}\``);
    await connection.query(
      `CREATE DATABASE \`${config.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** Applies the migrations of the code under test (a new index or table lands before we measure). */
async function migrate(config: DatabaseConfig): Promise<void> {
  const dataSource = await openDatabase(config);
  await dataSource.destroy();
}

async function openSink(config: DatabaseConfig): Promise<Sink> {
  return config.dialect === 'sqlite' ? sqliteSink(config.path) : mysqlSink(config);
}

/**
 * The data set of a spec, generated if it is not there yet (or `regenerate`),
 * migrated to the code under test, with the previous run's writes undone.
 */
export async function ensureDataset(
  spec: DatasetSpec,
  options: { regenerate?: boolean; log: (line: string) => void },
): Promise<Dataset> {
  const config = configOf(spec);
  const label = `${spec.dialect}-${sizeLabel(spec.clients)}`;
  const fixtures = fixturesFor(spec.clients);
  let rows = options.regenerate ? null : await readMeta(config);
  let generatedSeconds: number | null = null;
  if (rows) {
    options.log(`${label}: reusing the data set generated earlier (${describe(config)})`);
    await migrate(config);
  } else {
    options.log(`${label}: generating ${spec.clients} clients into ${describe(config)}…`);
    const started = Date.now();
    await dropAndCreate(config);
    await migrate(config);
    const sink = await openSink(config);
    rows = {};
    try {
      for (const table of allTables(spec.clients)) {
        const t0 = Date.now();
        const count = await sink.insert(table);
        rows[table.table] = (rows[table.table] ?? 0) + count;
        if (count > 1000)
          options.log(`  ${table.table}: ${count} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      await sink.query(`CREATE TABLE ${META_TABLE} (k varchar(64) NOT NULL PRIMARY KEY, v text NOT NULL)`);
      await sink.query(`INSERT INTO ${META_TABLE} (k, v) VALUES ('rows', ?)`, [JSON.stringify(rows)]);
    } finally {
      await sink.close();
    }
    generatedSeconds = (Date.now() - started) / 1000;
    options.log(`${label}: generated in ${generatedSeconds.toFixed(1)} s`);
  }
  await resetWrites(config, fixtures);
  return { spec, label, config, fixtures, generatedSeconds, rows };
}

function describe(config: DatabaseConfig): string {
  return config.dialect === 'sqlite'
    ? path.relative(process.cwd(), config.path)
    : `${config.dialect}://${config.host}:${config.port}/${config.database}`;
}

/**
 * Undoes what runs write: the clients Q4 created (and their terms, CRM,
 * activity and idempotency keys), the code counter, and the session and
 * token the servers touch, so every run starts from the same rows.
 */
export async function resetWrites(config: DatabaseConfig, fixtures: Fixtures): Promise<void> {
  const sink = await openSink(config);
  const created = `SELECT id FROM client WHERE name_key LIKE '${foldText(CREATED_NAME_PREFIX)} %'`;
  const now = sqlInstant(Date.now());
  try {
    await sink.query(`DELETE FROM idempotency_key WHERE result_id IN (${created})`);
    for (const table of ['activity', 'client_terms', 'client_crm']) {
      await sink.query(`DELETE FROM ${table} WHERE client_id IN (${created})`);
    }
    // MySQL refuses a DELETE reading its own table in a subquery: the derived table gets around it.
    await sink.query(`DELETE FROM client WHERE id IN (SELECT id FROM (${created}) AS made)`);
    await sink.query(`UPDATE counter SET value = ? WHERE name = 'client_code'`, [fixtures.clients]);
    await sink.query(`UPDATE session SET last_seen_at = ?, expires_at = ?, revoked_at = NULL WHERE id = ?`, [
      now,
      FAR_FUTURE,
      SESSION_ID,
    ]);
    await sink.query(`UPDATE api_token SET last_used_at = ?, revoked_at = NULL WHERE id = ?`, [
      now,
      API_TOKEN_ID,
    ]);
  } finally {
    await sink.close();
  }
}

/** One read on a data set, outside the servers (the cursor of a deep page, found once). */
export async function queryDataset(
  config: DatabaseConfig,
  sql: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  if (config.dialect === 'sqlite') {
    const db = new Database(config.path, { readonly: true });
    try {
      return db.prepare(sql).all(params) as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const connection = await serverConnection(config, config.database);
  try {
    const [rows] = await connection.query(sql, params);
    return rows as Record<string, unknown>[];
  } finally {
    await connection.end();
  }
}
