import type { LedgerEntry } from '../../../domain/ledger.js';
import type { CurrencyCode } from '../../../domain/currency.js';
import { knownCurrency, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import type { LedgerCloseReason } from '../types.js';

type Doc = Record<string, any>;

export type QboEntryKind = 'invoice' | 'bill' | 'creditmemo' | 'deposit' | 'purchase' | 'payment';

/** The entities pulled, with how each becomes an open item on the bound bank account (null: not open, not ours). */
export const QBO_ENTITIES: Array<{ entity: string; kind: QboEntryKind }> = [
  { entity: 'Invoice', kind: 'invoice' },
  { entity: 'Bill', kind: 'bill' },
  { entity: 'CreditMemo', kind: 'creditmemo' },
  { entity: 'Deposit', kind: 'deposit' },
  { entity: 'Purchase', kind: 'purchase' },
  { entity: 'Payment', kind: 'payment' },
];

export function parseQboEntryId(id: string): { kind: QboEntryKind; txnId: string; partyId: string | null } | null {
  const m = /^(invoice|bill|creditmemo|deposit|purchase|payment):(\d+)(?::(\d+))?$/.exec(id);
  return m ? { kind: m[1] as QboEntryKind, txnId: m[2]!, partyId: m[3] ?? null } : null;
}

const ref = (r: Doc | undefined): string | null => (r && typeof r.value === 'string' ? r.value : null);

/**
 * Invoices (+Balance), bills (−Balance) and credit memos (−RemainingCredit) still open; deposits (+), purchases
 * (−, a credit card credit +) and customer payments (+) that went through the bound bank account.
 */
export function qboEntry(
  kind: QboEntryKind,
  d: Doc,
  bankId: string,
  bankCurrency: CurrencyCode,
  account: string,
): LedgerEntry | null {
  if (d.status === 'Deleted' || typeof d.Id !== 'string' || typeof d.TxnDate !== 'string') return null;
  const currency = d.CurrencyRef ? knownCurrency(d.CurrencyRef.value) : bankCurrency;
  if (!currency) return null;
  const minor = (v: unknown, field: string) =>
    vendorAmountToMinor(v ?? 0, currency, `QuickBooks ${kind} ${d.Id} ${field}`);
  let amount: number;
  let partyRef: Doc | undefined;
  switch (kind) {
    case 'invoice':
      amount = minor(d.Balance, 'Balance');
      partyRef = d.CustomerRef;
      break;
    case 'bill':
      amount = -minor(d.Balance, 'Balance');
      partyRef = d.VendorRef;
      break;
    case 'creditmemo':
      amount = -minor(d.RemainingCredit, 'RemainingCredit');
      partyRef = d.CustomerRef;
      break;
    case 'deposit':
      if (ref(d.DepositToAccountRef) !== bankId) return null;
      amount = minor(d.TotalAmt, 'TotalAmt');
      break;
    case 'purchase':
      if (ref(d.AccountRef) !== bankId) return null;
      amount = (d.Credit === true ? 1 : -1) * minor(d.TotalAmt, 'TotalAmt');
      partyRef = d.EntityRef;
      break;
    case 'payment':
      if (ref(d.DepositToAccountRef) !== bankId) return null;
      amount = minor(d.TotalAmt, 'TotalAmt');
      partyRef = d.CustomerRef;
      break;
  }
  if (amount === 0) return null;
  if (
    (kind === 'invoice' || kind === 'bill' || kind === 'creditmemo') &&
    Math.sign(amount) !== (kind === 'invoice' ? 1 : -1)
  )
    return null;
  const party = ref(partyRef);
  const id =
    kind === 'invoice' || kind === 'bill' || kind === 'creditmemo'
      ? `${kind}:${d.Id}:${party ?? '0'}`
      : `${kind}:${d.Id}`;
  const number = typeof d.DocNumber === 'string' && d.DocNumber !== '' ? d.DocNumber : null;
  return {
    id,
    date: d.TxnDate,
    dueDate: typeof d.DueDate === 'string' ? d.DueDate : null,
    amountMinor: amount,
    currency,
    reference: number ?? (typeof d.PaymentRefNum === 'string' ? d.PaymentRefNum : null),
    description: [kind, number, typeof d.PrivateNote === 'string' ? d.PrivateNote : null].filter(Boolean).join(' '),
    party: typeof partyRef?.name === 'string' ? partyRef.name : null,
    account,
  };
}

/**
 * Why a changed document is closed: deleted (CDC reports only its Id: every entry of that transaction, whatever
 * the party, by id prefix), voided (QuickBooks zeroes a voided transaction's total), paid (no balance left), or, for
 * a deposit, purchase or payment, moved to another bank account. Closing an id the store never held is harmless.
 */
export function qboClosed(
  kind: QboEntryKind,
  d: Doc,
): { id: string; reason: LedgerCloseReason; prefix?: boolean } | null {
  if (typeof d.Id !== 'string') return null;
  const perParty = kind === 'invoice' || kind === 'bill' || kind === 'creditmemo';
  if (d.status === 'Deleted') return { id: `${kind}:${d.Id}${perParty ? ':' : ''}`, reason: 'gone', prefix: perParty };
  const voided = Number(d.TotalAmt ?? 0) === 0;
  if (!perParty) return { id: `${kind}:${d.Id}`, reason: voided ? 'voided' : 'gone' };
  return { id: `${kind}:${d.Id}:${ref(partyOf(kind, d)) ?? '0'}`, reason: voided ? 'voided' : 'paid' };
}

/**
 * A changed invoice, bill or credit memo still open: the entries it was open as under any party, closed by id prefix
 * as gone (its own, listed open in the same pull, stays open: the pull's newest word is the entry itself).
 */
export function qboOtherParties(
  kind: QboEntryKind,
  d: Doc,
): { id: string; reason: LedgerCloseReason; prefix: true } | null {
  if (typeof d.Id !== 'string' || !(kind === 'invoice' || kind === 'bill' || kind === 'creditmemo')) return null;
  return { id: `${kind}:${d.Id}:`, reason: 'gone', prefix: true };
}

function partyOf(kind: QboEntryKind, d: Doc): Doc | undefined {
  return kind === 'bill' ? d.VendorRef : d.CustomerRef;
}
