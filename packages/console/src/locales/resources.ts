import { en } from './en';
import { fr } from './fr';

/**
 * Both languages at once, for tests and for the types of `t()`: the running
 * console loads one language at a time (`lib/i18n`), never from the network
 * beyond its own assets.
 */
export const resources = { en, fr } as const;

export type Namespace = keyof typeof en;

export const namespaces = Object.keys(en) as Namespace[];
