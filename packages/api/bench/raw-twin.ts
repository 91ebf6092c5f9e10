/**
 * The raw twin: what the benchmarked operations would cost with nothing
 * between HTTP and the database. `node:http`, a mysql2 pool of TypeORM's size
 * (TypeORM leaves `connectionLimit` unset: mysql2's default, 10) or one
 * better-sqlite3 connection (as TypeORM's better-sqlite3 driver has), the
 * same session and API-token checks as the API in one statement each, the
 * minimal SQL for each operation (independent statements sent at once), and
 * the JSON the API answers, built by hand. It knows the bench's operations by
 * `operationName` and nothing else; it is a yardstick, not a second server.
 *
 * The rules are the API's: a partner reads only its own clients, whose
 * latest invitation it has had accepted (else the card only: the twin then
 * answers FORBIDDEN, which the bench data never asks); its search reads names
 * only; it never reads access grants or the activity log; a READ token never
 * writes. Searches match what the API matches: each word contained in the
 * client's keys, domains or contacts' names (LIKE), or, once the code under
 * test has full-text indexes (its AddSearchIndexes migration), each word
 * beginning a word of those or of the contacts' emails, through the same
 * indexes. One deliberate difference before those indexes: a word that is an
 * email also finds the clients of the contact who has it (the API did not
 * look at contact emails then; Q2b shows the difference).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import Database, { type Statement } from 'better-sqlite3';
import { createPool, type Pool, type PoolConnection, type ResultSetHeader } from 'mysql2/promise';
import { foldText, formatClientCode } from '@clientele/shared';
import { benchCountRule, benchDatabase, serveParent } from './servers';

type Row = Record<string, unknown>;

interface Sql {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<{ changes: number; insertId: number }>;
}

interface Db extends Sql {
  dialect: 'sqlite' | 'mysql';
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let statements = 0;
let requests = 0;

// ---------------------------------------------------------------- drivers

function mysqlDb(config: Extract<ReturnType<typeof benchDatabase>, { host: string }>): Db {
  const pool: Pool = createPool({
    host: config.host,
    port: config.port,
    user: config.username,
    password: config.password,
    database: config.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // Instants arrive as the text the JSON needs, not as Dates to format again.
    dateStrings: true,
    connectTimeout: 5000,
  });
  const on = (target: Pool | PoolConnection): Sql => ({
    all: async (sql, params = []) => {
      statements += 1;
      const [rows] = await target.query(sql, params);
      return rows as Row[];
    },
    run: async (sql, params = []) => {
      statements += 1;
      const [header] = await target.query(sql, params);
      const result = header as ResultSetHeader;
      return { changes: result.affectedRows, insertId: result.insertId };
    },
  });
  return {
    dialect: 'mysql',
    ...on(pool),
    // As the API's: READ COMMITTED (see src/app/transaction.ts).
    transaction: async (work) => {
      const connection = await pool.getConnection();
      const tx = on(connection);
      try {
        await tx.run('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
        await tx.run('START TRANSACTION');
        const result = await work(tx);
        await tx.run('COMMIT');
        return result;
      } catch (error) {
        await tx.run('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

function sqliteDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const prepared = new Map<string, Statement>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  };
  const sql: Sql = {
    all: async (text, params = []) => {
      statements += 1;
      return statement(text).all(params) as Row[];
    },
    run: async (text, params = []) => {
      statements += 1;
      const result = statement(text).run(params);
      return { changes: result.changes, insertId: Number(result.lastInsertRowid) };
    },
  };
  // One connection: transactions take turns, as the API's do.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    ...sql,
    transaction: (work) => {
      const turn = queue.then(async () => {
        await sql.run('BEGIN');
        try {
          const result = await work(sql);
          await sql.run('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) await sql.run('ROLLBACK');
          throw error;
        }
      });
      queue = turn.catch(() => undefined);
      return turn;
    },
    close: async () => {
      db.close();
    },
  };
}

// ---------------------------------------------------------------- values as the API renders them

/** `datetime(3)` text (both dialects) to the ISO string of the DateTimeISO scalar. */
const iso = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : new Date(`${String(value).replace(' ', 'T')}Z`).toISOString();
const sqlNow = () => new Date().toISOString().replace('T', ' ').slice(0, 23);
/** DecimalColumn: fixed-scale text. */
const decimal = (value: unknown, scale = 2) =>
  value === null || value === undefined ? null : Number(value).toFixed(scale);
