import { type Pair, byScoreThenIds } from '../assignment.js';

/**
 * Pairs strongest first by `strengthOf` (null: each pair's own strength), then as they rank (byScoreThenIds): the order
 * a stable sort gives, mostly without one. Pairs come line by line in bank order and share few distinct strengths, so
 * grouped by strength they stay in bank order; only one line's own few pairs may need reordering by entry. A group
 * whose pairs differ in strength, or that is out of bank order, is sorted. Every pass calls it with pairs and reads
 * the strengths into typed arrays, and only the reference pass's claims beyond a pair's own evidence call back: one
 * compiled form serves the three passes (a callback per caller and a list of strengths that held small integers for
 * one pass and fractions for the next were each a deoptimisation and a compilation again in a cold run).
 */
export function strongestFirst(items: readonly Pair[], strengthOf: ((p: Pair) => number) | null): Pair[] {
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
  let distinct = 0;
  let strengths = new Float64Array(16);
  let counts = new Int32Array(16);
  for (let i = 0; i < n; i++) {
    const p = items[i]!;
    const ownStrength = p.s.strength;
    const k = strengthOf === null ? ownStrength : strengthOf(p);
    let r = runOf.get(k);
    if (r === undefined) {
      r = distinct++;
      runOf.set(k, r);
      if (r === counts.length) {
        const grown = new Int32Array(r * 2);
        grown.set(counts);
        counts = grown;
        const grownStrengths = new Float64Array(r * 2);
        grownStrengths.set(strengths);
        strengths = grownStrengths;
      }
      strengths[r] = k;
    }
    counts[r]!++;
    run[i] = r;
    own[i] = ownStrength;
    line[i] = p.b.order;
  }
  // the runs strongest first: their strengths are distinct, so an insertion sort gives the one order a sort would
  const order = new Int32Array(distinct);
  for (let r = 0; r < distinct; r++) {
    let j = r - 1;
    while (j >= 0 && strengths[order[j]!]! < strengths[r]!) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = r;
  }
  const next = new Int32Array(distinct);
  let at = 0;
  for (let o = 0; o < distinct; o++) {
    const r = order[o]!;
    next[r] = at;
    at += counts[r]!;
  }
  const out = new Array<Pair>(n);
  const outOwn = new Float64Array(n);
  const outLine = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const to = next[run[i]!]!++;
    out[to] = items[i]!;
    outOwn[to] = own[i]!;
    outLine[to] = line[i]!;
  }
  // each run, in input order as its list was, ends where next now points
  for (let o = 0; o < distinct; o++) {
    const r = order[o]!;
    const end = next[r]!;
    const from = end - counts[r]!;
    if (!inLineOrder(out, outOwn, outLine, from, end)) sortRun(out, from, end);
  }
  return out;
}

/** out[from, to) sorted by byScoreThenIds (stably, as the run's own list was). */
function sortRun(out: Pair[], from: number, to: number): void {
  const run = out.slice(from, to).sort(byScoreThenIds);
  for (let i = 0; i < run.length; i++) out[from + i] = run[i]!;
}

/** Pairs in byScoreThenIds order. */
export const strongestPairsFirst = (pairs: readonly Pair[]): Pair[] => strongestFirst(pairs, null);

/**
 * Puts the run group[from, to) in byScoreThenIds order in place when its pairs share one strength and come in bank
 * order (each line's pairs then only need ordering by entry); false, touching nothing, otherwise. `own` and `line`
 * hold each place's pair's own strength and bank order.
 */
function inLineOrder(group: Pair[], own: Float64Array, line: Int32Array, from: number, to: number): boolean {
  if (!oneStrengthInBankOrder(own, line, from, to)) return false;
  // insertion sort by entry within each line's run: runs are a pair or two long (only pairs of one line move, so
  // `line` stays as it is)
  for (let i = from + 1; i < to; i++) {
    if (line[i] !== line[i - 1]) continue;
    const p = group[i]!;
    let j = i - 1;
    while (j >= from) {
      if (line[j] !== line[i]) break;
      if (group[j]!.l.order <= p.l.order) break;
      group[j + 1] = group[j]!;
      j--;
    }
    group[j + 1] = p;
  }
  return true;
}

/**
 * Whether the run [from, to) shares one strength and comes in bank order. A loop of its own: a long run's loop is
 * compiled while it runs, and that code, reused for each later long run, gave up (deoptimised) at the next loop, one
 * the compiler had seen no run reach, every time.
 */
function oneStrengthInBankOrder(own: Float64Array, line: Int32Array, from: number, to: number): boolean {
  const strength = own[from]!;
  for (let i = from + 1; i < to; i++) if (own[i] !== strength || line[i]! < line[i - 1]!) return false;
  return true;
}
