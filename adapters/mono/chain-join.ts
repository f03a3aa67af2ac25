import { postingOrder, type ChainLine } from './posting-order.js';

/** A line of the running-balance chain with its timestamp (ISO, UTC). */
export interface StampedLine extends ChainLine {
  bookedAt: string;
}

/** How many of a window's first lines (posting order) the join check needs: the chain's first steps. */
export const JOIN_HEAD = 20;

/**
 * Whether a fetched chain continues the stored one, where they meet: `stored` are the newest stored lines stamped
 * before the fetched window's earliest line (oldest first by stamp), `head` the window's first lines in posting order.
 * Stored and fetched lines with balances are put in posting order together by the chain itself, so stamps out of
 * order on either side of the meeting point (a line stamped a day early, a levy stamped after the next item) do not
 * matter; the fetched line that comes first must then open at the balance of the stored line before it. Lines
 * without a balance have no place in the chain, only an amount: one stamped after that stored line, or one at the
 * window's start, may lie on either side of the meeting, so the balances are compared with and without them.
 * Null when there is nothing to compare (no stored or fetched line carries a balance).
 */
export function continuesStored(stored: readonly StampedLine[], head: readonly StampedLine[]): boolean | null {
  const storedWithBalance = stored.filter((l) => l.balanceMinor !== null);
  const headWithBalance = head.filter((l) => l.balanceMinor !== null);
  if (storedWithBalance.length === 0 || headWithBalance.length === 0) return null;
  const fetched = new Set<StampedLine>(headWithBalance);
  const order = postingOrder([...storedWithBalance, ...headWithBalance]);
  const at = order.findIndex((l) => fetched.has(l));
  if (at <= 0) return false;
  const first = order[at]!;
  const before = order[at - 1]!;
  const opening = first.balanceMinor! - first.amountMinor;
  // Amounts without a balance that may fall between the two lines.
  let fetchedLoose = 0;
  for (const l of head) {
    if (l === first) break;
    if (l.balanceMinor === null) fetchedLoose += l.amountMinor;
  }
  let storedLoose = 0;
  for (const l of stored) if (l.balanceMinor === null && l.bookedAt > before.bookedAt) storedLoose += l.amountMinor;
  const end = before.balanceMinor!;
  for (const x of [0, fetchedLoose]) for (const y of [0, storedLoose]) if (opening - x === end + y) return true;
  return false;
}