const bool = (value: unknown) => Boolean(Number(value));
/** The Language enum's GraphQL names are upper case; the column holds 'fr' / 'en'. */
const language = (value: unknown) => String(value).toUpperCase();
const encodeCursor = (value: string, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url');
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

class Refusal extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- who is calling

const TOUCH_EVERY_MS = 60_000;
const BEARER_IDLE_MS = 30 * 86_400_000;
const COOKIE_IDLE_MS = 12 * 3_600_000;

interface Actor {
  type: string;
  id: string;
  name: string;
  onBehalfOf: { type: string; id: string } | null;
}
type Viewer =
  | { kind: 'staff'; role: string; actor: Actor; readOnly: boolean }
  | { kind: 'partner'; partnerId: string; actor: Actor; readOnly: boolean };

/** A session (staff) or an API token (`ct_…`, a partner's or an administrator's): one statement. */
async function identify(db: Db, header: string | undefined): Promise<Viewer | null> {
  const secret = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!secret) return null;
  const now = Date.now();
  if (secret.startsWith('ct_')) {
    const [token] = await db.all(
      `SELECT t.id, t.name, t.scope, t.owner_type, t.owner_id, t.last_used_at,
              pu.partner_id, pu.deactivated_at AS pu_deactivated, p.id AS partner_found,
              u.role, u.display_name, u.deactivated_at AS u_deactivated, u.id AS user_found
         FROM api_token t
         LEFT JOIN partner_user pu ON t.owner_type = 'PARTNER' AND pu.id = t.owner_id
         LEFT JOIN partner p ON p.id = pu.partner_id
         LEFT JOIN user_account u ON t.owner_type = 'STAFF' AND u.id = t.owner_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
      [hashSecret(secret)],
    );
    if (!token) return null;
    const actor: Actor = {
      type: 'API_TOKEN',
      id: String(token.id),
      name: String(token.name),
      onBehalfOf: { type: String(token.owner_type), id: String(token.owner_id) },
    };
    let viewer: Viewer;
    if (token.owner_type === 'PARTNER') {
      if (!token.partner_found || token.pu_deactivated) return null;
      viewer = {
        kind: 'partner',
        partnerId: String(token.partner_id),
        actor,
        readOnly: token.scope === 'READ',
      };
    } else {
      if (!token.user_found || token.u_deactivated) return null;
      viewer = { kind: 'staff', role: String(token.role), actor, readOnly: token.scope === 'READ' };
    }
    if (!token.last_used_at || now - Date.parse(iso(token.last_used_at)!) > TOUCH_EVERY_MS) {
      await db.run('UPDATE api_token SET last_used_at = ? WHERE id = ?', [sqlNow(), token.id]);
    }
    return viewer;
  }
  const [session] = await db.all(
    `SELECT s.id, s.kind, s.last_seen_at, u.id AS user_id, u.role, u.display_name, u.deactivated_at
       FROM session s
       JOIN user_account u ON s.principal_type = 'STAFF' AND u.id = s.principal_id
      WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    [hashSecret(secret), sqlNow()],
  );
  // Contacts' and partner users' sessions are the API's business; the bench signs in as staff.
  if (!session || session.deactivated_at) return null;
  if (now - Date.parse(iso(session.last_seen_at)!) > TOUCH_EVERY_MS) {
    const idle = session.kind === 'BEARER' ? BEARER_IDLE_MS : COOKIE_IDLE_MS;
    await db.run('UPDATE session SET last_seen_at = ?, expires_at = ? WHERE id = ?', [
      sqlNow(),
      new Date(now + idle).toISOString().replace('T', ' ').slice(0, 23),
      session.id,
    ]);
  }
  return {
    kind: 'staff',
    role: String(session.role),
    actor: {
      type: 'STAFF',
      id: String(session.user_id),
      name: String(session.display_name),
      onBehalfOf: null,
    },
    readOnly: false,
  };
}

// ---------------------------------------------------------------- the client list

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);
const likePattern = (word: string) => `%${escapeLike(word)}%`;

/**
 * Whether the code under test searches through full-text indexes (its
 * AddSearchIndexes migration: FTS5 tables on SQLite, FULLTEXT indexes on
 * MySQL/MariaDB). Then the product's search is "each word begins a word" of
 * the client, its domains or its contacts' names and emails, and the twin
 * asks the same indexes; before, it is "each word is contained", by LIKE.
 */
let searchIndexes = false;

async function detectSearchIndexes(db: Db): Promise<boolean> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all("SELECT name FROM sqlite_master WHERE name IN ('client_search', 'contact_search')")
      : await db.all(
          `SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE()
              AND index_name IN ('FT_client_search', 'FT_client_name', 'FT_contact_search')`,
        );
  return rows.length === (db.dialect === 'sqlite' ? 2 : 3);
}

