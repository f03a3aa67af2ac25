import type { Evidence } from '../../domain/reconciliation.js';
import {
  BookedCharges,
  CHARGE_WORDS,
  chargeEvidence,
  isAcquirerCharge,
  isGatewayPayout,
  NOT_TAKINGS,
  SENT_BACK,
  namesGateway,
  namesWallet,
  otherAcquirer,
  sameAcquirer,
  entryText,
} from '../acquirer-charges.js';
import type { AssignmentState, Pair } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, dayNumber, entryWords } from '../prepared.js';
import { firstOnOrAfter } from '../day-order.js';
import { describeKey } from '../references.js';
import { DOCUMENT } from '../same-amounts.js';
import { PAID_FROM, SETTLEMENT_WORDS, paymentWayOf, terminalIdOf, writtenDayOf } from '../settlement-keys.js';
import { SETTLEMENT_BATCH_DAYS, SETTLEMENT_MAX_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * A settlement that carries its batch's id, and the books' entry of that batch's gross takings carrying the same id
 * ("MPESA C2B SETTLEMENT PAYBILL 522533 SET57837" and "M-PESA paybill collections 01/10/2025", reference SET57837; "YOCO
 * PAYOUT 0971427" and "Card sales (gross) payout 0971427"): the id names the one batch, so a shortfall within what
 * acquirers charge is the acquirer's charge, not a batch still to come. Confirmed when the id is on no other line or
 * entry, the entry is takings (no document, no customer), neither side names another way of paying or acquirer, and
 * the books hold no other charge near it; the charge is written off (or, booked as an entry of exactly the gap, taken
 * into the group). A settlement naming a terminal is pass 4's terminal-and-day reading: a terminal id recurs daily.
 */
export function batchSettlements(state: AssignmentState): void {
  const { opts } = state;
  let charges: BookedCharges | null = null;
  let debits: PreparedLedger[] | null = null;
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign < 0) continue;
    const p = onlyQuote(state, b);
    if (p === null || !state.ledgerOpen(p.l) || !state.allowed(b, p.l)) continue;
    if (!batchTakings(p.l) || !readsAsSettlement(b, p.l)) continue;
    const l = p.l;
    const gap = l.abs - b.abs;
    // an exact or tolerated amount is the reference pass's; only a charge's shortfall is read here
    if (p.s.fit !== 'short' && p.s.fit !== 'partial') continue;
    if (!isAcquirerCharge(gap, l.abs) || b.line.currency !== l.entry.currency) continue;
    const salesDay = writtenDayOf(entryWords(l)) ?? l.day;
    if (b.day < Math.min(salesDay, l.day) || b.day - l.day > SETTLEMENT_MAX_DAYS) continue;
    const said = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
    const booked = entryText(l);
    if (otherAcquirer(said, booked)) continue;
    charges ??= new BookedCharges(state);
    const charge = charges.find(l.entry.currency, gap, salesDay, b.day, `${said} ${booked}`);
    // a part of the batch may still come until its window closes; the books may account for the gap otherwise (a fee
    // booked later from the acquirer's report or invoice, a customer's reversal netted from the sweep)
    if (charge.fee === null && !windowClosed(state, salesDay)) continue;
    if (charge.fee === null && booksAccount(state, (debits ??= openDebitsByDay(state)), b, l, salesDay, said)) continue;
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `the settlement's batch ${describeKey(p.s.key!)} is the takings entry's, and no other line or entry carries it`,
        weight: WEIGHTS.settlement,
      },
      chargeEvidence(charge, gap, l.abs, opts.writeOffAccount),
      { kind: 'date', detail: 'settled within days of the takings', weight: WEIGHTS.date },
    ];
    const confidence = evidenceSum(ev);
    // the books hold a charge of another amount near it: what the gap is, a person reads
    if (charge.other || confidence < opts.autoConfirmThreshold) continue;
    const ls = charge.fee ? [l, charge.fee] : [l];
    state.claim(group([b], ls, charge.fee ? 'split' : 'reference', confidence, ev, opts), [b], ls);
  }
}

