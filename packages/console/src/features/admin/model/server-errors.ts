import type { ErrorSummary } from '@/lib/graphql-errors';
import { matchFieldErrors } from '@/lib/graphql-errors';

/**
 * A failed save, split for a form: messages under the fields it shows, and
 * everything else (other fields, general refusals) for its alert, so nothing
 * the server said is lost.
 */
export function formErrors(
  summary: ErrorSummary,
  known: readonly string[],
): { fields: Record<string, string>; general: string[] } {
  const { matched, unmatched } = matchFieldErrors(summary.fields, known);
  const general = [...unmatched.map((u) => u.message)];
  if (Object.keys(summary.fields).length === 0) general.push(...summary.general);
  return { fields: matched, general };
}
