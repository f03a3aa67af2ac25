import type { LedgerEntry } from '../../../domain/ledger.js';
import { currencyExponent, type CurrencyCode } from '../../../domain/currency.js';
import { Decimal } from '../../../domain/money.js';
import { knownCurrency, vendorAmountToMinor } from '../oauth/vendor-amount.js';
import { vendorReference } from '../oauth/write-keys.js';
import type { LedgerCloseReason } from '../types.js';

type Doc = Record<string, any>;

/** What a bank line may pay: open invoices, bills and credit memos (LedgerEntry.kind 'document'). */
export type QboDocumentKind = 'invoice' | 'bill' | 'creditmemo';
/** Money QuickBooks holds on the bound bank account (LedgerEntry.kind 'posting'). */
export type QboPostingKind =
  'payment' | 'billpayment' | 'deposit' | 'purchase' | 'transfer' | 'journal' | 'salesreceipt' | 'refundreceipt';
export type QboEntryKind = QboDocumentKind | QboPostingKind;

/**
 * The documents pulled: every open one whatever its date (a full pull by query, increments by Change Data Capture).
 * Invoices +Balance, bills −Balance, credit memos −RemainingCredit. Their ids name the party: write-back needs it.
 */
export const QBO_DOCUMENTS: Array<{ entity: string; kind: QboDocumentKind }> = [
  { entity: 'Invoice', kind: 'invoice' },
  { entity: 'Bill', kind: 'bill' },
  { entity: 'CreditMemo', kind: 'creditmemo' },
];

/**
 * The transactions that move money on a bank account in QuickBooks, read dated in the pull's period on every pull,
 * and whatever their date when Change Data Capture reports them changed since the last pull:
 * - Payment (a customer's receipt) deposited to it (DepositToAccountRef): +TotalAmt. One deposited to Undeposited
 *   Funds is not on the bank account until a Deposit takes it there: the Deposit is the posting then.
 * - BillPayment from it: by cheque/transfer (PayType Check, CheckPayment.BankAccountRef) or by card (PayType
 *   CreditCard, CreditCardPayment.CCAccountRef): −TotalAmt.
 * - Deposit to it: +TotalAmt. Purchase (an expense, a cheque) from it (AccountRef): −TotalAmt, a refund (Credit) +.
 * - Transfer: −Amount from it (FromAccountRef), +Amount into it (ToAccountRef).
 * - JournalEntry: its lines on the account (JournalEntryLineDetail.AccountRef), a debit in and a credit out, as one
 *   posting of the entry's net.
 * - SalesReceipt (a sale paid on the spot) deposited to it (DepositToAccountRef): +TotalAmt. One left in Undeposited
 *   Funds (QuickBooks' default) is on the bank account once a Deposit takes it there, as a Payment is.
 * - RefundReceipt (money refunded to a customer) paid from it (DepositToAccountRef, "the account from which payment
 *   money is refunded"): −TotalAmt.
 */
export const QBO_POSTINGS: Array<{ entity: string; kind: QboPostingKind }> = [
  { entity: 'Payment', kind: 'payment' },
  { entity: 'BillPayment', kind: 'billpayment' },
  { entity: 'Deposit', kind: 'deposit' },
  { entity: 'Purchase', kind: 'purchase' },
  { entity: 'Transfer', kind: 'transfer' },
  { entity: 'JournalEntry', kind: 'journal' },
  { entity: 'SalesReceipt', kind: 'salesreceipt' },
  { entity: 'RefundReceipt', kind: 'refundreceipt' },
];

export const isQboDocument = (kind: QboEntryKind): kind is QboDocumentKind =>
  kind === 'invoice' || kind === 'bill' || kind === 'creditmemo';

/** The entry id of a transaction on the bank account: what a write-back reports writing, and a pull lists. */
export const qboPostingId = (kind: QboPostingKind, txnId: string): string => `${kind}:${txnId}`;

const ENTRY_ID = new RegExp(
  `^(${[...QBO_DOCUMENTS, ...QBO_POSTINGS].map((e) => e.kind).join('|')}):(\\d+)(?::(\\d+))?$`,
);

export function parseQboEntryId(id: string): { kind: QboEntryKind; txnId: string; partyId: string | null } | null {
  const m = ENTRY_ID.exec(id);
  return m ? { kind: m[1] as QboEntryKind, txnId: m[2]!, partyId: m[3] ?? null } : null;
}

