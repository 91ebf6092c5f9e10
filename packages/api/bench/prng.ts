/**
 * Deterministic randomness for the bench data set: the same seed gives the
 * same rows and the same ids on every machine, so two runs (or two people)
 * measure the same data.
 */

export const SEED = 20260101;

/** FNV-1a: a stable 32-bit hash of a short string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for plausible data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i += 1) out += String(this.int(10));
    return out;
  }

  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i += 1) out[i] = this.int(256);
    return out;
  }
}

/** The generator of one row of one kind: independent of the order tables are filled in. */
export function rngFor(kind: string, n: number): Rng {
  return new Rng(hash32(`${SEED}:${kind}:${n}`));
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

/**
 * A UUID-shaped id (version 4 layout) for the n-th row of a kind. The first
 * twelve digits are the kind and n, so bulk inserts append to the primary-key
 * B-tree instead of splitting pages at random (what makes 2M rows take
 * minutes rather than an hour); the rest is hashed, so ids still look random.
 */
export function idOf(kind: number, n: number): string {
  const head = kind.toString(16).padStart(2, '0') + n.toString(16).padStart(10, '0');
  const tail = hex8(hash32(`${kind}:${n}:a`)) + hex8(hash32(`${kind}:${n}:b`)) + hex8(hash32(`${n}:${kind}`));
  const variant = '89ab'[parseInt(tail[3]!, 16) & 3];
  return `${head.slice(0, 8)}-${head.slice(8, 12)}-4${tail.slice(0, 3)}-${variant}${tail.slice(4, 7)}-${tail.slice(7, 19)}`;
}
