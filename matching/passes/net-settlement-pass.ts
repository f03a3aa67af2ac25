import { Decimal } from 'decimal.js';
import type { Evidence } from '../../domain/reconciliation.js';
import {
  BookedCharges,
  NOT_TAKINGS,
  SENT_BACK,
  entryText,
  isAcquirerItself,
  namesGateway,
  namesWallet,
  otherAcquirer,
  sameAcquirer,
} from '../acquirer-charges.js';
import type { AssignmentState } from '../assignment.js';
import { booksAccount, openDebitsByDay } from './batch-settlement.js';
import { otherDevice } from './settlement-pass.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { percentText, withinPercent } from '../ratio.js';
import { DOCUMENT } from '../same-amounts.js';
import { type PaymentWay, paymentWayOf, writtenDayOf } from '../settlement-keys.js';
import {
  NET_FEE_MAX_PERCENT,
  NET_FEE_MAX_RUN,
  NET_FEE_MIN_PERCENT,
  NET_FEE_SAME_RATE_BP,
  NET_FEE_STEP_UNITS,
  SETTLEMENT_BATCH_DAYS,
  SETTLEMENT_MAX_DAYS,
  WALLET_RATE_STEP_BP,
  WEIGHTS,
} from '../thresholds.js';

/**
 * Pass 4d — a settlement credited net of a fee the statement does not state. A card acquirer, a payment gateway or a
 * wallet pays a merchant's takings less its fee ("YOCO UITBETALING", "HUBTEL SETTLEMENT 97140479", "MPESA C2B
 * SETTLEMENT PAYBILL 4122077"), while the books hold the gross: one takings entry, or several receipts of a few days
 * taken the same way. Such a line is read against the open takings of the same channel dated in the days before it,
 * one entry or a run of whole days of them, whose gross less a fee at a merchant's rate (NET_FEE_MIN_PERCENT to
 * NET_FEE_MAX_PERCENT) is the line. Every fitting grouping is offered, with the gross, the fee, its rate and where it
 * is written off. A grouping is confirmed only when it is the line's one reading, its entries are read by no other
 * line, the books hold no other charge near it, and the fee is corroborated: booked in the books as an entry of
 * exactly the gap, at the rate (or of the amount) another settlement of the same acquirer on the statement shows, or
 * a published rate's to the minor unit (1.95 % of the gross, not 1.9437 %). A tie is never decided.
 */
export function netSettlementPass(state: AssignmentState): void {
  const lines: Settling[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign < 0) continue;
    const said = lineWords(b);
    if (readsAsAcquirerCredit(said))
      lines.push({
        b,
        said,
        way: channelOf(said, true),
        readings: [],
        netBooked: false,
        salesDay: writtenDayOf(b.line.narration ?? '', b.day),
        pool: [],
      });
  }
  if (lines.length === 0) return;
  const takings = takingsByDay(state);
  if (takings.size === 0) return;
  const elsewhere = settledElsewhere(state);
  // strongest first: a fee the books booked for one settlement is no other settlement's charge once that one is
  // confirmed with it, so the lines still open are read again after a round that confirmed any
  const confirmed: Settling[] = [];
  let open = lines;
  for (let round = 0; ; round++) {
    const charges = new BookedCharges(state);
    for (const s of open) s.readings = readingsOf(state, s, takings, charges);
    const last = round === 1;
    const claimed = readRound(state, open, [...confirmed, ...open], elsewhere, last);
    confirmed.push(...claimed);
    if (last || claimed.length === 0) {
      if (!last) readRound(state, open, [...confirmed, ...open], elsewhere, true);
      return;
    }
    open = open.filter((s) => state.bankOpen(s.b));
  }
}

/**
 * One reading of the open settlements: each confirmed where its one grouping is corroborated; with `offer`, every other
 * grouping is offered to a person. Returns the settlements confirmed.
 */
