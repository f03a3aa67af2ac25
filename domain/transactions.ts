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
