import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../matching/key-table.js';
import { NumberKeys } from '../../matching/references.js';

/**
 * A book is text from outside: its narrations and descriptions may be written so that their keys (serials, payer
 * numbers, invoice numbers) all land in one run of slots of the engine's open-addressing tables, making every lookup
 * step over all the keys before it (quadratic time). The tables hash with a seed an attacker cannot know, so keys
 * crafted against the hash as the source spells it (unseeded) land anywhere. Probes are counted, never timed: the
 * slots lookups step over past their keys' own (displacement), about n × n / 2 for n keys in one run, under n for
 * keys spread at random over a table at most two thirds full (3n is dozens of standard deviations above that).
 */

const N = 3000;
/** the tables' size once they hold N keys: KeyTable and NumberKeys at most half full */
const SIZE = 8192;
/** crafted keys' slots lie in [0, WINDOW) for SIZE (and so for every smaller table the growing ones pass through) */
const WINDOW = 64;

/** FNV-1a and its finaliser with no seed (the state an unseeded table starts from): what an attacker can compute. */
function unseeded(text: string, from = 0, init = 0x811c9dc5): number {
  let h = init;
  for (let i = from; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** N distinct texts make(i) whose hash falls in the window, among the first 4M numbers (about 400k are needed). */
function crafted(make: (i: number) => string, hash: (text: string) => number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < N; i++) {
    if (i > 4_000_000) throw new Error('too few colliding texts found');
    const text = make(i);
    if ((hash(text) & (SIZE - 1)) < WINDOW) out.push(text);
  }
  return out;
}

describe('keys written to collide in an unseeded hash', () => {
  it("probe short in the run's key table", () => {
    const keys = crafted((i) => `P:INV:${100_000 + i}`, unseeded);
    const table = new KeyTable();
    const ids = keys.map((k) => table.idOf(k));
    expect(ids).toEqual(keys.map((_, i) => i));
    table.seal();
    expect(keys.map((k) => table.idOf(k))).toEqual(ids);
    expect(table.idOf('P:INV:1')).toBe(-1);
    expect(table.displacement()).toBeLessThan(3 * N);
  });

  it("probe short in a run's payer numbers", () => {
    const numbers = new NumberKeys();
    const prefix: Parameters<NumberKeys['find']>[0] = {
      name: 'CUSTOMER',
      p: 'P:CUSTOMER:',
      s: 'S:CUSTOMER:',
      y: 'Y:CUSTOMER:',
      payers: true,
      id: 7,
      dated: false,
    };
    // the prefix's number starts the hash; the text is the whole narration, the number its digits after the word
    const head = 'NIP FRM CUSTOMER ';
    const texts = crafted(
      (i) => `${head}${10_000_000 + i}`,
      (t) => unseeded(t, head.length, Math.imul(prefix.id, 0x9e3779b1)),
    );
    for (const t of texts) {
      expect(numbers.find(prefix, t, head.length, t.length)).toBeUndefined();
      numbers.add(prefix, t.slice(head.length), [`P:CUSTOMER:${t.slice(head.length)}`]);
    }
    for (const t of texts)
      expect(numbers.find(prefix, t, head.length, t.length)).toEqual([`P:CUSTOMER:${t.slice(head.length)}`]);
    expect(numbers.displacement()).toBeLessThan(3 * N);
  });
});
