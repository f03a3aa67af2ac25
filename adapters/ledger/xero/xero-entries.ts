import type { BankTransaction, CreditNote, Invoice, Payment } from 'xero-node';
import type { LedgerEntry } from '../../../domain/ledger.js';
import type { LedgerCloseReason } from '../types.js';
import { knownCurrency, vendorAmountToMinor } from '../oauth/vendor-amount.js';

/** A Xero date: the SDK turns Xero's "/Date(ms+0000)/" into a Date at UTC midnight; ISO strings pass through. */
export function xeroDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return null;
}

export function xeroInstant(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v).toISOString();
  return null;
}

/** Statuses of a document that was open and no longer is (Xero's Invoice/CreditNote/BankTransaction status). */
export const XERO_CLOSING_STATUSES = ['PAID', 'VOIDED', 'DELETED'] as const;

/**
 * Why a document or posting read again is no longer an open item: paid (or AUTHORISED with nothing due), voided,
 * deleted; null for statuses that never were open (DRAFT, SUBMITTED). A posting Xero has reconciled is not closed by
 * it (reconciledBeforePeriod).
 */
export function xeroClosedReason(status: string): LedgerCloseReason | null {
  if (status === 'PAID' || status === 'AUTHORISED') return 'paid';
  if (status === 'VOIDED') return 'voided';
  if (status === 'DELETED') return 'gone';
  return null;
}

/** invoice and creditnote are documents; banktxn (spend/receive money) and payment are postings on the bank account. */
export type XeroEntryKind = 'invoice' | 'creditnote' | 'banktxn' | 'payment';

export function entryIdOf(kind: XeroEntryKind, xeroId: string): string {
  return `${kind}:${xeroId}`;
}

export function parseEntryId(id: string): { kind: XeroEntryKind; xeroId: string } | null {
  const m = /^(invoice|creditnote|banktxn|payment):([0-9a-fA-F-]{36})$/.exec(id);
  return m ? { kind: m[1] as XeroEntryKind, xeroId: m[2]! } : null;
}

/**
 * An AUTHORISED invoice (ACCREC: money in, positive) or bill (ACCPAY: money out, negative) with something still
 * due; null for anything else, or for a currency bankfeed does not handle.
 */
export function invoiceEntry(inv: Invoice, account: string): LedgerEntry | null {
  const currency = knownCurrency(inv.currencyCode);
  const type = String(inv.type);
  if (!currency || String(inv.status) !== 'AUTHORISED' || (type !== 'ACCREC' && type !== 'ACCPAY')) return null;
  const where = `Xero invoice ${inv.invoiceID} AmountDue`;
  const due = vendorAmountToMinor(inv.amountDue, currency, where);
  const date = xeroDate(inv.date);
  if (due <= 0 || !date || !inv.invoiceID) return null;
  const number = inv.invoiceNumber || null;
  return {
    id: entryIdOf('invoice', inv.invoiceID),
    date,
    dueDate: xeroDate(inv.dueDate),
    amountMinor: type === 'ACCREC' ? due : -due,
    currency,
    reference: number ?? (inv.reference || null),
    description: [type === 'ACCREC' ? 'Invoice' : 'Bill', number, inv.reference].filter(Boolean).join(' '),
    party: inv.contact?.name ?? null,
    account,
    kind: 'document',
    partyRole: type === 'ACCREC' ? 'customer' : 'supplier',
  };
}

/** A credit note with credit left: a customer's (ACCRECCREDIT) is refunded out of the bank, a supplier's comes in. */
export function creditNoteEntry(cn: CreditNote, account: string): LedgerEntry | null {
  const currency = knownCurrency(cn.currencyCode);
  const type = String(cn.type);
  if (!currency || String(cn.status) !== 'AUTHORISED' || !cn.creditNoteID) return null;
  const left = vendorAmountToMinor(
    cn.remainingCredit ?? 0,
    currency,
    `Xero credit note ${cn.creditNoteID} RemainingCredit`,
  );
  const date = xeroDate(cn.date);
  if (left <= 0 || !date) return null;
  return {
    id: entryIdOf('creditnote', cn.creditNoteID),
    date,
    dueDate: xeroDate(cn.dueDate),
    amountMinor: type === 'ACCRECCREDIT' ? -left : left,
    currency,
    reference: cn.creditNoteNumber || cn.reference || null,
    description: ['Credit note', cn.creditNoteNumber, cn.reference].filter(Boolean).join(' '),
    party: cn.contact?.name ?? null,
    account,
    kind: 'document',
    // a supplier's credit note comes in positive, yet no customer owes it
    partyRole: type === 'ACCRECCREDIT' ? 'customer' : 'supplier',
  };
}

