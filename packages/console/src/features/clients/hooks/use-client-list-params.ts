import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseListParams, toSearchParams, type ClientListParams } from '../model/list-params';

/**
 * The list's view, read from and written to the query string. Typing in the
 * search box replaces the history entry instead of adding one per keystroke.
 */
export function useClientListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);

  const update = useCallback(
    (change: Partial<ClientListParams>, options: { replace?: boolean } = {}) => {
      setSearch((current) => toSearchParams({ ...parseListParams(current), ...change }), options);
    },
    [setSearch],
  );

  return [params, update] as const;
}
