import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { evidenceOf, evidenceSum, pairGroup, paysWithin, plausiblyPays } from '../groups.js';
import {
  type PreparedBank,
  type PreparedLedger,
  daysOutside,
  entryWords,
  lineWords,
  otherNumbersWritten,
} from '../prepared.js';
import { otherMonthsNamed } from '../month-names.js';
import { advanceAgainstPay, payAgainstReimbursement } from '../staff-advance.js';
import { findSubsets, someSubsetSums } from '../subset-sum.js';
import { insertionSort } from '../small-sort.js';
import { strongestPairsFirst } from './strongest-first.js';
import { roundFigures } from '../round-sums.js';
import { reversalMarkersByAmount, sentAgainOf } from './reversal-pairs.js';
import { DOCUMENT } from '../same-amounts.js';
import { advanceForInvoice } from '../advance-for-invoice.js';
import { oneTypoApart, otherOfSeries, seriesOf } from '../series-numbers.js';
import { chequeAgainstTransfer } from '../cheque-against-transfer.js';
import { BOOKED_REFUND, INVOICE_NUMBERED, REFUND } from '../refund-words.js';
import { partyKeysOf } from '../candidates.js';
import { namesOtherBranch, placeInCompanyName } from '../place-names.js';
import { dateEvidence, narrationWords } from '../scoring.js';
import { flat } from '../flat-text.js';
import {
  MIN_PARTY_LETTERS,
  NAMED_PAYER_DAYS,
  RECURRING_APART_DAYS,
  REVERSAL_MAX_DAYS,
  SPLIT_POOL,
  WEIGHTS,
} from '../thresholds.js';

/**
 * Pass 3 — counterparty. No reference, but an exact amount, a clearly named counterparty (its account number; its
 * name in the counterparty field, in the narration, or as the payee the ledger description names), a close date, and
 * no rival on either side: the only open entry of that amount for that party, and no other bank line that could be
 * paying it. Other open items of the same party that also add up to the amount make the single item only the likelier
 * reading, so they refuse it too.
 */
export function counterpartyPass(state: AssignmentState): void {
  const { opts } = state;
  if (opts.autoConfirmByCounterparty === false) return;
  // candidates: lines no rule explains and that quote no reference (a quoted document that is not this one is a doubt)
  const strong: Pair[] = [];
  const ruled = linesWithRules(state);
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order]) continue;
    const from = state.firstPairOf(b);
    const to = state.endPairOf(b);
    if (from === to || someReference(state, from, to)) continue;
    // the invoices the line quotes, read when a candidate names a document of its own
    let quoted: DocumentNumber[] | undefined;
    let series: Map<string, string[]> | null | undefined;
    for (let i = from; i < to; i++) {
      if (!state.pairEntryOpen(i)) continue;
      const p = state.pairAt(i);
      if (p.s.fit !== 'exact' || !(clearParty(p) || shortNameAndWhatWasBought(p))) continue;
      if (daysOutside(b, p.l) > NAMED_PAYER_DAYS && !firstSentNear(state, p)) continue;
      // a line quoting a document pays that one: an entry numbered otherwise is not it, whoever's it is
      if (p.l.namesDocument && numberedOtherwise((quoted ??= quotedNumbers(b)), p.l)) continue;
      // June's levy or rent is not May's entry of the same amount: a line and an entry naming other months
      if (otherMonthsNamed(lineWords(b), entryWords(p.l), p.l.partyTokens)) continue;
      if (namesAnotherParty(state, p) || otherBranchOf(p)) continue;
      // a cheque the books wrote is paid when presented, not by a transfer to its payee's name
      if (chequeAgainstTransfer(b, p.l)) continue;
      // money paid back comes from someone the business paid: not a customer's payment the books hold as such
      if (refundForReceipt(b, p.l)) continue;
      // an employee's salary advance is not the month's salary booked for them, however like the amount
      if (advanceAgainstPay(lineWords(b), entryWords(p.l))) continue;
      // nor is an allowance the expense the books reimburse the same person, or the other way round
      if (payAgainstReimbursement(b.line.amountMinor, lineWords(b), entryWords(p.l))) continue;
      // a customer's advance is money ahead of a document: not an invoice the books already hold
      if (advanceForInvoice(b, p.l)) continue;
      // a line quoting another number of the entry's own series pays that document ("IC2310" is not bill IC-2307)
      if (series === undefined) series = seriesOf(`${b.line.narration ?? ''} ${b.line.reference ?? ''}`);
      if (otherOfSeries(series, p.l)) continue;
      strong.push(p);
    }
  }
  if (strong.length === 0) return;
  const rivals = new Rivals(state);
  const pool: PreparedLedger[] = []; // one scratch list for every candidate's payer
  const ordered = strongestPairsFirst(strong);
  for (let k = 0; k < ordered.length; k++) {
    const p = ordered[k]!;
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    const rivalled = rivals.ofBank(p) || rivals.ofEntry(p);
    const apart = rivalled ? datedApart(state, p) : SOLE_CANDIDATE;
    if (apart === null) continue;
    if (partyItemsAlsoSum(state, p, pool)) continue;
    const ev = datedFirstSent(state, p, evidenceOf(p, apart));
    // a caller who raised the threshold asked for more than this evidence gives
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claimPair(pairGroup(p.b, p.l, 'exact', confidence, ev, opts), p.b, p.l);
  }
}

