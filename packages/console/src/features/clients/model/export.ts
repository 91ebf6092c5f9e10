import type { Locale } from '@clientele/shared';
import { toView, type ClientListParams } from './list-params';

/** Where the API streams the whole view as CSV (every matching client, the columns shown, headings in `locale`). */
export const exportPath = (params: ClientListParams, locale: Locale): string =>
  `/exports/clients.csv?${new URLSearchParams({ lang: locale, view: JSON.stringify(toView(params)) }).toString()}`;