/**
 * A credit worded as a settlement or payout ("MPESA C2B SETTLEMENT", "MERCHANT SETTLEMENT 61000231", "YOCO PAYOUT"), or
 * from a gateway the takings entry names too ("NIP/ACCESS/FLUTTERWAVE TECHNOLOGY SOL/FLW-SET-2466105" against
 * "Flutterwave payout"), naming no terminal and no document, sending nothing back.
 */
function readsAsSettlement(b: PreparedBank, l: PreparedLedger): boolean {
  // the reference field too: a bank writing only "INWARD EFT" leaves the payer's "YOCO PAYOUT 3457377" there
  const text = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
  if (terminalIdOf(text) !== null || terminalIdOf(b.line.reference) !== null) return false;
  if (DOCUMENT.test(text) || SENT_BACK.test(text) || NOT_TAKINGS.test(text)) return false;
  if (isGatewayPayout(text) || sameAcquirer(text, entryText(l), true)) return true;
  // a settlement word alone, from someone named ("NIP FRM OKEKE VENTURES/SETTLEMENT DEP23-0612"), is a customer
  // settling an account: only the acquirer's or a way of paying's settlement is read
  if (!SETTLEMENT_WORDS.test(text)) return false;
  return !PAID_FROM.test(text) || paymentWayOf(text) !== null || namesGateway(text) || namesWallet(text);
}

/**
 * The line's one candidate sharing a batch id, when that id is on no other line either: a batch id is written once on
 * each side (a paybill, till or merchant number on every settlement is no batch id, and is passed over).
 */
function onlyQuote(state: AssignmentState, b: PreparedBank): Pair | null {
  const narration = b.line.narration ?? '';
  let found: Pair | null = null;
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    const p = state.pairAt(i);
    // the till or paybill number every day's settlement and takings entry write says nothing of the batch
    if (!p.s.referenceHit || !batchId(p.s.key!, narration)) continue;
    if (found !== null || p.s.serialOnly) return null;
    found = p;
  }
  if (found === null) return null;
  for (let i = state.firstPairOfEntry(found.l), to = state.endPairOfEntry(found.l); i < to; i++) {
    const q = state.entryPairAt(i);
    if (q !== found && q.s.referenceHit && batchId(q.s.key!, q.b.line.narration ?? '')) return null;
  }
  return found;
}

/**
 * Whether the books hold something the gap may be, beyond what BookedCharges reads near the settlement: an open debit
 * naming the acquirer or wallet the line names, or worded as an acquirer's charge, dated from the sales day to a month
 * after the settlement, that writes no other day than the sales day (a fee booked from the payout report days later,
 * "Yoco fees 13/06/2025"; a month's fee invoice, "Yoco fees June 2025", of that month; a customer's reversal
 * "M-PESA reversal - paid wrong paybill" netted from the sweep).
 */
export function booksAccount(
  state: AssignmentState,
  debits: readonly PreparedLedger[],
  b: PreparedBank,
  l: PreparedLedger,
  salesDay: number,
  said: string,
): boolean {
  for (let i = firstOnOrAfter(debits, salesDay - SETTLEMENT_BATCH_DAYS); i < debits.length; i++) {
    const d = debits[i]!;
    if (d.day > b.day + BOOKED_LATER_DAYS) break;
    if (d === l || !state.ledgerOpen(d) || d.entry.currency !== l.entry.currency) continue;
    const text = entryText(d);
    if (!sameAcquirer(said, text) && !CHARGE_WORDS.test(text)) continue;
    const written = writtenDayOf(text);
    if (written === null || written === salesDay) {
      // a charge dated well after the settlement counts only as that month's (its invoice) or naming the sales day
      if (d.day <= b.day + SETTLEMENT_BATCH_DAYS || written === salesDay || sameMonth(d.day, salesDay)) return true;
    }
  }
  return false;
}