/**
 * Whether a posting (a payment, spend or receive money) is one Xero has reconciled that is dated before the pull's
 * period (`from`): a full pull does not read it, and an incremental pull that sees it neither lists nor closes it.
 *
 * Not read: in a run the period starts 90 days before the account's first bank line, so Xero's own bank feed matched
 * such a posting to a statement line older than bankfeed's feed, as a rule; read, it would be an outstanding item no
 * bank line of the feed ever clears.
 *
 * Not closed: IsReconciled says Xero's bank feed matched the posting, not that bankfeed's statement no longer needs
 * it, and the posting's date says nothing of when the bank cleared it. One bankfeed stored (read while unreconciled:
 * a cheque written months before and not presented) and Xero reconciles since was outstanding when it was read, so
 * the line that clears it is, as a rule, one bankfeed's feed holds too: it stays open until that line's match takes
 * it, or the books delete, void or move it (those still close it). Closed as `paid` when Xero reconciled it before the
 * run matched it, that line would read as "not in the books" while Xero's balance holds the money, a false item on
 * every statement from then on. (One Xero reconciles against a line older than the feed, the team catching up in
 * Xero, was an item of bankfeed's statements before Xero reconciled it as after; the account's agreed starting point
 * settles it: docs/ledgers/xero.md.) Nor is one never stored listed when Xero touches it (a reconciled spend money
 * re-coded at year end): it would come in as an outstanding item dated before the feed.
 */
export function reconciledBeforePeriod(
  p: { status?: unknown; isReconciled?: boolean; date?: unknown },
  from: string,
): boolean {
  if (String(p.status) !== 'AUTHORISED' || p.isReconciled !== true) return false;
  const date = xeroDate(p.date);
  return date === null || date < from;
}

/**
 * Which of the bank account's own transactions (payments, spend and receive money) are the books' postings for a pull
 * whose period starts at `from`: every AUTHORISED one Xero has not reconciled, whatever its date (a cheque written
 * months ago and never presented is still outstanding), and every AUTHORISED one dated in the period whether Xero has
 * reconciled it or not. Reconciled in Xero means its own bank feed cleared it against a statement line; the statement
 * bankfeed draws up needs that posting all the same, or the bank line it pays would read as "not in the books" while
 * Xero's balance holds the money. One Xero reconciled and dated before the period is not read, nor closed when stored
 * (reconciledBeforePeriod). DELETED and VOIDED are not the books' (closed `gone`, `voided`).
 */
export function isBooksPosting(p: { status?: unknown; isReconciled?: boolean; date?: unknown }, from: string): boolean {
  return String(p.status) === 'AUTHORISED' && !reconciledBeforePeriod(p, from);
}

/** A spend or receive money transaction on the bound bank account (see isBooksPosting for which). */
export function bankTransactionEntry(bt: BankTransaction, account: string, from: string): LedgerEntry | null {
  const currency = knownCurrency(bt.currencyCode);
  const type = String(bt.type);
  if (!currency || !isBooksPosting(bt, from) || !bt.bankTransactionID) return null;
  const total = vendorAmountToMinor(bt.total, currency, `Xero bank transaction ${bt.bankTransactionID} Total`);
  const date = xeroDate(bt.date);
  if (total === 0 || !date) return null;
  return {
    id: entryIdOf('banktxn', bt.bankTransactionID),
    date,
    amountMinor: type.startsWith('SPEND') ? -total : total,
    currency,
    reference: bt.reference || null,
    description: bt.lineItems?.[0]?.description || bt.reference || type,
    party: bt.contact?.name ?? null,
    account,
    kind: 'posting',
  };
}

/** Payments that take money out of the bank account: a bill's, and refunds of a customer's credit. */
const MONEY_OUT = new Set(['ACCPAYPAYMENT', 'ARCREDITPAYMENT', 'AROVERPAYMENTPAYMENT', 'ARPREPAYMENTPAYMENT']);

/**
 * A payment on the bound bank account (see isBooksPosting for which): one bankfeed wrote back for a match, or one the
 * team recorded in Xero by hand. Its amount is what moved on the bank account (BankAmount, in the bank account's
 * currency; Amount is the document's); a customer's payment is money in, a bill's and a refund money out.
 */
export function paymentEntry(p: Payment, account: string, bankCurrency: unknown, from: string): LedgerEntry | null {
  const currency = knownCurrency(bankCurrency);
  const date = xeroDate(p.date);
  if (!currency || !date || !p.paymentID || !isBooksPosting(p, from)) return null;
  const amount = vendorAmountToMinor(p.bankAmount ?? p.amount ?? 0, currency, `Xero payment ${p.paymentID} amount`);
  if (amount === 0) return null;
  const type = p.paymentType === undefined ? null : String(p.paymentType);
  const out = type ? MONEY_OUT.has(type) : String(p.invoice?.type) === 'ACCPAY';
  const invoiceNumber = p.invoice?.invoiceNumber || p.invoiceNumber || null;
  const creditNumber = p.creditNote?.creditNoteNumber || p.creditNoteNumber || null;
  const paid = p.invoice
    ? `${String(p.invoice.type) === 'ACCPAY' || type === 'ACCPAYPAYMENT' ? 'bill' : 'invoice'} ${invoiceNumber ?? ''}`
    : p.creditNote
      ? `credit note ${creditNumber ?? ''}`
      : p.prepayment
        ? 'prepayment'
        : p.overpayment
          ? 'overpayment'
          : '';
  return {
    id: entryIdOf('payment', p.paymentID),
    date,
    amountMinor: out ? -Math.abs(amount) : Math.abs(amount),
    currency,
    reference: p.reference || invoiceNumber || creditNumber,
    description: `${p.invoice ? 'Payment' : 'Refund'} of ${paid}`.trim(),
    party:
      p.invoice?.contact?.name ??
      p.creditNote?.contact?.name ??
      p.prepayment?.contact?.name ??
      p.overpayment?.contact?.name ??
      null,
    account,
    kind: 'posting',
  };
}