/**
 * A credit saying it pays money back ("MWANGI & SONS HARDWARE/REFUND OVERCHARGE") against an entry for a document of
 * the business's (an invoice: "Lasku ABH-0883") the books do not hold as a refund: whoever's name both write, the
 * refunder is someone the business paid, and a refund settles no invoice of its own.
 */
function refundForReceipt(b: PreparedBank, l: PreparedLedger): boolean {
  return (
    b.sign > 0 &&
    REFUND.test(`${b.line.narration ?? ''} ${b.line.reference ?? ''}`) &&
    INVOICE_NUMBERED.test(`${l.entry.description ?? ''} ${l.entry.reference ?? ''}`) &&
    !BOOKED_REFUND.test(`${l.entry.description ?? ''} ${l.entry.reference ?? ''}`)
  );
}

// the same words on every such match: one shared, frozen object
const SOLE_CANDIDATE: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail:
    'the only open entry with this amount near this date for this counterparty, and no other bank line competes for it',
  weight: WEIGHTS.soleCandidate,
}) as Evidence;

// the same words on every such match: one shared, frozen object
const SAME_DAY: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `paid on the day it is booked; the other open items and lines of this amount are ${RECURRING_APART_DAYS} days or more away`,
  weight: WEIGHTS.soleCandidate,
}) as Evidence;

// the same, when nearer ones were set aside for writing another masked number (another phone, card or account)
const SAME_DAY_OTHER_NUMBERS: Evidence = Object.freeze({
  ...SAME_DAY,
  detail: `${SAME_DAY.detail}; those nearer write another masked number`,
}) as Evidence;

/**
 * Equal payments to one payee, week by week (fuel, a van's hire), each booked on the day it was paid: the rivals a line
 * and an entry have are the other weeks'. The pair dated the same day is confirmed when every other open entry the line
 * could pay, and every other open line that could pay the entry, lies RECURRING_APART_DAYS or more away: the evidence
 * that says so, or null.
 */
function datedApart(state: AssignmentState, p: Pair): Evidence | null {
  if (p.l.day !== p.b.day || mayHaveFailed(state, p.b)) return null;
  // a line quoting a document pays that one, and one naming a week or a day ("WK 03 FEB", "ARREARS 07/03") pays that
  // week's, not whichever entry shares its day
  const said = `${p.b.line.narration ?? ''} ${p.b.line.reference ?? ''}`;
  if (DOCUMENT.test(said) || NAMES_A_PERIOD.test(said)) return null;
  // another phone's, card's or account's items are no rivals, but the evidence says so when one is nearer
  let nearerAside = false;
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    if (q === p || !fits(q)) continue;
    const near = Math.abs(q.l.day - p.b.day) < RECURRING_APART_DAYS;
    if (anotherNumber(q)) {
      nearerAside ||= near;
      continue;
    }
    // each other week's entry has its own line that day: an older entry with none (an unpaid invoice of a round sum)
    // may be the one this line pays
    if (near || !paidOnItsDay(state, q.l)) return null;
  }
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q === p || !fits(q)) continue;
    const near = Math.abs(q.b.day - p.l.day) < RECURRING_APART_DAYS;
    if (anotherNumber(q)) {
      nearerAside ||= near;
      continue;
    }
    if (near || !bookedOnItsDay(state, q.b)) return null;
  }
  return nearerAside ? SAME_DAY_OTHER_NUMBERS : SAME_DAY;
}

