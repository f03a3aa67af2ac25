import { type Pair, byScoreThenIds } from '../assignment.js';

/**
 * Items strongest first by `strengthOf`, then as their pairs rank (byScoreThenIds): the order a stable sort gives,
 * mostly without one. Items come line by line in bank order and share few distinct strengths, so grouped by strength
 * they stay in bank order; only one line's own few pairs may need reordering by entry. A group whose pairs differ in
 * strength, or that is out of bank order, is sorted.
 */
export function strongestFirst<T>(items: readonly T[], pairOf: (t: T) => Pair, strengthOf: (t: T) => number): T[] {
  // a counting sort: how many items have each strength, then each item put in its strength's run of one list made at
  // its size (lists per strength grown by pushing left their outgrown copies for a full collection, at 1M tens of MB)
  const strengths = new Float64Array(items.length);
  const counts = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    const k = strengthOf(items[i]!);
    strengths[i] = k;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const order = [...counts.keys()].sort((x, y) => y - x);
  const next = new Map<number, number>();
  let at = 0;
  for (const k of order) {
    next.set(k, at);
    at += counts.get(k)!;
  }
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) {
    const k = strengths[i]!;
    const to = next.get(k)!;
    out[to] = items[i]!;
    next.set(k, to + 1);
  }
  // each run, in input order as its list was, ends where next now points
  for (const k of order) {
    const end = next.get(k)!;
    const from = end - counts.get(k)!;
    if (!inLineOrder(out, from, end, pairOf)) sortRun(out, from, end, pairOf);
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
 * Puts the run out[from, to) in byScoreThenIds order in place when its pairs share one strength and come in bank order
 * (each line's pairs then only need ordering by entry); false, touching nothing, otherwise.
 */
function inLineOrder<T>(group: T[], from: number, to: number, pairOf: (t: T) => Pair): boolean {
  const strength = pairOf(group[from]!).s.strength;
  for (let i = from + 1; i < to; i++) {
    const p = pairOf(group[i]!);
    if (p.s.strength !== strength || p.b.order < pairOf(group[i - 1]!).b.order) return false;
  }
  // insertion sort by entry within each line's run: runs are a pair or two long
  for (let i = from + 1; i < to; i++) {
    const t = group[i]!;
    const p = pairOf(t);
    let j = i - 1;
    while (j >= from) {
      const q = pairOf(group[j]!);
      if (q.b.order !== p.b.order || q.l.order <= p.l.order) break;
      group[j + 1] = group[j]!;
      j--;
    }
    group[j + 1] = t;
  }
  return true;
}
