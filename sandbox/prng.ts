/**
 * Seeded, stateless randomness: every decision is derived from a hash of its inputs (seed, account, day, row...),
 * so any day or row can be regenerated on its own, in any order, with the same result.
 */

/** 32-bit hash of a string (cyrb53's mixing, truncated), salted so several independent hashes can be taken. */
export function hash32(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

function keyOf(parts: ReadonlyArray<string | number>): string {
  return parts.join('\u0001');
}

/** A uniform number in [0, 1) determined by the parts. */
export function unit(...parts: Array<string | number>): number {
  return hash32(keyOf(parts)) / 4294967296;
}

/** A 24-hex id (the shape of Mono's Mongo ObjectIds) determined by the parts. */
export function hexId(...parts: Array<string | number>): string {
  const k = keyOf(parts);
  return [hash32(k, 1), hash32(k, 2), hash32(k, 3)].map((h) => h.toString(16).padStart(8, '0')).join('');
}

/** A string of decimal digits determined by the parts. */
export function digits(length: number, ...parts: Array<string | number>): string {
  const k = keyOf(parts);
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += hash32(k, 100 + i)
      .toString()
      .padStart(10, '0');
  return out.slice(0, length);
}

/** mulberry32: a small fast PRNG for sequences (e.g. the rows of one day), seeded from the parts. */
export class Rng {
  private state: number;
  constructor(...parts: Array<string | number>) {
    this.state = hash32(keyOf(parts));
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick on an empty list');
    return item;
  }
  /** Poisson-distributed count (Knuth for small means, normal approximation for large ones). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) {
      const u1 = Math.max(this.next(), 1e-12);
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * this.next());
      return Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
    }
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}
