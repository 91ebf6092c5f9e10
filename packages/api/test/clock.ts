import type { Clock } from '../src/app/clock';

/**
 * A clock the test sets and moves on. Services read the time from their
 * clock, so a test orders timestamps, ends a lease or waits out a back-off by
 * moving this one, never by sleeping: what it proves does not depend on how
 * fast or busy the machine is. It stands still between moves.
 */
export class TestClock implements Clock {
  private current: number;

  /** Starts at `start` (now, by default: rows the test writes by hand then read as recent). */
  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  /** A fresh Date each call, so nobody's copy moves with the clock. */
  now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = date.getTime();
  }

  /** Moves on by `ms` (backwards with a negative number); answers the new time. */
  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