/** InnoDB indexes words of three characters or more (`innodb_ft_min_token_size`). */
const MYSQL_MIN_TOKEN = 3;

/**
 * One word of a search through the full-text indexes, as the API (after its
 * AddSearchIndexes migration) matches it: every letters-and-digits token of
 * the word begins a word of the folded keys; a domain begins with the word.
 */
function indexedWord(db: Db, viewer: Viewer, word: string): { sql: string; params: unknown[] } {
  const tokens = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const partner = viewer.kind === 'partner';
  if (!tokens.length) {
    return {
      sql: `${partner ? 'c.name_key' : 'c.search_key'} LIKE ? ESCAPE '!'`,
      params: [likePattern(word)],
    };
  }
  if (db.dialect === 'sqlite') {
    const q = `(${tokens.map((t) => `"${t}"*`).join(' AND ')})`;
    if (partner) {
      return {
        sql: 'c.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)',
        params: [`{name_key} : ${q}`],
      };
    }
    return {
      sql: `(c.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH ?)
          OR c.id IN (SELECT d.client_id FROM client_domain d WHERE d.domain LIKE ? ESCAPE '!')
          OR c.id IN (SELECT cc.client_id FROM client_contact cc JOIN contact ct ON ct.id = cc.contact_id
                       WHERE ct.deleted_at IS NULL
                         AND ct.rowid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)))`,
      params: [`{search_key} : ${q}`, `${escapeLike(word)}%`, q],
    };
  }
  // InnoDB leaves out words under three characters: a word holding one is also checked whole.
  const q = tokens
    .filter((t) => t.length >= MYSQL_MIN_TOKEN)
    .map((t) => `+${t}*`)
    .join(' ');
  const short = tokens.some((t) => t.length < MYSQL_MIN_TOKEN);
  const match = (columns: string[]) => {
    const like = `(${columns.map((c) => `${c} LIKE ? ESCAPE '!'`).join(' OR ')})`;
    const likeParams = columns.map(() => likePattern(word));
    if (!q) return { sql: like, params: likeParams };
    return {
      sql: `MATCH(${columns.join(', ')}) AGAINST (? IN BOOLEAN MODE)${short ? ` AND ${like}` : ''}`,
      params: [q, ...(short ? likeParams : [])],
    };
  };
  if (partner) {
    const name = match(['f.name_key']);
    return { sql: `c.id IN (SELECT f.id FROM client f WHERE ${name.sql})`, params: name.params };
  }
  const own = match(['f.search_key']);
  const contact = match(['ct.name_key', 'ct.email_key']);
  return {
    sql: `(c.id IN (SELECT f.id FROM client f WHERE ${own.sql})
        OR c.id IN (SELECT d.client_id FROM client_domain d WHERE d.domain LIKE ? ESCAPE '!')
        OR c.id IN (SELECT cc.client_id FROM client_contact cc JOIN contact ct ON ct.id = cc.contact_id
                     WHERE ct.deleted_at IS NULL AND ${contact.sql}))`,
    params: [...own.params, `${escapeLike(word)}%`, ...contact.params],
  };
}