/** An entry with a line of its exact amount on its own day naming its payee (not another payee's at the same rate). */
function paidOnItsDay(state: AssignmentState, l: PreparedLedger): boolean {
  for (let i = state.firstPairOfEntry(l), to = state.endPairOfEntry(l); i < to; i++) {
    const q = state.entryPairAt(i);
    if (q.s.fit === 'exact' && q.b.day === l.day && clearParty(q)) return true;
  }
  return false;
}

/** A line with an entry of its exact amount on its own day, of the payee it names. */
function bookedOnItsDay(state: AssignmentState, b: PreparedBank): boolean {
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    const q = state.pairAt(i);
    if (q.s.fit === 'exact' && q.l.day === b.day && clearParty(q)) return true;
  }
  return false;
}

/** A narration naming the week or day it pays: a week word, arrears, a day and month. */
const NAMES_A_PERIOD =
  /\b(WK|WEEK|W\/C|ARREARS?|BAL(ANCE)?)\b|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}\s*(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b/i;

/**
 * An open reversal of the line's amount came back within days after it: the line may be the attempt that failed, and
 * the payment sent again on another day the one that paid.
 */
function mayHaveFailed(state: AssignmentState, b: PreparedBank): boolean {
  const markers = reversalMarkersByAmount(state).get(b.abs);
  if (markers === undefined) return false;
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i]!;
    if (m.sign === b.sign || m.line.currency !== b.line.currency || !state.bankOpen(m)) continue;
    if (m.day >= b.day && m.day - b.day <= REVERSAL_MAX_DAYS) return true;
  }
  return false;
}

/**
 * An invoice or bill number a text writes ("INV/2026/002222", "ACC-SINV-2026-00442"), in the forms a payer may write
 * it: its last group (`serial`), its other groups of three digits or more that are no year, and all its digits run
 * together, each without leading zeros; and its year, when a group is one (four digits 19xx/20xx, or two before a
 * serial). A purchase order, receipt or voucher number is another series, never compared.
 */
interface DocumentNumber {
  forms: string[];
  serial: string;
  /** the serial as written, zeros and all: a typo is a digit of what the payer typed */
  typed: string;
  year: string | null;
  /** it ends a narration, which the bank may have cut short ("BILL-31" for BILL-313) */
  cut: boolean;
}

function documentNumbers(text: string, endsCut = false): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  const end = text.trimEnd().length;
  // banks cut a narration at a field's length (30, 35, 40 characters and up): a short one was written whole
  const cuttable = endsCut && end >= CUT_AT_LEAST;
  // exec over the one pattern (it matches no empty text), not matchAll, which copies the pattern on every call
  INVOICES.lastIndex = 0;
  for (let m = INVOICES.exec(text); m !== null; m = INVOICES.exec(text)) {
    const groups = m[0].match(/\d+/g)!;
    const serial = unpadded(groups[groups.length - 1]!);
    const forms = [serial, unpadded(groups.join(''))];
    let year: string | null = null;
    for (let g = 0; g < groups.length - 1; g++) {
      const group = groups[g]!;
      if (YEAR.test(group) || (g === 0 && group.length === 2)) year = group.slice(-2);
      else if (group.length >= 3) forms.push(unpadded(group));
    }
    const typed = groups[groups.length - 1]!;
    out.push({ forms, serial, typed, year, cut: cuttable && m.index + m[0].length === end });
  }
  return out;
}

const quotedNumbers = (b: PreparedBank) => [
  ...documentNumbers(b.line.narration ?? '', true),
  ...documentNumbers(b.line.reference ?? ''),
];

/**
 * The line quotes an invoice or bill, the entry writes one of its own, and no number of the one is the other's, even
 * mistyped or cut short: the payer said which document, and it is not this one.
 */
function numberedOtherwise(quoted: readonly DocumentNumber[], l: PreparedLedger): boolean {
  if (quoted.length === 0) return false;
  const text = `${l.entry.reference ?? ''} ${l.entry.description ?? ''}`;
  const own = documentNumbers(text);
  // a bill or invoice numbered by its series' letters ("bill BE-0409") is numbered too: the line's INV 0412 is not it
  if (own.length === 0) {
    SERIES_DOCUMENT.lastIndex = 0;
    for (let m = SERIES_DOCUMENT.exec(text); m !== null; m = SERIES_DOCUMENT.exec(text)) own.push(serialOnly(m[1]!));
  }
  return own.length > 0 && !quoted.some((q) => own.some((e) => sameDocument(q, e)));
}

