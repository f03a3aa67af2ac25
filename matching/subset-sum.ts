let scratch = new Float64Array(64);

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
  const n = items.length;
  // amounts, and suffix sums that let a branch stop when even taking everything left cannot reach lo, in one scratch
  // array shared by every call (a run searches for each of many lines; the search never re-enters itself)
  if (scratch.length < 2 * n + 1) scratch = new Float64Array(4 * n + 2);
  // a[i]: item i's amount; a[n + i]: the sum of the amounts from i on
  const a = scratch;
  for (let i = 0; i < n; i++) a[i] = amountOf(items[i]!);
  a[2 * n] = 0;
  for (let i = n - 1; i >= 0; i--) a[n + i] = a[n + i + 1]! + a[i]!;
  const chosen: number[] = [];
  let nodes = 0;
  const visit = (start: number, sum: number): void => {
    if (solutions.length >= maxSolutions || nodes++ > budget) return;
    if (chosen.length >= 2 && sum >= lo && sum <= hi) solutions.push(chosen.map((i) => items[i]!));
    if (chosen.length === maxSize) return;
    for (let i = start; i < items.length; i++) {
      if (sum + a[n + i]! < lo) return;
      const next = sum + a[i]!;
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

/**
 * Bounded subset-sum over signed amounts (invoices and the credit notes against them): subsets of at most `maxSize`
 * items, with at least one of each sign, whose signed total lies in [lo, hi]. Bounds on what the remaining positive
 * and negative items can still add prune the search; `budget` caps the nodes visited.
 */
export function findSignedSubsets<T>(
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
  const posSuffix = new Array<number>(items.length + 1).fill(0);
  const negSuffix = new Array<number>(items.length + 1).fill(0);
  for (let i = items.length - 1; i >= 0; i--) {
    posSuffix[i] = posSuffix[i + 1]! + Math.max(0, amounts[i]!);
    negSuffix[i] = negSuffix[i + 1]! + Math.min(0, amounts[i]!);
  }
  const chosen: number[] = [];
  let nodes = 0;
  const visit = (start: number, sum: number, pos: number, neg: number): void => {
    if (solutions.length >= maxSolutions || nodes++ > budget) return;
    if (pos > 0 && neg > 0 && sum >= lo && sum <= hi) solutions.push(chosen.map((i) => items[i]!));
    if (chosen.length === maxSize) return;
    for (let i = start; i < items.length; i++) {
      // even everything left of one sign cannot bring the sum back into range
      if (sum + posSuffix[i]! < lo || sum + negSuffix[i]! > hi) return;
      const a = amounts[i]!;
      chosen.push(i);
      visit(i + 1, sum + a, pos + (a > 0 ? 1 : 0), neg + (a < 0 ? 1 : 0));
      chosen.pop();
      if (solutions.length >= maxSolutions) return;
    }
  };
  visit(0, 0, 0, 0);
  return solutions;
}
