import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { fieldForPath, matchFieldErrors, splitFieldErrors, summarizeError } from './graphql-errors';

const fallback = { network: 'Cannot reach the server.', unexpected: 'Something went wrong.' };

const graphQLErrors = (...errors: object[]) =>
  new CombinedGraphQLErrors({ data: null, errors: errors as CombinedGraphQLErrors['errors'] });

const serverError = (status: number, bodyText: string) =>
  new ServerError('Response not successful', { response: { status } as Response, bodyText });

describe('summarizeError', () => {
  it('tells a person their first attempt may have gone through when an idempotency key came back changed', () => {
    const error = graphQLErrors({
      message: 'The idempotency key "k-1" was already used, in the last 24 hours, with a different request.',
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: 'k-1' },
    });
    expect(summarizeError(error, { ...fallback, alreadySent: 'It may already be saved.' })).toEqual({
      fields: {},
      general: ['It may already be saved.'],
      codes: ['IDEMPOTENCY_KEY_REUSED'],
    });
    // Without the console's words, the server's.
    expect(summarizeError(error, fallback).general[0]).toContain('"k-1"');
  });

  it('keys field errors by their path without the input prefix', () => {
    const error = graphQLErrors({
      message: 'Certains champs sont invalides.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'input.code', code: 'ALREADY_TAKEN', message: '«\u00a08005551\u00a0» est déjà utilisé.' },
          {
            path: 'input.billingAddress.postalCode',
            code: 'INVALID_FORMAT',
            message: 'Format invalide (attendu\u00a0: A1A 1A1).',
          },
        ],
      },
    });
    expect(summarizeError(error, fallback)).toEqual({
      fields: {
        code: '«\u00a08005551\u00a0» est déjà utilisé.',
        'billingAddress.postalCode': 'Format invalide (attendu\u00a0: A1A 1A1).',
      },
      general: [],
      codes: ['BAD_USER_INPUT'],
    });
  });

  it('keeps the first message when a field is refused twice', () => {
    const error = graphQLErrors({
      message: 'Some fields are invalid.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { path: 'input.name', code: 'REQUIRED', message: 'This field is required.' },
          { path: 'input.name', code: 'TOO_LONG', message: 'At most 200 characters.' },
        ],
      },
    });
    expect(summarizeError(error, fallback).fields).toEqual({ name: 'This field is required.' });
  });

  it('gives the request id of an internal error, with its message as a general one', () => {
    const error = graphQLErrors({
      message: 'An unexpected error occurred.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
    });
    expect(summarizeError(error, fallback)).toEqual({
      fields: {},
      general: ['An unexpected error occurred.'],
      requestId: 'req-42',
      codes: ['INTERNAL_SERVER_ERROR'],
    });
  });

  it('treats a BAD_USER_INPUT without fields (a malformed query) as a general error', () => {
    const error = graphQLErrors({
      message: 'Variable "$first" got invalid value "x"',
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(summarizeError(error, fallback).general).toEqual(['Variable "$first" got invalid value "x"']);
  });

  it('lists each general message once and ignores malformed field entries', () => {
    const error = graphQLErrors(
      { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
      { message: 'Not found.', extensions: { code: 'NOT_FOUND' } },
      {
        message: 'Some fields are invalid.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 3 }, null] },
      },
    );
    const summary = summarizeError(error, fallback);
    expect(summary.general).toEqual(['Not found.', 'Some fields are invalid.']);
    expect(summary.fields).toEqual({});
    expect(summary.codes).toEqual(['NOT_FOUND', 'BAD_USER_INPUT']);
  });

  it('reads GraphQL errors out of a non-2xx response body', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(summarizeError(serverError(401, body), fallback)).toEqual({
      fields: {},
      general: ['Please sign in.'],
      codes: ['UNAUTHENTICATED'],
    });
  });

  it('says the server is unreachable for a gateway error or a failed fetch', () => {
    expect(summarizeError(serverError(502, '<html>Bad gateway</html>'), fallback).general).toEqual([
      fallback.network,
    ]);
    expect(summarizeError(new TypeError('Failed to fetch'), fallback).general).toEqual([fallback.network]);
  });

  it('falls back to a generic message for anything else', () => {
    expect(summarizeError(serverError(500, 'oops'), fallback).general).toEqual([fallback.unexpected]);
    expect(summarizeError(new Error('boom'), fallback)).toEqual({
      fields: {},
      general: [fallback.unexpected],
      codes: [],
    });
  });
});

describe('splitFieldErrors', () => {
  it('separates the fields a form shows from those it does not', () => {
    const { matched, unmatched } = splitFieldErrors(
      { name: 'Required.', 'billingAddress.city': 'Too long.', tags: 'Too many.' },
      ['name', 'billingAddress.city'],
    );
    expect(matched).toEqual({ name: 'Required.', 'billingAddress.city': 'Too long.' });
    expect(unmatched).toEqual([{ path: 'tags', message: 'Too many.' }]);
  });
});

describe('conflicts', () => {
  it('keeps what a CONFLICT says changed, and the versions', () => {
    const error = graphQLErrors({
      message: 'Someone else changed this data in the meantime.',
      extensions: {
        code: 'CONFLICT',
        currentVersion: 5,
        yourVersion: 3,
        changedFields: ['phone', 'terms.creditLimit', 42],
      },
    });
    const summary = summarizeError(error, fallback);
    expect(summary.conflict).toEqual({
      currentVersion: 5,
      yourVersion: 3,
      changedFields: ['phone', 'terms.creditLimit'],
    });
    expect(summary.codes).toEqual(['CONFLICT']);
  });

  it('has none for a CONFLICT about state (a deleted client)', () => {
    const error = graphQLErrors({ message: 'Deleted.', extensions: { code: 'CONFLICT', reason: 'DELETED' } });
    expect(summarizeError(error, fallback).conflict).toBeUndefined();
  });
});

describe('fieldForPath and matchFieldErrors', () => {
  const known = ['domains', 'businessNumbers', 'businessNumbers.1.value', 'billingAddress.postalCode'];

  it('puts an item of a list under the list, or under the item’s own field when shown', () => {
    expect(fieldForPath('domains.2', known)).toBe('domains');
    expect(fieldForPath('businessNumbers.1.value', known)).toBe('businessNumbers.1.value');
    expect(fieldForPath('businessNumbers.3.value', known)).toBe('businessNumbers');
    expect(fieldForPath('billingAddress.city', known)).toBeUndefined();
    // A name that merely starts like a field is not under it.
    expect(fieldForPath('domainsExtra', known)).toBeUndefined();
  });

  it('keeps the first message of each field and returns the rest as unmatched', () => {
    const { matched, unmatched } = matchFieldErrors(
      { 'domains.0': 'Invalid.', 'domains.3': 'Taken.', tags: 'Too many.' },
      known,
    );
    expect(matched).toEqual({ domains: 'Invalid.' });
    expect(unmatched).toEqual([{ path: 'tags', message: 'Too many.' }]);
  });
});
