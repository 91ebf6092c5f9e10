import { useCallback, useState } from 'react';
import type { Namespace, TFunction } from 'i18next';

/**
 * How to word a notice, given the `t` of the component that shows it. Words made
 * with `t` when the action ends stay in that moment's language; a wording called
 * at each render follows a change of language while the notice is on screen.
 * Words from the server (already in the caller's language) are `() => text`.
 */
export type Wording<Ns extends Namespace> = (t: TFunction<Ns>) => string;

/**
 * A notice (a snackbar's confirmation) held as how to word it, not as words:
 * `say((t) => t('primary.done', { name }))` shows one, the render shows
 * `notice(t)` with its own `t`, and `dismiss()` closes it. `T` is a `Wording`,
 * or an object carrying one with whatever else the snackbar needs.
 */
export function useNotice<T>(): [notice: T | null, say: (notice: T) => void, dismiss: () => void] {
  // Boxed: React would take a function given to setState for an updater and call it.
  const [held, setHeld] = useState<{ notice: T } | null>(null);
  const say = useCallback((notice: T) => setHeld({ notice }), []);
  const dismiss = useCallback(() => setHeld(null), []);
  return [held ? held.notice : null, say, dismiss];
}
