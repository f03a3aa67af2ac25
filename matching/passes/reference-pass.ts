import { counted } from '../../domain/counted.js';
import { percentText } from '../ratio.js';
import type { Evidence, SuggestionCandidate } from '../../domain/reconciliation.js';
import { SENT_BACK, isAcquirerCharge, isGatewayTakings, namesGateway } from '../acquirer-charges.js';
import type { AssignmentState, Pair } from '../assignment.js';
import { countryPresetsOn, deductionAccount, deductionFor, withheldAsStated, withholdingFor } from '../deductions.js';
import { clearParty } from './counterparty-pass.js';
import { partyKeysOf } from '../candidates.js';
import { paidOnItsOwnDay } from './dated-twins.js';
import {
  isRateOf,
  statedDeduction,
  statedWithholdingRate,
  namesOtherShortfall,
  statesChargesDeducted,
  statesWithholding,
} from './stated-deduction.js';
import { evidenceOf, evidenceSum, group, pairGroup, splitEvidence, splitsFor } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { sharedKeyIdOf } from '../key-table.js';
import { dateEvidence, round4 } from '../scoring.js';
import { reversalMarkers } from './reversal-pairs.js';
import { findSignedSubsets } from '../subset-sum.js';
import { strongestFirst } from './strongest-first.js';
import { PAID_FROM, PAID_TO, SETTLEMENT_WORDS, paymentWayOf, terminalIdOf, writtenDayOf } from '../settlement-keys.js';
import {
  ADVANCE_PAYMENT_DAYS,
  CREDIT_NOTE_OFFERED,
  PAYER_CHARGE_MAX_MINOR,
  REVERSAL_MAX_DAYS,
  TIE_EPSILON,
  WEIGHTS,
} from '../thresholds.js';
import { overAllowance, underAllowance } from '../tolerance.js';
import { CHEQUE, DOCUMENT } from '../same-amounts.js';
import { advanceForInvoice } from '../advance-for-invoice.js';

/** Fits that settle a document: exact, within tolerance either way, or over-paid (the extra stays on the bank line). */
export const settles = (p: Pair) =>
  p.s.fit === 'exact' || p.s.fit === 'under_within' || p.s.fit === 'over_within' || p.s.fit === 'over';

/**
 * Pass 2 — references. A reference token found in the bank text (invoice number in any writing, payment reference,
 * session id, cheque number) is the strongest evidence there is, so these pairs claim first, strongest first over the
 * whole batch (input order never matters). A pair is confirmed when its evidence reaches the threshold, or when its
 * reference names exactly one open document that no other bank line quotes and the amount settles it exactly (a name
 * written differently by the payer's bank cannot undo that). A free rival with the same score is a tie: not decided.
 * Then reference-backed splits: one line quoting several documents that sum to it, several part payments of one.
 */
export function referencePass(state: AssignmentState): void {
  const { opts } = state;
  const threshold = opts.autoConfirmThreshold;
  // pairs to confirm; the few with more evidence than their own carry it in `more` (no claim object for the rest)
  const candidates: Pair[] = [];
  const more = new Map<Pair, Claim>();
  // the open lines with a candidate sharing a reference: the only ones referenceSplits can combine for (lines only close)
  const quoting: number[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    const from = state.firstPairOf(b);
    const to = state.endPairOf(b);
    let quotes = false;
    // a card settlement naming its sales day ("POS SETTLEMENT TID 2044KD19 31/12"): read once the line shares a reference
    let salesDay: number | null | undefined;
    for (let i = from; i < to; i++) {
      const p = state.pairAt(i);
      // every reading below rests on a reference the two share
      if (!p.s.referenceHit) continue;
      // the terminal id is on every day's takings of the terminal: an entry writing another day than the one the line
      // names is another day's takings, whatever the amount (one writing no day may be the settlement itself)
      salesDay ??= statedSalesDay(b);
      if (salesDay !== null && otherDayWritten(p.l, salesDay)) continue;
      if (!quotes) {
        quotes = true;
        quoting.push(bi);
      }
      // money paid months before the document was raised does not settle it: its number is another year's, or
      // another document's; a pro-forma, quote or order is paid ahead by design
      if (p.l.day - p.b.day > ADVANCE_PAYMENT_DAYS && !PAID_AHEAD.test(lineWords(p.b))) continue;
      const withheld =
        withheldAtSource(state, p) ??
        gatewayCharged(state, p) ??
        deductedAsStated(state, p) ??
        chargesDeducted(state, p);
      if (withheld) {
        candidates.push(p);
        more.set(p, withheld);
        continue;
      }
      if (!settles(p)) continue;
      // a line that references several open documents is a batch payment: it may not settle one with a residual
      if ((p.s.fit === 'over' || p.s.fit === 'over_within') && referenceHits(state, from, to) >= 2) continue;
      // a year-less serial is too short to carry an over-payment beyond tolerance (a typo lands on a neighbour), unless
      // the payer the document belongs to is named too
      if (p.s.fit === 'over' && p.s.serialOnly && !clearParty(p)) continue;
      // nor a payment from another payer (or to another payee) than the one the document is booked to: "NIP FRM KANO
      // MILLERS inv 515" against Bola Stores' INV-2026-0515 is a look-alike number, for a person to read
      if (p.s.serialOnly && (fromAnotherPayer(p) || unclearSerial(state, p))) continue;
      // nor another party's document of the same number (anothersDocument)
      if (anothersDocument(state, p)) continue;
      // nor money paid ahead of the document, quoting none: what it shares with the entry is the payer's (the unit, the
      // plot), not the document's
      if (advanceForInvoice(p.b, p.l) && !DOCUMENT.test(lineWords(p.b))) continue;
      if (p.s.confidence >= threshold) candidates.push(p);
      else if (soleReference(state, p)) {
        const ev = evidenceOf(p, SOLE_REFERENCE);
        const confidence = evidenceSum(ev);
        if (confidence >= threshold) {
          candidates.push(p);
          more.set(p, { ev, confidence, strength: weightSum(ev), withheldTo: null });
        }
      }
    }
  }
  const residuals = new OverPaidResiduals(state, candidates);
  const returned = new Returns(state);
  // claims go strongest first (by their own evidence), then as their pairs rank
  const strengthOf = more.size === 0 ? null : (p: Pair) => more.get(p)?.strength ?? p.s.strength;
  const ordered = strongestFirst(candidates, strengthOf);
  for (let k = 0; k < ordered.length; k++) {
    const p = ordered[k]!;
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    if (tied(state, p) || residuals.payAnother(p) || returned.of(p) || voucherByChance(state, p)) continue;
    // a document quoted by two equal payments, or booked twice: only equal instalments each paid on its day are read
    const twin = quotedByTwin(state, p) || bookedTwice(state, p) ? paidOnItsOwnDay(state, p) : undefined;
    if (twin === null) continue;
    const c = more.size === 0 ? undefined : more.get(p);
    const kind = p.s.fit === 'exact' && !p.s.referenceHit ? 'exact' : 'reference';
    const ev = c?.ev ?? (twin ? evidenceOf(p, twin) : evidenceOf(p));
    const g = pairGroup(p.b, p.l, kind, c?.confidence ?? (twin ? evidenceSum(ev) : p.s.confidence), ev, opts);
    if (c?.withheldTo && g.writeOff) g.writeOff = { ...g.writeOff, account: c.withheldTo };
    state.claimPair(g, p.b, p.l);
  }
  referenceSplits(state, quoting);
}

