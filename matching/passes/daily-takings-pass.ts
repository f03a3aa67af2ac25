import type { Evidence } from '../../domain/reconciliation.js';
import {
  BookedCharges,
  chargeEvidence,
  entryText,
  isAcquirerCharge,
  netOfWholeUnits,
  walletRateOf,
  settlementFit,
} from '../acquirer-charges.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, lineWords } from '../prepared.js';
import { namesPartly, narrationWords } from '../scoring.js';
import { otherWayOfPaying, writtenDayOf } from '../settlement-keys.js';
import { clearParty } from './counterparty-pass.js';
import { SETTLEMENT_BATCH_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * How a point-of-sale system or a bookkeeper names a day's takings by one way of paying: "Daily MoMo sales 28/02/2025",
 * "Shop/0236 - M-PESA" (a POS session's closing entry), "Till takings". A mobile-money till or wallet statement lists
 * each customer's payment; the books hold the day's total.
 */
const METHOD = /\b(M-?PESA|MOMO|MOBILE\s+MONEY|TILL|WALLET|CARD|CARDS|POS|SPEEDPOINT|QR)\b/i;
/** What makes an entry a day's total rather than one sale ("Gift card sold"): takings, sales, a POS session. */
const DAY_TOTAL = /\b(TAKINGS|SALES|SESSION|SHOP|DAILY|Z-?REPORT)\b/i;
/** Takings in cash, or a card sold: never paid in by customers' till or wallet payments. */
const NOT_TILL_TAKINGS = /\b(CASH|GIFT|VOUCHER)\b/i;
/**
 * A line that is no customer's till or wallet payment: a bank transfer, a cheque, cash paid in, or one naming a
 * document (a customer paying an invoice).
 */
const NOT_A_TILL_PAYMENT =
  /\b(NIP|RTGS|EFT|ACH|GIP|PESALINK|TRF|TRANSFER|CHQ|CHEQUE|CASH|DEPOSIT|INV|INVOICE|BILL|REFUND|REVERSAL)\b/i;

/**
 * Pass 4b — a day's takings paid in piecemeal. The open credits of one day together are the one open entry of that
 * day's takings by a way of paying (its sales day written, or its own date): confirmed when they make it exactly (or
 * within tolerance), or fall short of it by what an acquirer or wallet charges once no batch of the day can follow
 * (SETTLEMENT_BATCH_DAYS; the charge as the books hold it, else written off when the gap is one rate on every payment,
 * walletRateOf, the payments not all whole units unless each is a whole amount less that rate, and no payment of the next days, nor one day's payments
 * together, makes it). Only customers'
 * till or wallet payments of the entry's way of paying take part (no transfer, cheque, cash or invoice payment),
 * against a day's total (takings, sales, a POS session), never cash takings or a card sold. Two entries for a day, or a
 * day's credits making neither, are left to a person. Every open credit of the day takes part: no subset is searched,
 * so a sum met by chance is as unlikely as it gets.
 */
export function dailyTakingsPass(state: AssignmentState): void {
  const { opts } = state;
  const ruled = linesWithRules(state);
  const creditsOf = new Map<string, PreparedBank[]>();
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign < 0 || ruled[b.order]) continue;
    if (NOT_A_TILL_PAYMENT.test(lineWords(b))) continue;
    // a payer named with an open entry of exactly this amount is that entry's, not one of the day's till payments
    if (namedPayerEntry(state, b)) continue;
    const k = `${b.line.currency}|${b.day}`;
    const list = creditsOf.get(k);
    if (list) list.push(b);
    else creditsOf.set(k, [b]);
  }
  const takingsOf = new Map<string, PreparedLedger[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign < 0) continue;
    const text = entryText(l);
    if (!METHOD.test(text) || !DAY_TOTAL.test(text) || NOT_TILL_TAKINGS.test(text)) continue;
    const day = writtenDayOf(l.entry.description) ?? writtenDayOf(l.entry.reference) ?? l.day;
    const k = `${l.entry.currency}|${day}`;
    if ((creditsOf.get(k)?.length ?? 0) < 2) continue;
    const list = takingsOf.get(k);
    if (list) list.push(l);
    else takingsOf.set(k, [l]);
  }
  const charges = new BookedCharges(state);
  for (const [k, entries] of takingsOf) {
    if (entries.length !== 1) continue; // two entries of takings for one day: a person decides
    const l = entries[0]!;
    const lines = creditsOf.get(k)!.filter((b) => state.bankOpen(b) && state.allowed(b, l));
    if (lines.length < 2) continue;
    const paidBy = lines.map((b) => b.line.narration ?? '').join(' ');
    const booked = entryText(l);
    // customers' M-PESA payments never settle the day's card takings, nor cards a wallet's
    if (otherWayOfPaying(paidBy, booked)) continue;
    let paid = 0;
    for (const b of lines) paid += b.abs;
    const fit = settlementFit(paid, l.abs, opts.tolerance, l.entry.currency);
    const day = lines[0]!.day;
    const ev: Evidence[] = [
      {
        kind: 'split_sum',
        detail: `the ${lines.length} payments of ${lines[0]!.line.date} together ${fit === 'exact' ? 'make' : 'come to'} the day's takings the entry holds`,
        weight: WEIGHTS.settlement,
      },
    ];
    let ls = [l];
    if (fit === 'exact') ev.push({ kind: 'amount_exact', detail: 'same total', weight: WEIGHTS.amountExact });
    else if (fit === 'under_within' || fit === 'over_within')
      ev.push({ kind: 'split_sum', detail: 'the total within tolerance', weight: WEIGHTS.splitSumWithinTolerance });
    else if (
      fit === 'short' &&
      isAcquirerCharge(l.abs - paid, l.abs) &&
      state.newestBankDay - day >= SETTLEMENT_BATCH_DAYS
    ) {
      const charge = charges.find(l.entry.currency, l.abs - paid, day, day, `${paidBy} ${booked}`);
      if (charge.other) continue;
      // a gap the books do not hold as a charge is written off only as one rate on every payment, and not when a
      // payment of the days after (or one day's payments) makes it: those may be customers' payments landed late
      const rate = charge.fee ? 0 : walletRateOf(l.abs - paid, l.abs, lines.length);
      if (!charge.fee && rate === 0) continue;
      // payments all in whole units are as customers sent them unless each is what a whole amount less the rate leaves
      // ("12,350.00" is 1 % off nothing; round hundreds never are): otherwise the gap is a payment missing
      if (!charge.fee && lines.every((b) => b.abs % 100 === 0) && !lines.every((b) => netOfWholeUnits(b.abs, rate)))
        continue;
      if (!charge.fee && paidLater(creditsOf, l.entry.currency, day, l.abs - paid)) continue;
      ev.push(chargeEvidence(charge, l.abs - paid, l.abs, opts.writeOffAccount));
      if (charge.fee) ls = [l, charge.fee];
    } else continue;
    ev.push({ kind: 'date', detail: "paid on the day of the entry's takings", weight: WEIGHTS.date });
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claim(group(lines, ls, 'split', confidence, ev, opts), lines, ls);
  }
}

/**
 * Whether a till or wallet payment of the SETTLEMENT_BATCH_DAYS after `day`, or one such day's payments together, make
 * exactly `gap`.
 */
function paidLater(
  creditsOf: ReadonlyMap<string, PreparedBank[]>,
  currency: string,
  day: number,
  gap: number,
): boolean {
  for (let d = day + 1; d <= day + SETTLEMENT_BATCH_DAYS; d++) {
    const later = creditsOf.get(`${currency}|${d}`) ?? [];
    let sum = 0;
    for (const b of later) {
      if (b.abs === gap) return true;
      sum += b.abs;
    }
    if (later.length > 1 && sum === gap) return true;
  }
  return false;
}

/** Whether an open entry of exactly the line's amount names a payer the line names clearly. */
function namedPayerEntry(state: AssignmentState, b: PreparedBank): boolean {
  let words: readonly string[] | null = null; // the narration's words, made for the first exact candidate only
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const p = state.pairAt(i);
    if (p.s.fit !== 'exact') continue;
    if (clearParty(p) || namesPartly(p.l.partyTokens, (words ??= narrationWords(b)))) return true;
  }
  return false;
}