/** The WHERE of a list, as `applyClientFilter` and `forPartner` build it (plus contact emails, see above). */
function listFilter(
  db: Db,
  viewer: Viewer,
  search: string | null,
): { where: string[]; params: unknown[]; words: number } {
  const where = ['c.live_name_key IS NOT NULL'];
  const params: unknown[] = [];
  if (viewer.kind === 'partner') {
    where.push('c.partner_id = ?');
    params.push(viewer.partnerId);
  }
  const words = foldText(search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
  for (const word of words) {
    if (searchIndexes) {
      const indexed = indexedWord(db, viewer, word);
      where.push(indexed.sql);
      params.push(...indexed.params);
      continue;
    }
    const like = likePattern(word);
    const email = word.includes('@');
    if (viewer.kind === 'partner') {
      where.push(
        `(c.name_key LIKE ? ESCAPE '!'${
          email
            ? ` OR c.id IN (SELECT ec.client_id FROM contact e
                 JOIN client_contact ec ON ec.contact_id = e.id
                 JOIN partner_invitation pi ON pi.client_id = ec.client_id AND pi.partner_id = ? AND pi.status = 'ACCEPTED'
                WHERE e.email_key = ? AND e.deleted_at IS NULL)`
            : ''
        })`,
      );
      params.push(like, ...(email ? [viewer.partnerId, word] : []));
      continue;
    }
    where.push(
      `(c.search_key LIKE ? ESCAPE '!'
        OR EXISTS (SELECT 1 FROM client_domain d WHERE d.client_id = c.id AND d.domain LIKE ? ESCAPE '!')
        OR EXISTS (SELECT 1 FROM client_contact cc JOIN contact ct ON ct.id = cc.contact_id
                    WHERE cc.client_id = c.id AND ct.deleted_at IS NULL AND ct.name_key LIKE ? ESCAPE '!')${
                      email
                        ? ` OR c.id IN (SELECT ec.client_id FROM contact e JOIN client_contact ec ON ec.contact_id = e.id
                          WHERE e.email_key = ? AND e.deleted_at IS NULL)`
                        : ''
                    })`,
    );
    params.push(like, like, like, ...(email ? [word] : []));
  }
  return { where, params, words: words.length };
}

/** Whether the partner reads the file: its latest invitation is this partner's, accepted. */
const READABLE = `(SELECT pi.partner_id = ? AND pi.status = 'ACCEPTED' FROM partner_invitation pi
   WHERE pi.client_id = c.id ORDER BY pi.created_at DESC, pi.id DESC LIMIT 1) AS readable`;

/** A partner's question about a file it may not read gets what the API gives: a refusal. */
function assertReadable(viewer: Viewer, rows: Row[]): void {
  if (viewer.kind === 'partner' && rows.some((row) => !bool(row.readable))) throw new Refusal('FORBIDDEN');
}

/** Each client's links (primary first, then in the order linked), `limit` of them, with the person. */
async function contactsOf(
  db: Db,
  clientIds: string[],
  limit: number,
  detailed: boolean,
): Promise<Map<string, Row[]>> {
  const byClient = new Map<string, Row[]>(clientIds.map((id) => [id, []]));
  if (!clientIds.length) return byClient;
  const rows = await db.all(
    `SELECT * FROM (
       SELECT cc.client_id, cc.id AS link_id, cc.type, cc.title, cc.primary_key,
              ct.id AS contact_id, ct.first_name, ct.last_name, ct.email,
              ${detailed ? 'cc.department, cc.linked_at, ct.phone, ct.mobile, ct.language,' : ''}
              ROW_NUMBER() OVER (PARTITION BY cc.client_id ORDER BY cc.primary_key IS NULL, cc.linked_at, cc.id) AS n
         FROM client_contact cc JOIN contact ct ON ct.id = cc.contact_id
        WHERE cc.client_id IN (${clientIds.map(() => '?').join(',')})
     ) x WHERE x.n <= ? ORDER BY x.client_id, x.n`,
    [...clientIds, limit],
  );
  for (const row of rows) byClient.get(String(row.client_id))?.push(row);
  return byClient;
}

const contactLink = (row: Row) => ({
  id: row.link_id,
  type: row.type,
  title: row.title,
  isPrimary: row.primary_key !== null,
  contact: { id: row.contact_id, firstName: row.first_name, lastName: row.last_name, email: row.email },
});

/** Totals beyond the exact bound, by filter, when the schema's counting rule allows them (see `CountRule`). */
const largeTotals = new Map<string, { total: number; at: number }>();
const countRule = benchCountRule();

/** The list's totalCount: exact, or as the contract's rule says (exact up to a bound, recounted now and then). */
async function countClients(db: Db, where: string[], params: unknown[]): Promise<number> {
  const all = `SELECT COUNT(*) AS n FROM client c WHERE ${where.join(' AND ')}`;
  if (!countRule) return Number((await db.all(all, params))[0]!.n);
  const [bounded] = await db.all(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM client c WHERE ${where.join(' AND ')} LIMIT ${countRule.exactUpTo + 1}) x`,
    params,
  );
  if (Number(bounded!.n) <= countRule.exactUpTo) return Number(bounded!.n);
  const key = JSON.stringify([where, params]);
  const known = largeTotals.get(key);
  if (known && Date.now() - known.at < countRule.recountAfterMs) return known.total;
  const total = Number((await db.all(all, params))[0]!.n);
  largeTotals.set(key, { total, at: Date.now() });
  return total;
}

async function clientPage(
  db: Db,
  viewer: Viewer,
  variables: { first?: number; after?: string | null; search?: string | null },
) {
  const first = variables.first ?? 25;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new Refusal('BAD_USER_INPUT');
  const { where, params, words } = listFilter(db, viewer, variables.search ?? null);
  const partner = viewer.kind === 'partner';
  // live_name_key is unique among live clients, so it orders them alone, and ordering by it alone
  // lets MariaDB walk its index and stop at the page's end (the API's `, id` makes it sort every
  // match: 14 s instead of 1.5 s for a staff search at 100k). A partner's search is the exception:
  // there the tie-break steers MariaDB to the partner index, which is faster (25 ms against 200).
  const order = partner && words ? 'c.live_name_key, c.id' : 'c.live_name_key';
  const keyed = [...where];
  const keyParams = [...params];
  if (variables.after) {
    const [value] = JSON.parse(Buffer.from(variables.after, 'base64url').toString('utf8')) as [
      string,
      string,
    ];
    // No two live clients share a live_name_key: the cursor's id never breaks a tie.
    keyed.push('c.live_name_key > ?');
    keyParams.push(value);
  }
  // The keys straight off the index, then the rows by id: one statement.
  const [total, rows] = await Promise.all([
    countClients(db, where, params),
    db.all(
      `SELECT c.id, c.code, c.name, c.kind, c.status, c.lifecycle, c.email, c.phone, c.created_at, c.updated_at,
              c.billing_city, c.billing_region, c.billing_country, k.live_name_key AS sort_value,
              crm.client_id AS crm_id, crm.health, crm.tier, crm.renewal_date,
              u.id AS owner_id, u.display_name AS owner_name${partner ? `, ${READABLE}` : ''}
         FROM (SELECT c.id, c.live_name_key FROM client c WHERE ${keyed.join(' AND ')}
                ORDER BY ${order} LIMIT ${first + 1}) k
         JOIN client c ON c.id = k.id
         LEFT JOIN client_crm crm ON crm.client_id = c.id
         LEFT JOIN user_account u ON u.id = crm.account_owner_id
        ORDER BY k.live_name_key`,
      partner ? [viewer.partnerId, ...keyParams] : keyParams,
    ),
  ]);
  const pageRows = rows.slice(0, first);
  assertReadable(viewer, pageRows);
  const contacts = await contactsOf(
    db,
    pageRows.map((r) => String(r.id)),
    5,
    false,
  );
  const edges = pageRows.map((r) => ({
    cursor: encodeCursor(String(r.sort_value), String(r.id)),
    node: {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      status: r.status,
      lifecycle: r.lifecycle,
      email: r.email,
      phone: r.phone,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      billingAddress: { city: r.billing_city, region: r.billing_region, country: r.billing_country },
      crm:
        r.crm_id === null
          ? null
          : {
              health: r.health,
              tier: r.tier,
              renewalDate: r.renewal_date,
              accountOwner: r.owner_id ? { id: r.owner_id, displayName: r.owner_name } : null,
            },
      contacts: contacts.get(String(r.id))!.map(contactLink),
    },
  }));
  return {
    totalCount: total,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

// ---------------------------------------------------------------- one client file

const addressOf = (row: Row, prefix: string) => ({
  line1: row[`${prefix}_line1`],
  line2: row[`${prefix}_line2`],
  city: row[`${prefix}_city`],
  region: row[`${prefix}_region`],
  postalCode: row[`${prefix}_postal_code`],
  country: row[`${prefix}_country`],
});

async function clientFile(db: Db, viewer: Viewer, id: string) {
  const partner = viewer.kind === 'partner';
  const staffOnly = <T>(query: () => Promise<T>): Promise<T | null> =>
    partner ? Promise.resolve(null) : query();
  // Every tab at once, each its own statement on its own connection.
  const [[client], domains, tags, salespeople, contacts, notes, grants, activity] = await Promise.all([
    db.all(
      `SELECT c.*, t.payment_terms, t.payment_terms_days, t.billing_currency, t.credit_limit, t.credit_hold,
              t.discount_percent, t.tax_exempt, t.gst_hst_number, t.qst_number, t.invoice_delivery,
              t.billing_email, t.price_list, t.contract_start, t.contract_end, t.client_id AS terms_id,
              crm.client_id AS crm_id, crm.health, crm.tier, crm.renewal_date, crm.source,
              i.id AS industry_id, i.name AS industry_name, u.id AS owner_id, u.display_name AS owner_name
              ${partner ? `, ${READABLE}` : ''}
         FROM client c
         LEFT JOIN client_terms t ON t.client_id = c.id
         LEFT JOIN client_crm crm ON crm.client_id = c.id
         LEFT JOIN industry i ON i.id = crm.industry_id
         LEFT JOIN user_account u ON u.id = crm.account_owner_id
        WHERE c.id = ?`,
      partner ? [viewer.partnerId, id] : [id],
    ),
    db.all('SELECT domain FROM client_domain WHERE client_id = ? ORDER BY position', [id]),
    db.all('SELECT tag FROM client_tag WHERE client_id = ? ORDER BY tag_key', [id]),
    db.all(
      `SELECT u.id, u.display_name FROM client_salesperson s JOIN user_account u ON u.id = s.user_id
        WHERE s.client_id = ?`,
      [id],
    ),
    contactsOf(db, [id], 50, true),
    db.all(
      `SELECT id, body, author_type, author_name, pinned, visibility, created_at, edited_at, version
         FROM client_note WHERE client_id = ? AND deleted_at IS NULL${partner ? " AND visibility = 'SHARED'" : ''}
        ORDER BY pinned DESC, created_at DESC, id DESC LIMIT 20`,
      [id],
    ),
    staffOnly(() =>
      db.all(
        `SELECT g.id, g.role, g.status, g.ip_allow_list, g.invited_at, g.last_sign_in_at, g.created_at,
                ct.id AS contact_id, ct.first_name, ct.last_name,
                pa.id AS account_id, pa.user_code, pa.email AS account_email, pa.last_sign_in_at AS account_last_sign_in_at
           FROM access_grant g
           JOIN contact ct ON ct.id = g.contact_id
           JOIN portal_account pa ON pa.id = g.account_id
          WHERE g.client_id = ? ORDER BY g.created_at`,
        [id],
      ),
    ),
    staffOnly(() =>
      db.all(
        `SELECT id, at, actor_type, actor_name, action, entity_type, entity_id, client_version, changes
           FROM activity WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT 51`,
        [id],
      ),
    ),
  ]);
  // Another partner's client, or none: null alike (see `visibleTo`).
  if (!client || (partner && client.partner_id !== viewer.partnerId)) return null;
  assertReadable(viewer, [client]);
  const byName = (a: Row, b: Row) => String(a.display_name).localeCompare(String(b.display_name));
  const file: Record<string, unknown> = {
    id: client.id,
    code: client.code,
    name: client.name,
    legalName: client.legal_name,
    kind: client.kind,
    status: client.status,
    lifecycle: client.lifecycle,
    language: language(client.language),
    currency: client.currency,
    timeZone: client.time_zone,
    website: client.website,
    email: client.email,
    phone: client.phone,
    mobile: client.mobile,
    createdAt: iso(client.created_at),
    updatedAt: iso(client.updated_at),
    version: Number(client.version),
    billingAddress: addressOf(client, 'billing'),
    shippingAddress: addressOf(client, 'shipping'),
    domains: domains.map((d) => d.domain),
    tags: tags.map((t) => t.tag),
    terms:
      client.terms_id === null
        ? null
        : {
            paymentTerms: client.payment_terms,
            paymentTermsDays: client.payment_terms_days,
            billingCurrency: client.billing_currency,
            creditLimit: decimal(client.credit_limit),
            creditHold: bool(client.credit_hold),
            discountPercent: decimal(client.discount_percent),
            taxExempt: bool(client.tax_exempt),
            gstHstNumber: client.gst_hst_number,
            qstNumber: client.qst_number,
            invoiceDelivery: client.invoice_delivery,
            billingEmail: client.billing_email,
            priceList: client.price_list,
            contractStart: client.contract_start,
            contractEnd: client.contract_end,
          },
    crm:
      client.crm_id === null
        ? null
        : {
            health: client.health,
            tier: client.tier,
            renewalDate: client.renewal_date,
            source: client.source,
            industry: client.industry_id ? { id: client.industry_id, name: client.industry_name } : null,
            accountOwner: client.owner_id ? { id: client.owner_id, displayName: client.owner_name } : null,
            salespeople: [...salespeople]
              .sort(byName)
              .map((u) => ({ id: u.id, displayName: u.display_name })),
          },
    contacts: contacts.get(id)!.map((row) => ({
      id: row.link_id,
      type: row.type,
      title: row.title,
      department: row.department,
      isPrimary: row.primary_key !== null,
      linkedAt: iso(row.linked_at),
      contact: {
        id: row.contact_id,
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
        phone: row.phone,
        mobile: row.mobile,
        language: language(row.language),
      },
    })),
    notes: notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorType: n.author_type,
      authorName: n.author_name,
      pinned: bool(n.pinned),
      visibility: n.visibility,
      createdAt: iso(n.created_at),
      editedAt: iso(n.edited_at),
      version: Number(n.version),
    })),
  };
  if (grants) {
    file.accessGrants = grants.map((g) => ({
      id: g.id,
      role: g.role,
      status: g.status,
      ipAllowList: JSON.parse(String(g.ip_allow_list)) as string[],
      invitedAt: iso(g.invited_at),
      lastSignInAt: iso(g.last_sign_in_at),
      createdAt: iso(g.created_at),
      contact: { id: g.contact_id, firstName: g.first_name, lastName: g.last_name },
      account: {
        id: g.account_id,
        userCode: g.user_code,
        email: g.account_email,
        lastSignInAt: iso(g.account_last_sign_in_at),
      },
    }));
  }
  if (activity) {
    const edges = activity.slice(0, 50).map((a) => ({
      cursor: encodeCursor(iso(a.at)!, String(a.id)),
      node: {
        id: a.id,
        at: iso(a.at),
        actorType: a.actor_type,
        actorName: a.actor_name,
        action: a.action,
        entityType: a.entity_type,
        entityId: a.entity_id,
        clientVersion: a.client_version === null ? null : Number(a.client_version),
        changes: JSON.parse(String(a.changes)) as unknown[],
      },
    }));
    file.activity = {
      pageInfo: { hasNextPage: activity.length > 50, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  }
  return file;
}

// ---------------------------------------------------------------- createClient

interface AddressInput {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}
const ADDRESS_PARTS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
const clean = (value: string | null | undefined) => value?.trim().replace(/\s+/g, ' ') || null;

/** The next code from the counter, in the statement that advances it. */
async function nextCode(db: Db, tx: Sql): Promise<string> {
  if (db.dialect === 'sqlite') {
    const [row] = await tx.all(
      "UPDATE counter SET value = value + 1 WHERE name = 'client_code' RETURNING value",
    );
    return formatClientCode(Number(row!.value));
  }
  const { insertId } = await tx.run(
    "UPDATE counter SET value = LAST_INSERT_ID(value + 1) WHERE name = 'client_code'",
  );
  return formatClientCode(insertId);
}

const isDuplicate = (error: unknown, column: string) => {
  const e = error as { code?: string; message?: string };
  return (
    (e.code === 'ER_DUP_ENTRY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') &&
    Boolean(e.message?.includes(column === 'code' ? 'code' : 'live_name_key'))
  );
};

/**
 * What `ClientService.create` does, in one transaction: the key looked up,
 * the code taken from the counter, the client, its empty Terms and CRM rows,
 * the activity entry and the key remembered. Uniqueness is left to the
 * unique indexes rather than checked first.
 */
async function createClient(
  db: Db,
  viewer: Viewer,
  input: { name?: string; billingAddress?: AddressInput | null; idempotencyKey?: string | null },
) {
  if (viewer.kind !== 'staff' || viewer.readOnly || !['ADMIN', 'STAFF'].includes(viewer.role)) {
    throw new Refusal('FORBIDDEN');
  }
  const name = clean(input.name);
  if (!name || name.length > 200) throw new Refusal('BAD_USER_INPUT', 'input.name');
  const billing = Object.fromEntries(
    ADDRESS_PARTS.map((part) => [part, clean(input.billingAddress?.[part])]),
  ) as Record<(typeof ADDRESS_PARTS)[number], string | null>;
  if (billing.country) billing.country = billing.country.toUpperCase();
  if (billing.region && billing.country === 'CA') billing.region = billing.region.toUpperCase();
  const { actor } = viewer;
  const scope = `createClient:${actor.type}:${actor.id}`;
  const key = input.idempotencyKey ?? null;
  return db.transaction(async (tx) => {
    if (key) {
      const [done] = await tx.all(
        `SELECT c.id, c.code, c.name, c.status, c.created_at FROM idempotency_key k
           JOIN client c ON c.id = k.result_id WHERE k.scope = ? AND k.\`key\` = ?`,
        [scope, key],
      );
      if (done)
        return {
          id: done.id,
          code: done.code,
          name: done.name,
          status: done.status,
          createdAt: iso(done.created_at),
        };
    }
    const id = randomUUID();
    const now = sqlNow();
    const nameKey = foldText(name);
    let code = '';
    for (;;) {
      code = await nextCode(db, tx);
      try {
        await tx.run(
          `INSERT INTO client (id, code, name, name_key, live_name_key, search_key, kind, lifecycle, status, language,
             currency, regard, notifications_enabled, identity_provider, created_at, updated_at, version,
             billing_line1, billing_line2, billing_city, billing_region, billing_postal_code, billing_country)
           VALUES (?, ?, ?, ?, ?, ?, 'COMPANY', 'CUSTOMER', 'ACTIVE', 'fr', 'CAD', 'NEUTRAL', 0, 'CLIENTELE', ?, ?, 1,
             ?, ?, ?, ?, ?, ?)`,
          [
            id,
            code,
            name,
            nameKey,
            nameKey,
            foldText(`${code} ${name}`),
            now,
            now,
            ...ADDRESS_PARTS.map((p) => billing[p]),
          ],
        );
        break;
      } catch (error) {
        // Someone chose the next code by hand: take the one after.
        if (isDuplicate(error, 'code')) continue;
        if (isDuplicate(error, 'name')) throw new Refusal('BAD_USER_INPUT', 'input.name: ALREADY_TAKEN');
        throw error;
      }
    }
    await tx.run(
      "INSERT INTO client_terms (client_id, payment_terms, invoice_delivery, credit_hold, tax_exempt) VALUES (?, 'NET_30', 'EMAIL', 0, 0)",
      [id],
    );
    await tx.run('INSERT INTO client_crm (client_id) VALUES (?)', [id]);
    // What `fieldChanges(null, client, CLIENT_INFO_FIELDS)` writes for a new file.
    const changes = [
      ['code', code],
      ['name', name],
      ['kind', 'COMPANY'],
      ['lifecycle', 'CUSTOMER'],
      ['status', 'ACTIVE'],
      ['language', 'fr'],
      ['currency', 'CAD'],
      ...ADDRESS_PARTS.map((part) => [`billingAddress.${part}`, billing[part]]),
      ['regard', 'NEUTRAL'],
      ['notificationsEnabled', 'false'],
      ['identityProvider', 'CLIENTELE'],
    ]
      .filter(([, after]) => after !== null)
      .map(([field, after]) => ({ field, before: null, after }));
    await tx.run(
      `INSERT INTO activity (id, at, actor_type, actor_id, actor_name, on_behalf_of_type, on_behalf_of_id, client_id,
         entity_type, entity_id, action, changes, client_version, request_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Client', ?, 'CREATED', ?, 1, ?)`,
      [
        randomUUID(),
        now,
        actor.type,
        actor.id,
        actor.name,
        actor.onBehalfOf?.type ?? null,
        actor.onBehalfOf?.id ?? null,
        id,
        id,
        JSON.stringify(changes),
        randomUUID(),
      ],
    );
    if (key) {
      await tx.run(
        'INSERT INTO idempotency_key (id, scope, `key`, result_id, created_at) VALUES (?, ?, ?, ?, ?)',
        [randomUUID(), scope, key, id, now],
      );
    }
    return { id, code, name, status: 'ACTIVE', createdAt: iso(now) };
  });
}