function readRound(
  state: AssignmentState,
  open: readonly Settling[],
  all: readonly Settling[],
  elsewhere: readonly Settling[],
  offer: boolean,
): Settling[] {
  // how many lines read each entry: an entry two settlements may pay is neither's to confirm
  const readers = new Map<PreparedLedger, number>();
  for (const s of open)
    for (const l of new Set(s.readings.flatMap((r) => (r.fee ? [...r.takings, r.fee] : r.takings))))
      readers.set(l, (readers.get(l) ?? 0) + 1);
  let debits: PreparedLedger[] | null = null;
  const { opts } = state;
  const claimed: Settling[] = [];
  for (const s of open) {
    if (s.readings.length === 0 || !state.bankOpen(s.b)) continue;
    const tie = s.readings.length > 1;
    for (const r of s.readings) {
      const alone =
        !tie && r.takings.every((l) => readers.get(l) === 1) && (r.fee === null || readers.get(r.fee) === 1);
      const seen = r.fee ? null : sameRateElsewhere(s, r, all);
      const rate = r.fee || seen ? 0 : roundRateOf(r.gap, r.gross, r.takings.length);
      const ev = evidenceOf(s, r, seen, rate, opts.writeOffAccount);
      const strong =
        alone &&
        !r.otherCharge &&
        !s.netBooked &&
        (r.fee !== null || seen !== null || rate > 0) &&
        r.takings.every(isTakings) &&
        allArrived(state, s, r) &&
        !siblingUnread(s, open, elsewhere) &&
        !leftOver(s, r, readers) &&
        (r.fee !== null ||
          !booksAccount(state, (debits ??= openDebitsByDay(state)), s.b, r.takings[0]!, r.takings[0]!.day, s.said));
      const ls = r.fee ? [...r.takings, r.fee] : r.takings;
      if (strong) {
        const confidence = evidenceSum(ev);
        if (confidence < opts.autoConfirmThreshold || !ls.every((l) => state.ledgerOpen(l))) continue;
        state.claim(group([s.b], ls, ls.length > 1 ? 'split' : 'reference', confidence, ev, opts), [s.b], ls);
        claimed.push(s);
        continue;
      }
      if (!offer) continue;
      if (tie)
        ev.push({
          kind: 'tie',
          detail: `${s.readings.length} groupings of the takings fit this settlement less a fee: not decided`,
          weight: 0,
        });
      else if (!alone)
        ev.push({ kind: 'tie', detail: 'another settlement may pay the same takings: not decided', weight: 0 });
      else if (s.netBooked)
        ev.push({
          kind: 'tie',
          detail: 'the books hold takings of the very amount paid, booked net: not decided',
          weight: 0,
        });
      state.addCandidate(s.b, {
        ledgerIds: ls.map((l) => l.entry.id),
        confidence: Math.min(evidenceSum(ev), SUGGESTED_AT_MOST),
        differenceMinor: s.b.abs - ls.reduce((sum, l) => sum + l.entry.amountMinor, 0),
        evidence: ev,
        ...(r.fee || r.otherCharge ? {} : { writeOff: { account: opts.writeOffAccount, amountMinor: r.gap } }),
      });
    }
  }
  return claimed;
}

/**
 * Takings a settlement may be confirmed against: booked to no one, to the acquirer or wallet itself, or to the sales
 * themselves ("Walk-in Customers", "Counter sale", "Card customer"), never a customer's receipt; booked to no party,
 * the words must say takings or sales (a receipt naming a wallet may be a customer's).
 */
function isTakings(l: PreparedLedger): boolean {
  const party = (l.entry.party ?? '').trim();
  const text = entryText(l);
  if (party !== '' && !/^\d+$/.test(party))
    return isAcquirerItself(party) || namesGateway(party) || TAKINGS_PARTY.test(party);
  return TAKINGS_WORDS.test(text);
}
const TAKINGS_PARTY = /\b(WALK-?IN|COUNTER|CARD|POS|CUSTOMERS|SALES?|INCOME|TAKINGS|SHOP)\b/i;
const TAKINGS_WORDS =
  /\b(TAKINGS|SALES|COLLECTIONS?|CARDS?|POS|TILL|SPEEDPOINT|PAYOUTS?|SETTL\w*|KAART\w*|ONLINE|VENTES|VENTAS|VENDITE)\b/i;

