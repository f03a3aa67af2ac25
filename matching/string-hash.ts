/**
 * A key's 32-bit hash, read from its UTF-16 code units in chars[from, to) (FNV-1a from a seeded state, its bits mixed at the end so that the low ones, which pick a
 * slot, vary too), for the engine's open-addressing tables: the reference index and the serial counts. Each table
 * hashes with a seed of its own (tableSeed), so that a book cannot be written to put its keys in one run of slots:
 * against the hash with a known seed (as it was, unseeded) a few thousand such keys are quickly found, and every
 * lookup then steps over all of them. Every hit is still verified against the key's text, so the seed changes where
 * keys sit, never what is found.
 */
export function hashOfChars(chars: Uint16Array, from: number, to: number, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ chars[i]!, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** Whether a[aFrom, aTo) and b[bFrom, bTo) hold the same code units. */
export function sameRange(
  a: Uint16Array,
  aFrom: number,
  aTo: number,
  b: Uint16Array,
  bFrom: number,
  bTo: number,
): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (a[aFrom + i] !== b[bFrom + i]) return false;
  return true;
}

/**
 * The text held as UTF-16 code units in chars[from, to), as a flat string. String.fromCharCode over a plain array of
 * the codes (one kept per length, reused) is the quickest of the portable ways; a typed array there is read slower.
 */
export function textOfChars(chars: Uint16Array, from: number, to: number): string {
  const length = to - from;
  if (length > MAX_CACHED_LENGTH) {
    // a hostile text's endless word: in pieces, as a call takes only so many arguments
    let text = '';
    for (let at = from; at < to; at += LONG_PIECE)
      text += String.fromCharCode.apply(null, Array.from(chars.subarray(at, Math.min(to, at + LONG_PIECE))));
    return text;
  }
  const codes = (codesOfLength[length] ??= new Array<number>(length).fill(0));
  for (let i = 0; i < length; i++) codes[i] = chars[from + i]!;
  return String.fromCharCode.apply(null, codes);
}

const MAX_CACHED_LENGTH = 64;
const LONG_PIECE = 4096;
const codesOfLength: number[][] = [];

// 64 random bits drawn once per process; each table's seed is a counter mixed with them
const processKey = globalThis.crypto.getRandomValues(new Uint32Array(2));
let tables = 0;

/**
 * A seed for one table: unpredictable (from the process's random bits) and different for every table of the process
 * (a counter through a bijective mix), so that no two runs, nor two tables of one run, place keys alike.
 */
export function tableSeed(): number {
  tables = (tables + 1) | 0;
  let s = (processKey[0]! + Math.imul(tables, 0x9e3779b9)) | 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
  return s ^ (s >>> 16) ^ processKey[1]!;
}

/**
 * For tests only: fixes the process's random bits and restarts the table counter, so that a test reading what a
 * probabilistic filter over these hashes lets through (the reference index's bit set of written keys, whose false
 * hits vary with the seed) sees the same tables on every run.
 */
export function fixTableSeedsForTests(bits0: number, bits1: number): void {
  processKey[0] = bits0;
  processKey[1] = bits1;
  tables = 0;
}
