/**
 * The bank's posting order for a fetched window, rebuilt from the running-balance chain.
 *
 * Mono lists newest first in the bank's order, and timestamps do not always agree with it (a levy stamped seconds
 * after the next item but posted before it; a value-dated posting carrying an older date). So the order is not taken
 * from timestamps: starting from Mono's own order (reversed, oldest first), each next line is the earliest remaining
 * one whose opening balance (its balance minus its signed amount) equals the balance so far. Only when no line
 * continues the chain does the walk fall back to Mono's order, which is where a real gap shows as a break.
 */
export interface ChainLine {
  amountMinor: number;
  balanceMinor: number | null;
}

/**
 * Returns the lines (given oldest first in Mono's order) in posting order. Pure; O(n) with hash lookups. `opening`,
 * when known (the balance before the first line), picks the first line as every later one is picked: without it, a
 * chain whose balances recur could start at a later line whose predecessor is missing and show no break.
 */
export function postingOrder<T extends ChainLine>(
  monoOrderOldestFirst: readonly T[],
  opening: number | null = null,
): T[] {
  const n = monoOrderOldestFirst.length;
  const used = new Array<boolean>(n).fill(false);
  // Lines by their opening balance, each list in Mono's order; heads are skipped lazily once used.
  const byOpening = new Map<number, number[]>();
  const closings = new Map<number, number>();
  monoOrderOldestFirst.forEach((l, i) => {
    if (l.balanceMinor === null) return;
    const opening = l.balanceMinor - l.amountMinor;
    const list = byOpening.get(opening);
    if (list) list.push(i);
    else byOpening.set(opening, [i]);
    closings.set(l.balanceMinor, (closings.get(l.balanceMinor) ?? 0) + 1);
  });
  const takeFrom = (list: number[] | undefined): number => {
    while (list && list.length > 0) {
      const i = list.shift()!;
      if (!used[i]) return i;
    }
    return -1;
  };
  /** A chain head: the earliest remaining line that no remaining line leads into (or simply the earliest). */
  let cursor = 0;
  const head = (): number => {
    while (cursor < n && used[cursor]) cursor++;
    for (let i = cursor; i < n; i++) {
      const l = monoOrderOldestFirst[i]!;
      if (used[i]) continue;
      if (l.balanceMinor === null || !closings.get(l.balanceMinor - l.amountMinor)) return i;
    }
    return cursor;
  };

  const out: T[] = [];
  let balance: number | null = opening;
  while (out.length < n) {
    let next: number = balance === null ? -1 : peek(byOpening.get(balance), used);
    if (next === -1) next = head();
    else takeFrom(byOpening.get(balance!));
    used[next] = true;
    const line: T = monoOrderOldestFirst[next]!;
    if (line.balanceMinor !== null) {
      const left = (closings.get(line.balanceMinor) ?? 1) - 1;
      if (left > 0) closings.set(line.balanceMinor, left);
      else closings.delete(line.balanceMinor);
    }
    out.push(line);
    balance = line.balanceMinor ?? (balance === null ? null : balance + line.amountMinor);
  }
  return out;
}

function peek(list: number[] | undefined, used: boolean[]): number {
  if (!list) return -1;
  while (list.length > 0 && used[list[0]!]) list.shift();
  return list.length > 0 ? list[0]! : -1;
}
