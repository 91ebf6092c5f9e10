import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Locale } from '@clientele/shared';

/**
 * What every line of work done for one HTTP request needs to know, without
 * threading it through every call: the request id (on every log line and every
 * internal error) and the caller's language (for every message).
 */
export interface RequestScope {
  requestId: string;
  locale: Locale;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** A caller-supplied id is kept when it is short and plain, so traces join across services. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,64}$/.test(value) ? value : randomUUID();
}
