/**
 * Answers compared before any load: the twin is only a yardstick if it
 * answers what the API answers. Objects are compared key by key (order
 * aside), arrays item by item; Q4 compares shapes (keys and types), since
 * each call creates a different client.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The JSON with every leaf replaced by its type. */
export function shapeOf(value: Json): Json {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  }
  return value === null ? 'null' : typeof value;
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/** The differences between two answers, as `path: api … ≠ twin …`, at most `limit` of them. */
export function differences(api: unknown, twin: unknown, limit = 8): string[] {
  const out: string[] = [];
  let more = 0;
  const walk = (a: unknown, b: unknown, path: string) => {
    if (Object.is(a, b)) return;
    const bothArrays = Array.isArray(a) && Array.isArray(b);
    const bothObjects =
      !bothArrays &&
      a !== null &&
      b !== null &&
      typeof a === 'object' &&
      typeof b === 'object' &&
      !Array.isArray(a) &&
      !Array.isArray(b);
    if (bothArrays) {
      if (a.length !== b.length) {
        if (out.length < limit) out.push(`${path}: ${a.length} items ≠ ${b.length} items`);
        else more += 1;
      }
      for (let i = 0; i < Math.min(a.length, b.length); i += 1) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    if (bothObjects) {
      const left = a as Record<string, unknown>;
      const right = b as Record<string, unknown>;
      for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
        walk(left[key], right[key], path ? `${path}.${key}` : key);
      }
      return;
    }
    if (out.length < limit) out.push(`${path}: api ${show(a)} ≠ twin ${show(b)}`);
    else more += 1;
  };
  walk(api, twin, '');
  if (more) out.push(`… and ${more} more`);
  return out;
}