/**
 * Whether every batch of the settlement's days can have arrived: the bank data reaches SETTLEMENT_MAX_DAYS past the
 * first takings, or SETTLEMENT_BATCH_DAYS past the settlement. Until then a short sum may be part of a batch.
 */
function allArrived(state: AssignmentState, s: Settling, r: Reading): boolean {
  const first = r.takings.reduce((d, l) => Math.min(d, l.day), Infinity);
  return state.newestBankDay - first >= SETTLEMENT_MAX_DAYS || state.newestBankDay - s.b.day >= SETTLEMENT_BATCH_DAYS;
}

/**
 * Another settlement of the same acquirer or way of paying within SETTLEMENT_BATCH_DAYS that no takings explain: the
 * days' settlements are not read whole, and what one of them makes may be the other's.
 */
function siblingUnread(s: Settling, open: readonly Settling[], elsewhere: readonly Settling[]): boolean {
  return [...open, ...elsewhere].some(
    (o) =>
      o !== s &&
      o.readings.length === 0 &&
      Math.abs(o.b.day - s.b.day) <= SETTLEMENT_BATCH_DAYS &&
      o.b.line.currency === s.b.line.currency &&
      (sameAcquirer(s.said, o.said) || (s.way !== null && o.way === s.way)),
  );
}

/**
 * The settlements earlier passes confirmed against no takings (a payout quoting an invoice, paired with it): a sibling
 * of such a one is no whole day's. Read only when a settlement is closed before this pass.
 */
function settledElsewhere(state: AssignmentState): Settling[] {
  const closed: PreparedBank[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    // (a payout quoting a document counts: it is the one that went elsewhere)
    if (b.sign > 0 && !state.bankOpenAt(bi) && acquirerWorded(lineWords(b))) closed.push(b);
  }
  if (closed.length === 0) return [];
  // the matches of those lines alone: a book's whole list of matches or entries is never copied into a map
  const ids = new Set(closed.map((b) => b.line.id));
  const matchOf = new Map<string, readonly string[]>();
  for (const m of state.matches) for (const id of m.bankIds) if (ids.has(id)) matchOf.set(id, m.ledgerIds);
  const out: Settling[] = [];
  for (const b of closed) {
    const said = lineWords(b);
    const s: Settling = {
      b,
      said,
      way: channelOf(said, true),
      readings: [],
      netBooked: false,
      salesDay: null,
      pool: [],
    };
    const withTakings = (matchOf.get(b.line.id) ?? []).some((id) => {
      const l = state.ledgerById(id);
      return l !== null && l.sign > 0 && sameChannel(s, entryText(l)) && !DOCUMENT.test(entryText(l));
    });
    if (!withTakings) out.push(s);
  }
  return out;
}

/**
 * Takings of the reading's days that neither it nor another settlement reads: a machine not settled yet, or settled
 * elsewhere; what this settlement makes may be that one's, so a person decides.
 */
function leftOver(s: Settling, r: Reading, readers: ReadonlyMap<PreparedLedger, number>): boolean {
  const days = new Set(r.takings.map((l) => l.day));
  return s.pool.some((l) => days.has(l.day) && !r.takings.includes(l) && !readers.get(l));
}

/** An offered grouping stays below the threshold a caller may lower: only the corroborated one is confirmed. */
const SUGGESTED_AT_MOST = 0.85;

interface Settling {
  b: PreparedBank;
  said: string;
  way: PaymentWay;
  readings: Reading[];
  /** an open takings entry of the channel in its days is the line's very amount: the books may hold it net */
  netBooked: boolean;
  /** the sales day the narration writes ("POS STLM TID 2058KX19 0904"), or null */
  salesDay: number | null;
  /** the open takings of its channel in its days */
  pool: PreparedLedger[];
}

