import { counted } from '../../domain/counted.js';
import type { Evidence, MatchGroup, Suggestion } from '../../domain/reconciliation.js';
import type { AssignmentState } from '../assignment.js';
import { evidenceSum } from '../groups.js';
import { type PreparedBank, type PreparedLedger, daysOutside, isMemoWord } from '../prepared.js';
import { clearParty } from './counterparty-pass.js';
import { flat } from '../flat-text.js';
import { describeKeyWithin } from '../references.js';
import { sharedKey } from '../scoring.js';
import { keyTextsOf } from '../key-table.js';
import { CHEQUE } from '../same-amounts.js';
import { NAMED_PAYER_DAYS, REVERSAL_MAX_DAYS, WEIGHTS } from '../thresholds.js';
import { REVERSAL_WORDS, saysReversal } from '../../domain/reversal-words.js';

export { REVERSAL_WORDS, saysReversal };

const MARKER_WORDS = new Set([
  'REVERSAL',
  'REVERSED',
  'REVERSE',
  'RVSL',
  'RVS',
  'REV',
  'RETURNED',
  'RETURN',
  'RTN',
  'RTD',
  'DISHONOURED',
  'DISHONORED',
  'BOUNCED',
  'FAILED',
  'UNSUCCESSFUL',
  'UNPAID',
  'REJECTED',
  'OF',
  'FOR',
]);

export const REVERSAL_PAIR_RULE = 'reversal-pair';

/**
 * The lines saying they reverse or return another (a reversal word in the narration or the reference), in bank order,
 * open or not: read once per run (passes 1 and 2 both ask, and a line's texts never change).
 */
export function reversalMarkers(state: AssignmentState): readonly PreparedBank[] {
  let markers = markersOf.get(state);
  if (markers === undefined) {
    markers = [];
    // indexed loops over every line: a for-of steps through an iterator object until the loop is optimized
    for (let bi = 0; bi < state.banks.length; bi++) {
      const b = state.banks[bi]!;
      if (saysReversal(b.line.narration) || saysReversal(b.line.reference)) markers.push(b);
    }
    markersOf.set(state, markers);
  }
  return markers;
}

const markersOf = new WeakMap<AssignmentState, PreparedBank[]>();

/**
 * reversalMarkers by amount (their abs), in bank order within one amount: a line asks after the few markers of its own
 * amount, not every marker of the run (per line, that was the run's markers times the lines asking).
 */
export function reversalMarkersByAmount(state: AssignmentState): ReadonlyMap<number, readonly PreparedBank[]> {
  let byAmount = markersByAmountOf.get(state);
  if (byAmount === undefined) {
    byAmount = new Map();
    const markers = reversalMarkers(state);
    for (let i = 0; i < markers.length; i++) {
      const m = markers[i]!;
      const same = byAmount.get(m.abs);
      if (same) same.push(m);
      else byAmount.set(m.abs, [m]);
    }
    markersByAmountOf.set(state, byAmount);
  }
  return byAmount;
}

const markersByAmountOf = new WeakMap<AssignmentState, Map<number, PreparedBank[]>>();

/**
 * Pass 1 — reversal pairs. A failed transfer and its reversal (a debit, then a credit of the same amount naming the same
 * transfer or session id, hours or days later; or a deposit and its returned cheque) cancel each other: they are
 * confirmed together as one group with no ledger side, before any other pass can give the failed debit the supplier's
 * bill that the re-sent payment settles. A reversal that could undo two lines is left to a person.
 */
