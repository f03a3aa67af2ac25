import { createHash } from './hash.js';
import type { CurrencyCode } from './currency.js';
import type { BusinessDate } from './dates.js';

export type Direction = 'credit' | 'debit';

/** A bank line as bankfeed stores it. `amountMinor` is signed: money in is positive. */
export interface BankTransaction {
  accountId: string;
  providerTxnId: string;
  fingerprint: string;
  amountMinor: number;
  currency: CurrencyCode;
  direction: Direction;
  businessDate: BusinessDate;
  bookedAt: string;
  narration: string;
  reference: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  balanceMinor: number | null;
  category: string | null;
  status: 'posted' | 'pending';
}

/**
 * Identity of a bank line independent of the provider's id. The running balance is part of it so that genuine twins
 * (two ₦5.50 charges at one merchant on one day) keep distinct fingerprints, while a re-issued provider id for the
 * same line (id churn) maps back to the row we already hold.
 */
export function bankFingerprint(t: {
  accountId: string;
  businessDate: BusinessDate;
  amountMinor: number;
  narration: string;
  balanceMinor: number | null;
}): string {
  const narration = t.narration.replace(/\s+/g, ' ').trim().toUpperCase();
  return createHash(`${t.accountId}|${t.businessDate}|${t.amountMinor}|${t.balanceMinor ?? ''}|${narration}`);
}

/**
 * One fetch can serve one line twice under two ids: Mono's pages overlap, and the bank re-issues a line's id between
 * two page requests. Returns, for each line (by position) that repeats an earlier line of the fetch, the position of
 * that earlier line. A repeat has the earlier line's fingerprint and the same instant, amount, narration and running
 * balance; a line without a balance, or of zero amount, is never a repeat (the balance does not tell twins apart
 * there). And the fetch must have served more distinct ids than Mono counted (`total`; none when unknown): at most
 * that many lines are repeats, and when more lines qualify in different groups, none is taken (it cannot tell which
 * are genuine twins: two real lines whose balances coincide, a refund between them, under one stamp).
 */
export function repeatsInFetch(
  lines: ReadonlyArray<{
    fingerprint: string;
    bookedAt: string;
    amountMinor: number;
    narration: string;
    balanceMinor: number | null;
  }>,
  total: number | null,
): Map<number, number> {
  const out = new Map<number, number>();
  const excess = total === null ? 0 : lines.length - total;
  if (excess <= 0) return out;
  const firstOf = new Map<string, number>();
  const candidates: Array<[number, number]> = [];
  for (const [pos, l] of lines.entries()) {
    if (l.balanceMinor === null || l.amountMinor === 0) continue;
    const key = `${l.fingerprint}|${l.bookedAt}|${l.amountMinor}|${l.balanceMinor}|${l.narration}`;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, pos);
    else candidates.push([pos, first]);
  }
  const oneGroup = candidates.every(([, first]) => first === candidates[0]![1]);
  if (candidates.length > excess && !oneGroup) return out;
  for (const [pos, first] of candidates.slice(0, excess)) out.set(pos, first);
  return out;
}

/** A break in continuity: previous balance + this line's signed amount must equal this line's balance. */
export interface BalanceBreak {
  afterProviderTxnId: string;
  atProviderTxnId: string;
  expectedMinor: number;
  actualMinor: number;
}

/**
 * Checks running-balance continuity over lines in posting order (oldest first). A line without a balance cannot be
 * checked itself, but its amount still moves the balance, so it is carried into the next line that has one.
 */
export function findBalanceBreaks(
  lines: ReadonlyArray<{ providerTxnId: string; amountMinor: number; balanceMinor: number | null }>,
): BalanceBreak[] {
  const breaks: BalanceBreak[] = [];
  let prev: { providerTxnId: string; balanceMinor: number } | undefined;
  let unbalanced = 0;
  for (const line of lines) {
    if (line.balanceMinor === null) {
      unbalanced += line.amountMinor;
      continue;
    }
    if (prev) {
      const expected = prev.balanceMinor + unbalanced + line.amountMinor;
      if (expected !== line.balanceMinor) {
        breaks.push({
          afterProviderTxnId: prev.providerTxnId,
          atProviderTxnId: line.providerTxnId,
          expectedMinor: expected,
          actualMinor: line.balanceMinor,
        });
      }
    }
    prev = { providerTxnId: line.providerTxnId, balanceMinor: line.balanceMinor };
    unbalanced = 0;
  }
  return breaks;
}