interface Reading {
  takings: PreparedLedger[];
  gross: number;
  /** the fee implied: gross less the line, in minor units */
  gap: number;
  /** the books' entry of exactly the fee, taken into the group */
  fee: PreparedLedger | null;
  /** the books hold another charge of the acquirer's near it: writing the fee off might count it twice */
  otherCharge: boolean;
}

/**
 * A credit worded as an acquirer's, gateway's or wallet's settlement, payout or sweep ("POS STLM TID 2058KX19",
 * "TELECEL CASH MERCHANT SETTLEMENT", "EFT CREDIT IKHOKHA PAYOUT", "T-KASH COLLECTIONS SWEEP", Afrikaans "YOCO
 * UITBETALING"), naming the acquirer or the way of paying; never money sent back, an advance or a document's payment.
 */
export function readsAsAcquirerCredit(said: string): boolean {
  return acquirerWorded(said) && !DOCUMENT.test(said) && !SENT_BACK.test(said) && !NOT_TAKINGS.test(said);
}
/** A settlement, payout or sweep word and the acquirer, wallet, way of paying or merchant named. */
const acquirerWorded = (said: string) =>
  PAYOUT_WORD.test(said) &&
  (namesGateway(said) || namesWallet(said) || paymentWayOf(said) !== null || MERCHANT.test(said));
// a card terminal's takings paid in ("SPEEDPOINT DEP MERCH 4455123") are its settlement too
const PAYOUT_WORD =
  /\b(SETTL\w*|STLMT|STTLMT|STLM|STL|PAYOUTS?|SWEEP|UITBETALINGS?|(?<=\b(?:SPEEDPOINT|POS|CARD)\s+)DEP(?:OSIT)?)\b(?!\s+OF\b)/i;
const MERCHANT = /\bMERCHANT\b/i;

/**
 * The way of paying a text names: a wallet or till is mobile, a card word or (for a settlement, `settling`) a card
 * acquirer or gateway, or a merchant settlement naming no wallet, is card ("YOCO", "IKHOKHA", South Africa's "MERCHANT
 * SETTLEMENT 61000231"); Afrikaans books write card sales "kaartverkope".
 */
function channelOf(text: string, settling: boolean): PaymentWay {
  const way = paymentWayOf(text);
  if (way !== null) return way;
  if (KAART.test(text)) return 'card';
  if (!settling || namesWallet(text)) return null;
  return namesGateway(text) || MERCHANT_SETTLEMENT.test(text) ? 'card' : null;
}
const KAART = /\bKAART\w*/i;
const MERCHANT_SETTLEMENT = /\bMERCHANT\s+(SETTL\w*|STLMT|STLM|STL)\b/i;
/** Sales taken online ("Online orders week to 07/04/2025", "Web shop sales"): a payment gateway's to settle. */
const ONLINE = /\b(ONLINE|WEB\s?SHOP|WEBSITE|E-?COMMERCE)\b/i;

/**
 * Open takings entries by day: money in taken through a channel (an acquirer or wallet named, or a card or till word),
 * with no document and no refund, reversal or advance. A customer's receipt through the channel ("Retainer received by
 * M-PESA") counts: a settlement pays the receipts of its days together.
 */
function takingsByDay(state: AssignmentState): Map<string, PreparedLedger[]> {
  const out = new Map<string, PreparedLedger[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign < 0) continue;
    const text = entryText(l);
    if (!namesGateway(text) && !namesWallet(text) && channelOf(text, false) === null && !ONLINE.test(text)) continue;
    if (DOCUMENT.test(`${l.entry.description ?? ''} ${l.entry.party ?? ''}`) || NOT_TAKINGS.test(text)) continue;
    const k = `${l.entry.currency}|${l.day}`;
    const list = out.get(k);
    if (list) list.push(l);
    else out.set(k, [l]);
  }
  return out;
}