export function reversalPairsPass(state: AssignmentState): void {
  const markers = reversalMarkers(state);
  if (markers.length === 0) return;
  // originals by amount (in bank order, any currency: a reversal reads those of its own), only for the amounts some
  // reversal carries; keyed by the number, so no key text is made per line
  const byAmount = new Map<number, PreparedBank[]>();
  for (const m of markers) byAmount.set(m.abs, []);
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    byAmount.get(b.abs)?.push(b);
  }
  const isMarker = new Set(markers);
  // made once, only when some line shares a reversal's day: which lines follow which by running balance
  let predecessors: Map<PreparedBank, PreparedBank> | null = null;
  const follows = (o: PreparedBank, m: PreparedBank) =>
    comesAfter(o, m, (predecessors ??= balancePredecessors(state.banks)));
  const options = new Map<PreparedBank, { byKey: Candidate[]; byWords: Candidate[] }>();
  const returnedCheques: Array<[deposit: PreparedBank, returned: PreparedBank]> = [];
  for (const m of markers) {
    const byKey: Candidate[] = [];
    const byWords: Candidate[] = [];
    const byLead: Candidate[] = [];
    for (const o of byAmount.get(m.abs)!) {
      if (o.line.currency !== m.line.currency) continue;
      if (o === m || o.sign === m.sign || o.day > m.day || m.day - o.day > REVERSAL_MAX_DAYS) continue;
      // a cheque paid in and returned unpaid is no pair for the engine to make: books that hold the receipt either
      // keep it (the deposit settles it, the return is theirs to book) or reverse it (the two lines cancel). Which,
      // only the bookkeeper knows: the deposit is held for a person when the return names the same cheque
      if (o.sign > 0 && CHEQUE.test(o.line.narration ?? '') && CHEQUE.test(m.line.narration ?? '')) {
        if (sharedKey(o, m)) returnedCheques.push([o, m]);
        continue;
      }
      if (isMarker.has(o) && o.day === m.day && o.order > m.order) continue;
      // a payment sent again after the reversal, on its day, is not what it undoes: the running balance says which
      // came after (the lines' input order says nothing)
      if (o.day === m.day && follows(o, m)) continue;
      // the payment sent again says so ("… AUG DELIVERIES RESEND"): never the one undone
      if (saysSentAgain(o)) continue;
      // the reversal's reference is the transfer's own, marked ("000013260807154418" and "…418R", "PL26281CP04" and
      // "PL26281CP04R"): that transfer, whatever else the words share
      if (markedReference(o, m)) {
        byKey.push({ o, why: `the reversal's reference is the transfer's own, marked: ${m.line.reference!.trim()}` });
        continue;
      }
      const key = sharedKey(o, m);
      if (key) {
        // money in, then paid back to the payer ("NIP FRM ADA OKEKE INV 0451", "NIP TRF TO ADA OKEKE REFUND RETURNED
        // GOODS INV 0451"): a refund quoting the invoice, each side the books' own, not the transfer undone
        if (!refundOfDocument(o, m, key))
          byKey.push({ o, why: describeKeyWithin('the reversal names the same transfer: ', key, '') });
      } else if (!otherTransferIds(o, m)) {
        const words = repeatedWords(o, m);
        if (words === 'all') byWords.push({ o, why: 'the reversal repeats the narration of the line it undoes' });
        else if (words === 'lead') byLead.push({ o, why: 'the reversal repeats the payee the line it undoes names' });
        else if (samePayeeFieldReturned(o, m))
          byLead.push({ o, why: 'the return names the payee of the line it undoes, in its own field' });
      }
    }
    // a line repeated word for word is the one undone before any that only shares the payee; one sharing the transfer's
    // own id before one sharing only the document both pay (the failed transfer, not the payment sent again)
    options.set(m, { byKey: sharingAnId(byKey, m), byWords: byWords.length > 0 ? byWords : payeeWritten(byLead, m) });
  }
  for (const [o, m] of returnedCheques)
    if (state.bankOpen(o) && !state.heldForPerson.has(o) && !booksHoldTheReturn(state, m))
      state.holdForPerson(o, chequeReturned(m));
  // Round 1: a shared transfer id is decisive; the same words only when no id says otherwise (a re-sent payment
  // repeats them) and one line alone repeats them.
  const reversedOriginals = claimRound(state, markers, (m) => {
    const { byKey, byWords } = options.get(m)!;
    return byKey.length > 0 ? byKey : byWords;
  });
  const waiting = () => markers.some((m) => state.bankOpen(m) && options.get(m)!.byWords.length > 1);
  // Round 2: the charge of a failed transfer is reversed with it. Among identical charges (they recur daily), the one
  // undone follows the failed transfer in the running balance, as its reversal follows the transfer's reversal.
  if (waiting() && reversedOriginals.size > 0) {
    const predecessor = balancePredecessors(state.banks);
    // a transfer's charge, then the VAT or excise duty on the charge: each step follows the one before it
    for (let step = 0; step < 3; step++) {
      const more = claimRound(state, markers, (m) =>
        options.get(m)!.byWords.filter((f) => {
          const original = predecessor.get(f.o);
          const reversal = original ? reversedOriginals.get(original) : undefined;
          return reversal !== undefined && predecessor.get(m) === reversal;
        }),
      );
      if (more.size === 0) break;
      for (const [o, m] of more) reversedOriginals.set(o, m);
    }
  }
  // Round 3, with no running balance to follow: among identical charges only the one on the reversal's own day. Not
  // among payments: the one of the reversal's day is as likely the payment sent again as the one undone
  if (waiting())
    claimRound(state, markers, (m) => {
      const { byWords } = options.get(m)!;
      const sameDay = byWords.filter((f) => f.o.day === m.day);
      return byWords.length > 1 && sameDay.length === 1 && CHARGE.test(m.line.narration ?? '') ? sameDay : [];
    });
}

const NONE: readonly PreparedBank[] = [];

/** A reference of eight characters or more, and the reversal's: the same with R, -R, REV or RVSL before or after it. */
function markedReference(o: PreparedBank, m: PreparedBank): boolean {
  const ref = (o.line.reference ?? '').trim().toUpperCase();
  if (ref.length < 8) return false;
  const marked = (m.line.reference ?? '').trim().toUpperCase();
  if (marked.length <= ref.length) return false;
  const mark = marked.startsWith(ref)
    ? marked.slice(ref.length)
    : marked.endsWith(ref)
      ? marked.slice(0, -ref.length)
      : '';
  return REFERENCE_MARKS.has(mark.replace(/[\s/-]/g, ''));
}
const REFERENCE_MARKS = new Set(['R', 'REV', 'RVSL', 'RVS']);

/** A charge's words: what a bank takes, reversed with the transfer it was taken on. */
const CHARGE = /\b(?:CHARGES?|CHGS?|FEES?|COMM(?:ISSION)?|LEVY|VAT|DUTY|EMTL)\b/i;

/** A payment the payer says is sent again ("RESEND", "RESENT", "RE-SEND"). */
const saysSentAgain = (b: PreparedBank): boolean => /\bRE-?SEN[DT]\b/i.test(b.line.narration ?? '');

/**
 * Of several lines whose payee the reversal names, the one it names exactly, when one alone is: JAN SMIT returned is
 * the payment to JAN SMIT, not the one to JAN SMITH that a cut word would also allow.
 */
