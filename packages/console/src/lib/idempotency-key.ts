import { useCallback, useState } from 'react';
import { ErrorCode } from '@clientele/shared';
import type { ErrorSummary } from './graphql-errors';
import { randomId } from './random-id';

/**
 * The idempotency key of one thing being created, kept across retries so an
 * answer lost on the way does not create it twice. When the server says the
 * key came before with other values (the form was changed after an answer was
 * lost), the message shown says the first attempt may have gone through, and
 * the next attempt takes a new key: trying again is then a deliberate choice.
 */
export function useIdempotencyKey(): { key: string; afterRefusal: (summary: ErrorSummary) => void } {
  const [key, setKey] = useState(randomId);
  const afterRefusal = useCallback((summary: ErrorSummary) => {
    if (summary.codes.includes(ErrorCode.IDEMPOTENCY_KEY_REUSED)) setKey(randomId());
  }, []);
  return { key, afterRefusal };
}