/** The entry writes a day (its takings' day) other than `day`. */
function otherDayWritten(l: PreparedLedger, day: number): boolean {
  const written = writtenDayOf(entryWords(l));
  return written !== null && written !== day;
}

/** The sales day a card settlement with a terminal id writes, or null. */
function statedSalesDay(b: PreparedBank): number | null {
  const text = lineWords(b);
  return terminalIdOf(text) === null ? null : writtenDayOf(text, b.day);
}

/**
 * A year-less serial that decides nothing on its own: a refund quoting it against an entry that is no refund; one
 * document of each direction carries it, of two parties (a customer's invoice 452 and a supplier's bill 452) and the
 * entry's party is not named; or the line
 * names a payer whose own open entry is its exact amount ("GIP CREDIT/MENSAH KWAME/inv 452" against Ama Owusu's invoice
 * 452 while Kwame Mensah's receipt of the amount is open).
 */
function unclearSerial(state: AssignmentState, p: Pair): boolean {
  // a refund quotes the customer's document: a bill of the same serial, booked to someone the line does not name, is
  // not it (a supplier's refund of its own bill, booked as its credit note, is)
  if (REFUND_WORD.test(p.b.line.narration ?? '') && !REFUND_ENTRY.test(entryWords(p.l)) && !clearParty(p)) return true;
  const crossed = state.crossedSerials;
  if (crossed !== null && !clearParty(p)) {
    const id = sharedKeyIdOf(p.b, p.l);
    if (id >= 0 && crossed[id] === 1) return true;
  }
  return payerOwesIt(state, p);
}

/**
 * Paid out to (or, read for a refund, received from) a payee the line names clearly who is another party of the books
 * than the bill's ("NIP TRF TO KANO
 * MILLERS LTD INV 452" against Okon Freight's INV-0452, Kano Millers being a party of the books): a name the books do
 * not know, or one cut short ("TO TOBINCO"), says nothing against the bill.
 */
/**
 * The document the pair shares is another party's: a bill's number paid to a payee the line names who is not the
 * bill's supplier (small suppliers number alike: two INV-0452s), a full reference from a payer who owes the amount on
 * its own open entry (a slip of a digit, for a person to read), or a refund from another party of the books quoting
 * that party's own document ("NIP FRM KANO MILLERS LTD REFUND INV 452": the supplier's invoice 452, not our
 * customer's). The instalments pass reads a quote with the same eyes.
 */
export function anothersDocument(state: AssignmentState, p: Pair): boolean {
  if (!p.s.serialOnly && ((p.b.sign < 0 && paidToAnotherParty(state, p)) || payerOwesIt(state, p))) return true;
  return p.b.sign > 0 && refundFromAnotherParty(state, p);
}

function paidToAnotherParty(state: AssignmentState, p: Pair): boolean {
  if (p.s.partyKind !== null && p.s.partyWeight >= 0) return false;
  const party = p.l.partyKey;
  const index = state.partyIndex;
  // the payee after TO, in its own field, or between a channel's slashes ("NIP/KANO MILLERS LTD/INV-0452")
  if (party === null || index === null) return false;
  for (const key of partyKeysOf(p.b)) if (key !== party && index.idOf(key) >= 0) return true;
  return false;
}

/** The line names a payer who is not the entry's party and whose own open entry is the line's exact amount. */
function payerOwesIt(state: AssignmentState, p: Pair): boolean {
  // the entry's party named, or not named at all ("counterparty differs" is the line naming someone else)
  if (p.s.partyKind !== null && p.s.partyWeight >= 0) return false;
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    const q = state.pairAt(i);
    if (q !== p && q.s.fit === 'exact' && q.s.partyWeight > 0 && state.ledgerOpen(q.l)) return true;
  }
  return false;
}

/** A refund the line names from another party of the books than the entry's, which is no refund or credit note. */
function refundFromAnotherParty(state: AssignmentState, p: Pair): boolean {
  return (
    REFUND_WORD.test(p.b.line.narration ?? '') && !REFUND_ENTRY.test(entryWords(p.l)) && paidToAnotherParty(state, p)
  );
}