function payeeWritten(byLead: Candidate[], m: PreparedBank): Candidate[] {
  if (byLead.length < 2) return byLead;
  const payee = payeeOf(m.line.narration).join(' ');
  const exact = byLead.filter((c) => payeeOf(c.o.line.narration).join(' ') === payee);
  return exact.length === 1 ? exact : byLead;
}

/**
 * Of several lines sharing a key with the reversal, those sharing an id of the transfer itself (a reference code,
 * a session id, digits; not a document's number), when some do; else all of them.
 */
function sharingAnId(byKey: Candidate[], m: PreparedBank): Candidate[] {
  if (byKey.length < 2) return byKey;
  const ids = new Set(keyTextsOf(m).filter(isTransferId));
  const shared = byKey.map((c) => keyTextsOf(c.o).filter((k) => ids.has(k)));
  const sharing = byKey.filter((_, i) => shared[i]!.length > 0);
  const named = sharing.length > 0 ? sharing : byKey;
  if (named.length < 2) return named;
  // an id the reversal shares with one of them alone names that one (the failed transfer's own reference), when the
  // others share only ids all of them carry (the bill both the failed and the re-sent payment quote)
  const carriers = new Map<string, number>();
  for (const keys of shared) for (const k of new Set(keys)) carriers.set(k, (carriers.get(k) ?? 0) + 1);
  const ownId = byKey.filter((_, i) => shared[i]!.some((k) => carriers.get(k) === 1));
  if (ownId.length === 1) return ownId;
  // a number every line of the account carries (its own account number) names none apart: the one line whose
  // narration the reversal repeats word for word is the one it undoes, when the others repeat none of its words and
  // came days before it (one sent on its day may be the payment sent again: a person says)
  const repeated = named.filter((c) => repeatedWords(c.o, m) === 'all');
  const others = named.filter((c) => !repeated.includes(c));
  return repeated.length === 1 && others.every((c) => c.o.day < m.day && repeatedWords(c.o, m) === null)
    ? repeated
    : named;
}

/** A key naming the transfer, not a document: a document's number is P:, S: or Y: (see references.ts). */
const isTransferId = (key: string) => !/^[PSY]:/.test(key);

/** Whether the books hold the return itself (an entry of its amount naming the cheque): they keep the receipt. */
function booksHoldTheReturn(state: AssignmentState, m: PreparedBank): boolean {
  for (let i = state.firstPairOf(m), to = state.endPairOf(m); i < to; i++) {
    const p = state.pairAt(i);
    if (p.l.abs === m.abs && sharedKey(m, p.l) !== null) return true;
  }
  return false;
}

/** A narration as evidence quotes it: whole up to 60 characters, else cut with an ellipsis. */
const shortened = (text: string) => (text.length <= 60 ? text : `${text.slice(0, 59)}…`);

/** Why a deposit whose cheque came back is left to a person: both readings of the books, in words. */
function chequeReturned(m: PreparedBank): Evidence {
  return {
    kind: 'tie',
    detail:
      `the cheque came back unpaid on ${m.line.date} ("${shortened(m.line.narration ?? '')}", ${m.abs} minor units): ` +
      'confirm the deposit against the receipt and book the return, or leave the two bank lines as a pair if the books ' +
      'reverse the receipt',
    weight: 0,
  };
}

// the same words on every reversal pair: one shared, frozen object
const CANCELS_ITSELF: Evidence = Object.freeze({
  kind: 'rule',
  detail: 'a reversal pair cancels itself: it is never matched to the books',
  weight: WEIGHTS.date,
}) as Evidence;

interface Candidate {
  o: PreparedBank;
  why: string;
}

/** The line each line follows in the statement, by running balance (its balance less its amount), when unambiguous. */
function balancePredecessors(banks: readonly PreparedBank[]): Map<PreparedBank, PreparedBank> {
  const byBalance = new Map<number, PreparedBank[]>();
  for (let bi = 0; bi < banks.length; bi++) {
    const b = banks[bi]!;
    const bal = b.line.balanceMinor;
    if (bal === null || bal === undefined) continue;
    const list = byBalance.get(bal);
    if (list) list.push(b);
    else byBalance.set(bal, [b]);
  }
  const out = new Map<PreparedBank, PreparedBank>();
  if (byBalance.size === 0) return out;
  for (let bi = 0; bi < banks.length; bi++) {
    const b = banks[bi]!;
    const bal = b.line.balanceMinor;
    if (bal === null || bal === undefined) continue;
    // the one line at the balance before this one (no list made: most balances are one line's)
    let before: PreparedBank | null = null;
    let count = 0;
    for (const p of byBalance.get(bal - b.line.amountMinor) ?? NONE)
      if (p !== b && p.day <= b.day) {
        before = p;
        count++;
      }
    if (count === 1) out.set(b, before!);
  }
  return out;
}

/** Whether `later` follows `earlier` in the statement, by a chain of running balances within the day. */
function comesAfter(later: PreparedBank, earlier: PreparedBank, predecessor: Map<PreparedBank, PreparedBank>): boolean {
  let at = predecessor.get(later);
  for (let steps = 0; at !== undefined && at.day === later.day && steps < MAX_DAY_LINES; steps++) {
    if (at === earlier) return true;
    at = predecessor.get(at);
  }
  return false;
}
/** How far back within a day the chain is followed (a busy account's day). */
const MAX_DAY_LINES = 200;

