import { useState } from 'react';
import type { Locale } from '@clientele/shared';
import { intlLocale } from '@/lib/format';

export const OUTBOX_PAGE_SIZE = 25;

/**
 * Keyset pages go forward by cursor only; going back means remembering the
 * cursor each earlier page started after. `starts[i]` is page i's `after`.
 */
export interface PageCursors {
  starts: (string | null)[];
}

export const firstPage = (): PageCursors => ({ starts: [null] });
export const nextPage = (state: PageCursors, endCursor: string | null): PageCursors =>
  endCursor ? { starts: [...state.starts, endCursor] } : state;
export const previousPage = (state: PageCursors): PageCursors =>
  state.starts.length > 1 ? { starts: state.starts.slice(0, -1) } : state;

/** "26–50 of 112" / "26–50 sur 112". */
export function pageLabel(page: number, size: number, shown: number, total: number, locale: Locale): string {
  const number = new Intl.NumberFormat(intlLocale(locale));
  if (total === 0 || shown === 0) return locale === 'fr' ? '0 sur 0' : '0 of 0';
  const from = page * size + 1;
  const to = page * size + shown;
  return `${number.format(from)}–${number.format(to)} ${locale === 'fr' ? 'sur' : 'of'} ${number.format(total)}`;
}

/** The cursors of the pages seen so far, and the moves between them. */
export function usePageCursors() {
  const [state, setState] = useState<PageCursors>(firstPage);
  return {
    page: state.starts.length - 1,
    after: state.starts.at(-1) ?? null,
    next: (endCursor: string | null) => setState((current) => nextPage(current, endCursor)),
    back: () => setState(previousPage),
    reset: () => setState(firstPage()),
  };
}
