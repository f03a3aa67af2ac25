import { type Pair, byScoreThenIds } from '../assignment.js';

/**
 * Items strongest first by `strengthOf`, then as their pairs rank (byScoreThenIds): the order a stable sort gives,
 * mostly without one. Items come line by line in bank order and share few distinct strengths, so grouped by strength
 * they stay in bank order; only one line's own few pairs may need reordering by entry. A group whose pairs differ in
 * strength, or that is out of bank order, is sorted.
 */
export function strongestFirst<T>(items: readonly T[], pairOf: (t: T) => Pair, strengthOf: (t: T) => number): T[] {
  const byStrength = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!;
    const k = strengthOf(t);
    const group = byStrength.get(k);
    if (group) group.push(t);
    else byStrength.set(k, [t]);
  }
  const out: T[] = [];
  for (const strength of [...byStrength.keys()].sort((x, y) => y - x)) {
    const group = byStrength.get(strength)!;
    if (!inLineOrder(group, pairOf)) group.sort((x, y) => byScoreThenIds(pairOf(x), pairOf(y)));
    for (let i = 0; i < group.length; i++) out.push(group[i]!);
  }
  return out;
}

/** Pairs in byScoreThenIds order. */
export const strongestPairsFirst = (pairs: readonly Pair[]): Pair[] => strongestFirst(pairs, samePair, ownStrength);

const samePair = (p: Pair) => p;
const ownStrength = (p: Pair) => p.s.strength;

/**
 * Puts the group in byScoreThenIds order in place when its pairs share one strength and come in bank order (each
 * line's pairs then only need ordering by entry); false, touching nothing, otherwise.
 */
function inLineOrder<T>(group: T[], pairOf: (t: T) => Pair): boolean {
  const strength = pairOf(group[0]!).s.strength;
  for (let i = 1; i < group.length; i++) {
    const p = pairOf(group[i]!);
    if (p.s.strength !== strength || p.b.order < pairOf(group[i - 1]!).b.order) return false;
  }
  // insertion sort by entry within each line's run: runs are a pair or two long
  for (let i = 1; i < group.length; i++) {
    const t = group[i]!;
    const p = pairOf(t);
    let j = i - 1;
    while (j >= 0) {
      const q = pairOf(group[j]!);
      if (q.b.order !== p.b.order || q.l.order <= p.l.order) break;
      group[j + 1] = group[j]!;
      j--;
    }
    group[j + 1] = t;
  }
  return true;
}