/** A document word, then a series' letters and its number ("bill BE-0409", "Invoice KAP/0252"). */
const SERIES_DOCUMENT = /\b(?:INV|INVOICE|BILL)\b[\s.#:]*[A-Z]{2,5}[-/ ]?(\d{3,8})(?![\d/-])/gi;

/** A series' number as a document number: its digits, no year. */
function serialOnly(digits: string): DocumentNumber {
  const serial = unpadded(digits);
  return { forms: [serial], serial, typed: digits, year: null, cut: false };
}

/**
 * Two writings of one document number: a form equal, or one the end of the other (three digits or more: "234" for
 * 2234, "2026002235" for 002235); or, the years not differing, a serial the start of the other where a narration ends
 * ("BILL-31" for BILL-313, cut by the bank), or serials of three digits or more without their zeros one digit added,
 * dropped, changed or two swapped apart (as typed or unpadded) ("2239" for 2293, "SI00088" for SI-00588; not "2026-0412" for 2025-0413, nor "12" for
 * 0412).
 */
function sameDocument(a: DocumentNumber, b: DocumentNumber): boolean {
  for (const x of a.forms)
    for (const y of b.forms) {
      if (x === y) return true;
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short.length >= 3 && long.endsWith(short)) return true;
    }
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  if (cutFrom(a, b) || cutFrom(b, a)) return true;
  // a typo of three digits or more: the zeros a package pads with are no digits the payer typed ("0007" is 7)
  if (a.serial.length < 3 || b.serial.length < 3) return false;
  return oneTypoApart(a.typed, b.typed) || oneTypoApart(a.serial, b.serial);
}

/** a's serial, two digits or more, ends a narration long enough to be cut and starts b's: the bank cut the rest off. */
const cutFrom = (a: DocumentNumber, b: DocumentNumber) =>
  a.cut && a.serial.length >= 2 && a.serial.length < b.serial.length && b.serial.startsWith(a.serial);

/** An invoice's or bill's number as DOCUMENT reads it, with the groups after it, and an ERP's invoice series. */
const INVOICES =
  /\b(?:INV|INVOICE|BILL|SI|SINV|PINV)[\s.#:/-]*(?:NO\b[\s.:#]*)?\d{2,}(?:[-/.]\d+)*|\b[A-Z]{2,}-[A-Z]*(?:INV|BILL)[A-Z]*-\d{4}-\d+/gi;
const YEAR = /^(19|20)\d\d$/;
const CUT_AT_LEAST = 30;
const unpadded = (digits: string) => digits.replace(/^0+(?=\d)/, '');

function someReference(state: AssignmentState, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (state.pairAt(i).s.referenceHit) return true;
  return false;
}

/** Whether the amount settles the document: exact or within tolerance either way. */
const fits = (q: Pair) => q.s.fit === 'exact' || q.s.fit === 'under_within' || q.s.fit === 'over_within';

/**
 * The line and the entry write other masked numbers ("AIRTIME PURCHASE MTN 0847*****88" for a top-up of 0812*****11):
 * another phone, card or account, so no rival of either's own pair however alike their words and amount.
 */
const anotherNumber = (q: Pair) => otherNumbersWritten(q.b, q.l);

/**
 * Rivals of a candidate. A rival of the same counterparty counts at any date the candidate search reached (an older
 * unpaid invoice of the same amount may be the one being paid); an anonymous one only inside the date window.
 */
class Rivals {
  /** per bank line: 0 not yet known, 1 names a clear payee among its candidates, 2 does not */
  private readonly named: Uint8Array;
  private readonly w: number;

  constructor(private readonly state: AssignmentState) {
    this.named = new Uint8Array(state.banks.length);
    this.w = state.opts.dateWindowDays;
  }

  /** a bank line with a clear payee among its candidates names someone: it is no rival for another payee's entry */
  private namesSomeone(b: PreparedBank): boolean {
    let v = this.named[b.order]!;
    if (v === 0) {
      v = 2;
      const { state } = this;
      for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++)
        if (clearParty(state.pairAt(i))) {
          v = 1;
          break;
        }
      this.named[b.order] = v;
    }
    return v === 1;
  }

  /** another open entry the line could be paying */
  ofBank(p: Pair): boolean {
    const { state } = this;
    for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
      if (!state.pairEntryOpen(i)) continue;
      const q = state.pairAt(i);
      if (q === p || !fits(q) || anotherNumber(q)) continue;
      // an entry that names nobody (no party, its description's words not in the narration) could be anyone's
      if (q.s.partyWeight > 0 || (daysOutside(q.b, q.l) <= this.w && q.l.partyTokens.length === 0)) return true;
    }
    return false;
  }

  /** another open line that could be paying the entry */
  ofEntry(p: Pair): boolean {
    const { state } = this;
    for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
      if (!state.entryPairBankOpen(i)) continue;
      const q = state.entryPairAt(i);
      if (q === p || !fits(q) || anotherNumber(q)) continue;
      if (q.s.partyWeight > 0 || (daysOutside(q.b, q.l) <= this.w && !this.namesSomeone(q.b))) return true;
    }
    return false;
  }
}

