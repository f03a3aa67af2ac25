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
  /**
   * The source's own word for which entry this is, when its id can change with the entry's words (hledger-web's id
   * hashes the description): everything the source says of the entry but its words. A stored entry a complete pull
   * no longer lists and the one listed for the first time with the same key, account and side, each the only one
   * with that key, are the same entry re-stated (db/restated-entries.ts). Null or absent: the source gives none.
   */
  restateKey?: string | null;
}
