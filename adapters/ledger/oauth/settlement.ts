import type { CurrencyCode } from '../../../domain/currency.js';

/**
 * A confirmed match to record in the books: the bank line settled the pulled entry `entryId` (an invoice, a bill,
 * a credit note). Amount and sign as the entry has them (a customer receipt positive); a partial payment is an
 * amount smaller than the entry's.
 */
export interface LedgerSettlement {
  idempotencyKey: string;
  entryId: string;
  date: string;
  amountMinor: number;
  currency: CurrencyCode;
  /** The binding's ledger (bank) account the money went through. */
  bankAccount: string;
  reference?: string | null;
  /**
   * What the entry was open for when last read, signed as amountMinor. A settlement larger (a customer's
   * over-payment) applies at most this to the document; books that keep a party's credit keep the rest as it.
   */
  dueMinor?: number;
  /**
   * The payment this settlement is part of: one match's bank line paying several documents. Books that take one
   * payment applied to several documents record it once (Zoho); others settle each document apart.
   */
  paymentKey?: string;
  /**
   * The books closed the entry since bankfeed read it open (a payment recorded there by hand, a void). Books that
   * would otherwise create something to settle it (Zoho imports a statement line) write nothing new for it; a write
   * of bankfeed's own found again after a crash is still reported as written.
   */
  closedInBooks?: boolean;
}

/** Per settlement: written (or found written by an earlier attempt), or refused by the vendor in its own words. */
export type LedgerSettlementResult =
  | { idempotencyKey: string; status: 'written'; externalId: string; created: boolean }
  | { idempotencyKey: string; status: 'rejected'; vendorMessage: string };

/** The write-back capability the SaaS adapters add next to LedgerAdapter's postEntries. */
export interface SettlesEntries {
  settleEntries(settlements: LedgerSettlement[]): Promise<LedgerSettlementResult[]>;
}