/**
 * The line names another party of the books as the books write it, and not the entry's ("NIP FRM EMMANUEL OKON", payer
 * field "ADA OBI" while Emmanuel Okon's and Ada Obi's own entries are open): a name close to the entry's (Emmanuel
 * Okonkwo, Ada Obiora) is that other party's, not the entry's written short or long.
 */
function namesAnotherParty(state: AssignmentState, p: Pair): boolean {
  const index = state.partyIndex;
  const party = p.l.partyKey;
  if (index === null || party === null || p.s.partyKind === 'account') return false;
  const keys = partyKeysOf(p.b);
  if (keys.includes(party)) return false;
  for (const key of keys) if (index.idOf(key) >= 0) return true;
  return false;
}

/**
 * The line names another branch than the entry's party (its payer field, else its narration), or a sister company
 * registered with a town in its name.
 */
export function otherBranchOf(p: Pair): boolean {
  if (p.s.partyKind === 'account') return false;
  const words = p.b.nameTokens.length > 0 ? p.b.nameTokens : narrationWords(p.b);
  return (
    namesOtherBranch(words, p.l.partyTokens) ||
    placeInCompanyName(p.b.line.counterpartyName ?? p.b.line.narration, p.l.partyTokens)
  );
}

/** A counterparty the bank side names unmistakably: an account number, or a name long enough to mean something. */
export function clearParty(p: Pair): boolean {
  if (p.s.partyKind === 'account') return true;
  if (p.s.partyKind === 'code') return p.s.partyWeight >= WEIGHTS.counterpartyName * 0.9 - 1e-9;
  // bodies sharing initials (NCC: a communications and a copyright commission) charge the same round fees; a tax or
  // contribution worked out to the cent names its body well enough
  if (p.s.partyKind === 'acronym' && roundFigures(p.b.abs, p.b.line.currency) !== Infinity) return false;
  if (
    p.s.partyKind !== 'name' &&
    p.s.partyKind !== 'narration' &&
    p.s.partyKind !== 'description' &&
    p.s.partyKind !== 'acronym'
  )
    return false;
  if (p.s.partyWeight < WEIGHTS.counterpartyName * 0.9 - 1e-9) return false;
  // the name's words only now: reading them reads the entry's name (a cache miss of its own in a large run)
  return letters(p.s.partyKind === 'description' ? p.l.descriptionTokens : p.l.partyTokens) >= MIN_PARTY_LETTERS;
}

/**
 * A short name (a brand's initials, "MTN" for MTN Nigeria) is too little by itself, but with the thing bought written on
 * both sides ("Airtime and data purchase MTN" booked as "Rider airtime and data") it names the payee: a word of five
 * letters or more, no bookkeeping or channel word, in the narration and the entry's description alike. And the
 * narration says nothing else: a word the entry does not say may be the rest of another payee's name ("ECG MOTORS LTD
 * OFFICE", "KRA CONSULTANTS MARCH"), the short name a part of it.
 */
function shortNameAndWhatWasBought(p: Pair): boolean {
  if (p.s.partyKind !== 'narration' && p.s.partyKind !== 'name') return false;
  if (p.s.partyWeight < WEIGHTS.counterpartyName * 0.9 - 1e-9 || letters(p.l.partyTokens) < 3) return false;
  const described = p.l.entry.description;
  if (!described) return false;
  const party = new Set(p.l.partyTokens);
  const saysAlso = new Set(wordsOf(described));
  const rest = wordsOf(p.b.line.narration).filter(
    (w) => !party.has(w) && !BOOKKEEPING_WORDS.has(w) && !CHANNEL_WORDS.has(w),
  );
  if (rest.some((w) => !saysAlso.has(w))) return false;
  return rest.some((w) => w.length >= 5);
}