/** A document paid before the goods come: a pro-forma, a quote, an order, a deposit on one. */
const PAID_AHEAD = /\b(?:PFI|PRO-?\s?FORMA|PROFORMA|QUOTE|QUOTATION|QUO|LPO|PO|ORDER|DEPOSIT|ADVANCE)\b/i;

const REFUND_WORD = /\bREFUND(?:ED|S)?\b/i;
const REFUND_ENTRY = /\b(?:REFUND(?:ED|S)?|CREDIT\s+NOTE|CN)\b/i;

/**
 * The line names a payer (after FROM or B/O) or, paid out, a payee (after TO), and the books book the entry to a party of
 * which the line writes nothing (no name, narration, trading or short name found: the pair's party kind is none).
 */
function fromAnotherPayer(p: Pair): boolean {
  if (p.s.partyKind !== null || p.l.partyTokens.length === 0) return false;
  const narration = p.b.line.narration ?? '';
  return (p.b.sign < 0 ? PAID_TO : PAID_FROM).test(narration);
}

/**
 * An over-payment whose extra is exactly another open entry's amount (same sign and currency, inside the date window)
 * pays that entry too ("INV 1213 & 1214" where only 1213 is read as a reference): a split for a person, not a document
 * paid over with the extra left on the line. One scan of the entries, for the few residuals asked about.
 */
class OverPaidResiduals {
  /** by residual: the open entries of exactly that amount, their day and payer */
  private readonly days = new Map<string, Array<{ day: number; party: string | null }>>();

  constructor(
    private readonly state: AssignmentState,
    candidates: readonly Pair[],
  ) {
    for (const p of candidates) if (overPaid(p)) this.days.set(residualKey(p), []);
    if (this.days.size === 0) return;
    for (let li = 0; li < state.ledgers.length; li++) {
      if (!state.ledgerOpenAt(li)) continue;
      const l = state.ledgers[li]!;
      this.days.get(`${l.entry.currency}|${l.sign * l.abs}`)?.push({ day: l.day, party: l.partyKey });
    }
  }

  payAnother(p: Pair): boolean {
    if (!overPaid(p)) return false;
    // the narration quotes several documents ("INV 3318 & 3319"): the extra pays the others, whatever it comes to. Each
    // field on its own: "… INV 4434" and the bank's own reference 99911625… side by side are no list
    if (SEVERAL_DOCUMENTS.test(p.b.line.narration ?? '') || SEVERAL_DOCUMENTS.test(p.b.line.reference ?? ''))
      return true;
    // an open entry of exactly the extra: inside the date window, or the same payer's however old (arrears are what is
    // most often paid along)
    const w = this.state.opts.dateWindowDays;
    return (this.days.get(residualKey(p)) ?? []).some(
      (e) => Math.abs(e.day - p.b.day) <= w || (e.party !== null && e.party === p.l.partyKey),
    );
  }
}

/**
 * A document word, then two or more numbers apart ("INV 3318 & 3319", "INV 3318 3319 3320", "INVOICES 12, 13"); not a
 * year and serial ("INV 2025 0417", "INV20250417").
 */
