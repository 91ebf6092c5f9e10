/**
 * The one error model of Clientele. Every GraphQL error carries one of
 * `ErrorCode` in `extensions.code`; input errors also carry
 * `extensions.fields: FieldError[]`, one per refused field.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /**
   * An `idempotencyKey` already used, within the last 24 hours, with another
   * request: nothing was written (`extensions.idempotencyKey` names it).
   */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Why one field was refused: machine-readable, stable, translated by `labels.ts`. */
export enum FieldErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_CHOICE = 'INVALID_CHOICE',
  ALREADY_TAKEN = 'ALREADY_TAKEN',
  /** A number or date outside its allowed range (`params.min`, `params.max`). */
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  /** An id that names nothing the caller may use (deleted, missing, or itself). */
  INVALID_REFERENCE = 'INVALID_REFERENCE',
  /** The same value twice in one list. */
  DUPLICATE = 'DUPLICATE',
  /** Too many items in a list (`params.max`). */
  TOO_MANY = 'TOO_MANY',
  /** A password too easy to guess. */
  TOO_WEAK = 'TOO_WEAK',
  /** A plan the partner's certifications do not allow (`params.certification`). */
  CERTIFICATION_REQUIRED = 'CERTIFICATION_REQUIRED',
}

/** One refused field, as the API returns it and the console shows it under the field. */
export interface FieldError {
  /** Dotted path from the mutation's arguments, e.g. `input.name`. */
  path: string;
  code: FieldErrorCode;
  /** Human message in the caller's language. */
  message: string;
}

/** Parameters a field error message may need (limits, the taken value…). */
export type FieldErrorParams = Record<string, string | number>;
