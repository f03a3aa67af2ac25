import { postingOrder } from '../adapters/mono/index.js';
import { findBalanceBreaks, type BalanceBreak } from '../domain/transactions.js';

interface WindowLine {
  providerTxnId: string;
  amountMinor: number;
  balanceMinor: number | null;
  bookedAt: string;
}

const dayOf = (l: WindowLine) => l.bookedAt.slice(0, 10);

/**
 * The running-balance breaks that make a window incomplete. `lines` is the window in posting order, asked for the UTC
 * days [cover.from − 1, cover.to + 1].
 *
 * Breaks at a line of the covered days count. A break at a line of the last margin day (cover.to + 1) does not count
 * in general: a row posted just before that line but stamped after the query's edge (a levy stamped seconds after the
 * next item) is legitimately missing, and the newer window, which covers that day, checks it. But the newer window
 * asks from cover.to on: when the line before the break lies before cover.to (quiet days in between), no window holds
 * both sides, and a row Mono dropped there would go unnoticed (the scan complete). Such an edge break counts unless
 * the rows the newer window of the same sync served (`newer`, in posting order) fill it: those are exactly the rows
 * stamped after the query's edge. Without them (the sync's first window, or a resumed attempt) it counts.
 */
export function countedBreaks(
  lines: readonly WindowLine[],
  cover: { from: string; to: string },
  newer: readonly WindowLine[] | null,
): BalanceBreak[] {
  const day = new Map(lines.map((l) => [l.providerTxnId, dayOf(l)]));
  const all = findBalanceBreaks(lines);
  const counted = all.filter((b) => {
    const d = day.get(b.atProviderTxnId)!;
    return d >= cover.from && d <= cover.to;
  });
  const edge = all.filter((b) => day.get(b.atProviderTxnId)! > cover.to && day.get(b.afterProviderTxnId)! < cover.to);
  if (edge.length === 0) return counted;
  if (newer === null) return [...counted, ...edge];
  // The window and the rows only the newer window served, chained together.
  const joined = postingOrder([...lines, ...newer.filter((l) => !day.has(l.providerTxnId))]);
  const at = new Map(joined.map((l, i) => [l.providerTxnId, i]));
  const joinedBreaks = findBalanceBreaks(joined).map((b) => at.get(b.atProviderTxnId)!);
  for (const b of edge) {
    const from = at.get(b.afterProviderTxnId)!;
    const to = at.get(b.atProviderTxnId)!;
    if (to <= from || joinedBreaks.some((i) => i > from && i <= to)) counted.push(b);
  }
  return counted;
}