// ---------------------------------------------------------------- HTTP

interface GraphQLBody {
  operationName?: string;
  variables?: Record<string, unknown>;
}

async function answer(db: Db, body: GraphQLBody, authorization: string | undefined): Promise<unknown> {
  const viewer = await identify(db, authorization);
  if (!viewer) throw new Refusal('UNAUTHENTICATED');
  const variables = body.variables ?? {};
  switch (body.operationName) {
    case 'BenchClientPage':
    case 'BenchClientSearch':
      return { data: { clients: await clientPage(db, viewer, variables) } };
    case 'BenchClientFile':
    case 'BenchClientFilePartner':
      return { data: { client: await clientFile(db, viewer, String(variables.id)) } };
    case 'BenchCreateClient':
      return { data: { createClient: { client: await createClient(db, viewer, variables.input as never) } } };
    default:
      throw new Refusal(
        'BAD_REQUEST',
        `the twin does not know the operation ${body.operationName ?? '(none)'}`,
      );
  }
}

async function main(): Promise<void> {
  const config = benchDatabase();
  const db = config.dialect === 'sqlite' ? sqliteDb(config.path) : mysqlDb(config);
  searchIndexes = await detectSearchIndexes(db);
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) {
      res.writeHead(404).end();
      return;
    }
    requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = (status: number, value: unknown) => {
        const text = JSON.stringify(value);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      };
      Promise.resolve()
        .then(() =>
          answer(
            db,
            JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLBody,
            req.headers.authorization,
          ),
        )
        .then(
          (value) => reply(200, value),
          (error: unknown) => {
            if (error instanceof Refusal) {
              reply(200, {
                errors: [{ message: error.message, extensions: { code: error.code } }],
                data: null,
              });
              return;
            }
            process.stderr.write(`twin: ${(error as Error).stack ?? String(error)}\n`);
            reply(500, {
              errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            });
          },
        );
    });
  });
  server.listen(0, '127.0.0.1', () => {
    serveParent(
      (server.address() as AddressInfo).port,
      () => ({ requests, statements }),
      async () => {
        server.close();
        await db.close();
      },
    );
  });
}

void main();