const SEVERAL_DOCUMENTS =
  /\b(?:INV|INVOICES?|INVS|BILLS?)[\s.#:]*(?!(?:19|20)\d\d\b)\d{2,}(?:\s*(?:&|AND|,|\+)\s*\d{2,}|\s+\d{2,})+\b/i;

/**
 * Credits that return a payment ("Returned Payment: BUILDIT 7730114"): the debit they return, found by the document's
 * reference written in both within REVERSAL_MAX_DAYS, paid nothing, whatever the amounts (the bank may keep its fee)
 * and whether or not it was sent again; its document is the re-sent payment's, or still unpaid.
 */
class Returns {
  /**
   * each returning credit's key ids, as id × places + the credit's place among the markers, sorted: a payment's key
   * finds its credits by a binary search. Numbers in one typed array, not a map of lists: a large run's credits file
   * hundreds of thousands of keys, and the map's entries and lists were old-generation garbage.
   */
  private readonly filed: Float64Array;
  private readonly places: number;
  private readonly markers: readonly PreparedBank[];

  constructor(private readonly state: AssignmentState) {
    const markers = reversalMarkers(state);
    this.markers = markers;
    // a power of two above every place: id × places + place stays an exact integer (a run's ids and lines are millions)
    this.places = 2 ** Math.ceil(Math.log2(markers.length + 1));
    let n = 0;
    for (let i = 0; i < markers.length; i++) if (markers[i]!.sign > 0) n += markers[i]!.keyCount;
    const filed = new Float64Array(n);
    n = 0;
    for (let i = 0; i < markers.length; i++) {
      const b = markers[i]!;
      if (b.sign <= 0) continue;
      // (a key written twice in one line is filed twice: the credit is asked about twice, with the same answer)
      const ids = b.keyTable.ids;
      for (let k = b.keyAt, end = b.keyAt + b.keyCount; k < end; k++) filed[n++] = ids[k]! * this.places + i;
    }
    this.filed = filed.sort();
  }

  of(p: Pair): boolean {
    const { b } = p;
    const key = p.s.keyId;
    if (b.sign > 0 || key < 0) return false;
    const { filed, places } = this;
    const first = key * places;
    let lo = 0;
    let hi = filed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (filed[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    // a return already paired with the payment it undoes (pass 1) returns no other: not the one sent again
    for (let i = lo; i < filed.length && filed[i]! < first + places; i++) {
      const r = this.markers[filed[i]! - first]!;
      if (r.day >= b.day && r.day - b.day <= REVERSAL_MAX_DAYS && this.state.bankOpen(r)) return true;
    }
    return false;
  }
}

/**
 * A cheque's number met only in a books reference that is a number alone ("388" against CHQ 000388): packages number
 * their own vouchers and receipts in that column too, so the number is the cheque register's only when the amount says
 * so as well — no other open entry of the line's exact amount is its candidate (two rent-sized vouchers, 398 and 412,
 * leave cheque 000412 to a person).
 */
function voucherByChance(state: AssignmentState, p: Pair): boolean {
  const key = p.s.keyId;
  // the key's head read where the table holds it: its text is not made for each pair asked about
  if (key < 0 || !p.b.keyTable.startsWith(key, CHEQUE_KEY_HEAD) || !BARE_NUMBER.test(p.l.entry.reference ?? ''))
    return false;
  if (CHEQUE.test(`${p.l.entry.description ?? ''} ${p.l.entry.party ?? ''}`)) return false;
  // a deposited cheque is numbered by the customer's bank, never by the business's books; an entry booked as paid by
  // transfer, or to another payee than the line names, is another payment
  if (p.b.sign > 0 || p.s.partyKind === 'conflict' || PAID_BY_TRANSFER.test(p.l.entry.description ?? '')) return true;
  const own = Number(p.l.entry.reference);
  const chequeLine = CHEQUE.test(lineWords(p.b));
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    // the same payee's cheque of one book beside it (weekly wages by cheques 413 and 414) is that cheque's own line's:
    // the line written as a cheque, its number is what tells the two apart
    if (q !== p && q.s.fit === 'exact' && !(chequeLine && sameChequeBook(own, p.l, q.l))) return true;
  }
  // another open line of the amount may be the payment the voucher records (a transfer naming its payee)
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    // another cheque presented, of another number, is not the payment this voucher records
    if (q !== p && q.s.fit === 'exact' && !(chequeLine && CHEQUE.test(lineWords(q.b)) && q.s.keyId < 0)) return true;
  }
  return false;
}

/**
 * The other entry is the same payee's, paid the same way (its description the same but for its numbers), its
 * reference a number alone within CHEQUE_BOOK_LEAVES of `number`: the next leaf of the same cheque book, not a voucher
 * series of the books' own (Manager.io's payments 398 and 412 to two payees).
 */
function sameChequeBook(number: number, l: PreparedLedger, other: PreparedLedger): boolean {
  const reference = other.entry.reference ?? '';
  if (!BARE_NUMBER.test(reference) || Math.abs(Number(reference) - number) > CHEQUE_BOOK_LEAVES) return false;
  const words = (e: PreparedLedger) => (e.entry.description ?? '').replace(/\d+/g, '#').trim().toUpperCase();
  return (l.entry.party ?? '') === (other.entry.party ?? '') && words(l) === words(other);
}

/** Leaves apart in a cheque book for two cheques of one payee's series (weekly wages, monthly rent). */
const CHEQUE_BOOK_LEAVES = 10;

const PAID_BY_TRANSFER = /\b(TRANSFER|TRF|NIP|EFT|RTGS|PESALINK|GIP|ACH|MOBILE MONEY|MOMO|M-?PESA)\b/i;

const BARE_NUMBER = /^\s*\d{3,8}\s*$/;

const CHEQUE_KEY_HEAD = 'S:CHQ:';

/**
 * Another open line of the same amount quotes the same document: a payment sent again after the first failed (its
 * return not read as a reversal), or a duplicate. The document is paid once: a person says which line paid it.
 */
function quotedByTwin(state: AssignmentState, p: Pair): boolean {
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q.b !== p.b && q.s.referenceHit && q.b.line.amountMinor === p.b.line.amountMinor) return true;
  }
  return false;
}

/**
 * Another open entry of the same amount carries the document the line quotes: the books hold it twice (a receipt
 * booked twice, or equal instalments each booked under the invoice). Which one the line is, a person decides; the
 * date alone does not tell a duplicate from the original.
 */
function bookedTwice(state: AssignmentState, p: Pair): boolean {
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    // the same amount, read from what the prepared entries hold (an entry's abs and sign are its amount's): the booked
    // entry, a cache miss of its own in a large run, is read only for an entry of the amount
    if (q.l === p.l || !q.s.referenceHit || q.l.abs !== p.l.abs || q.l.sign !== p.l.sign) continue;
    if (q.l.entry.currency !== p.l.entry.currency) continue;
    if (sharesKeyWithBoth(p.b, p.l, q.l)) return true;
  }
  return false;
}

/** Some key of the line both entries carry (ids of one run's key table). */
function sharesKeyWithBoth(b: PreparedBank, x: PreparedLedger, y: PreparedLedger): boolean {
  const ids = b.keyTable.ids;
  for (let i = b.keyAt, end = b.keyAt + b.keyCount; i < end; i++)
    if (carriesKey(x, ids[i]!) && carriesKey(y, ids[i]!)) return true;
  return false;
}

function carriesKey(l: PreparedLedger, id: number): boolean {
  const ids = l.keyTable.ids;
  for (let i = l.keyAt, end = l.keyAt + l.keyCount; i < end; i++) if (ids[i] === id) return true;
  return false;
}

const overPaid = (p: Pair) => (p.s.fit === 'over' || p.s.fit === 'over_within') && p.b.abs > p.l.abs;
const residualKey = (p: Pair) => `${p.b.line.currency}|${p.b.sign * (p.b.abs - p.l.abs)}`;

// the same words on every such match: one shared, frozen object
const SOLE_REFERENCE: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: 'the reference names exactly one open document, no other bank line quotes it, and the amount is exact',
  weight: WEIGHTS.soleReference,
}) as Evidence;

/** What a pair this pass may confirm carries beyond its own evidence. */
interface Claim {
  ev: Evidence[];
  confidence: number;
  strength: number;
  /** the account a statutory withholding is written off to (the group's shortfall) */
  withheldTo: string | null;
}

function weightSum(ev: readonly Evidence[]): number {
  let sum = 0;
  for (const e of ev) sum += e.weight;
  return sum;
}

