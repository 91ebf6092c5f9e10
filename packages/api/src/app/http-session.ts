import type { Request, Response } from 'express';
import type { HttpBridge, Services } from './context';
import type { ApiToken } from '../modules/auth/api-token.entity';
import type { Session } from '../modules/auth/session.entity';
import type { PartnerViewer, PortalViewer } from '../modules/auth/auth.service';
import type { User } from '../modules/users/user.entity';

export const SESSION_COOKIE = 'clientele_session';
/** Set while an administrator acts as a contact; dropping it is the way back. */
export const ACTING_COOKIE = 'clientele_acting';

/** Reads one cookie from the header without a parser dependency. */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** The session token a request carries: the console's cookie, or an app's bearer token. */
export function sessionTokenOf(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim() || null;
  return readCookie(req, SESSION_COOKIE);
}

/** Who is calling: a session (cookie or bearer) or an API token (`ct_…`), or nobody. */
export async function identify(
  services: Services,
  req: Request,
): Promise<{
  user: User | null;
  portal: PortalViewer | null;
  partner: PartnerViewer | null;
  session: Session | null;
  apiToken: ApiToken | null;
}> {
  const token = sessionTokenOf(req);
  if (token?.startsWith('ct_')) {
    const found = await services.apiTokens.resolve(token);
    return {
      user: found?.owner ?? null,
      portal: null,
      partner: found?.partner ?? null,
      session: null,
      apiToken: found?.token ?? null,
    };
  }
  const found = token ? await services.auth.resolve(token, req.ip ?? null) : null;
  // Acting as a contact holds only while the administrator's own session does.
  const acting = readCookie(req, ACTING_COOKIE);
  if (acting && found?.user) {
    const as = await services.auth.resolve(acting, req.ip ?? null);
    if (as?.portal?.actingFor?.id === found.user.id) {
      return { user: null, portal: as.portal, partner: null, session: as.session, apiToken: null };
    }
  }
  return {
    user: found?.user ?? null,
    portal: found?.portal ?? null,
    partner: found?.partner ?? null,
    session: found?.session ?? null,
    apiToken: null,
  };
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site posts carry it), Secure over HTTPS. */
export function httpBridge(req: Request, res: Response): HttpBridge {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    setSessionCookie: (secret, expires) => res.cookie(SESSION_COOKIE, secret, { ...options, expires }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, options),
    setActingCookie: (secret, expires) => res.cookie(ACTING_COOKIE, secret, { ...options, expires }),
    clearActingCookie: () => res.clearCookie(ACTING_COOKIE, options),
  };
}
