import type { BankTransaction, CreditNote, Invoice } from 'xero-node';
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
 * Why a document read again is no longer an open item: paid (or AUTHORISED with nothing due, or reconciled),
 * voided, deleted; null for statuses that never were open (DRAFT, SUBMITTED).
 */
export function xeroClosedReason(status: string): LedgerCloseReason | null {
  if (status === 'PAID' || status === 'AUTHORISED') return 'paid';
  if (status === 'VOIDED') return 'voided';
  if (status === 'DELETED') return 'gone';
  return null;
}

export type XeroEntryKind = 'invoice' | 'creditnote' | 'banktxn';

export function entryIdOf(kind: XeroEntryKind, xeroId: string): string {
  return `${kind}:${xeroId}`;
}

export function parseEntryId(id: string): { kind: XeroEntryKind; xeroId: string } | null {
  const m = /^(invoice|creditnote|banktxn):([0-9a-fA-F-]{36})$/.exec(id);
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
  };
}

/** A spend or receive money transaction on the bound bank account that is not reconciled yet. */
export function bankTransactionEntry(bt: BankTransaction, account: string): LedgerEntry | null {
  const currency = knownCurrency(bt.currencyCode);
  const type = String(bt.type);
  if (!currency || String(bt.status) !== 'AUTHORISED' || bt.isReconciled === true || !bt.bankTransactionID) return null;
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
  };
}
