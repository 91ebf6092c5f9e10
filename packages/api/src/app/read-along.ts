/**
 * Rows read along with their parent (a page's CRM rows, a link's contact),
 * kept on the parent object under a symbol — invisible to GraphQL and to
 * JSON — so the field resolver hands them back at once. Through a loader the
 * same row would still come back as a promise, and a page of 50 clients with
 * their contacts would make hundreds of promises (and their garbage) for rows
 * already in hand.
 */
const along = Symbol('read along');

type Held = Map<string, unknown>;

/** Keeps `value` (null for "read, and there is none") as `object`'s `relation`. */
export function keepAlong(object: object, relation: string, value: unknown): void {
  const holder = object as { [along]?: Held };
  (holder[along] ??= new Map()).set(relation, value);
}

/** What was kept as `object`'s `relation`, or `fetch()` when nothing was. */
export function readAlong<T>(object: object, relation: string, fetch: () => T | Promise<T>): T | Promise<T> {
  const held = (object as { [along]?: Held })[along];
  return held?.has(relation) ? (held.get(relation) as T) : fetch();
}
