import { createContext, useContext, type ReactNode } from 'react';
import { StaffRole } from '@clientele/shared';

/** Who is signed in, as every screen needs it (their id for "my notes", their role for edit buttons). */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  role: string;
  locale: string;
  /** Set for a partner user: the organisation they work for (their screens are the partner's). */
  partner?: { id: string; name: string } | null;
}

const ViewerContext = createContext<Viewer | null>(null);

/** Set by the session guard around every signed-in screen. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in user; null only outside the guard (sign-in pages, tests that set none). */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/**
 * Whether to offer changes. Viewers read only: the API refuses their changes
 * anyway, and an Edit button that can only fail is a trap.
 */
export function useCanEdit(): boolean {
  const viewer = useViewer();
  return viewer?.role !== StaffRole.VIEWER;
}
