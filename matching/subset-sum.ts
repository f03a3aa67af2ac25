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
  const n = items.length;
  const a = scratchFor(n);
  for (let i = 0; i < n; i++) a[i] = amountOf(items[i]!);
  const found = subsetsOfScratch(n, lo, hi, maxSize, maxSolutions, budget);
  const solutions: T[][] = new Array<T[]>(found.length);
  for (let k = 0; k < found.length; k++) solutions[k] = found[k]!.map((i) => items[i]!);
  return solutions;
}

/**
 * Whether some subset of amounts[0, n) (at most `maxSize` of them, tried in that order) adds up to a value in [lo,
 * hi]: findSubsets for one solution, on amounts the caller holds in a typed array, so the search sees the same kind of
 * input from every caller (a list of numbers here and of entries there made it compile twice in a cold run).
 */
export function someSubsetSums(
  amounts: Float64Array,
  n: number,
  lo: number,
  hi: number,
  maxSize: number,
  budget = 4_000,
): boolean {
  const a = scratchFor(n);
  for (let i = 0; i < n; i++) a[i] = amounts[i]!;
  return subsetsOfScratch(n, lo, hi, maxSize, 1, budget).length > 0;
}

/**
 * The scratch for n amounts and the suffix sums that let a branch stop when even taking everything left cannot reach
 * lo, shared by every call (a run searches for each of many lines; the search never re-enters itself).
 */
function scratchFor(n: number): Float64Array {
  if (scratch.length < 2 * n + 1) scratch = new Float64Array(4 * n + 2);
  return scratch;
}

/** The search over the scratch's a[0, n), once the caller has written them: each subset found as its indexes. */
function subsetsOfScratch(
  n: number,
  lo: number,
  hi: number,
  maxSize: number,
  maxSolutions: number,
  budget: number,
): number[][] {
  const solutions: number[][] = [];
  // a[i]: item i's amount; a[n + i]: the sum of the amounts from i on
  const a = scratch;
  a[2 * n] = 0;
  for (let i = n - 1; i >= 0; i--) a[n + i] = a[n + i + 1]! + a[i]!;
  const chosen: number[] = [];
  let nodes = 0;
  const visit = (start: number, sum: number): void => {
    if (solutions.length >= maxSolutions || nodes++ > budget) return;
    if (chosen.length >= 2 && sum >= lo && sum <= hi) solutions.push(chosen.slice());
    if (chosen.length === maxSize) return;
    for (let i = start; i < n; i++) {
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
