/** The log names these tabs' fields with a prefix their forms do not have (`terms.creditLimit`). */
const SECTION = /^(terms|crm)\./;

/** What this person changed too, among the fields someone else saved meanwhile. */
export interface PendingChanges {
  /** By the log's path, written as the log writes values: text, references by id. */
  values: ReadonlyMap<string, string | null>;
  /** The names of the references chosen in the form (a parent client, account groups). */
  names: ReadonlyMap<string, string>;
}

/** The value at a log path in a form's values; an item index (`domains.2`) means the whole list. */
function valueAt(values: object, path: string): unknown {
  let current: unknown = values;
  for (const part of path.replace(SECTION, '').split('.')) {
    if (/^\d+$/.test(part)) break;
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const isRef = (value: unknown): value is { id: string; name: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { name?: unknown }).name === 'string';

/** A form value as the log would write it; undefined when it has no such form (a whole address). */
function asLogText(value: unknown, names: Map<string, string>): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRef(value)) {
    names.set(value.id, value.name);
    return value.id;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => {
        if (isRef(item)) {
          names.set(item.id, item.name);
          return item.id;
        }
        if (typeof item === 'object' && item !== null)
          return Object.values(item as Record<string, unknown>)
            .filter((part) => part !== null && part !== '')
            .join(' ');
        return String(item);
      })
      .filter(Boolean);
    return items.length > 0 ? items.join(', ') : null;
  }
  return undefined;
}

/**
 * Among the fields someone else saved meanwhile (`paths`, as the log names
 * them), those this edit changed as well, with the value typed here: the
 * conflict dialog shows theirs and mine side by side.
 */
export function pendingChanges(paths: readonly string[], base: object, draft: object): PendingChanges {
  const values = new Map<string, string | null>();
  const names = new Map<string, string>();
  for (const path of paths) {
    const before = valueAt(base, path);
    const after = valueAt(draft, path);
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const text = asLogText(after, names);
    if (text !== undefined) values.set(path, text);
  }
  return { values, names };
}