/** How many of a line's candidates (its pairs from .. to) share a reference with it. */
function referenceHits(state: AssignmentState, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (state.pairAt(i).s.referenceHit) n++;
  return n;
}

/** Another open candidate just as good (on either side) makes a tie, which decides nothing. */
export function tied(state: AssignmentState, p: Pair): boolean {
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    if (q !== p && rivals(q, p)) return true;
  }
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q !== p && rivals(q, p)) return true;
  }
  return false;
}

const rivals = (q: Pair, p: Pair) => Math.abs(q.s.strength - p.s.strength) <= TIE_EPSILON && settles(q);

const CARD_SETTLEMENT = (text: string) => SETTLEMENT_WORDS.test(text) && paymentWayOf(text) !== null;

/**
 * A receipt (or a payment) short by exactly a statutory withholding of the document its reference names: the payer
 * kept the tax and remits it, so the document is paid in full and the gap is tax, not a debt. Confirmed only with a
 * full reference naming that one open document, quoted by no other line (a bare serial or a shared quote stays a
 * suggestion), and only while the country's presets are on; the gap is written off to the withholding account.
 */
function withheldAtSource(state: AssignmentState, p: Pair): Claim | null {
  // a tax on the amount before VAT can be a larger share of the gross than a plausible deduction ('partial'): 7.5 % of
  // a Ghanaian invoice's base is 6.25 % of it
  if (!p.s.referenceHit || (p.s.fit !== 'short' && p.s.fit !== 'partial') || !state.ledgerOpen(p.l)) return null;
  // a bare serial names the document only when the payer says what it withheld and is named clearly
  // ("DIVINE FAVOUR PROVISIO/inv 339 LESS 5% WHT")
  if (p.s.serialOnly && !(statesWithholding(p.b.line.narration ?? '') && clearParty(p))) return null;
  // a discount, retention or part payment the line names is no tax; a tax rate the payer states must be the gap, on the
  // gross or on the amount before VAT
  const said = `${p.b.line.narration ?? ''} ${p.b.line.reference ?? ''}`;
  if (namesOtherShortfall(said)) return null;
  const currency = p.b.line.currency;
  const gap = p.l.abs - p.b.abs;
  const rate = statedWithholdingRate(said);
  const stated =
    rate !== null || statesWithholding(said)
      ? withheldAsStated(currency, p.l.abs, gap, rate === null ? null : rate.mul(100).toNumber(), p.l.entry.date)
      : null;
  if (rate !== null && stated === null && !isRateOf(gap, p.l.abs, rate)) return null;
  // acquirers withhold no tax from card or till takings: a settlement's gap is a charge or a missing batch
  if (CARD_SETTLEMENT(p.b.line.narration ?? '')) return null;
  if (!countryPresetsOn(state.opts.presets, currency)) return null;
  let d = stated ?? deductionFor(currency, p.l.abs, gap);
  // unstated, on the invoice's VAT-exclusive base as the law had it on the invoice's day (its VAT was charged then),
  // only when the sum received is no round sum: 7,500 paid on 8,000 is 1/16 short, as 7.5 % of a 20 % base is, and is
  // as likely a part payment; a net after tax (30,937.14) is not round
  if (d?.kind !== 'withholding' && p.b.abs % 100 !== 0) d = withholdingFor(currency, p.l.abs, gap, p.l.entry.date) ?? d;
  const account = d?.kind === 'withholding' ? deductionAccount(d, p.b.sign) : null;
  if (!d || !account) return null;
  if (!soleQuote(state, p) || openCreditNote(state, p)) return null;
  const ev = evidenceOf(p, {
    kind: 'sole_candidate',
    detail: `the reference names exactly one open document, no other bank line quotes it, and the shortfall is exactly ${d.label} of it, withheld at source`,
    weight: WEIGHTS.soleReference,
  });
  const confidence = evidenceSum(ev);
  if (confidence < state.opts.autoConfirmThreshold) return null;
  return { ev, confidence, strength: weightSum(ev), withheldTo: account };
}

/**
 * A gateway's payout of one invoice, net of the gateway's charge ("HUBTEL SETTLEMENT HO MUNICIPAL HOSPITAL INV 2341",
 * "PESAPAL PAYOUT INV-001624 …"): the line names a payment gateway (not a wallet customers pay through), its full
 * reference names exactly one open document no other line quotes, and the gap is what gateways charge
 * (isAcquirerCharge). The gap is written off to the write-off account, as an acquirer's charge on takings is.
 */
function gatewayCharged(state: AssignmentState, p: Pair): Claim | null {
  // a gap within tolerance settles as it is; this reads only a shortfall beyond it
  if (!p.s.referenceHit || p.s.serialOnly || (p.s.fit !== 'short' && p.s.fit !== 'partial')) return null;
  // a day's takings through the gateway is pass 4's, which weighs the charges the books hold
  if (!state.ledgerOpen(p.l) || isGatewayTakings(p.l.entry.description ?? '', p.l.entry.party ?? null)) return null;
  const gap = p.l.abs - p.b.abs;
  const said = p.b.line.narration ?? '';
  if (p.b.sign < 0 || !namesGateway(said) || SENT_BACK.test(said) || !isAcquirerCharge(gap, p.l.abs)) return null;
  // the document's payer unnamed by the line, or another named, is a person's to read (a mistyped reference)
  if (p.s.partyKind === 'conflict' || (p.l.partyTokens.length > 0 && p.s.partyWeight <= 0)) return null;
  if (!soleQuote(state, p) || openCreditNote(state, p) || gapExplained(state, p, gap)) return null;
  const pct = percentText(gap, p.l.abs);
  const ev = evidenceOf(p, {
    kind: 'sole_candidate',
    detail: `the reference names exactly one open document, no other bank line quotes it, and the gateway paid it out net of its charge of ${gap} minor units (${pct}%), written off to ${state.opts.writeOffAccount}`,
    weight: WEIGHTS.soleReference,
  });
  const confidence = evidenceSum(ev);
  if (confidence < state.opts.autoConfirmThreshold) return null;
  return { ev, confidence, strength: weightSum(ev), withheldTo: null };
}

