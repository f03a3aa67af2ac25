import { type Pair, byScoreThenIds } from '../assignment.js';

/**
 * Items strongest first by `strengthOf`, then as their pairs rank (byScoreThenIds): the order a stable sort gives,
 * mostly without one. Items come line by line in bank order and share few distinct strengths, so grouped by strength
 * they stay in bank order; only one line's own few pairs may need reordering by entry. A group whose pairs differ in
 * strength, or that is out of bank order, is sorted.
 */
export function strongestFirst<T>(items: readonly T[], pairOf: (t: T) => Pair, strengthOf: (t: T) => number): T[] {
  // a counting sort: how many items have each strength, then each item put in its strength's run of one list made at
  // its size (lists per strength grown by pushing left their outgrown copies for a full collection, at 1M tens of MB).
  // What the runs are then checked by (each pair's own strength and line) is read while the pair is at hand, into
  // arrays laid out as the list is: the check then reads no pair or line again (in a large run each read is a miss).
  const n = items.length;
  const run = new Int32Array(n);
  const own = new Float64Array(n);
  const line = new Int32Array(n);
  // the distinct strengths by their run number (in order of first appearance), and how many items each has
  const runOf = new Map<number, number>();
  const strengths: number[] = [];
  let counts = new Int32Array(16);
  for (let i = 0; i < n; i++) {
    const t = items[i]!;
    const k = strengthOf(t);
    let r = runOf.get(k);
    if (r === undefined) {
      r = strengths.push(k) - 1;
      runOf.set(k, r);
      if (r === counts.length) {
        const grown = new Int32Array(r * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    counts[r]!++;
    run[i] = r;
    const p = pairOf(t);
    own[i] = p.s.strength;
    line[i] = p.b.order;
  }
  const order = strengths.map((_, r) => r).sort((x, y) => strengths[y]! - strengths[x]!);
  const next = new Int32Array(strengths.length);
  let at = 0;
  for (const r of order) {
    next[r] = at;
    at += counts[r]!;
  }
  const out = new Array<T>(n);
  const outOwn = new Float64Array(n);
  const outLine = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const to = next[run[i]!]!++;
    out[to] = items[i]!;
    outOwn[to] = own[i]!;
    outLine[to] = line[i]!;
  }
  // each run, in input order as its list was, ends where next now points
  for (const r of order) {
    const end = next[r]!;
    const from = end - counts[r]!;
    if (!inLineOrder(out, outOwn, outLine, from, end, pairOf)) sortRun(out, from, end, pairOf);
  }
  return out;
}

/** out[from, to) sorted by byScoreThenIds (stably, as the run's own list was). */
function sortRun<T>(out: T[], from: number, to: number, pairOf: (t: T) => Pair): void {
  const run = out.slice(from, to).sort((x, y) => byScoreThenIds(pairOf(x), pairOf(y)));
  for (let i = 0; i < run.length; i++) out[from + i] = run[i]!;
}

/** Pairs in byScoreThenIds order. */
export const strongestPairsFirst = (pairs: readonly Pair[]): Pair[] => strongestFirst(pairs, samePair, ownStrength);

const samePair = (p: Pair) => p;
const ownStrength = (p: Pair) => p.s.strength;

/**
 * Puts the run group[from, to) in byScoreThenIds order in place when its pairs share one strength and come in bank
 * order (each line's pairs then only need ordering by entry); false, touching nothing, otherwise. `own` and `line`
 * hold each place's pair's own strength and bank order.
 */
function inLineOrder<T>(
  group: T[],
  own: Float64Array,
  line: Int32Array,
  from: number,
  to: number,
  pairOf: (t: T) => Pair,
): boolean {
  const strength = own[from]!;
  for (let i = from + 1; i < to; i++) if (own[i] !== strength || line[i]! < line[i - 1]!) return false;
  // insertion sort by entry within each line's run: runs are a pair or two long (only pairs of one line move, so
  // `line` stays as it is)
  for (let i = from + 1; i < to; i++) {
    if (line[i] !== line[i - 1]) continue;
    const t = group[i]!;
    const p = pairOf(t);
    let j = i - 1;
    while (j >= from) {
      if (line[j] !== line[i]) break;
      const q = pairOf(group[j]!);
      if (q.l.order <= p.l.order) break;
      group[j + 1] = group[j]!;
      j--;
    }
    group[j + 1] = t;
  }
  return true;
}
