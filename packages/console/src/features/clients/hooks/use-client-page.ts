import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { findCursorAt } from '../api/clients-cursor-query';
import { useClientsQuery } from '../api/clients-query';
import { toClientFilter, toOrderBy, viewKey, type ClientListParams } from '../model/list-params';

interface CursorMap {
  view: string;
  /** Page index → the cursor that page starts after (page 0 needs none). */
  byPage: Record<number, string>;
}

/**
 * One page of the list over an API that only pages forward by cursor, the way
 * MUI's DataGrid documents it: remember each page's starting cursor as the
 * user moves on. A page reached by a link, with no cursor remembered, is
 * found by walking the list once.
 */
export function useClientPage(params: ClientListParams, onUnreachable: () => void) {
  const client = useApolloClient();
  const view = viewKey(params);
  const [cursors, setCursors] = useState<CursorMap>({ view, byPage: {} });
  const [walkError, setWalkError] = useState<unknown>(null);
  const [walkAttempt, setWalkAttempt] = useState(0);
  const known = cursors.view === view ? cursors.byPage : {};
  const after = params.page === 0 ? null : known[params.page];
  const walking = after === undefined;

  // Keyed on the view, not the object: a new params object for the same view must not refetch.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => toClientFilter(params), [view]);
  const orderBy = useMemo(() => toOrderBy(params), [params]);

  const remember = useCallback(
    (page: number, cursor: string) =>
      setCursors((current) => ({
        view,
        byPage: { ...(current.view === view ? current.byPage : {}), [page]: cursor },
      })),
    [view],
  );

  useEffect(() => {
    if (!walking) return;
    let cancelled = false;
    findCursorAt(client, { filter, orderBy }, params.page * params.size).then(
      (cursor) => {
        if (cancelled) return;
        if (cursor) remember(params.page, cursor);
        else onUnreachable();
      },
      (error: unknown) => {
        if (!cancelled) setWalkError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [walking, walkAttempt, client, filter, orderBy, params.page, params.size, remember, onUnreachable]);

  const result = useClientsQuery({ first: params.size, after, filter, orderBy }, { skip: walking });
  const connection = result.data?.clients;

  /** Called before moving to the next page, while this page's end cursor is at hand. */
  const rememberNext = useCallback(() => {
    const end = connection?.pageInfo.endCursor;
    if (end) remember(params.page + 1, end);
  }, [connection, params.page, remember]);

  const { refetch } = result;
  const retry = useCallback(() => {
    if (walking) {
      setWalkError(null);
      setWalkAttempt((attempt) => attempt + 1);
    } else {
      // A failed refetch shows through `error`; the rejection itself carries nothing more.
      refetch().catch(() => undefined);
    }
  }, [walking, refetch]);

  return {
    connection,
    /** The last known rows and total, kept while the next page loads so the grid does not flash empty. */
    previous: result.previousData?.clients,
    loading: (walking && !walkError) || result.loading,
    error: walkError ?? result.error,
    rememberNext,
    retry,
  };
}