/**
 * A discount or retention the payer states with its rate, the gap that rate of the document (stated-deduction.ts): the
 * full reference (or a serial with the payer named clearly) names exactly one open document no other line quotes, and no
 * open credit note of the payer could be the reading instead.
 */
function deductedAsStated(state: AssignmentState, p: Pair): Claim | null {
  if (!p.s.referenceHit || !state.ledgerOpen(p.l) || (p.s.serialOnly && !clearParty(p))) return null;
  const stated = statedDeduction(p);
  if (stated === null || !soleQuote(state, p) || openCreditNote(state, p)) return null;
  const ev = evidenceOf(p, {
    kind: 'sole_candidate',
    detail: 'the reference names exactly one open document and no other bank line quotes it',
    weight: WEIGHTS.soleReference,
  });
  // the pair's own amount evidence read the gap as unexplained: the stated deduction explains it
  const i = ev.findIndex((e) => e.kind === 'amount_within_tolerance');
  if (i >= 0) ev[i] = stated.evidence;
  else ev.push(stated.evidence);
  const confidence = evidenceSum(ev);
  if (confidence < state.opts.autoConfirmThreshold) return null;
  return { ev, confidence, strength: weightSum(ev), withheldTo: stated.account };
}

/**
 * A receipt the payer says it paid less its bank's charge ("INV 4194 LESS BANK CHGS"): the full reference (or a serial
 * with the payer named clearly) names exactly one open document no other line quotes, no open credit note of the payer
 * could be the reading instead, and the gap is what a bank charges to send a transfer (PAYER_CHARGE_MAX_MINOR, and at
 * most 1 % of the document). The gap is written off to the write-off account.
 */
function chargesDeducted(state: AssignmentState, p: Pair): Claim | null {
  if (!p.s.referenceHit || p.b.sign < 0 || (p.s.fit !== 'short' && p.s.fit !== 'partial')) return null;
  if (!state.ledgerOpen(p.l) || (p.s.serialOnly && !clearParty(p))) return null;
  if (!statesChargesDeducted(`${p.b.line.narration ?? ''} ${p.b.line.reference ?? ''}`)) return null;
  const gap = p.l.abs - p.b.abs;
  const most = PAYER_CHARGE_MAX_MINOR[p.b.line.currency];
  if (most === undefined || gap <= 0 || gap > most || gap * 100 > p.l.abs) return null;
  // the books holding the charge as an entry, or a line paying the balance, explain the gap otherwise
  if (!soleQuote(state, p) || openCreditNote(state, p) || gapExplained(state, p, gap)) return null;
  const ev = evidenceOf(p, {
    kind: 'sole_candidate',
    detail: 'the reference names exactly one open document and no other bank line quotes it',
    weight: WEIGHTS.soleReference,
  });
  const said: Evidence = {
    kind: 'amount_within_tolerance',
    detail: `the payer deducted its bank's charge of ${gap} minor units, as the line says; written off to ${state.opts.writeOffAccount}`,
    weight: WEIGHTS.amountShortDeduction,
  };
  // the pair's own amount evidence read the gap as unexplained: the payer's word explains it
  const i = ev.findIndex((e) => e.kind === 'amount_within_tolerance');
  if (i >= 0) ev[i] = said;
  else ev.push(said);
  const confidence = evidenceSum(ev);
  if (confidence < state.opts.autoConfirmThreshold) return null;
  return { ev, confidence, strength: weightSum(ev), withheldTo: null };
}

/** How far around a payout the books' entry of its charge or refund, or the balance's own line, is looked for. */
const GAP_DAYS = 45;

/**
 * Whether something else accounts for a payout's gap: the books hold it (an open entry of the gap itself, or a refund
 * or fee entry of the payer's or naming the gateway, no larger than the gap), or a later line of the payer's size
 * pays it (another open receipt between half the gap and the gap: a balance paid another way).
 */
function gapExplained(state: AssignmentState, p: Pair, gap: number): boolean {
  const { byAbs, gatewayEntries, receipts } = gapIndex(state);
  const near = (day: number) => Math.abs(day - p.b.day) <= GAP_DAYS;
  const held = (l: PreparedLedger) =>
    l !== p.l && state.ledgerOpen(l) && l.entry.currency === p.b.line.currency && near(l.day);
  if ((byAbs.get(gap) ?? []).some(held)) return true;
  // a refund of the payer's or a fee naming the gateway, no larger than the gap
  const against = (l: PreparedLedger) => l.sign !== p.b.sign && l.abs <= gap && held(l);
  if (p.l.partyKey && state.partyItems(p.l.partyKey).some(against)) return true;
  if (gatewayEntries.some(against)) return true;
  // receipts by size: the first of half the gap or more, up to the gap
  let lo = 0;
  let hi = receipts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (2 * receipts[mid]!.abs < gap) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < receipts.length && receipts[k]!.abs <= gap; k++) {
    const b = receipts[k]!;
    if (b !== p.b && b.sign === p.b.sign && b.line.currency === p.b.line.currency && near(b.day) && state.bankOpen(b))
      return true;
  }
  return false;
}