/**
 * Whether takings `text` were taken the way the settlement pays: the same acquirer, or the same way and none other, or
 * online through the gateway the settlement names.
 */
function sameChannel(s: Settling, text: string): boolean {
  if (otherAcquirer(s.said, text)) return false;
  if (sameAcquirer(s.said, text)) return true;
  const way = channelOf(text, false);
  // online sales name no way of paying: a gateway (no wallet) settles them
  if (way === null && ONLINE.test(text)) return namesGateway(s.said) && !namesWallet(s.said);
  return s.way !== null && way === s.way;
}

/**
 * Every grouping of the settlement's channel's open takings, dated in the SETTLEMENT_MAX_DAYS before it or on its day,
 * that the line pays less a fee at a merchant's rate: each entry alone, and each run of whole consecutive days of them
 * (at most NET_FEE_MAX_RUN entries).
 */
function readingsOf(
  state: AssignmentState,
  s: Settling,
  takings: ReadonlyMap<string, readonly PreparedLedger[]>,
  charges: BookedCharges,
): Reading[] {
  const days: PreparedLedger[][] = [];
  for (let day = s.b.day - SETTLEMENT_MAX_DAYS; day <= s.b.day; day++) {
    const of = (takings.get(`${s.b.line.currency}|${day}`) ?? []).filter(
      (l) =>
        state.ledgerOpen(l) &&
        state.allowed(s.b, l) &&
        sameChannel(s, entryText(l)) &&
        !otherDevice(s.said, entryText(l)) &&
        (s.salesDay === null || (writtenDayOf(entryWords(l)) ?? l.day) === s.salesDay),
    );
    if (of.length > 0) days.push(of);
  }
  s.pool = days.flat();
  s.netBooked = s.pool.some((l) => l.abs === s.b.abs);
  const groupings: PreparedLedger[][] = [];
  for (const day of days) for (const l of day) groupings.push([l]);
  for (let i = 0; i < days.length; i++) {
    const run: PreparedLedger[] = [];
    for (let j = i; j < days.length; j++) {
      run.push(...days[j]!);
      if (run.length > NET_FEE_MAX_RUN) break;
      if (run.length > 1) groupings.push([...run]);
    }
  }
  const out: Reading[] = [];
  for (const takings of groupings) {
    const gross = takings.reduce((sum, l) => sum + l.abs, 0);
    const gap = gross - s.b.abs;
    if (!isMerchantFee(gap, gross)) continue;
    const charge = charges.find(
      s.b.line.currency,
      gap,
      takings[0]!.day,
      s.b.day,
      `${s.said} ${entryText(takings[0]!)}`,
    );
    out.push({ takings, gross, gap, fee: charge.fee, otherCharge: charge.fee === null && charge.other });
  }
  return out;
}

/** A fee a merchant is charged on `gross`: from NET_FEE_MIN_PERCENT to NET_FEE_MAX_PERCENT of it. */
export function isMerchantFee(gap: number, gross: number): boolean {
  return (
    gap > 0 && withinPercent(gap, gross, NET_FEE_MAX_PERCENT) && !withinPercent(gap + 1, gross, NET_FEE_MIN_PERCENT)
  );
}

/**
 * Another settlement of the same acquirer (named alike, or worded alike but for its numbers) read one way only, whose
 * fee is the same rate of its takings to NET_FEE_SAME_RATE_BP, or the same sum: the acquirer's rate, seen twice.
 */
function sameRateElsewhere(s: Settling, r: Reading, lines: readonly Settling[]): Settling | null {
  for (const o of lines) {
    if (o === s || o.readings.length !== 1 || o.readings[0]!.fee) continue;
    if (!sameAcquirer(s.said, o.said) && wordsOnly(s.said) !== wordsOnly(o.said)) continue;
    const q = o.readings[0]!;
    if (q.takings.some((l) => r.takings.includes(l))) continue;
    if (q.gap === r.gap || sameRate(r.gap, r.gross, q.gap, q.gross)) return o;
  }
  return null;
}
const wordsOnly = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();

