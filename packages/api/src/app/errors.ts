import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import {
  DEFAULT_LOCALE,
  ErrorCode,
  FieldErrorCode,
  errorCodeMessages,
  fieldErrorMessage,
  type FieldError,
  type FieldErrorParams,
  type Locale,
} from '@clientele/shared';
import { logger } from './logger';
import { currentScope } from './request-context';
import { decodeIssue } from './validation';

/**
 * The one error model (see `ErrorCode` in the shared package). Services throw
 * `AppError`s; `formatError` turns everything else into one of them, so a
 * caller only ever sees a known code, and never a stack trace.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    options: { message?: string; fields?: FieldError[]; details?: Record<string, unknown> } = {},
  ) {
    const locale = currentScope()?.locale ?? DEFAULT_LOCALE;
    super(options.message ?? errorCodeMessages[locale][code], {
      extensions: {
        code,
        ...(options.fields ? { fields: options.fields } : {}),
        ...options.details,
      },
    });
  }
}

/**
 * The same refusal with its fields named as the caller named them: a check
 * made on a deprecated field's name (`input.contractEnd`) reported on the
 * field sent in its place (`input.contractEndsOn`).
 */
export function withFieldsRenamed(error: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof AppError) || !Array.isArray(error.extensions.fields)) return error;
  const fields = (error.extensions.fields as FieldError[]).map((field) => ({
    ...field,
    path: names[field.path] ?? field.path,
  }));
  return new AppError(error.code, { message: error.message, fields });
}

/** One refused field, in the caller's language. */
export function fieldError(path: string, code: FieldErrorCode, params?: FieldErrorParams): FieldError {
  const locale = currentScope()?.locale ?? DEFAULT_LOCALE;
  return { path, code, message: fieldErrorMessage(locale, code, params) };
}

export const badUserInput = (fields: FieldError[]) => new AppError(ErrorCode.BAD_USER_INPUT, { fields });
export const notFound = () => new AppError(ErrorCode.NOT_FOUND);

/** Flattens class-validator's tree into `input.address.city`-style paths. */
export function fieldErrorsFromValidation(
  errors: readonly ValidationError[],
  locale: Locale,
  prefix = 'input',
): FieldError[] {
  return errors.flatMap((error) => {
    const path = `${prefix}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      const issue = decodeIssue(message) ?? { code: FieldErrorCode.INVALID_FORMAT };
      return { path, code: issue.code, message: fieldErrorMessage(locale, issue.code, issue.params) };
    });
    return [...own, ...fieldErrorsFromValidation(error.children ?? [], locale, path)];
  });
}

/** GraphQL's own request errors (unparsable query, unknown field, wrong variable type). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Apollo's `formatError`: every error leaves with a code from the shared list. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const scope = currentScope();
  const locale = scope?.locale ?? DEFAULT_LOCALE;
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    // `http` sets the response's status (Apollo reads it); it is not for the caller to read.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  const validationErrors = (original as GraphQLError | undefined)?.extensions?.validationErrors;
  if (Array.isArray(validationErrors)) {
    return {
      ...base,
      message: errorCodeMessages[locale].BAD_USER_INPUT,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        fields: fieldErrorsFromValidation(validationErrors as ValidationError[], locale),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    // The message names the query's own fields and types: useful, and reveals nothing.
    return {
      ...base,
      message: formatted.message,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
    };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return {
    ...base,
    message: errorCodeMessages[locale].INTERNAL_SERVER_ERROR,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: scope?.requestId },
  };
}