/** What gapExplained reads, made once per run (a book of gateway payouts asks it for every line). */
interface GapIndex {
  byAbs: Map<number, PreparedLedger[]>;
  gatewayEntries: PreparedLedger[];
  /** every line, smallest first */
  receipts: PreparedBank[];
}
const gapIndexes = new WeakMap<AssignmentState, GapIndex>();
function gapIndex(state: AssignmentState): GapIndex {
  let index = gapIndexes.get(state);
  if (!index) {
    const byAbs = new Map<number, PreparedLedger[]>();
    const gatewayEntries: PreparedLedger[] = [];
    for (const l of state.ledgers) {
      const list = byAbs.get(l.abs);
      if (list) list.push(l);
      else byAbs.set(l.abs, [l]);
      if (namesGateway(`${l.entry.description ?? ''} ${l.entry.party ?? ''}`)) gatewayEntries.push(l);
    }
    const receipts = [...state.banks].sort((x, y) => x.abs - y.abs || x.order - y.order);
    index = { byAbs, gatewayEntries, receipts };
    gapIndexes.set(state, index);
  }
  return index;
}

/**
 * An open credit note the line quotes, or one of the same payer for the amount of the gap: an invoice less its credit
 * note is then the likelier reading of the short payment (credit notes of a tenth are common), so the gap is not taken
 * for tax.
 */
function openCreditNote(state: AssignmentState, p: Pair): boolean {
  if ((state.creditNotesOf.get(p.b) ?? []).some((l) => state.ledgerOpen(l))) return true;
  const gap = p.l.abs - p.b.abs;
  const lo = gap - underAllowance(p.l.abs, state.opts.tolerance);
  const hi = gap + overAllowance(p.l.abs, state.opts.tolerance);
  return state
    .partyItems(p.l.partyKey)
    .some(
      (l) =>
        l.sign !== p.b.sign &&
        l.entry.currency === p.b.line.currency &&
        l.abs >= lo &&
        l.abs <= hi &&
        state.ledgerOpen(l),
    );
}

/** The line quotes no other open document and no other open line quotes this one. */
function soleQuote(state: AssignmentState, p: Pair): boolean {
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    if (q !== p && q.s.referenceHit) return false;
  }
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q !== p && q.s.referenceHit) return false;
  }
  return true;
}

/** The pair's reference is a full one (not a bare serial) shared with this open entry only, and quoted by no other line. */
function soleReference(state: AssignmentState, p: Pair): boolean {
  // exact, or short or over inside the tolerance the caller set: the amount is what the caller accepts
  const accepted = p.s.fit === 'exact' || p.s.fit === 'under_within' || p.s.fit === 'over_within';
  return accepted && !p.s.serialOnly && soleQuote(state, p);
}

/** `quoting`: the lines' orders, ascending, that may have an open candidate sharing a reference (the rest have none) */
function referenceSplits(state: AssignmentState, quoting: readonly number[]): void {
  const { opts } = state;
  const w = opts.dateWindowDays;
  for (let q = 0; q < quoting.length; q++) {
    // most open lines have one candidate or none, and quote no document at all: nothing to combine
    if (!state.bankOpenAt(quoting[q]!)) continue;
    const b = state.banks[quoting[q]!]!;
    const from = state.firstPairOf(b);
    const to = state.endPairOf(b);
    let open = 0;
    for (let i = from; i < to; i++) if (state.pairEntryOpen(i) && quotes(state.pairAt(i))) open++;
    // one quoted document alone combines only with credit notes
    if (open === 0 || (open === 1 && !state.creditNotesOf.has(b))) continue;
    const hits: PreparedLedger[] = [];
    for (let i = from; i < to; i++) {
      const p = state.pairAt(i);
      if (state.pairEntryOpen(i) && quotes(p)) hits.push(p.l);
    }
    // credit notes the line quotes (opposite sign): an invoice less its credit note, paid in one transfer
    const credits = (state.creditNotesOf.get(b) ?? []).filter((l) => state.ledgerOpen(l));
    if (credits.length > 0 && hits.length > 0) {
      const pool = [...hits, ...credits];
      const lo = Math.max(1, b.abs - overAllowance(b.abs, opts.tolerance));
      const hi = b.abs + underAllowance(b.abs, opts.tolerance);
      const found = findSignedSubsets(pool, (l) => l.abs * l.sign * b.sign, lo, hi, opts.maxSplitSize, 2);
      // an invoice less another customer's credit note is no settlement of either
      if (found.length === 1) {
        const members = found[0]!;
        const ev = creditNoteEvidence(b, members, w);
        if (oneParty(members) && evidenceSum(ev) >= opts.autoConfirmThreshold) {
          state.claim(group([b], members, 'split', evidenceSum(ev), ev, opts), [b], members);
          continue;
        }
        // a credit note not booked to the invoice's customer: the pair is offered, for a person to say whose it is
        if (!oneParty(members)) state.addCandidate(b, creditNoteOffered(b, members, ev));
      }
    }
    if (hits.length < 2) continue;
    const found = splitsFor(b.abs, hits, opts, 2);
    if (found.length !== 1) continue; // none, or two combinations that both fit: a person decides
    const members = found[0]!;
    const ev = splitEvidence([b], members, true, w);
    if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
    state.claim(group([b], members, 'split', evidenceSum(ev), ev, opts), [b], members);
  }
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    const from = state.firstPairOfEntry(l);
    const to = state.endPairOfEntry(l);
    if (to - from < 2) continue;
    let n = 0;
    for (let i = from; i < to; i++) if (state.entryPairBankOpen(i) && quotes(state.entryPairAt(i))) n++;
    if (n < 2) continue;
    const hits: PreparedBank[] = [];
    for (let i = from; i < to; i++) {
      const p = state.entryPairAt(i);
      if (state.entryPairBankOpen(i) && quotes(p)) hits.push(p.b);
    }
    hits.sort((x, y) => x.day - y.day || x.order - y.order);
    let found = splitsFor(l.abs, hits, opts, 2, true);
    // parts whose balance is paid less the party's credit note a part quotes ("INV 0451 BAL LESS CN 0031")
    const credit = found.length === 0 ? creditQuotedBy(state, hits, l) : null;
    if (credit) found = splitsFor(l.abs - credit.abs, hits, opts, 2, true);
    if (found.length !== 1) continue;
    const members = found[0]!;
    // lines that quote another open entry as well (a pupil's admission number on the tuition and the boarding
    // invoice) may be paying that one: which entry each pays is a person's to say
    if (members.some((m) => quotesAnotherOpen(state, m, l))) continue;
    if (credit && !members.some((m) => state.creditNotesOf.get(m)?.includes(credit))) continue;
    const entries = credit ? [l, credit] : [l];
    const ev = credit ? partsLessCreditEvidence(members, l, credit, w) : splitEvidence(members, entries, true, w);
    if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
    state.claim(group(members, entries, 'split', evidenceSum(ev), ev, opts), members, entries);
  }
}

