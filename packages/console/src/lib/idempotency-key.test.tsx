import { act, renderHook } from '@testing-library/react';
import { useIdempotencyKey } from './idempotency-key';

describe('useIdempotencyKey', () => {
  it('keeps its key across refusals, and takes a new one once the server says it came back changed', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.key;
    act(() =>
      result.current.afterRefusal({ fields: { name: 'Required.' }, general: [], codes: ['BAD_USER_INPUT'] }),
    );
    expect(result.current.key).toBe(first);
    act(() => result.current.afterRefusal({ fields: {}, general: ['…'], codes: ['IDEMPOTENCY_KEY_REUSED'] }));
    expect(result.current.key).not.toBe(first);
  });
});
