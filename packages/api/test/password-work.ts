import argon2 from 'argon2';

/** The argon2 runs something made: the work that dominates what a sign-in costs. */
export interface PasswordWork {
  hashes: number;
  verifications: number;
}

/**
 * Counts the argon2 hashes and verifications `action` makes (each still runs:
 * the spies call through). A promise about sign-in timing is checked on this
 * count rather than on a clock or CPU time, so it reads the same on an idle
 * machine and a busy one.
 */
export async function passwordWork(action: () => Promise<unknown>): Promise<PasswordWork> {
  const hash = jest.spyOn(argon2, 'hash');
  const verify = jest.spyOn(argon2, 'verify');
  try {
    await action();
    return { hashes: hash.mock.calls.length, verifications: verify.mock.calls.length };
  } finally {
    hash.mockRestore();
    verify.mockRestore();
  }
}