/** Confirms the pairs whose reversal has exactly one original that no other open reversal also claims. */
function claimRound(
  state: AssignmentState,
  markers: readonly PreparedBank[],
  originalsOf: (m: PreparedBank) => Candidate[],
): Map<PreparedBank, PreparedBank> {
  const claimed = new Map<PreparedBank, PreparedBank>();
  // each open reversal's open originals (by marker), and how many reversals could undo each line (by its order: a
  // number key needs no hash kept on the line; a few lines, so no array over all of them)
  const found: (Candidate[] | null)[] = new Array<Candidate[] | null>(markers.length).fill(null);
  const reversersOf = new Map<number, number>();
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i]!;
    if (!state.bankOpen(m)) continue;
    const list = originalsOf(m).filter((f) => state.bankOpen(f.o));
    found[i] = list;
    for (const f of list) reversersOf.set(f.o.order, (reversersOf.get(f.o.order) ?? 0) + 1);
  }
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i]!;
    const list = found[i];
    // two lines it could undo, or a line two reversals could undo: a person pairs them
    if (!list || list.length !== 1 || reversersOf.get(list[0]!.o.order) !== 1) continue;
    const { o, why } = list[0]!;
    if (!state.bankOpen(o) || !state.bankOpen(m)) continue;
    const ev: Evidence[] = [
      { kind: 'reference', detail: why, weight: WEIGHTS.reference },
      {
        kind: 'amount_exact',
        detail:
          m.day === o.day
            ? flat`returns exactly the amount of the line of ${o.line.date}, the same day`
            : flat`returns exactly the amount of the line of ${o.line.date}, ${counted(m.day - o.day, 'day')} later`,
        weight: WEIGHTS.amountExact,
      },
      CANCELS_ITSELF,
    ];
    const [first, second] = o.day < m.day || (o.day === m.day && o.order < m.order) ? [o, m] : [m, o];
    const group: MatchGroup = {
      bankIds: [first.line.id, second.line.id],
      ledgerIds: [],
      kind: 'rule',
      confidence: evidenceSum(ev),
      currency: o.line.currency,
      differenceMinor: o.line.amountMinor + m.line.amountMinor,
      writeOff: null,
      evidence: ev,
      ruleId: REVERSAL_PAIR_RULE,
      proposed: null,
    };
    state.claim(group, [first, second], []);
    claimed.set(o, m);
    let confirmed = confirmedOf.get(state);
    if (confirmed === undefined) confirmedOf.set(state, (confirmed = []));
    confirmed.push({ original: o, reversal: m, group });
  }
  return claimed;
}

/** A pair the pass confirmed: the line undone, the line undoing it, and their group. */
interface ConfirmedPair {
  readonly original: PreparedBank;
  readonly reversal: PreparedBank;
  readonly group: MatchGroup;
}

/**
 * The pairs the pass confirmed, by run: the books may have recorded a reversed payment, and a later line may send it
 * again.
 */
const confirmedOf = new WeakMap<AssignmentState, ConfirmedPair[]>();

/**
 * After every pass: a reversed payment whose book entry is still open (the books recorded the transfer that failed,
 * and no line sent it again) will never present. The pair names that entry (the one open entry of the exact amount
 * sharing a reference with the reversed line, or of the payee it clearly names), so the statement can say so beside
 * it instead of listing it as a payment still to clear. Weight 0: the pair's confidence is its own.
 */
export function noteReversedPaymentsBooked(state: AssignmentState, suggestions: readonly Suggestion[]): void {
  const confirmed = confirmedOf.get(state);
  if (confirmed === undefined) return;
  // an entry offered to a line awaiting review (the payment sent again, not yet confirmed) may clear yet
  const offered = new Set<string>();
  for (const s of suggestions) for (const c of s.candidates) for (const id of c.ledgerIds) offered.add(id);
  for (const { original: o, group } of confirmed) {
    let booked: PreparedLedger | null = null;
    let count = 0;
    for (let i = state.firstPairOf(o), to = state.endPairOf(o); i < to; i++) {
      const p = state.pairAt(i);
      if (p.s.fit !== 'exact' || !state.ledgerOpen(p.l) || p.l === booked) continue;
      // dated as the payment was sent: the payee's bill of a month before is another payment, not this one undone
      if (daysOutside(o, p.l) > NAMED_PAYER_DAYS) continue;
      if (sharedKey(o, p.l) === null && !clearParty(p)) continue;
      booked = p.l;
      count++;
    }
    if (count !== 1 || offered.has(booked!.entry.id)) continue;
    const e = booked!.entry;
    const named = [e.description, e.reference].filter(Boolean).join(' ') || e.id;
    group.evidence.push({
      kind: 'reference',
      detail: flat`the books recorded the payment the bank reversed (${named}, ${e.date}) and still hold it open: it will not present; reverse it in the books, or match it to the payment when it is sent again`,
      weight: 0,
      ledgerIds: [e.id],
    });
  }
}

/** confirmedOf by amount, made at the first question (every pair is confirmed by then: pass 1 has run). */
const confirmedByAmountOf = new WeakMap<AssignmentState, Map<number, ConfirmedPair[]>>();

