import type { CurrencyCode } from './currency.js';
import type { BusinessDate } from './dates.js';

/**
 * An open item in the books, signed as it affects the bank account: a customer receipt (money in) is positive,
 * a supplier payment (money out) is negative.
 */
export interface LedgerEntry {
  id: string;
  date: BusinessDate;
  dueDate?: BusinessDate | null;
  amountMinor: number;
  currency: CurrencyCode;
  reference?: string | null;
  description?: string | null;
  party?: string | null;
  /** Ledger (GL) account code or name the entry posts against, e.g. "1010" or "Assets:Bank:GTBank". */
  account?: string | null;
}
