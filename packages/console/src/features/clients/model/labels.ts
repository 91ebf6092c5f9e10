import {
  clientKindLabels,
  clientRegardLabels,
  clientStatusLabels,
  languageLabels,
  lifecycleLabels,
  type ClientKind,
  type ClientStatus,
  type Lifecycle,
  type Locale,
} from '@clientele/shared';

// The API sends enum values as plain strings; the shared tables hold their labels.
export const statusLabel = (status: ClientStatus | `${ClientStatus}`, locale: Locale): string =>
  clientStatusLabels[locale][status as ClientStatus] ?? status;

export const kindLabel = (kind: ClientKind | `${ClientKind}`, locale: Locale): string =>
  clientKindLabels[locale][kind as ClientKind] ?? kind;

export const lifecycleLabel = (lifecycle: Lifecycle | `${Lifecycle}`, locale: Locale): string =>
  lifecycleLabels[locale][lifecycle as Lifecycle] ?? lifecycle;

/** Colour for a status: good standing is quiet, suspension asks for attention. */
export const statusColor = (status: string): 'success' | 'warning' | 'default' =>
  status === 'ACTIVE' ? 'success' : status === 'SUSPENDED' ? 'warning' : 'default';

/** A label from one of the shared tables, or the value itself when the API sent something newer. */
export function labelFrom<E extends string>(
  table: Record<Locale, Record<E, string>>,
  value: string | null | undefined,
  locale: Locale,
): string {
  if (!value) return '';
  return (table[locale] as Record<string, string>)[value] ?? value;
}

/** The API spells languages `FR` / `EN`; the shared labels use `fr` / `en`. */
export const languageLabel = (language: string, locale: Locale): string =>
  labelFrom(languageLabels, language.toLowerCase(), locale);

export const regardLabel = (regard: string, locale: Locale): string =>
  labelFrom(clientRegardLabels, regard, locale);

/** Colour for how we regard a client: the two that call for care stand out. */
export const regardColor = (regard: string): 'success' | 'warning' | 'error' | 'default' =>
  regard === 'PREFERRED'
    ? 'success'
    : regard === 'WATCH'
      ? 'warning'
      : regard === 'DO_NOT_SERVE'
        ? 'error'
        : 'default';

/** Health of the relationship: green, amber, red. */
export const healthColor = (health: string): 'success' | 'warning' | 'error' | 'default' =>
  health === 'HAPPY'
    ? 'success'
    : health === 'DOING_OKAY'
      ? 'warning'
      : health === 'AT_RISK'
        ? 'error'
        : 'default';

/** Tiers from quiet to prominent. */
export const tierColor = (tier: string): 'default' | 'info' | 'secondary' =>
  tier === 'ENTERPRISE' ? 'secondary' : tier === 'PREMIUM' ? 'info' : 'default';