/**
 * The reversed payment a line sends again ("EFT/DR/VETPATH LABORATORIES/STMT AUG", returned "INVALID BRANCH CODE",
 * then the same payment days later), or null: a confirmed pair's original of the line's amount and direction, whose
 * payee the line repeats word for word, the line after the return and within REVERSAL_MAX_DAYS of it, and the one such
 * line of that pair. The books date such a payment the day it was first sent, not the day it got through.
 */
export function sentAgainOf(state: AssignmentState, b: PreparedBank): PreparedBank | null {
  const confirmed = confirmedOf.get(state);
  if (confirmed === undefined) return null;
  let byAmount = confirmedByAmountOf.get(state);
  if (byAmount === undefined) {
    confirmedByAmountOf.set(state, (byAmount = new Map()));
    for (const c of confirmed) {
      const same = byAmount.get(c.original.abs);
      if (same) same.push(c);
      else byAmount.set(c.original.abs, [c]);
    }
  }
  let found: PreparedBank | null = null;
  for (const { original: o, reversal: m } of byAmount.get(b.abs) ?? []) {
    if (!resends(o, m, b)) continue;
    // a line sending again two reversed payments of one amount and payee, or a payment two lines send again: a person
    if (found !== null) return null;
    for (const c of state.banks) if (c !== b && c !== o && resends(o, m, c)) return null;
    found = o;
  }
  return found;
}

function resends(o: PreparedBank, m: PreparedBank, b: PreparedBank): boolean {
  // after the return: on its day only as a line apart from the pair (the running balance would say which came first)
  if (b.abs !== o.abs || b.sign !== o.sign || b.day < m.day || b.day - m.day > REVERSAL_MAX_DAYS) return false;
  if (b === o || b.line.currency !== o.line.currency) return false;
  const a = payeeOf(o.line.narration);
  const r = payeeOf(b.line.narration);
  if (a.length < 2 || !a.some((w) => w.length >= 5) || r.length < a.length) return false;
  // the same payee, perhaps with a memo added this time ("… GBF FLOWERS SEP", "… HAULAGE NEW ACCT"): never more of a
  // name
  return a.every((w, i) => r[i] === w) && r.slice(a.length).every((w) => isMemoWord(w) || RESEND_WORDS.has(w));
}

/** What a payer adds when sending a returned payment again: to the payee's new account, once more. */
const RESEND_WORDS = new Set('NEW ACCT ACCOUNT RESEND RESENT AGAIN CORRECTED UPDATED DETAILS'.split(' '));

/**
 * How much of the original's narration the reversal repeats once its reversal words are removed: all of it, or (a
 * bank swapping the memo for its reason, "… HAULAGE SVCS - BENEFICIARY BANK UNAVAILABLE") the leading words — at least
 * four and two thirds of the original's, among them two words of the payee's name (three letters or more, not the
 * rail's, one of five or more): one first name ("STANDING ORDER TO JOHN") is anyone's.
 */
/**
 * Money paid back quoting a document, not a transfer undone: the two share a document's number only (no session id) and the later line says it refunds goods, or names the other side after FROM in one line and
 * after TO in the other. A session id shared is one transfer's, whichever way the lines word it ("NIP FRM ZENITH/OKON
 * FREIGHT RETURNED/<the session>").
 */
function refundOfDocument(original: PreparedBank, reversal: PreparedBank, key: string): boolean {
  if (SESSION_ID.test(key)) return false;
  const said = reversal.line.narration ?? '';
  // a wallet's "Refund for failed transfer to …" is its reversal, however it words it
  return (REFUND.test(said) && !FAILED.test(said)) || turnsRound(original, reversal);
}

const REFUND = /\bREFUND(?:ED)?\b|\bRETURNED\s+GOODS\b|\bGOODS\s+RETURNED\b/i;
const FAILED = /\b(?:FAILED|UNSUCCESSFUL|DECLINED|REVERS\w*|RVSL)\b/i;
/** A transfer's session id: NIP's are thirty digits; eighteen or more is no account, phone or card number. */
const SESSION_ID = /\d{18,}/;

/** The other side named after FROM in one line and after TO in the other: the money went back, not undone. */
function turnsRound(original: PreparedBank, reversal: PreparedBank): boolean {
  const a = directionOf(original.line.narration);
  const r = directionOf(reversal.line.narration);
  return a !== null && r !== null && a !== r;
}

function directionOf(narration: string | null | undefined): 'in' | 'out' | null {
  const text = narration ?? '';
  const from = /\b(?:FROM|FRM)\b/i.test(text);
  const to = /\bTO\b/i.test(text);
  return from === to ? null : from ? 'in' : 'out';
}

/**
 * Both lines carry a transfer's own number (a session id or a card payment's RRN) and none is the same: the reversal
 * undoes another transfer ("RVSL NIP/ACCESS/OKON FREIGHT SERVICES/…987654321" is May's failed attempt, not June's
 * "NIP/ACCESS/OKON FREIGHT SERVICES/…123456789"), whatever words they share.
 */
function otherTransferIds(original: PreparedBank, reversal: PreparedBank): boolean {
  const a = transferIds(original);
  if (a.length === 0) return false;
  const r = transferIds(reversal);
  return r.length > 0 && !r.some((x) => a.some((y) => x.endsWith(y) || y.endsWith(x)));
}

// read in the narration only: a reference column holds the bank's own number for each line, a reversal's its own;
// an account number after its word names an account, not the transfer
const transferIds = (b: PreparedBank): readonly string[] =>
  [...(b.line.narration ?? '').matchAll(TRANSFER_NUMBER)].filter((m) => !m[1]).map((m) => m[2]!);