/**
 * The one open credit note of the entry's party (the other sign, smaller) that the lines quoting the entry quote;
 * null when none or several are (which one is meant is a person's to say), or the entry has no party.
 */
function creditQuotedBy(
  state: AssignmentState,
  lines: readonly PreparedBank[],
  l: PreparedLedger,
): PreparedLedger | null {
  if (!l.entry.party) return null;
  let credit: PreparedLedger | null = null;
  for (const b of lines)
    for (const c of state.creditNotesOf.get(b) ?? []) {
      if (!state.ledgerOpen(c) || c.abs >= l.abs || !oneParty([l, c])) continue;
      if (credit !== null && credit !== c) return null;
      credit = c;
    }
  return credit;
}

/** Evidence for parts that pay a document less the credit note one of them quotes. */
function partsLessCreditEvidence(
  members: readonly PreparedBank[],
  l: PreparedLedger,
  credit: PreparedLedger,
  w: number,
): Evidence[] {
  let paid = 0;
  for (const b of members) paid += b.abs;
  const exact = paid === l.abs - credit.abs;
  const ev: Evidence[] = [
    {
      kind: 'reference',
      detail: 'every part quotes the document, and one its credit note',
      weight: WEIGHTS.reference,
    },
    {
      kind: 'split_sum',
      detail: `${members.length} payments come to ${exact ? 'exactly' : 'within tolerance of'} the document less the credit note`,
      weight: exact ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
    },
  ];
  let weakest = Infinity;
  for (const b of members) for (const e of [l, credit]) weakest = Math.min(weakest, dateEvidence(b, e, w)?.weight ?? 0);
  if (weakest > 0) ev.push({ kind: 'date', detail: 'every part inside the date window', weight: round4(weakest) });
  return ev;
}

/**
 * The pair quotes its entry's document, and not as a year-less serial from a payer (or to a payee) the line names who is
 * not the entry's party: "NIP FRM KANO MILLERS inv 515" quotes Kano Millers' invoice 515, not Bola Stores'.
 */
const quotes = (p: Pair) => p.s.referenceHit && !(p.s.serialOnly && fromAnotherPayer(p));

/**
 * The members are one party's: booked to the same party column, or none of them to any (books without the column; the
 * references decide). A credit note is its customer's own to set off, and one without the party column beside an
 * invoice with it ("Credit note CN-2025-0088 Ama Serwaa Ventures returned goods") cannot be read as that customer's.
 */
function oneParty(members: readonly PreparedLedger[]): boolean {
  if (members.every((l) => !l.entry.party)) return true;
  const party = members[0]!.entry.party ? members[0]!.partyKey : null;
  return party !== null && members.every((l) => l.entry.party && l.partyKey === party);
}

/** Whether the line quotes an open entry of its sign other than `l`. */
function quotesAnotherOpen(state: AssignmentState, b: PreparedBank, l: PreparedLedger): boolean {
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    const p = state.pairAt(i);
    if (p.l !== l && p.l.sign === l.sign && state.pairEntryOpen(i) && quotes(p)) return true;
  }
  return false;
}

/** Documents less credit notes booked to different customers (or one to none), as a candidate below confirmation. */
function creditNoteOffered(
  b: PreparedBank,
  members: readonly PreparedLedger[],
  ev: readonly Evidence[],
): SuggestionCandidate {
  const evidence: Evidence[] = [
    ...ev,
    {
      kind: 'tie',
      detail: "the credit note is not booked to the invoice's customer: whose credit it is is a person's to say",
      weight: 0,
    },
  ];
  const booked = members.reduce((t, l) => t + l.entry.amountMinor, 0);
  return {
    ledgerIds: members.map((l) => l.entry.id),
    confidence: round4(Math.min(evidenceSum(evidence), CREDIT_NOTE_OFFERED)),
    differenceMinor: b.line.amountMinor - booked,
    evidence,
  };
}

/** Evidence for documents less credit notes, every one quoted in the bank text. */
function creditNoteEvidence(b: PreparedBank, members: readonly PreparedLedger[], w: number): Evidence[] {
  const credits = members.filter((l) => l.sign !== b.sign).length;
  const net = members.reduce((s, l) => s + l.abs * l.sign * b.sign, 0);
  const ev: Evidence[] = [
    {
      kind: 'reference',
      detail: 'every document and credit note is quoted in the bank text',
      weight: WEIGHTS.reference,
    },
    {
      kind: 'split_sum',
      detail: `${counted(members.length - credits, 'document')} less ${counted(credits, 'credit note')} come to ${net === b.abs ? 'exactly' : 'within tolerance of'} the bank amount`,
      weight: net === b.abs ? WEIGHTS.splitSum : WEIGHTS.splitSumWithinTolerance,
    },
  ];
  const weakest = round4(Math.min(...members.map((l) => dateEvidence(b, l, w)?.weight ?? 0)));
  if (weakest > 0) ev.push({ kind: 'date', detail: 'every part inside the date window', weight: weakest });
  // pushing to a list grows it to room for 19; the group keeps this one, so it is copied to its own size
  return ev.slice();
}
