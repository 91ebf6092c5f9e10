import type { FieldChange } from './activity.entity';

/** Long texts (notes, descriptions) are kept in the log up to this many characters. */
const MAX_TEXT = 2000;

/** A value as the activity log shows it: text, or null when empty. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) {
    if (value.length === 0) return null;
    text = value
      .map((v) => (typeof v === 'object' && v !== null ? Object.values(v).join(' ') : String(v)))
      .join(', ');
  } else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Field-by-field differences between two states of a record, for the fields
 * named; nested objects (addresses) are compared part by part
 * (`billingAddress.city`).
 */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
  prefix = '',
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before?.[field];
    const next = after?.[field];
    if (isPlainObject(old) || isPlainObject(next)) {
      const keys = [...new Set([...Object.keys(old ?? {}), ...Object.keys(next ?? {})])];
      changes.push(
        ...fieldChanges(
          (old as Record<string, unknown>) ?? null,
          (next as Record<string, unknown>) ?? null,
          keys,
          `${prefix}${field}.`,
        ),
      );
      continue;
    }
    const a = asText(old);
    const b = asText(next);
    if (a !== b) changes.push({ field: `${prefix}${field}`, before: a, after: b });
  }
  return changes;
}