/** A transfer's or card payment's number (a session id, an RRN), twelve digits or more, not an account's after A/C. */
const TRANSFER_NUMBER = /(\b(?:A\/C|ACCT|ACCOUNT|AC)(?:\s+NO)?[\s.:#]*)?(\d{12,})/gi;

function repeatedWords(original: PreparedBank, reversal: PreparedBank): 'all' | 'lead' | null {
  const a = plainWords(original.line.narration);
  const rest = plainWords(reversal.line.narration).filter((w) => !MARKER_WORDS.has(w));
  if (a.length >= 2 && a.join(' ') === rest.join(' ')) return 'all';
  // the same words but for a connective the reversal drops ("IB PAYMENT TO MAKRO", "IB PAYMENT REVERSAL MAKRO"); one
  // it swaps (DEPOSIT BY …, … DEPOSIT TO …) turns the money round: that is a refund, no reversal
  if (a.length >= 3 && dropsConnectivesOnly(a, rest)) return 'all';
  let lead = 0;
  while (lead < a.length && lead < rest.length && a[lead] === rest[lead]) lead++;
  // the return cutting the payee's last word short ("… AND STATIONERY INV 2539", "… AND STATIONER - ACCT CLOSED")
  if (lead > 0 && lead < a.length && lead < rest.length && cutShort(a[lead]!, rest[lead]!)) lead++;
  // a payment out returned; money in paid back is a refund, each side the books' own, unless the return says the credit
  // was never the business's ("RETURN OF WRONG CREDIT"): a misdirected credit sent back cancels itself
  if (lead < 4 || lead * 3 < a.length * 2) {
    if (original.sign < 0) return samePayee(original.line.narration, reversal.line.narration) ? 'lead' : null;
    return WRONG_CREDIT.test(reversal.line.narration ?? '') &&
      sharesName(partAfter(a, FROM_WORDS, TO_WORDS), partAfter(rest, TO_WORDS, FROM_WORDS))
      ? 'lead'
      : null;
  }
  // the lead must hold the whole payee: what the original says after it is a memo past a separator or a reference,
  // never more of a name (SALARY PAYMENT TO JOHN KAMAU MWANGI is not … JOHN KAMAU OTIENO)
  if (!memoAfter(original.line.narration ?? '', a, lead)) return null;
  let named = 0;
  let long = false;
  for (let i = 0; i < lead; i++) {
    const w = a[i]!;
    if (!/^[A-Z]{3,}$/.test(w) || RAIL_WORDS.has(w)) continue;
    named++;
    if (w.length >= 5) long = true;
  }
  return named >= 2 && long ? 'lead' : null;
}

/**
 * A standing order or debit order returned by the bank, which words the return its own way ("STANDING ORDER VODAFONE
 * BUSINESS BROADBA", then "REVERSAL S/O VODAFONE BUSINESS BROADBAND INS"): the payee's words are the same, in the same
 * order (the original's last perhaps cut short by the bank), once the rail's words, the reason and references are
 * left out — two words or more, one of five letters or more; or, when the return gives its reason, all its payee
 * words leading the original's (a memo the bank left off). Another payee's words ("JOHN KAMAU" for JOHN KARIUKI) are
 * another order.
 */
function samePayee(original: string | null | undefined, reversal: string | null | undefined): boolean {
  const a = payeeOf(original);
  const r = payeeOf(reversal);
  // the memo swapped for the return's reason, unlabelled ("GIP TRF TO REV DR SETH NKANSAH HONORARIUM", then "GIP
  // REVERSAL REV DR SETH NKANSAH INVALID ACCOUNT"): the payee's words, all of the reversal's, lead the original's
  // a return giving its reason names the payee enough by two short words ("YAW MANU", "PORT FINS CC"): a name of one
  // word of five letters or more otherwise
  const reason = statesReason(reversal);
  const names = (words: readonly string[]) =>
    words.some((w) => w.length >= 5) || (reason && words.join('').length >= 7);
  if (r.length >= 2 && r.length < a.length && names(r) && reason) return r.every((w, i) => a[i] === w);
  // a person written by initial and surname ("IB PAYMENT TO K MOKOENA", "RETURNED PAYMENT K MOKOENA ACCOUNT CLOSED"):
  // the surname and the same initials before it in both, when the return says why
  if (reason && a.length === 1 && r.length === 1 && a[0] === r[0] && a[0]!.length >= 5) {
    const initials = initialsBefore(original, a[0]!);
    if (initials !== '') return initials === initialsBefore(reversal, r[0]!);
  }
  // a return giving its reason by one long word of the payee's, its first or its last ("ACH RETURN KINAPHARMA … ACCT
  // NAME MISMATCH", "EFT RETURN ACCOUNT CLOSED THERMOCOOL" for THERMOCOOL REEFER SVCS, "PESALINK RETURN NAME MISMATCH
  // KARIUKI" for SAMUEL KARIUKI), initials before it the same when both write them
  if (reason && r.length === 1 && a.length >= 1 && r[0]!.length >= LONE_NAME_LETTERS) {
    const word = r[0]!;
    if (word !== a[0] && word !== a[a.length - 1]) return false;
    // a narration's first word is its rail's, however the bank names it ("PAYSHAP PAYMENT TO"), not the payee's
    if (word === plainWords(original)[0] || word === plainWords(reversal)[0]) return false;
    // and every other word the return writes, short ones and the rail's among them, the original writes too: "AB
    // VENTURES", "SWIFT LOGISTICS" or "JM KARIUKI" name another payee than JK Ventures, GT Logistics or Samuel Kariuki
    const written = new Set(plainWords(original));
    return plainWords(reversal).every((w) => written.has(w) || /\d/.test(w) || MARKER_WORDS.has(w) || REASONS.has(w));
  }
  if (a.length < 2 || a.length !== r.length || !names(a)) return false;
  const last = a.length - 1;
  for (let i = 0; i < last; i++) if (a[i] !== r[i]) return false;
  return a[last] === r[last] || cutShort(a[last]!, r[last]!);
}

/** One word written whole on one side and cut short on the other (a field's width): four letters kept at least. */
function cutShort(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short !== long && short.length >= 4 && long.startsWith(short);
}

/** The letters one word of a payee's name needs to name them alone in a return (seven: KARIUKI, not JOHN or MUSA). */
const LONE_NAME_LETTERS = 7;

/** The initials a narration writes just before a name's word: "K" in "… TO K MOKOENA …", "J P" in "J. P. SMIT". */
function initialsBefore(narration: string | null | undefined, word: string): string {
  const tokens = (narration ?? '')
    .toUpperCase()
    .split(/[\s/.]+/)
    .filter(Boolean);
  let i = tokens.indexOf(word);
  if (i < 0) return '';
  const initials: string[] = [];
  while (i > 0 && /^[A-Z]$/.test(tokens[i - 1]!)) initials.unshift(tokens[--i]!);
  return initials.join(' ');
}

/**
 * A narration's payee words: those before its first number as written ("… WHINDO LAUNDRY SERVICES WHI-66044", "…
 * SHENZHEN DRIP SYSTEMS SHE/INV/3912": the reference's letters are not more of the name), less a memo's label left
 * just before it ("… KENYA INV RPK-4345").
 */
function payeeOf(narration: string | null | undefined): string[] {
  // a slash parts a narration's fields as a space does ("EFT/RIFT AGRO PACKAGING/RAP2291": the payee, then the memo)
  const tokens = (narration ?? '')
    .toUpperCase()
    .split(/[\s/]+/)
    .filter(Boolean);
  const number = tokens.findIndex((t) => /\d/.test(t));
  const words = plainWords((number < 0 ? tokens : tokens.slice(0, number)).join(' '));
  while (words.length > 0 && MEMO_LABELS.has(words[words.length - 1]!)) words.pop();
  return payeeWords(words);
}

/**
 * The words naming a payee: not the rail's, the reversal's, a return's reason, a reference or a lone letter, and none
 * from a memo's label on ("… ROYAL PACKAGING KENYA INV RPK-4345": the invoice is the memo, not more of the name).
 */
const payeeWords = (words: readonly string[]) => {
  const memo = words.findIndex(
    (w, i) => MEMO_LABELS.has(w) && i > 0 && words.slice(i + 1, i + 3).some((next) => /\d/.test(next)),
  );
  return (memo < 0 ? words : words.slice(0, memo)).filter(
    (w) => w.length >= 3 && !/\d/.test(w) && !RAIL_WORDS.has(w) && !MARKER_WORDS.has(w) && !REASONS.has(w),
  );
};

/** A credit paid back as one the business should never have had. */
const WRONG_CREDIT =
  /\b(?:WRONG(?:LY)?|ERRONEOUS(?:LY)?|MISDIRECTED|MISTAKEN(?:LY)?|IN\s+ERROR)\b(?:\s+\w+){0,2}?\s*\b(?:CREDIT(?:ED)?|TRANSFER|TRF|PAYMENT|DEPOSIT|LODGEMENT)\b|\b(?:CREDIT|TRANSFER|TRF|PAYMENT)\s+(?:RECEIVED\s+)?IN\s+ERROR\b/i;

const FROM_WORDS = new Set(['FROM', 'FRM']);
const TO_WORDS = new Set(['TO']);

/**
 * The words after the first of `start` up to the next of `stop`: the sender a credit names after FROM, the payee a
 * payment names after TO — not the business's own name, which a bank may write on both ("… TO BISOLA COSMETICS LTD",
 * "FROM BISOLA COSMETICS LTD TO …"). None when the narration has no such word.
 */
function partAfter(words: readonly string[], start: ReadonlySet<string>, stop: ReadonlySet<string>): readonly string[] {
  const from = words.findIndex((w) => start.has(w));
  if (from < 0) return [];
  const end = words.findIndex((w, i) => i > from && stop.has(w));
  return words.slice(from + 1, end < 0 ? words.length : end);
}

/**
 * Whether both name one party: a run of two or more of the original's name words, one of five letters or more,
 * written in the same order in the other ("OKAFOR CHINEDU EMEKA" after FRM in "NIP FRM UBA/OKAFOR CHINEDU EMEKA/…" and
 * after TO in "NIP TRF TO OKAFOR CHINEDU EMEKA/RETURN OF WRONG CREDIT").
 */
function sharesName(original: readonly string[], other: readonly string[]): boolean {
  const name = (w: string) => w.length >= 3 && /^[A-Z]+$/.test(w) && !RAIL_WORDS.has(w) && !MARKER_WORDS.has(w);
  for (let i = 0; i < original.length; i++)
    for (let j = 0; j < other.length; j++) {
      let n = 0;
      let long = false;
      while (
        i + n < original.length &&
        j + n < other.length &&
        original[i + n] === other[j + n] &&
        name(original[i + n]!)
      ) {
        long ||= original[i + n]!.length >= 5;
        n++;
      }
      if (n >= 2 && long) return true;
    }
  return false;
}

/**
 * A payment whose return the bank words only as a return ("PAYSHAP PAYMENT TO", then "PAYSHAP RETURNED ACCOUNT
 * CLOSED"), the payee in each line's own field: the same payee's name (two words or more, one of five letters or
 * more), and the same reference field or the return's reason.
 */
function samePayeeFieldReturned(original: PreparedBank, reversal: PreparedBank): boolean {
  if (original.sign > 0) return false;
  const a = plainWords(original.line.counterpartyName);
  if (
    a.length < 2 ||
    !a.some((w) => w.length >= 5) ||
    a.join(' ') !== plainWords(reversal.line.counterpartyName).join(' ')
  )
    return false;
  const reference = plainWords(original.line.reference).join(' ');
  return (
    (reference !== '' && reference === plainWords(reversal.line.reference).join(' ')) ||
    statesReason(reversal.line.narration)
  );
}

/** Whether a return gives its reason in words ("INVALID ACCOUNT", "ACCOUNT NOT FOUND", "NO SUCH ACCOUNT", "DORMANT"). */
const statesReason = (narration: string | null | undefined): boolean =>
  plainWords(narration).some((w) => STATED_REASONS.has(w));

/** The words of a return's reason itself. */
const STATED_REASONS = new Set(
  (
    'INS NSF INSUFFICIENT FUNDS TIMEOUT DECLINED REFER DRAWER STOPPED CLOSED INVALID BENEFICIARY UNAVAILABLE ' +
    'NOT FOUND DORMANT BLOCKED FROZEN INACTIVE UNKNOWN REJECTED SUCH EXIST EXISTS NONEXISTENT DECEASED UNPAID MISMATCH'
  ).split(' '),
);

/**
 * Why a bank returns an order: words a return adds that name nobody (the reason, and the labels around it: "INVALID
 * BRANCH CODE", "ACCOUNT NUMBER INVALID", "BENEFICIARY NAME MISMATCH", "NO AUTHORITY TO DEBIT").
 */
const REASONS = new Set([
  ...STATED_REASONS,
  // ("ACCT NAME MISMATCH": the name on the account is not the one sent, a GIP and NIP return's reason)
  ...'REASON ACC ACCT ACCOUNT BRANCH CODE NUMBER NAME MISMATCH WRONG INCORRECT AUTHORITY'.split(' '),
]);

const CONNECTIVES = new Set(['TO', 'FROM', 'FRM', 'FOR', 'OF', 'THE', 'BY']);

/** Whether `rest` is `a` with some connectives left out, and nothing else changed. */
function dropsConnectivesOnly(a: readonly string[], rest: readonly string[]): boolean {
  if (rest.length >= a.length) return false;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (j < rest.length && a[i] === rest[j]) j++;
    else if (!CONNECTIVES.has(a[i]!)) return false;
  }
  return j === rest.length;
}

/**
 * Whether the original's words past the first `lead` are a memo: the narration puts a separator (" - ", "/", "|")
 * right after the lead's words, or every word left is a reference: it carries a digit (FAS812854), or is a label just
 * before one ("POL 88123", "REF 2231").
 */
function memoAfter(narration: string, words: readonly string[], lead: number): boolean {
  const left = words.slice(lead);
  const reference = (w: string, i: number) =>
    /\d/.test(w) || (MEMO_LABELS.has(w) && i + 1 < left.length && /\d/.test(left[i + 1]!));
  if (left.every(reference)) return true;
  const upper = narration.toUpperCase();
  let at = 0;
  for (let i = 0; i < lead; i++) {
    at = upper.indexOf(words[i]!, at);
    if (at < 0) return false;
    at += words[i]!.length;
  }
  return /^\s*(-|\/|\|)/.test(upper.slice(at));
}
/** Labels written before a number in a memo: a policy, an account, an invoice, a bill — never a name ("OTI", "EZE"). */
const MEMO_LABELS = new Set(
  'POL POLICY REF ACC ACCT AC INV INVOICE BILL PV PO NO NUM PRN MBR MEMBER CUST CONTRACT LOAN ID'.split(' '),
);

// Words of the payment rail, not of who was paid (its direction too: "PESALINK OUT"): a lead made of these says nothing
// about the payee.
const RAIL_WORDS = new Set(
  (
    'TRANSFER TRF PAYMENT PMT ELECTRONIC CHARGE CHARGES DEBIT CREDIT ORDER STANDING INTERNET ONLINE MOBILE BANKING ' +
    'INSTANT IMMEDIATE INTERBANK OUTWARD INWARD SWIFT RTGS EFT ACH NIP GIP PESALINK MPESA BULK SALARY TO FROM THE AND ' +
    'FOR VIA REF ACCOUNT BANK OUT OUTGOING INCOMING PAYSHAP'
  ).split(' '),
);

/** The narration's words as written (upper case, punctuation dropped): "TRANSFER CHARGE" keeps both. */
function plainWords(text: string | null | undefined): string[] {
  return (text ?? '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
}