/** A text's words of three letters or more, upper-cased. */
const wordsOf = (text: string | null | undefined): string[] =>
  (text ?? '')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter((w) => w.length >= 3);

/** The channel and connective words a bank writes around any payment (no payee's name, nothing bought). */
const CHANNEL_WORDS = new Set(
  'AND FOR FROM FRM THE VIA TRF TFR NIP GIP EFT POS WEB ATM USSD MOB APP NEFT RTGS MPESA MOMO PAY BILL'.split(' '),
);

/** Words any payment's narration or entry may say: what was done, not what was bought. */
const BOOKKEEPING_WORDS = new Set(
  (
    'PAYMENT PAYMENTS PURCHASE PURCHASES TRANSFER TRANSFERS RECEIPT INVOICE CREDIT DEBIT CHARGE CHARGES ONLINE ' +
    'MOBILE BANKING ACCOUNT SALES SUPPLIER SUPPLIERS CUSTOMER EXPENSE EXPENSES REFUND BEING VENDOR ORDER INWARD ' +
    'OUTWARD INSTANT MONEY WALLET OTHER OTHERS GENERAL SUNDRY MONTH MONTHLY WEEKLY DAILY'
  ).split(' '),
);

/** The words' letters counted (their join's length, without making it). */
function letters(words: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) n += words[i]!.length;
  return n;
}

const largestFirst = (x: PreparedLedger, y: PreparedLedger) => y.abs - x.abs || x.order - y.order;
const absOf = (l: PreparedLedger) => l.abs;

/**
 * Whether other open items of the same counterparty add up to the amount too (one payment for two invoices whose sum
 * equals a third): then the single exact item is only the likelier reading, not proof.
 */
function partyItemsAlsoSum(state: AssignmentState, p: Pair, pool: PreparedLedger[]): boolean {
  if (!p.l.partyKey) return false;
  if (lessCreditNoteAlsoMakes(state, p)) return true;
  const fromIndex = partyAmountsAlsoSum(state, p);
  if (fromIndex !== null) return fromIndex;
  const { b } = p;
  const w = state.opts.dateWindowDays;
  pool.length = 0;
  let sum = 0;
  const items = state.openItemsOfParty(p.l);
  for (let i = 0; i < items.length; i++) {
    const l = items[i]!;
    if (pool.length >= SPLIT_POOL) break;
    if (l === p.l || !state.ledgerOpen(l) || l.entry.currency !== b.line.currency || l.sign !== b.sign) continue;
    if (l.abs >= b.abs || !plausiblyPays(b, l, w)) continue;
    pool.push(l);
    sum += l.abs;
  }
  if (pool.length < 2 || sum < b.abs) return false;
  // largest first: the search prunes sooner, and only whether some combination exists matters here
  insertionSort(pool, largestFirst);
  return findSubsets(pool, absOf, b.abs, b.abs, state.opts.maxSplitSize, 1).length > 0;
}

/**
 * Another open document of the party less one of its open credit notes makes the line's amount too (5,800 less 800 for
 * a 5,000 payment): the payment may be that pair's, as the split pass would propose.
 */
function lessCreditNoteAlsoMakes(state: AssignmentState, p: Pair): boolean {
  const fromIndex = creditNoteFromIndex(state, p);
  if (fromIndex !== null) return fromIndex;
  const { b } = p;
  const w = state.opts.dateWindowDays;
  const items = state.openItemsOfParty(p.l);
  for (let i = 0; i < items.length; i++) {
    const cn = items[i]!;
    if (cn.sign === b.sign || !state.ledgerOpen(cn) || cn.entry.currency !== b.line.currency) continue;
    for (let j = 0; j < items.length; j++) {
      const doc = items[j]!;
      if (doc === p.l || doc.sign !== b.sign || !state.ledgerOpen(doc) || doc.entry.currency !== b.line.currency)
        continue;
      if (doc.abs - cn.abs === b.abs && plausiblyPays(b, doc, w)) return true;
    }
  }
  return false;
}

