/**
 * What time it is, for everything that decides by the time: sessions,
 * lock-outs, links, leases, retries, the log's entries. Services take one
 * clock instead of asking `new Date()` themselves, so tests can set the time
 * (and move it on) rather than wait for it; production uses the system clock.
 */
export interface Clock {
  /** The current instant, a fresh Date on each call (callers may keep or change it). */
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = {
  now: () => new Date(),
};
