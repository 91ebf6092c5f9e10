import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/**
 * argon2id at OWASP's floor for it (19 MiB, 2 passes, 1 lane): costly enough
 * to slow guessing, cheap enough for a small server's sign-ins.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

/**
 * A hash of nothing anyone knows, verified when there is no hash to check (an
 * unknown account, one with no password yet) so those answers take as long as
 * the others. Made when the service starts, not on first use: built lazily,
 * the first unknown sign-in would cost two argon2 runs and stand out.
 */
export function makeDecoyHash(): Promise<string> {
  return hashPassword(`decoy-${randomBytes(32).toString('base64url')}`);
}

export async function verifyPassword(
  hash: string | null,
  password: string,
  decoy: Promise<string>,
): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await decoy, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

/** Whether a stored hash is weaker than today's parameters (then it is upgraded at sign-in). */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}