/** The open debits, by day: what booksAccount reads, made once per pass. */
export function openDebitsByDay(state: AssignmentState): PreparedLedger[] {
  const out: PreparedLedger[] = [];
  for (let li = 0; li < state.ledgers.length; li++)
    if (state.ledgerOpenAt(li) && state.ledgers[li]!.sign < 0) out.push(state.ledgers[li]!);
  return out.sort((x, y) => x.day - y.day || x.order - y.order);
}

const BOOKED_LATER_DAYS = 31;
const sameMonth = (x: number, y: number) => {
  const a = new Date(x * 86_400_000);
  const c = new Date(y * 86_400_000);
  return a.getUTCFullYear() === c.getUTCFullYear() && a.getUTCMonth() === c.getUTCMonth();
};

/** Every part of a sales day's batch can have arrived: the bank data reaches SETTLEMENT_MAX_DAYS past it. */
const windowClosed = (state: AssignmentState, salesDay: number) =>
  state.newestBankDay - salesDay >= SETTLEMENT_MAX_DAYS;

/**
 * Whether the shared key can be a batch's id: not the number of the paybill, till, merchant or account the line names
 * ("PAYBILL 522533": on every settlement of that account), nor a calendar day run together ("20251002": a credit's own
 * value date).
 */
function batchId(key: string, narration: string): boolean {
  const digits = key.replace(/\D/g, '');
  if (digits.length === 0) return true;
  if (
    digits.length === 8 &&
    (isDay(digits.slice(0, 4), digits.slice(4, 6), digits.slice(6)) ||
      isDay(digits.slice(4), digits.slice(2, 4), digits.slice(0, 2)))
  )
    return false;
  const stripped = digits.replace(/^0+(?=\d)/, '');
  for (const m of narration.matchAll(ACCOUNT_NUMBER)) if (m[1]!.replace(/^0+(?=\d)/, '') === stripped) return false;
  return true;
}

const ACCOUNT_NUMBER =
  /\b(?:PAY\s*BILL|TILL|MERCHANT|MID|SHORT\s*CODE|BUSINESS\s*NO|ACC(?:OUN)?T|A\/C)\s*(?:NO\.?|#|:)?\s*(\d{3,12})\b/gi;

/** y-m-d, as written digits, is a calendar day of this century (read by the one business-date parser). */
function isDay(y: string, m: string, d: string): boolean {
  if (!y.startsWith('20')) return false;
  try {
    dayNumber(`${y}-${m}-${d}`, 'a batch id');
    return true;
  } catch {
    return false;
  }
}

const TAKINGS = /\b(TAKINGS|SALES|COLLECTIONS?|RECEIPTS|CARDS?|POS|TILL|SPEEDPOINT|PAYOUTS?|SETTL\w*)\b/i;

/**
 * An entry of a batch's takings: it says takings (sales, collections, a payout) or names the acquirer, quotes no
 * document, and has no party but the acquirer or wallet (a customer's receipt is a customer's, whatever it quotes).
 */
function batchTakings(l: PreparedLedger): boolean {
  const party = l.entry.party ?? null;
  const text = entryText(l);
  // takings booked net of the acquirer's fees already: whatever the payout lacks is no charge
  if (DOCUMENT.test(text) || NET.test(text) || NOT_A_BATCH.test(text)) return false;
  // a party that is a nominal account's number ("1200", Sage's bank account) is no customer
  if (party && !/^\s*\d+\s*$/.test(party) && !namesGateway(party) && !namesWallet(party)) return false;
  return TAKINGS.test(text) || namesGateway(text) || namesWallet(text);
}

const NET = /\bNET\b/i;
/**
 * An insurer's claim settled: a settlement, never takings ("Santam claim settlement 3457377"). (A lender's paybill
 * collections of loan repayments are its takings.)
 */
const NOT_A_BATCH = /\b(CLAIMS?|INSURANCE|INSURER|ASSURANCE|POLICY|EXCESS)\b/i;
