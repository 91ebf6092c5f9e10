import {
  clientKindLabels,
  clientStatusLabels,
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
