/** Pinned notes first, then newest first: the server's order, kept as pins change in the cache. */
export function orderNotes<N extends { pinned: boolean; createdAt: string; id: string }>(
  notes: readonly N[],
): N[] {
  return [...notes].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      b.createdAt.localeCompare(a.createdAt) ||
      a.id.localeCompare(b.id),
  );
}
