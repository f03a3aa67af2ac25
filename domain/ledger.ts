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
  /**
   * What the entry is in the books. `posting` (the default): money recorded on the bank's account, a cash-book line,
   * a journal's bank leg, a payment. `document`: an invoice or bill still open in an accounting system, which a bank
   * line may pay but which is not money on the bank's account until its payment is recorded: a match candidate, never
   * an item or a movement of the books' balance on the statement (its payment, once pulled, is).
   */
  kind?: LedgerEntryKind;
  /**
   * Whose document it is (documents only): a customer's (the sales side: an invoice, a credit note given) or a
   * supplier's (the purchases side: a bill, a credit note received). The sign says which way its money goes; this says
   * who owes it: a supplier's credit note is money coming in that no customer owes, never an invoice to collect.
   * Absent (or null): the source does not say (a positive document is then taken as a customer's, as before it was
   * asked); a stored entry's role is then kept as it is, never erased by a pull that does not know it.
   */
  partyRole?: LedgerPartyRole | null;
}

export type LedgerEntryKind = 'posting' | 'document';
export type LedgerPartyRole = 'customer' | 'supplier';

/** Whether an entry (or a stored row of one) is money on the bank's account as the books hold it (LedgerEntry.kind). */
export const isPosting = (e: { kind?: string | null }): boolean => e.kind !== 'document';

/** Why the books closed an entry that leave nothing of it there (a posting paid is still the books' money). */
const REMOVED = new Set(['gone', 'voided', 'cancelled']);

/**
 * A posting the books still hold on the bank's account: no document, and none a match holds that the books have
 * deleted, voided or cancelled since (its stored row keeps the books' closing reason).
 */
export const heldByBooks = (e: { kind?: string | null; closed_reason?: string | null }): boolean =>
  isPosting(e) && !REMOVED.has(e.closed_reason ?? '');

/** Dates (of one ledger account, of one kind, when named) over which a pull listed every open entry the books hold. */
export interface LedgerCompleteScope {
  from: string;
  to: string;
  ledgerAccount?: string | null;
  kind?: LedgerEntryKind;
}
