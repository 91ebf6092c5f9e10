import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClientsQuery } from '../api/clients-query';
import { toClientFilter, toOrderBy, viewKey, type ClientListParams } from '../model/list-params';

interface CursorMap {
  view: string;
  /** Page index → the cursor that page starts after (page 0 needs none). */
  byPage: Record<number, string>;
}

/**
 * One page of the list. Moving on from a page starts after its end cursor
 * (the API pages by keyset, so page 4 000 costs what page 1 does); a page
 * reached by a link, with no cursor remembered, is asked for by its offset, in
 * one query, however deep.
 */
export function useClientPage(params: ClientListParams, onUnreachable: () => void) {
  const view = viewKey(params);
  const [cursors, setCursors] = useState<CursorMap>({ view, byPage: {} });
  const known = cursors.view === view ? cursors.byPage : {};
  const after = params.page === 0 ? null : (known[params.page] ?? null);
  const offset = params.page > 0 && after === null ? params.page * params.size : null;

  // Keyed on the view, not the object: a new params object for the same view must not refetch.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => toClientFilter(params), [view]);
  const orderBy = useMemo(() => toOrderBy(params), [params]);

  const result = useClientsQuery({ first: params.size, after, offset, filter, orderBy });
  const connection = result.data?.clients;

  // A link to a page past the end (the list shrank since) has nothing to show: the caller goes back.
  useEffect(() => {
    if (connection && params.page > 0 && connection.edges.length === 0) onUnreachable();
  }, [connection, params.page, onUnreachable]);

  /** Called before moving to the next page, while this page's end cursor is at hand. */
  const rememberNext = useCallback(() => {
    const end = connection?.pageInfo.endCursor;
    if (!end) return;
    setCursors((current) => ({
      view,
      byPage: { ...(current.view === view ? current.byPage : {}), [params.page + 1]: end },
    }));
  }, [connection, params.page, view]);

  const { refetch } = result;
  const retry = useCallback(() => {
    // A failed refetch shows through `error`; the rejection itself carries nothing more.
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    connection,
    /** The last known rows and total, kept while the next page loads so the grid does not flash empty. */
    previous: result.previousData?.clients,
    loading: result.loading,
    error: result.error,
    rememberNext,
    retry,
  };
}