function sameRate(gapA: number, grossA: number, gapB: number, grossB: number): boolean {
  const a = new Decimal(gapA).div(grossA);
  const b = new Decimal(gapB).div(grossB);
  return a.minus(b).abs().mul(10_000).lte(NET_FEE_SAME_RATE_BP);
}

/**
 * The rate, in basis points, the fee is of the gross when it is a whole number of WALLET_RATE_STEP_BP steps to within a
 * minor unit an entry (each receipt's fee rounded), as acquirers publish their rates ("1.95 %", "0.5 %"), and the
 * gross is large enough for a step to be NET_FEE_STEP_UNITS times that margin (on a small sum every gap is near some
 * step); else 0.
 */
export function roundRateOf(gap: number, gross: number, entries: number): number {
  const margin = entries;
  const stepUnits = new Decimal(gross).mul(WALLET_RATE_STEP_BP).div(10_000);
  if (stepUnits.lt(margin * NET_FEE_STEP_UNITS)) return 0;
  const steps = new Decimal(gap).div(stepUnits).round();
  if (steps.lte(0)) return 0;
  return stepUnits.mul(steps).minus(gap).abs().lte(margin) ? steps.toNumber() * WALLET_RATE_STEP_BP : 0;
}

function evidenceOf(s: Settling, r: Reading, seen: Settling | null, rateBp: number, account: string): Evidence[] {
  const n = r.takings.length;
  const what =
    n === 1 ? `the takings entry ${r.takings[0]!.entry.id}` : `${n} takings entries of ${dayRange(r.takings)}`;
  const ev: Evidence[] = [
    {
      kind: 'reference',
      detail: `an acquirer's, gateway's or wallet's settlement by its words, paying ${what} (gross ${r.gross} minor units) taken the same way in the days before it`,
      weight: WEIGHTS.settlement,
    },
  ];
  if (r.fee)
    ev.push({
      kind: 'split_sum',
      detail: `the fee of ${r.gap} minor units (${percentText(r.gap, r.gross)}% of the gross) is booked in the entry ${r.fee.entry.id}: with it the settlement makes the takings exactly`,
      weight: WEIGHTS.splitSum,
    });
  else if (r.otherCharge)
    ev.push({
      kind: 'amount_within_tolerance',
      detail: `short of the gross by ${r.gap} minor units (${percentText(r.gap, r.gross)}%); the books hold another charge of the acquirer's near it, so nothing is written off`,
      weight: WEIGHTS.amountShortDeduction,
    });
  else
    ev.push({
      kind: 'amount_within_tolerance',
      detail: `net of an unstated fee of ${r.gap} minor units, ${percentText(r.gap, r.gross)}% of the gross, a merchant's rate: written off to ${account}`,
      weight: WEIGHTS.amountShortDeduction,
    });
  if (rateBp > 0)
    ev.push({
      kind: 'reference',
      detail: `the fee is ${new Decimal(rateBp).div(100).toString()}% of the gross to the minor unit, a rate as acquirers publish them`,
      weight: WEIGHTS.date,
    });
  if (seen)
    ev.push({
      kind: 'reference',
      detail: `the same acquirer's settlement ${seen.b.line.id} on this statement is net of the same fee or rate (${percentText(seen.readings[0]!.gap, seen.readings[0]!.gross)}%)`,
      weight: WEIGHTS.date,
    });
  return ev;
}

function dayRange(ls: readonly PreparedLedger[]): string {
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const first = ls.reduce((d, l) => Math.min(d, l.day), Infinity);
  const last = ls.reduce((d, l) => Math.max(d, l.day), -Infinity);
  return first === last ? iso(first) : `${iso(first)} to ${iso(last)}`;
}
