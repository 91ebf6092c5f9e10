import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseListParams, toSearchParams, type ClientListParams } from '../model/list-params';

/**
 * The list's view, read from and written to the query string. Typing in the
 * search box replaces the history entry instead of adding one per keystroke.
 */
export function useClientListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search), [search]);
  // React Router hands a functional update the query string of the last render, so two changes
  // in one tick (columns applied, then the grid settling its page) would undo each other: each
  // change builds on the one before it, whether or not the page has rendered it yet.
  const latest = useRef(params);
  // Back, Forward or a link changed the address: that is the view now.
  // Before any child's effect can ask for a change on top of it.
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (change: Partial<ClientListParams>, options: { replace?: boolean } = {}) => {
      latest.current = { ...latest.current, ...change };
      setSearch(toSearchParams(latest.current), options);
    },
    [setSearch],
  );

  return [params, update] as const;
}