const ref = (r: Doc | undefined): string | null => (r && typeof r.value === 'string' ? r.value : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const WORDS: Record<QboEntryKind, string> = {
  invoice: 'invoice',
  bill: 'bill',
  creditmemo: 'creditmemo',
  payment: 'payment',
  billpayment: 'bill payment',
  deposit: 'deposit',
  purchase: 'purchase',
  transfer: 'transfer',
  journal: 'journal entry',
  salesreceipt: 'sales receipt',
  refundreceipt: 'refund receipt',
};

type Part = { sign: 1 | -1; value: unknown; field: string };

/**
 * How a transaction moves the bound bank account: its amounts, each signed as it moves the account (none when it does
 * not touch it), with the party it names.
 */
function bankMovement(kind: QboPostingKind, d: Doc, bankId: string): { parts: Part[]; party?: Doc } {
  switch (kind) {
    case 'payment':
    case 'salesreceipt':
      return ref(d.DepositToAccountRef) === bankId
        ? { parts: [{ sign: 1, value: d.TotalAmt, field: 'TotalAmt' }], party: d.CustomerRef }
        : { parts: [] };
    case 'deposit':
      // a Deposit names who paid on its lines (Received From), not at its head
      return ref(d.DepositToAccountRef) === bankId
        ? {
            parts: [{ sign: 1, value: d.TotalAmt, field: 'TotalAmt' }],
            party: ((d.Line as Doc[] | undefined) ?? []).find((l) => l.DepositLineDetail?.Entity)?.DepositLineDetail
              ?.Entity,
          }
        : { parts: [] };
    case 'refundreceipt':
      return ref(d.DepositToAccountRef) === bankId
        ? { parts: [{ sign: -1, value: d.TotalAmt, field: 'TotalAmt' }], party: d.CustomerRef }
        : { parts: [] };
    case 'billpayment': {
      const acct = d.PayType === 'CreditCard' ? d.CreditCardPayment?.CCAccountRef : d.CheckPayment?.BankAccountRef;
      return ref(acct) === bankId
        ? { parts: [{ sign: -1, value: d.TotalAmt, field: 'TotalAmt' }], party: d.VendorRef }
        : { parts: [] };
    }
    case 'purchase':
      return ref(d.AccountRef) === bankId
        ? { parts: [{ sign: d.Credit === true ? 1 : -1, value: d.TotalAmt, field: 'TotalAmt' }], party: d.EntityRef }
        : { parts: [] };
    case 'transfer':
      return {
        parts: [
          ...(ref(d.FromAccountRef) === bankId ? [{ sign: -1 as const, value: d.Amount, field: 'Amount' }] : []),
          ...(ref(d.ToAccountRef) === bankId ? [{ sign: 1 as const, value: d.Amount, field: 'Amount' }] : []),
        ],
      };
    case 'journal': {
      const lines = ((d.Line as Doc[] | undefined) ?? []).filter(
        (l) => ref(l.JournalEntryLineDetail?.AccountRef) === bankId,
      );
      return {
        parts: lines.map((l) => ({
          sign: l.JournalEntryLineDetail?.PostingType === 'Credit' ? -1 : 1,
          value: l.Amount,
          field: `Line ${String(l.Id)} Amount`,
        })),
        party: lines[0]?.JournalEntryLineDetail?.Entity?.EntityRef,
      };
    }
  }
}

/** A transaction's exchange rate to the home currency, when QuickBooks states one. */
function exchangeRate(d: Doc): Decimal | null {
  try {
    const r = new Decimal(String(d.ExchangeRate));
    return r.isFinite() && r.gt(0) ? r : null;
  } catch {
    return null;
  }
}

/**
 * An open document (invoice, bill, credit memo) or a transaction on the bound bank account, as bankfeed's entry; null
 * when it is neither (paid, voided, deleted, on another account, or in a currency bankfeed does not handle).
 */
export function qboEntry(
  kind: QboEntryKind,
  d: Doc,
  bankId: string,
  bankCurrency: CurrencyCode,
  account: string,
): LedgerEntry | null {
  if (d.status === 'Deleted' || typeof d.Id !== 'string' || typeof d.TxnDate !== 'string') return null;
  const own = d.CurrencyRef ? knownCurrency(d.CurrencyRef.value) : bankCurrency;
  if (!own) return null;
  // A transaction on the bank account in another currency (a foreign customer's payment into the home-currency
  // account) moved the account by its amount at its exchange rate: the posting is in the account's currency.
  const converted = !isQboDocument(kind) && own !== bankCurrency;
  const currency = converted ? bankCurrency : own;
  const rate = converted ? exchangeRate(d) : null;
  if (converted && rate === null) return null;
  const minor = (v: unknown, field: string) =>
    vendorAmountToMinor(
      rate === null
        ? (v ?? 0)
        : new Decimal(String(v ?? 0))
            .times(rate)
            .toDecimalPlaces(currencyExponent(currency), Decimal.ROUND_HALF_UP)
            .toString(),
      currency,
      `QuickBooks ${kind} ${d.Id} ${field}${rate === null ? '' : ` at ${rate.toString()}`}`,
    );
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
    default: {
      const m = bankMovement(kind, d, bankId);
      if (m.parts.length === 0) return null;
      amount = m.parts.reduce((t, p) => t + p.sign * minor(p.value, p.field), 0);
      partyRef = m.party;
    }
  }
  if (amount === 0) return null;
  const document = isQboDocument(kind);
  if (document && Math.sign(amount) !== (kind === 'invoice' ? 1 : -1)) return null;
  const party = ref(partyRef);
  const number = text(d.DocNumber);
  const note = text(d.PrivateNote);
  // What bankfeed wrote carries its key in the note ("bankfeed <key>"): its reference is the one bankfeed gives
  // every write (vendorReference), so a rule's charge is known for its own when read back (written-postings.ts).
  const written = note ? /^bankfeed (\S+)/.exec(note) : null;
  return {
    id: document ? `${kind}:${d.Id}:${party ?? '0'}` : qboPostingId(kind, d.Id),
    date: d.TxnDate,
    dueDate: typeof d.DueDate === 'string' ? d.DueDate : null,
    amountMinor: amount,
    currency,
    reference: written ? vendorReference(written[1]!) : (number ?? text(d.PaymentRefNum)),
    description: [WORDS[kind], number, note].filter(Boolean).join(' '),
    party: typeof partyRef?.name === 'string' ? partyRef.name : null,
    account,
    kind: document ? 'document' : 'posting',
    ...(document ? { partyRole: kind === 'bill' ? ('supplier' as const) : ('customer' as const) } : {}),
  };
}