/**
 * lessCreditNoteAlsoMakes read from the candidate search's party index (the same entries as the party's items): side,
 * amount, days and open flag are typed arrays there, so neither the party's open list is filtered nor an entry read
 * (each a cache miss in a large run, for every pair the pass weighs). The party's entries are sorted by amount, so the
 * documents a credit note leaves at the line's amount are found by binary search. Null without an index or a party.
 */
function creditNoteFromIndex(state: AssignmentState, p: Pair): boolean | null {
  const index = state.partyIndex;
  const party = state.ledgerPartyNumber(p.l);
  if (index === null || party < 0) return null;
  const { b } = p;
  const w = state.opts.dateWindowDays;
  // the line's currency and direction, and the other direction (−1 and −2 when no entry has the currency: none match)
  const own = index.sideOf(b.line.currency, b.sign);
  const other = own ^ 1;
  const { order, abs, day, endDay, side } = index;
  const to = index.end(party);
  const self = p.l.order;
  for (let i = index.first(party); i < to; i++) {
    if (side[i] !== other || !state.ledgerOpenAt(order[i]!)) continue;
    const target = b.abs + abs[i]!;
    for (let j = index.firstAtLeast(party, target); j < to && abs[j] === target; j++) {
      const o = order[j]!;
      if (o !== self && side[j] === own && state.ledgerOpenAt(o) && paysWithin(b.day, day[j]!, endDay[j]!, w))
        return true;
    }
  }
  return false;
}

// the pool's amounts as found, then largest first for the search (one scratch: the pass never nests)
const poolScratch = new Float64Array(SPLIT_POOL);

/**
 * partyItemsAlsoSum read from the candidate search's party index: the party's entries below the amount, their side,
 * days and open flags all in typed arrays, so no entry is read (each a cache miss in a large run, per claim). The pool
 * is the same set when no more than SPLIT_POOL entries qualify (the list's order then decides nothing: the pool is
 * searched largest first, and only whether a combination exists matters); null when more do, for the list's reading.
 */
function partyAmountsAlsoSum(state: AssignmentState, p: Pair): boolean | null {
  const index = state.partyIndex;
  const party = state.ledgerPartyNumber(p.l);
  if (index === null || party < 0) return null;
  const { b } = p;
  const w = state.opts.dateWindowDays;
  const side = index.sideOf(b.line.currency, b.sign);
  const { order, abs, day, endDay } = index;
  const to = index.firstAtLeast(party, b.abs);
  const self = p.l.order;
  let n = 0;
  let sum = 0;
  for (let i = index.first(party); i < to; i++) {
    const o = order[i]!;
    if (o === self || index.side[i] !== side || !state.ledgerOpenAt(o) || !paysWithin(b.day, day[i]!, endDay[i]!, w))
      continue;
    if (n === SPLIT_POOL) return null;
    poolScratch[n++] = abs[i]!;
    sum += abs[i]!;
  }
  if (n < 2 || sum < b.abs) return false;
  // largest first: sorted ascending, then reversed (amounts alike are alike, so no order among them matters)
  const amounts = poolScratch.subarray(0, n).sort().reverse();
  return someSubsetSums(amounts, n, b.abs, b.abs, state.opts.maxSplitSize);
}

/**
 * A payment sent again after its return (sentAgainOf) whose first attempt lies within NAMED_PAYER_DAYS of the entry:
 * the books date it when it was first sent.
 */
function firstSentNear(state: AssignmentState, p: Pair): boolean {
  const first = sentAgainOf(state, p.b);
  return first !== null && daysOutside(first, p.l) <= NAMED_PAYER_DAYS;
}

/** The pair's evidence, its date read from the first attempt when the line sends a returned payment again. */
function datedFirstSent(state: AssignmentState, p: Pair, ev: Evidence[]): Evidence[] {
  if (daysOutside(p.b, p.l) <= NAMED_PAYER_DAYS) return ev;
  const first = sentAgainOf(state, p.b)!;
  const date = dateEvidence(first, p.l, state.opts.dateWindowDays);
  const said: Evidence = {
    kind: 'date',
    detail: flat`sent again after it was returned: first sent on ${first.line.date}, ${
      date?.detail ?? 'outside the date window'
    }`,
    weight: date?.weight ?? 0,
  };
  // outside the date window the pair has no date evidence to replace: the first attempt's date is added
  return ev.some((e) => e.kind === 'date') ? ev.map((e) => (e.kind === 'date' ? said : e)) : [...ev, said];
}
