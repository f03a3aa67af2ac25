import { Decimal } from 'decimal.js';
import type { Evidence } from '../../domain/reconciliation.js';
import {
  BookedCharges,
  NOT_TAKINGS,
  SENT_BACK,
  entryText,
  namesGateway,
  namesWallet,
  otherAcquirer,
  sameAcquirer,
} from '../acquirer-charges.js';
import type { AssignmentState } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, lineWords } from '../prepared.js';
import { percentText, withinPercent } from '../ratio.js';
import { DOCUMENT } from '../same-amounts.js';
import { type PaymentWay, paymentWayOf } from '../settlement-keys.js';
import {
  NET_FEE_MAX_PERCENT,
  NET_FEE_MAX_RUN,
  NET_FEE_MIN_PERCENT,
  NET_FEE_SAME_RATE_BP,
  SETTLEMENT_MAX_DAYS,
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
 * exactly the gap, or at the rate (or of the amount) another settlement of the same acquirer on the statement shows.
 * A tie is never decided.
 */
export function netSettlementPass(state: AssignmentState): void {
  const lines: Settling[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign < 0) continue;
    const said = lineWords(b);
    if (readsAsAcquirerCredit(said)) lines.push({ b, said, way: channelOf(said, true), readings: [] });
  }
  if (lines.length === 0) return;
  const takings = takingsByDay(state);
  if (takings.size === 0) return;
  const charges = new BookedCharges(state);
  for (const s of lines) s.readings = readingsOf(state, s, takings, charges);
  // how many lines read each entry: an entry two settlements may pay is neither's to confirm
  const readers = new Map<PreparedLedger, number>();
  for (const s of lines)
    for (const l of new Set(s.readings.flatMap((r) => r.takings))) readers.set(l, (readers.get(l) ?? 0) + 1);
  const { opts } = state;
  for (const s of lines) {
    if (s.readings.length === 0) continue;
    const tie = s.readings.length > 1;
    for (const r of s.readings) {
      const alone = !tie && r.takings.every((l) => readers.get(l) === 1);
      const seen = r.fee ? null : sameRateElsewhere(s, r, lines);
      const ev = evidenceOf(s, r, seen, opts.writeOffAccount);
      const strong = alone && !r.otherCharge && (r.fee !== null || seen !== null);
      if (!strong) {
        if (tie)
          ev.push({
            kind: 'tie',
            detail: `${s.readings.length} groupings of the takings fit this settlement less a fee: not decided`,
            weight: 0,
          });
        else if (!alone)
          ev.push({ kind: 'tie', detail: 'another settlement may pay the same takings: not decided', weight: 0 });
        const ls = r.fee ? [...r.takings, r.fee] : r.takings;
        state.addCandidate(s.b, {
          ledgerIds: ls.map((l) => l.entry.id),
          confidence: Math.min(evidenceSum(ev), SUGGESTED_AT_MOST),
          differenceMinor: s.b.abs - ls.reduce((sum, l) => sum + l.entry.amountMinor, 0),
          evidence: ev,
          ...(r.fee || r.otherCharge ? {} : { writeOff: { account: opts.writeOffAccount, amountMinor: r.gap } }),
        });
        continue;
      }
      const confidence = evidenceSum(ev);
      const ls = r.fee ? [...r.takings, r.fee] : r.takings;
      if (confidence < opts.autoConfirmThreshold || !ls.every((l) => state.ledgerOpen(l))) continue;
      state.claim(group([s.b], ls, ls.length > 1 ? 'split' : 'reference', confidence, ev, opts), [s.b], ls);
    }
  }
}

/** An offered grouping stays below the threshold a caller may lower: only the corroborated one is confirmed. */
const SUGGESTED_AT_MOST = 0.85;

interface Settling {
  b: PreparedBank;
  said: string;
  way: PaymentWay;
  readings: Reading[];
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
  if (!PAYOUT_WORD.test(said) || DOCUMENT.test(said) || SENT_BACK.test(said) || NOT_TAKINGS.test(said)) return false;
  return namesGateway(said) || namesWallet(said) || paymentWayOf(said) !== null || MERCHANT.test(said);
}
const PAYOUT_WORD = /\b(SETTL\w*|STLMT|STTLMT|STLM|STL|PAYOUTS?|SWEEP|UITBETALINGS?)\b(?!\s+OF\b)/i;
const MERCHANT = /\bMERCHANT\b/i;

/**
 * The way of paying a text names: a wallet or till is mobile, a card word or (for a settlement, `settling`) a card
 * acquirer or gateway is card ("YOCO", "IKHOKHA"); Afrikaans books write card sales "kaartverkope".
 */
function channelOf(text: string, settling: boolean): PaymentWay {
  const way = paymentWayOf(text);
  if (way !== null) return way;
  if (KAART.test(text)) return 'card';
  return settling && namesGateway(text) && !namesWallet(text) ? 'card' : null;
}
const KAART = /\bKAART\w*/i;

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
    if (!namesGateway(text) && !namesWallet(text) && channelOf(text, false) === null) continue;
    if (DOCUMENT.test(`${l.entry.description ?? ''} ${l.entry.party ?? ''}`) || NOT_TAKINGS.test(text)) continue;
    const k = `${l.entry.currency}|${l.day}`;
    const list = out.get(k);
    if (list) list.push(l);
    else out.set(k, [l]);
  }
  return out;
}

/** Whether takings `text` were taken the way the settlement pays: the same acquirer, or the same way and none other. */
function sameChannel(s: Settling, text: string): boolean {
  if (otherAcquirer(s.said, text)) return false;
  if (sameAcquirer(s.said, text)) return true;
  return s.way !== null && channelOf(text, false) === s.way;
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
      (l) => state.ledgerOpen(l) && state.allowed(s.b, l) && sameChannel(s, entryText(l)),
    );
    if (of.length > 0) days.push(of);
  }
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

function evidenceOf(s: Settling, r: Reading, seen: Settling | null, account: string): Evidence[] {
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