/**
 * Why a changed document is closed: deleted (CDC reports only its Id: every entry of that transaction, whatever
 * the party, by id prefix), voided (QuickBooks zeroes a voided transaction's total) or paid (no balance left).
 * Closing an id the store never held is harmless.
 */
export function qboClosed(
  kind: QboDocumentKind,
  d: Doc,
): { id: string; reason: LedgerCloseReason; prefix?: boolean } | null {
  if (typeof d.Id !== 'string') return null;
  if (d.status === 'Deleted') return { id: `${kind}:${d.Id}:`, reason: 'gone', prefix: true };
  const voided = Number(d.TotalAmt ?? 0) === 0;
  return { id: `${kind}:${d.Id}:${ref(partyOf(kind, d)) ?? '0'}`, reason: voided ? 'voided' : 'paid' };
}

/**
 * Why a transaction of the bank account that changed (Change Data Capture, whatever its date) is no longer a posting
 * of it: deleted (CDC reports only its Id and status) or moved to another account is gone; voided is QuickBooks
 * zeroing its amounts (the transaction stays, with "Voided" in its note). Closing an id the store never held is
 * harmless.
 */
export function qboPostingClosed(kind: QboPostingKind, d: Doc): { id: string; reason: LedgerCloseReason } | null {
  if (typeof d.Id !== 'string') return null;
  const id = qboPostingId(kind, d.Id);
  if (d.status === 'Deleted') return { id, reason: 'gone' };
  return { id, reason: zeroed(kind, d) ? 'voided' : 'gone' };
}

/** Whether every amount of a transaction is zero, as QuickBooks leaves a voided one. */
function zeroed(kind: QboPostingKind, d: Doc): boolean {
  const zero = (v: unknown) => v === undefined || v === null || Number(v) === 0;
  if (kind === 'transfer') return zero(d.Amount);
  if (kind === 'journal') return ((d.Line as Doc[] | undefined) ?? []).every((l) => zero(l.Amount));
  return zero(d.TotalAmt);
}

/**
 * A changed invoice, bill or credit memo still open: the entries it was open as under any party, closed by id prefix
 * as gone (its own, listed open in the same pull, stays open: the pull's newest word is the entry itself).
 */
export function qboOtherParties(
  kind: QboDocumentKind,
  d: Doc,
): { id: string; reason: LedgerCloseReason; prefix: true } | null {
  if (typeof d.Id !== 'string') return null;
  return { id: `${kind}:${d.Id}:`, reason: 'gone', prefix: true };
}

function partyOf(kind: QboDocumentKind, d: Doc): Doc | undefined {
  return kind === 'bill' ? d.VendorRef : d.CustomerRef;
}
