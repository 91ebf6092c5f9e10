import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@clientele/shared';
import type { GraphQLFormattedError } from 'graphql';

/** What a screen needs to show about a failed operation. */
export interface ErrorSummary {
  /** Server messages keyed by field path without the `input.` prefix (`billingAddress.postalCode`). */
  fields: Record<string, string>;
  /** Messages that belong to no field, ready to show. */
  general: string[];
  /** Given with internal errors, so support can find the request in the logs. */
  requestId?: string;
  /** The codes received (`BAD_USER_INPUT`, `NOT_FOUND`…), for screens that react to one. */
  codes: string[];
  /** With a CONFLICT on a version: what changed since the version the caller read. */
  conflict?: ConflictDetails;
}

/** What a CONFLICT on a stale version tells: the versions, and the fields changed in between. */
export interface ConflictDetails {
  currentVersion: number | null;
  yourVersion: number | null;
  /** Paths as the activity log names them (`phone`, `billingAddress.city`, `terms.creditLimit`). */
  changedFields: string[];
}

/** Texts for failures the server did not describe (it was unreachable, or answered nonsense). */
export interface FallbackMessages {
  network: string;
  unexpected: string;
  /**
   * `IDEMPOTENCY_KEY_REUSED`, as a person reads it: their first attempt may have
   * gone through (the server's words are for programs, which choose their keys).
   */
  alreadySent?: string;
}

const INPUT_PREFIX = /^input\./;

interface FieldErrorShape {
  path: string;
  message: string;
}

function isFieldError(value: unknown): value is FieldErrorShape {
  const candidate = value as Partial<FieldErrorShape> | null;
  return typeof candidate?.path === 'string' && typeof candidate.message === 'string';
}

function summarize(errors: readonly GraphQLFormattedError[], fallback: FallbackMessages): ErrorSummary {
  const summary: ErrorSummary = { fields: {}, general: [], codes: [] };
  const general = new Set<string>();
  for (const error of errors) {
    const extensions = error.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    if (code && !summary.codes.includes(code)) summary.codes.push(code);
    if (typeof extensions.requestId === 'string') summary.requestId ??= extensions.requestId;
    if (code === ErrorCode.CONFLICT && Array.isArray(extensions.changedFields)) {
      summary.conflict ??= {
        currentVersion: typeof extensions.currentVersion === 'number' ? extensions.currentVersion : null,
        yourVersion: typeof extensions.yourVersion === 'number' ? extensions.yourVersion : null,
        changedFields: extensions.changedFields.filter((field): field is string => typeof field === 'string'),
      };
    }

    const fields = Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldError) : [];
    for (const field of fields) {
      const path = field.path.replace(INPUT_PREFIX, '');
      // The first refusal of a field is the one to fix first; the rest follow on the next try.
      summary.fields[path] ??= field.message;
    }
    if (code === ErrorCode.IDEMPOTENCY_KEY_REUSED && fallback.alreadySent) general.add(fallback.alreadySent);
    else if (fields.length === 0) general.add(error.message || fallback.unexpected);
  }
  summary.general = [...general];
  return summary;
}

/** The GraphQL errors inside a non-2xx response, when the body is a GraphQL response at all. */
function errorsInBody(bodyText: string): GraphQLFormattedError[] | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) && body.errors.length > 0
      ? (body.errors as GraphQLFormattedError[])
      : null;
  } catch {
    return null;
  }
}

/**
 * Turns whatever an Apollo operation rejected with into messages for the
 * screen: field errors under their fields, the rest in an alert.
 */
export function summarizeError(error: unknown, fallback: FallbackMessages): ErrorSummary {
  if (CombinedGraphQLErrors.is(error)) return summarize(error.errors, fallback);
  if (ServerError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (errors) return summarize(errors, fallback);
    // A proxy's 502 while the API restarts reads, to the user, as "cannot reach the server".
    const unreachable = error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504;
    return {
      fields: {},
      general: [unreachable ? fallback.network : fallback.unexpected],
      codes: unreachable ? [] : [ErrorCode.INTERNAL_SERVER_ERROR],
    };
  }
  // fetch() rejects with a TypeError when the network or the server is down.
  if (error instanceof TypeError) return { fields: {}, general: [fallback.network], codes: [] };
  return { fields: {}, general: [fallback.unexpected], codes: [] };
}

/**
 * Splits field errors into those a form shows under a field and the others,
 * which would otherwise be lost: a form shows those in its alert.
 */
export function splitFieldErrors(
  fields: Record<string, string>,
  known: readonly string[],
): { matched: Record<string, string>; unmatched: { path: string; message: string }[] } {
  const matched: Record<string, string> = {};
  const unmatched: { path: string; message: string }[] = [];
  for (const [path, message] of Object.entries(fields)) {
    if (known.includes(path)) matched[path] = message;
    else unmatched.push({ path, message });
  }
  return { matched, unmatched };
}

/**
 * The field of a form a server path belongs to: the longest known field that
 * is the path or one of its parents, so `domains.2` lands under `domains` and
 * `businessNumbers.1.value` under that row's value when the form shows it.
 */
export function fieldForPath(path: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of known) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > (best?.length ?? -1)) best = field;
  }
  return best;
}

/**
 * Like `splitFieldErrors`, but a path under a known field (an item of a list)
 * goes to that field; when several land on one field, the first is kept.
 */
export function matchFieldErrors(
  fields: Record<string, string>,
  known: readonly string[],
): { matched: Record<string, string>; unmatched: { path: string; message: string }[] } {
  const matched: Record<string, string> = {};
  const unmatched: { path: string; message: string }[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldForPath(path, known);
    if (field) matched[field] ??= message;
    else unmatched.push({ path, message });
  }
  return { matched, unmatched };
}

export const hasCode = (summary: ErrorSummary, code: ErrorCode): boolean => summary.codes.includes(code);
