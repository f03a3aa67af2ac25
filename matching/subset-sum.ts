/**
 * Bounded subset-sum: subsets of at most `maxSize` items whose absolute amounts add up to a value in [lo, hi].
 * Items are tried in the caller's order (due-date order, as Odoo accumulates), so earlier-due combinations come
 * first; `budget` caps the nodes visited so one line can never cost more than a fixed amount of work.
 */
export function findSubsets<T>(
  items: readonly T[],
  amountOf: (t: T) => number,
  lo: number,
  hi: number,
  maxSize: number,
  maxSolutions: number,
  budget = 4_000,
): T[][] {
  const solutions: T[][] = [];
  const amounts = items.map(amountOf);
  // suffix sums let a branch stop when even taking everything left cannot reach lo
  const suffix = new Array<number>(items.length + 1).fill(0);
  for (let i = items.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + amounts[i]!;
  const chosen: number[] = [];
  let nodes = 0;
  const visit = (start: number, sum: number): void => {
    if (solutions.length >= maxSolutions || nodes++ > budget) return;
    if (chosen.length >= 2 && sum >= lo && sum <= hi) solutions.push(chosen.map((i) => items[i]!));
    if (chosen.length === maxSize) return;
    for (let i = start; i < items.length; i++) {
      if (sum + suffix[i]! < lo) return;
      const next = sum + amounts[i]!;
      if (next > hi) continue;
      chosen.push(i);
      visit(i + 1, next);
      chosen.pop();
      if (solutions.length >= maxSolutions) return;
    }
  };
  visit(0, 0);
  return solutions;
}
