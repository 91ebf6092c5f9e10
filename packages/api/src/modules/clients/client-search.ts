import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { foldText } from '@clientele/shared';
import type { Client } from './client.entity';

/**
 * Searching the client list as people type: each word typed must begin a word
 * of the client — of its code, name, legal name or email, of one of its email
 * domains, or of the name or email of one of its contacts (a partner: of its
 * name only, all it may search by) — whatever the case and accents. Words are
 * found through full-text indexes (`FT_*` on MySQL/MariaDB, the `*_search`
 * FTS5 tables on SQLite, see the AddSearchIndexes migrations) over the folded
 * keys the services keep, so a search costs the matches, not the table.
 */

/** At most this many words of a search count: more narrow nothing a person would type. */
export const MAX_SEARCH_WORDS = 8;

/** InnoDB indexes words of three characters or more (`innodb_ft_min_token_size`). */
const MYSQL_MIN_TOKEN = 3;

export type SearchIn = 'everything' | 'name';

/**
 * The index tokens of a typed word: letters and digits only, the way both
 * full-text parsers cut text (`jeanne.tremblay@x.example` is four words).
 */
export function searchTokens(word: string): string[] {
  return word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of a search, folded, at most `MAX_SEARCH_WORDS`. */
export function searchWords(search: string | null | undefined): string[] {
  return foldText(search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
}

/** Adds one condition per word of `search` to a query on `client c`. */
export function applySearch(
  qb: SelectQueryBuilder<Client>,
  search: string | null | undefined,
  searchIn: SearchIn,
) {
  const sqlite = qb.connection.driver.options.type === 'better-sqlite3';
  searchWords(search).forEach((word, index) => {
    const tokens = searchTokens(word);
    const p = `search${index}`;
    if (tokens.length === 0) {
      // Signs alone (`%`, `#`) are no word an index knows: looked for as written, the slow way.
      qb.andWhere(`${searchIn === 'name' ? 'c.name_key' : 'c.search_key'} LIKE :${p}like ESCAPE '!'`, {
        [`${p}like`]: `%${escapeLike(word)}%`,
      });
      return;
    }
    const params = {
      [`${p}q`]: sqlite ? fts5Query(tokens) : innodbQuery(tokens),
      [`${p}prefix`]: `${escapeLike(word)}%`,
      [`${p}like`]: `%${escapeLike(word)}%`,
    };
    // InnoDB leaves out words under three characters: a word that holds one is checked whole besides,
    // and a word of short ones only (`50%`, `b`) is looked for as written, the slow way.
    const short = !sqlite && tokens.some((token) => token.length < MYSQL_MIN_TOKEN);
    const indexed = sqlite || tokens.some((token) => token.length >= MYSQL_MIN_TOKEN);
    const like = (...columns: string[]) =>
      `(${columns.map((column) => `${column} LIKE :${p}like ESCAPE '!'`).join(' OR ')})`;
    const match = (columns: string[], fts5: string) =>
      sqlite
        ? fts5
        : indexed
          ? `MATCH(${columns.join(', ')}) AGAINST (:${p}q IN BOOLEAN MODE)${short ? ` AND ${like(...columns)}` : ''}`
          : like(...columns);
    if (searchIn === 'name') {
      qb.andWhere(
        sqlite
          ? `c.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH '{name_key} : ' || :${p}q)`
          : `c.id IN (SELECT f.id FROM client f WHERE ${match(['f.name_key'], '')})`,
        params,
      );
      return;
    }
    qb.andWhere(
      new Brackets((any) => {
        any
          .where(
            sqlite
              ? `c.rowid IN (SELECT rowid FROM client_search WHERE client_search MATCH '{search_key} : ' || :${p}q)`
              : `c.id IN (SELECT f.id FROM client f WHERE ${match(['f.search_key'], '')})`,
          )
          // Domains are one word each: their own index finds them by their beginning.
          .orWhere(
            `c.id IN (SELECT d.client_id FROM client_domain d WHERE d.domain LIKE :${p}prefix ESCAPE '!')`,
          )
          .orWhere(
            `c.id IN (SELECT cc.client_id FROM client_contact cc INNER JOIN contact ct ON ct.id = cc.contact_id
               WHERE ct.deleted_at IS NULL AND ${match(
                 ['ct.name_key', 'ct.email_key'],
                 `ct.rowid IN (SELECT rowid FROM contact_search WHERE contact_search MATCH :${p}q)`,
               )})`,
          );
      }),
      params,
    );
  });
}

/** `+jeanne* +tremblay*`: every indexed token begins a word. Tokens are letters and digits: nothing to escape. */
function innodbQuery(tokens: string[]): string {
  return tokens
    .filter((token) => token.length >= MYSQL_MIN_TOKEN)
    .map((token) => `+${token}*`)
    .join(' ');
}

/** `("jeanne"* AND "tremblay"*)`: every token begins a word (FTS5's own query syntax). */
function fts5Query(tokens: string[]): string {
  return `(${tokens.map((token) => `"${token}"*`).join(' AND ')})`;
}

/** `!` is the escape character: a backslash is read differently by MySQL and SQLite. */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
