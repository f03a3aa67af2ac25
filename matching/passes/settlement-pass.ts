import { counted } from '../../domain/counted.js';
import type { Evidence } from '../../domain/reconciliation.js';
import {
  BookedCharges,
  NO_CHARGE,
  chargeEvidence,
  isAcquirerCharge,
  isGatewayPayout,
  isGatewayTakings,
  NOT_TAKINGS,
  isAcquirerItself,
  namesGateway,
  namesWallet,
  anotherAcquirerNamed,
  otherAcquirer,
  sameAcquirer,
  settlementFit,
  entryText,
} from '../acquirer-charges.js';
import type { AssignmentState } from '../assignment.js';
import { batchSettlements } from './batch-settlement.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { dateEvidence, round4 } from '../scoring.js';
import { DOCUMENT } from '../same-amounts.js';
import { SETTLEMENT_WORDS, otherWayOfPaying, paymentWayOf, terminalIdOf, writtenDayOf } from '../settlement-keys.js';
import { SETTLEMENT_BATCH_DAYS, SETTLEMENT_MAX_DAYS, WEIGHTS } from '../thresholds.js';

interface Settlement {
  b: PreparedBank;
  tid: string;
  /** the sales day the narration names, or null (then the entry's date must fall in the days before the credit) */
  salesDay: number | null;
}

/**
 * Pass 4 — terminal and settlement evidence. A settlement credit that names a terminal id and a sales day, against the
 * one open entry carrying the same terminal id for that day, is the same money: confirmed when the amount settles it
 * (exact or within tolerance) and nothing else competes. An acquirer pays card and till takings net of its merchant
 * service charge by contract, so unlike a customer's short receipt the gap is expected: within the rate acquirers
 * charge it is confirmed and written off to the write-off account (the evidence says so); a larger gap is suggested.
 * Without a written sales day the entry must be dated in the few days before the credit, and be the only one there.
 */
export function settlementPass(state: AssignmentState): void {
  terminalSettlements(state);
  salesDaySettlements(state);
  // last: a day's settlements are read whole above before any is taken by its batch id
  batchSettlements(state);
}

/**
 * Whether every settlement of a sales day can have arrived: the bank data reaches SETTLEMENT_MAX_DAYS past it. Until
 * then a short sum may be a batch still to come, not the acquirer's charge, and is only suggested.
 */
function settlementWindowClosed(state: AssignmentState, salesDay: number): boolean {
  return state.newestBankDay - salesDay >= SETTLEMENT_MAX_DAYS;
}

function terminalSettlements(state: AssignmentState): void {
  const settlements: Settlement[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign < 0) continue;
    const text = lineWords(b);
    const tid = terminalIdOf(text);
    if (tid) settlements.push({ b, tid, salesDay: writtenDayOf(text, b.day) });
  }
  if (settlements.length === 0) return;
  const tids = new Set(settlements.map((s) => s.tid));
  const entriesOf = new Map<string, PreparedLedger[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign < 0) continue;
    const text = `${l.entry.reference ?? ''} ${l.entry.description ?? ''}`.toUpperCase();
    const tid = terminalIdOf(text) ?? text.split(/[^A-Z0-9]+/).find((w) => tids.has(w)) ?? null;
    if (!tid || !tids.has(tid)) continue;
    const list = entriesOf.get(`${l.entry.currency}|${tid}`);
    if (list) list.push(l);
    else entriesOf.set(`${l.entry.currency}|${tid}`, [l]);
  }
  const dayOf = (l: PreparedLedger) => writtenDayOf(entryWords(l)) ?? l.day;
  const claimsOf = new Map<PreparedLedger, number>();
  const found = settlements.map((s) => {
    const pool = entriesOf.get(`${s.b.line.currency}|${s.tid}`) ?? [];
    const same = pool.filter((l) =>
      s.salesDay !== null
        ? dayOf(l) === s.salesDay
        : s.b.day - dayOf(l) >= 0 && s.b.day - dayOf(l) <= SETTLEMENT_MAX_DAYS,
    );
    for (const l of same) claimsOf.set(l, (claimsOf.get(l) ?? 0) + 1);
    return same;
  });
  const { opts } = state;
  const charges = new BookedCharges(state);
  settlements.forEach((s, i) => {
    const same = found[i]!;
    if (same.length !== 1) return; // none, or two entries for one terminal and day: a person decides
    const l = same[0]!;
    if (!state.allowed(s.b, l) || !state.ledgerOpen(l)) return;
    const fit = settlementFit(s.b.abs, l.abs, opts.tolerance, s.b.line.currency);
    const gap = s.b.abs - l.abs;
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `terminal ${s.tid} and sales day ${s.salesDay !== null ? 'named in both' : 'just before the credit'}`,
        weight: s.salesDay !== null ? WEIGHTS.settlement : round4(WEIGHTS.settlement - WEIGHTS.date),
      },
    ];
    if (fit === 'exact') ev.push({ kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact });
    else if (fit === 'under_within' || fit === 'over_within')
      ev.push({
        kind: 'amount_within_tolerance',
        detail: `${gap < 0 ? 'short' : 'over'} by ${Math.abs(gap)} minor units, within tolerance`,
        weight: WEIGHTS.amountWithinTolerance,
      });
    else if (fit !== 'short') return;
    const said = `${s.b.line.narration ?? ''} ${entryText(l)}`;
    const charge =
      fit === 'short' ? charges.find(l.entry.currency, -gap, s.salesDay ?? dayOf(l), s.b.day, said) : NO_CHARGE;
    if (fit === 'short') ev.push(chargeEvidence(charge, -gap, l.abs, opts.writeOffAccount));
    ev.push({ kind: 'date', detail: 'settled within days of the sales day', weight: WEIGHTS.date });
    const confidence = evidenceSum(ev);
    const unique = claimsOf.get(l) === 1;
    const charged =
      isAcquirerCharge(-gap, l.abs) &&
      (charge.fee !== null || (!charge.other && settlementWindowClosed(state, s.salesDay ?? dayOf(l))));
    if (unique && (fit !== 'short' || charged) && confidence >= opts.autoConfirmThreshold) {
      const ls = charge.fee ? [l, charge.fee] : [l];
      state.claim(group([s.b], ls, charge.fee ? 'split' : 'reference', confidence, ev, opts), [s.b], ls);
      return;
    }
    state.addCandidate(s.b, {
      ledgerIds: [l.entry.id],
      confidence,
      differenceMinor: s.b.line.amountMinor - l.entry.amountMinor,
      evidence: unique
        ? ev
        : [...ev, { kind: 'tie', detail: 'another settlement names the same terminal and day', weight: 0 }],
      ...(fit === 'short' && !charge.other ? { writeOff: { account: opts.writeOffAccount, amountMinor: -gap } } : {}),
    });
  });
}

// How acquirers word a settlement credit, and the words a bookkeeper's entry for a day's takings shares with it.
/**
 * What names a card or till settlement rather than any payment called a settlement ("SETTLEMENT OF INV 12"): a
 * terminal or merchant id, the card scheme, or the device. A lone settlement needs one of these to stand for a day's
 * takings.
 */
const CARD_WORDS = /\b(POS|CARD|CARDS|MID|TID|SPEEDPOINT|PDQ|TILL|ACQUIRER|ACQUIRING|VISA|MASTERCARD|VERVE|QR)\b/i;
/** An acquirer's settlement to a merchant, as South African and Kenyan statements word it. */
const MERCHANT_SETTLEMENT = /\bMERCHANT\s+(SETTL\w*|STLMT|STL)\b/i;
/**
 * Words that make a books entry one for a day's card or till takings ("Card takings 06/01/2025", "POS sales"). Not
 * MERCHANT or TERMINAL: they are in customers' names ("Terminal Logistics Ltd").
 */
const TAKINGS_WORDS = new Set(['TAKINGS', 'POS', 'CARD', 'CARDS', 'SPEEDPOINT', 'PDQ', 'TILL']);
/** Takings in cash (a cash word and no card or till word) are banked by a deposit, never settled by an acquirer. */
const CARD_TAKINGS = new Set(['POS', 'CARD', 'CARDS', 'SPEEDPOINT', 'PDQ', 'TILL']);
const plainWords = (text: string) =>
  new Set(
    text
      .toUpperCase()
      .split(/[^A-Z]+/)
      .filter((w) => w.length >= 3),
  );
const NOT_SHARED = new Set([
  'PAYMENT',
  'PAYMENTS',
  'SALES',
  'SALE',
  'RECEIPT',
  'RECEIPTS',
  'TRANSFER',
  'CREDIT',
  'DEPOSIT',
  'BANK',
  'LTD',
  'LIMITED',
  'SETTLEMENT',
  'SETTLEMENTS',
  'STLMT',
  'SETTLED',
  'PAYOUT',
  'PAYOUTS',
  'THE',
  'FOR',
  'AND',
  'FROM',
]);

/**
 * The sales day a books entry stands for: the day its description or reference writes, else, for an entry of card or
 * till takings that writes none, its own date (takings are booked on the day they are taken).
 */
function entrySalesDay(l: PreparedLedger, words = plainWords(entryText(l))): number | null {
  // (a wallet's name may hold the word: Telecel Cash, Vodafone Cash)
  if (words.has('CASH') && ![...words].some((w) => CARD_TAKINGS.has(w)) && !namesWallet(entryText(l))) return null;
  const written = writtenDayOf(l.entry.description) ?? writtenDayOf(l.entry.reference);
  if (written !== null) return written;
  return isTakings(l, words) ? l.day : null;
}

/**
 * An entry of takings: a takings word, money in through a gateway ("PayFast — Deposit"), a day's sales written as such
 * (salesOfADay), or sales through a wallet (walletSales).
 */
const isTakings = (l: PreparedLedger, words: ReadonlySet<string>) =>
  takingsBesidesWallet(l, words) || walletSales(l, words);

/** Takings by a takings word, a gateway or a day's sales: any settlement sharing a word may settle them. */
const takingsBesidesWallet = (l: PreparedLedger, words: ReadonlySet<string>) =>
  [...words].some((w) => TAKINGS_WORDS.has(w)) ||
  isGatewayTakings(l.entry.description ?? '', l.entry.party ?? null) ||
  salesOfADay(l, words);

/** The word for sales in the languages books are kept in (Italian vendite, French ventes, Spanish ventas…). */
const SALES_WORDS = new Set(['SALES', 'VENTES', 'VENTE', 'VENTAS', 'VENDITE', 'VENDAS', 'UMSATZ', 'VERKOOP', 'OMZET']);

/**
 * "PalmPay sales", "Ventes MPESA", "Incasso vendite PalmPay", "Ontvangst Telecel Cash": a merchant's takings through a
 * wallet, booked to the wallet itself or, with a sales word, to no party; no document. A customer paying through a
 * wallet is booked to the customer, against an invoice, and a customer whose name holds a wallet's ("Abena MoMo
 * Enterprise", "Airtel Networks Kenya Ltd") is no wallet.
 */
function walletSales(l: PreparedLedger, words: ReadonlySet<string>): boolean {
  const party = l.entry.party;
  const text = entryText(l);
  if (!namesWallet(text) || DOCUMENT.test(text) || NOT_TAKINGS.test(text)) return false;
  // money booked to the wallet itself is its payout of the takings, whatever the books call it ("Ontvangst Telecel
  // Cash", "Tilitys Airtel Money"); booked to no party, the words must say sales
  return party ? isAcquirerItself(party) : [...words].some((w) => SALES_WORDS.has(w));
}

/**
 * Takings only as a wallet's sales (walletSales): a settlement or sweep settles them only when it names that wallet, as
 * a merchant takes several (an MTN "MOBILE MONEY" settlement shares the word MONEY with "AT Money sales").
 */
function walletOnly(l: PreparedLedger, words: ReadonlySet<string>): boolean {
  return !takingsBesidesWallet(l, words) && walletSales(l, words);
}

/** Whether a settlement's words `said` may settle the takings entry `l`: a wallet's own sales need its name said. */
const mayBeSettledBy = (said: string, l: PreparedLedger, words: ReadonlySet<string>) =>
  !walletOnly(l, words) || sameAcquirer(said, entryText(l));

/**
 * "Online shop sales 17/08/2025", "Counter sales MoMo 03/09/2025": a sales word and the day written, no document and
 * no party — a day's takings however the shop is paid. A customer's sale is booked against its invoice or its buyer.
 */
function salesOfADay(l: PreparedLedger, words: ReadonlySet<string>): boolean {
  if (!(words.has('SALES') || words.has('SALE')) || l.entry.party) return false;
  const text = entryWords(l);
  return !DOCUMENT.test(text) && writtenDayOf(l.entry.description) !== null;
}

/**
 * A mobile-money merchant account's sweep of its takings to the bank ("MTN MOMO MERCHANT SWEEP MMS1A", "MPESA TILL SWEEP
 * C2B COLLECTIONS"; a paybill's sweep may be a transfer the books hold as such).
 */
const MERCHANT_SWEEP = /\b(?:MERCHANT|TILL)\s+SWEEP\b/i;

/**
 * A day's takings booked as one entry ("POS sales 05/03/2025", "Card takings" dated that day, "M-PESA till sales
 * 25/03/2025") and settled by the acquirer in one credit per terminal, each naming that sales day: the credits of the
 * day together are the entry. The entry must be the only one of that day sharing a word with the credits or written
 * as takings. The group is confirmed when the sum settles the entry and nothing else competes, or when every
 * settlement naming the day is in it and the sum falls short of the takings by no more than an acquirer charges
 * (written off); otherwise it is suggested with the gap. A lone credit must read as a card or till settlement, or name
 * the acquirer or gateway the entry names.
 */
function salesDaySettlements(state: AssignmentState): void {
  const { opts } = state;
  const byDay = new Map<string, PreparedBank[]>();
  const salesDayOf = new Map<PreparedBank, number>();
  // the open takings entries, read only when some credit is a settlement (most books have none): made before this
  // function claims anything, so they are those open when it began
  let read: Map<string, Takings[]> | null = null;
  const takingsNow = () => (read ??= takingsEntries(state));
  const charges = new BookedCharges(state);
  const namedByTakings = new Set<PreparedBank>();
  const guessedDay = new Set<PreparedBank>();
  const claimed = new ClaimedTakings(state);
  // settlements already claimed stay in their day's list: a day missing one of them is not whole
  const settling: PreparedBank[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    if (b.sign < 0) continue;
    const text = lineWords(b);
    if (!SETTLEMENT_WORDS.test(text) && !isGatewayPayout(text) && !MERCHANT_SWEEP.test(text)) continue;
    settling.push(b);
  }
  if (settling.length === 0) return;
  // payouts the books hold to the cent as they came are theirs before any sales day is worked out
  const asTheyCame = payoutsBookedAsTheyCame(state, settling, takingsNow());
  for (const b of settling) {
    if (asTheyCame.has(b)) continue;
    // the sales day as the narration writes it: a reference field may hold the credit's own value date
    const written = writtenDayOf(b.line.narration ?? '', b.day);
    const found =
      written === null
        ? unwrittenSalesDay(b, takingsNow(), (l) => settlementFit(b.abs, l.abs, opts.tolerance, l.entry.currency))
        : null;
    const day = written ?? found?.day ?? null;
    if (day === null || b.day - day < 0 || b.day - day > SETTLEMENT_MAX_DAYS) continue;
    // a settlement found through the acquirer's name the takings entry carries reads as a card settlement
    if (found?.named) namedByTakings.add(b);
    if (found?.named === false) guessedDay.add(b);
    salesDayOf.set(b, day);
    const k = `${b.line.currency}|${day}`;
    const list = byDay.get(k);
    if (list) list.push(b);
    else byDay.set(k, [b]);
  }
  if (byDay.size === 0) return;
  const takings = takingsNow();
  const entriesOf = new Map<string, PreparedLedger[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign < 0) continue;
    const day = entrySalesDay(l);
    if (day === null) continue;
    const k = `${l.entry.currency}|${day}`;
    if (!byDay.has(k)) continue;
    const list = entriesOf.get(k);
    if (list) list.push(l);
    else entriesOf.set(k, [l]);
  }
  for (const [k, lines] of byDay) {
    const words = plainWords(lines.map(lineWords).join(' '));
    const said = lines.map(lineWords).join(' ');
    const entries = (entriesOf.get(k) ?? []).filter(
      (l) =>
        !otherWayOfPaying(said, entryText(l)) &&
        // another terminal's or another acquirer's takings, whatever the day (a settlement naming no acquirer may be
        // the one the takings name)
        !otherDevice(said, entryText(l)) &&
        !anotherAcquirerNamed(said, entryText(l)) &&
        mayBeSettledBy(said, l, plainWords(entryText(l))) &&
        (salesOfADay(l, plainWords(entryText(l))) ||
          [...plainWords(entryText(l))].some((w) => TAKINGS_WORDS.has(w) || (words.has(w) && !NOT_SHARED.has(w))) ||
          sameAcquirer(said, entryText(l))),
    );
    // a guessed day is only ever one entry's
    if (entries.length > 1 && lines.some((b) => guessedDay.has(b))) continue;
    if (entries.length > 1) {
      pairByBookedCharge(state, lines, entries, salesDayOf, charges, said);
      continue;
    }
    if (entries.length !== 1) continue; // no entry of the day's takings
    const l = entries[0]!;
    const open = lines.filter((b) => state.bankOpen(b) && state.allowed(b, l));
    if (open.length === 0) continue;
    if (
      open.length === 1 &&
      !CARD_WORDS.test(lineWords(open[0]!)) &&
      !MERCHANT_SETTLEMENT.test(lineWords(open[0]!)) &&
      !namedByTakings.has(open[0]!) &&
      !sameAcquirer(said, entryText(l), true)
    )
      continue;
    const paid = open.reduce((s, b) => s + b.abs, 0);
    const fit = settlementFit(paid, l.abs, opts.tolerance, l.entry.currency);
    const gap = paid - l.abs;
    const salesDay = salesDayOf.get(open[0]!)!;
    const day = new Date(salesDay * 86_400_000).toISOString().slice(0, 10);
    // a sales day found, not written: through a word of the takings entry, or guessed from the card words alone
    const guessed = open.some((b) => guessedDay.has(b));
    const unwritten = guessed || open.some((b) => namedByTakings.has(b));
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: unwritten
          ? `${open.length === 1 ? 'the settlement names' : `${open.length} settlements name`} no sales day; ${
              open.every((b) => b.day === salesDay)
                ? `the takings booked on ${day}, the day it came, are the only ones ${open.length === 1 ? 'it' : 'they'} can be`
                : `${day} is the latest day before with takings ${open.length === 1 ? 'it' : 'they'} can be`
            }`
          : open.length === 1
            ? `the settlement names sales day ${day}, the day of the entry's takings`
            : `${open.length} settlements name sales day ${day}, the day of the entry's takings`,
        weight: WEIGHTS.settlement,
      },
    ];
    if (fit === 'exact')
      ev.push(
        open.length === 1
          ? { kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact }
          : { kind: 'split_sum', detail: 'the settlements sum to the takings', weight: WEIGHTS.splitSum },
      );
    else if (fit === 'under_within' || fit === 'over_within')
      ev.push(
        open.length === 1
          ? {
              kind: 'amount_within_tolerance',
              detail: `${gap < 0 ? 'short' : 'over'} by ${Math.abs(gap)} minor units, within tolerance`,
              weight: WEIGHTS.amountWithinTolerance,
            }
          : {
              kind: 'split_sum',
              detail: 'the settlements sum within tolerance',
              weight: WEIGHTS.splitSumWithinTolerance,
            },
      );
    else if (fit !== 'short') continue;
    const lastSettled = open.reduce((d, b) => Math.max(d, b.day), -Infinity);
    const charge =
      fit === 'short'
        ? charges.find(l.entry.currency, -gap, salesDay, lastSettled, `${said} ${entryText(l)}`)
        : NO_CHARGE;
    if (fit === 'short') ev.push(chargeEvidence(charge, -gap, l.abs, opts.writeOffAccount));
    ev.push({ kind: 'date', detail: 'settled within days of the sales day', weight: WEIGHTS.date });
    const confidence = evidenceSum(ev);
    // every settlement naming the day takes part (none was claimed elsewhere): a missing one is no acquirer's charge.
    // One already claimed with another day's or device's takings is that entry's, not one missing from this
    const whole = open.length === lines.filter((b) => state.bankOpen(b) || !claimed.withTakings(b)).length;
    // a day found, not written, only when no other open takings entry of those days fits the sum as well. A guessed
    // day short by an acquirer's rate only for card settlements: blind month-long sets of eight writers (holdouts
    // 15-29) book such a credit as the card takings before it less the charge, none as another day's; a gateway's
    // payout naming no day is confirmed only to the cent (what it keeps varies, and no set had one short)
    const cardOnly =
      !guessed || open.every((b) => CARD_WORDS.test(lineWords(b)) || MERCHANT_SETTLEMENT.test(lineWords(b)));
    const settles =
      !(unwritten && fitsAnotherDay(state, takings, l, paid, lastSettled, fit !== 'short')) &&
      (fit === 'exact' ||
        (fit !== 'short' && cardOnly) ||
        (whole &&
          cardOnly &&
          isAcquirerCharge(-gap, l.abs) &&
          (charge.fee !== null || (!charge.other && daySettled(state, salesDay, lastSettled)))));
    if (settles && confidence >= opts.autoConfirmThreshold) {
      const ls = charge.fee ? [l, charge.fee] : [l];
      const kind = open.length === 1 && !charge.fee ? 'reference' : 'split';
      state.claim(group(open, ls, kind, confidence, ev, opts), open, ls);
      continue;
    }
    const writeOff =
      fit === 'short' && !charge.other ? { writeOff: { account: opts.writeOffAccount, amountMinor: -gap } } : {};
    if (open.length === 1) {
      state.addCandidate(open[0]!, {
        ledgerIds: [l.entry.id],
        confidence,
        differenceMinor: gap,
        evidence: ev,
        ...writeOff,
      });
      continue;
    }
    state.groupSuggestions.push({
      bankIds: open.map((b) => b.line.id),
      candidates: [{ ledgerIds: [l.entry.id], confidence, differenceMinor: gap, evidence: ev, ...writeOff }],
    });
  }
}

/**
 * A day with several takings entries (one per device or terminal) and several settlements: each settlement is the
 * entry it makes to the cent with the acquirer's charge the books hold for that day, when that reading is the only one
 * for the settlement and the entry and charge are no other settlement's. The rest are left to a person.
 */
function pairByBookedCharge(
  state: AssignmentState,
  lines: readonly PreparedBank[],
  entries: readonly PreparedLedger[],
  salesDayOf: ReadonlyMap<PreparedBank, number>,
  charges: BookedCharges,
  said: string,
): void {
  const { opts } = state;
  const found: Array<{ b: PreparedBank; l: PreparedLedger; fee: PreparedLedger }> = [];
  for (const b of lines) {
    if (!state.bankOpen(b)) continue;
    const salesDay = salesDayOf.get(b)!;
    const readings: Array<{ l: PreparedLedger; fee: PreparedLedger }> = [];
    for (const l of entries) {
      const gap = l.abs - b.abs;
      if (!state.ledgerOpen(l) || !state.allowed(b, l) || !isAcquirerCharge(gap, l.abs)) continue;
      const charge = charges.find(l.entry.currency, gap, salesDay, b.day, `${said} ${entryText(l)}`);
      if (charge.fee) readings.push({ l, fee: charge.fee });
    }
    if (readings.length === 1) found.push({ b, ...readings[0]! });
  }
  const uses = new Map<PreparedLedger, number>();
  for (const f of found) for (const l of [f.l, f.fee]) uses.set(l, (uses.get(l) ?? 0) + 1);
  for (const { b, l, fee } of found) {
    if (uses.get(l) !== 1 || uses.get(fee) !== 1 || !state.ledgerOpen(l) || !state.ledgerOpen(fee)) continue;
    const day = new Date(salesDayOf.get(b)! * 86_400_000).toISOString().slice(0, 10);
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `the settlement names sales day ${day}, the day of the entry's takings`,
        weight: WEIGHTS.settlement,
      },
      chargeEvidence({ fee, other: false }, l.abs - b.abs, l.abs, opts.writeOffAccount),
      { kind: 'date', detail: 'settled within days of the sales day', weight: WEIGHTS.date },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claim(group([b], [l, fee], 'split', confidence, ev, opts), [b], [l, fee]);
  }
  pairNetOfCharge(state, lines, entries, salesDayOf, charges, said);
}

/**
 * What is left of such a day once the settlements with a booked charge are paired: as many open settlements as open
 * takings entries, each settlement short of exactly one entry by what an acquirer charges (or equal to it), and each
 * entry so read by exactly one settlement, never another acquirer's, device's or way of paying's (nor cash takings).
 * Card machines' takings differ far more than an acquirer's few percent, so that reading is the only one; with every settlement of the day arrived and no charge booked, each pair is confirmed
 * and its charge written off. Any other shape (a second reading, an entry or settlement left over, a charge booked
 * for the day) is left to a person.
 */
function pairNetOfCharge(
  state: AssignmentState,
  lines: readonly PreparedBank[],
  entries: readonly PreparedLedger[],
  salesDayOf: ReadonlyMap<PreparedBank, number>,
  charges: BookedCharges,
  said: string,
): void {
  const { opts } = state;
  const open = lines.filter((b) => state.bankOpen(b));
  const left = entries.filter((l) => state.ledgerOpen(l));
  if (open.length === 0 || open.length !== left.length) return;
  const salesDay = salesDayOf.get(open[0]!)!;
  const lastSettled = open.reduce((d, b) => Math.max(d, b.day), -Infinity);
  if (!daySettled(state, salesDay, lastSettled)) return;
  // cash takings are banked by a deposit, never settled by an acquirer ("Till cash-up")
  if (left.some((l) => plainWords(entryText(l)).has('CASH'))) return;
  const readings = new Map<PreparedBank, PreparedLedger>();
  const readers = new Map<PreparedLedger, number>();
  for (const b of open) {
    const narration = lineWords(b);
    const fitting = left.filter((l) => {
      const gap = l.abs - b.abs;
      return (
        state.allowed(b, l) &&
        (gap === 0 || isAcquirerCharge(gap, l.abs)) &&
        !otherAcquirer(narration, entryText(l)) &&
        !otherDevice(narration, entryText(l))
      );
    });
    if (fitting.length !== 1) return;
    const l = fitting[0]!;
    readings.set(b, l);
    readers.set(l, (readers.get(l) ?? 0) + 1);
  }
  if ([...readers.values()].some((n) => n !== 1)) return;
  for (const [b, l] of readings) {
    const gap = l.abs - b.abs;
    if (gap > 0 && charges.find(l.entry.currency, gap, salesDay, b.day, `${said} ${entryText(l)}`) !== NO_CHARGE)
      return;
  }
  const day = new Date(salesDay * 86_400_000).toISOString().slice(0, 10);
  for (const [b, l] of readings) {
    const gap = l.abs - b.abs;
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `the settlement names sales day ${day}, the day of the entry's takings; of the day's ${counted(open.length, 'settlement')} and ${counted(left.length, 'takings entry', 'takings entries')} left, this is the only pairing an acquirer's charge explains`,
        weight: WEIGHTS.settlement,
      },
      gap === 0
        ? { kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact }
        : chargeEvidence(NO_CHARGE, gap, l.abs, opts.writeOffAccount),
      { kind: 'date', detail: 'settled within days of the sales day', weight: WEIGHTS.date },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claim(group([b], [l], 'reference', confidence, ev, opts), [b], [l]);
  }
}

/**
 * The ids a text writes after a device or terminal word ("Device 156", "TID 2057LA10", "TID:2044KD19", "TID-2044KD19",
 * "TERMINAL ID 2044KD19"), upper case, the merchant ids (MID) apart: a merchant id names the merchant, not a terminal.
 */
function devicesOf(text: string): { terminals: Set<string>; merchants: Set<string>; tills: Set<string> } {
  const terminals = new Set<string>();
  const merchants = new Set<string>();
  const tills = new Set<string>();
  for (const m of text.matchAll(DEVICE_ID)) {
    const kind = m[1]!.toUpperCase();
    // "till 16 March" is until, not a till: a till's number has four digits or more
    if (kind === 'TILL' && m[2]!.length < 4) continue;
    (kind === 'MID' ? merchants : kind === 'TILL' ? tills : terminals).add(m[2]!.toUpperCase());
  }
  return { terminals, merchants, tills };
}
/** A device's id after its word; a till's number is a mobile-money merchant's (an M-PESA till, "TILL 552211"). */
const DEVICE_ID =
  /\b(DEVICE|TERMINAL(?:\s+ID)?|MACHINE|TID|MID|TILL)\s*[:#-]?\s*(?:NO\.?\s*)?([A-Z0-9]*\d[A-Z0-9]*)\b/gi;

/** Both texts name terminals (or both merchants, or both tills) and share none: another machine's takings. */
export function otherDevice(a: string, b: string): boolean {
  const x = devicesOf(a);
  const y = devicesOf(b);
  const none = (p: Set<string>, q: Set<string>) => p.size > 0 && q.size > 0 && ![...p].some((id) => q.has(id));
  return none(x.terminals, y.terminals) || none(x.merchants, y.merchants) || none(x.tills, y.tills);
}

interface Takings {
  l: PreparedLedger;
  words: Set<string>;
}

/** Open entries of card or till takings (a takings word in their text), by currency and sales day, with their words. */
function takingsEntries(state: AssignmentState): Map<string, Takings[]> {
  const out = new Map<string, Takings[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign < 0) continue;
    const words = plainWords(entryText(l));
    if (!isTakings(l, words)) continue;
    const day = entrySalesDay(l, words);
    if (day === null) continue;
    const k = `${l.entry.currency}|${day}`;
    const list = out.get(k);
    if (list) list.push({ l, words });
    else out.set(k, [{ l, words }]);
  }
  return out;
}

/**
 * The sales day of a settlement that writes none ("YOCO PAYMENTS SETTLEMENT YOCO5518"): acquirers pay the last trading
 * day's takings, so it is the latest takings day before the credit among the entries sharing a word with it (the
 * acquirer's or device's name, never a generic word), if one entry alone holds that day; with none before it, the
 * credit's own day if one such entry alone holds it and the credit settles it (takings booked when the payout came).
 * The amount must still fit.
 * A card settlement naming no such word ("POS SETTLEMENT TID SBGH0177") takes the latest day before the credit with
 * card takings, if one entry alone holds them; that day is a guess (`named` false) which only an amount to the cent
 * confirms, as a day's takings less a charge could as well be another day's.
 */
/**
 * Payouts the books hold as they came: the settlement (a gateway's payout, a card settlement) booked on the day it
 * landed, net, as one takings entry of its exact amount ("Paystack settlement" ₦628,400.00 the day PAYSTACK SETTLEMENT
 * ₦628,400.00 came), rather than as the gross takings of the sales day before. Reading the latest takings day before the
 * credit as its sales day would give it the previous payout's entry; so, first, each open settlement is paired with the
 * one open takings entry it names (or, a card settlement, the one card takings entry) dated from its written sales day,
 * or from SETTLEMENT_MAX_DAYS before it, to its own day, whose amount is its own to the cent, when no other settlement
 * is so paired with that entry. A settlement whose written sales day has takings of its own is left to them. The pairs
 * are confirmed and their entries taken out of `takings`; the lines claimed are returned.
 */
function payoutsBookedAsTheyCame(
  state: AssignmentState,
  settling: readonly PreparedBank[],
  takings: Map<string, Takings[]>,
): Set<PreparedBank> {
  const namer = (b: PreparedBank) => {
    const narration = lineWords(b);
    const words = plainWords(narration);
    const card = paymentWayOf(narration) === 'card';
    return (t: Takings) => namedBy(narration, words, t) || (card && cardTakingsFor(narration, t));
  };
  const pairs: Array<[PreparedBank, Takings]> = [];
  const sameAmount = new Map<number, PreparedBank[]>();
  for (const b of settling) {
    if (!state.bankOpen(b)) continue;
    const list = sameAmount.get(b.abs);
    if (list) list.push(b);
    else sameAmount.set(b.abs, [b]);
    const names = namer(b);
    const written = writtenDayOf(b.line.narration ?? '', b.day);
    if (written !== null) {
      if (b.day - written < 0 || b.day - written > SETTLEMENT_MAX_DAYS) continue;
      if ((takings.get(`${b.line.currency}|${written}`) ?? []).some(names)) continue;
    }
    let only: Takings | null = null;
    let onlyDay = 0;
    let count = 0;
    // the latest day of takings the payout names, and whether some takings entry is a gross it could be net of
    let latest = -Infinity;
    let grossOf = false;
    for (let day = written ?? b.day - SETTLEMENT_MAX_DAYS; day <= b.day; day++)
      for (const t of takings.get(`${b.line.currency}|${day}`) ?? []) {
        if (!state.ledgerOpen(t.l) || !names(t)) continue;
        latest = day;
        if (t.l.abs > b.abs && isAcquirerCharge(t.l.abs - b.abs, t.l.abs)) grossOf = true;
        if (t.l.abs === b.abs && state.allowed(b, t.l)) {
          only = t;
          onlyDay = day;
          count++;
        }
      }
    // booked as it came means booked the day it came, or on the last day of takings before it: an older day's entry
    // of the amount, other takings after it, is that day's gross by coincidence; and a payout that is a day's gross
    // less the acquirer's charge may be that day's as well, unless the entry says it is the payout itself
    if (count === 1 && onlyDay === latest && (!grossOf || BOOKED_AS_PAYOUT.test(entryText(only!.l))))
      pairs.push([b, only!]);
  }
  // another open settlement of the amount naming the entry, dated near it either way (booked the morning after), is
  // as much its payout
  const rivalled = (b: PreparedBank, t: Takings) =>
    sameAmount
      .get(b.abs)!
      .some(
        (other) =>
          other !== b &&
          other.line.currency === b.line.currency &&
          Math.abs(other.day - t.l.day) <= SETTLEMENT_MAX_DAYS &&
          namer(other)(t),
      );
  const claimed = new Set<PreparedBank>();
  const taken = new Set<PreparedLedger>();
  const { opts } = state;
  for (const [b, t] of pairs) {
    if (rivalled(b, t)) continue;
    const { l } = t;
    const date = dateEvidence(b, l, opts.dateWindowDays);
    const ev: Evidence[] = [
      {
        kind: 'reference',
        detail: `the books hold the payout as it came: the only takings entry it names of its amount to the cent within ${counted(SETTLEMENT_MAX_DAYS, 'day')} before it`,
        weight: WEIGHTS.settlement,
      },
      { kind: 'amount_exact', detail: 'same amount', weight: WEIGHTS.amountExact },
      ...(date ? [date] : []),
    ];
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claim(group([b], [l], 'reference', confidence, ev, opts), [b], [l]);
    claimed.add(b);
    taken.add(l);
  }
  if (taken.size > 0)
    for (const [k, list] of takings) {
      const left = list.filter((t) => !taken.has(t.l));
      if (left.length !== list.length) takings.set(k, left);
    }
  return claimed;
}

/**
 * An entry that says it is the payout itself, as booked ("Paystack settlement", "Card sales — Deposit", "(net)"); not
 * "Net sales", a day's sales net of returns.
 */
const BOOKED_AS_PAYOUT = /\b(SETTLEMENTS?|SETTLED|STLMT|PAYOUTS?|DEPOSITS?|NET(?!\s+(?:SALES|TAKINGS)))\b/i;

/**
 * Whether a settlement's words (`narration`, and its `words`) name the takings entry: a word both write (the
 * acquirer's or device's name, never a generic word), or the one acquirer both name however written ("TKASH" and
 * "T-Kash", "MPESA" and "M-PESA").
 */
function namedBy(narration: string, words: ReadonlySet<string>, t: Takings): boolean {
  return (
    ([...t.words].some((w) => w.length >= 4 && words.has(w) && !NOT_SHARED.has(w) && !TAKINGS_WORDS.has(w)) ||
      sameAcquirer(narration, entryText(t.l))) &&
    mayBeSettledBy(narration, t.l, t.words) &&
    !otherDevice(narration, entryText(t.l))
  );
}

/**
 * Card takings a card settlement naming no word of them may settle: no document, no other acquirer or terminal, and no
 * party but the acquirer or the takings themselves.
 */
function cardTakingsFor(narration: string, t: Takings): boolean {
  const text = entryText(t.l);
  const party = t.l.entry.party;
  return (
    paymentWayOf(text) === 'card' &&
    [...t.words].some((w) => CARD_TAKINGS.has(w)) &&
    !DOCUMENT.test(`${t.l.entry.description ?? ''} ${party ?? ''}`) &&
    !otherAcquirer(narration, text) &&
    !otherDevice(narration, text) &&
    (!party || namesGateway(party) || [...plainWords(party)].some((w) => TAKINGS_WORDS.has(w)))
  );
}

/** The fits of a payout that settle a day's takings: exact, within tolerance, or short by what an acquirer charges. */
const SETTLES: ReadonlySet<string> = new Set(['exact', 'under_within', 'over_within', 'short']);

function unwrittenSalesDay(
  b: PreparedBank,
  takings: ReadonlyMap<string, readonly Takings[]>,
  fitOf: (l: PreparedLedger) => ReturnType<typeof settlementFit>,
): { day: number; named: boolean } | null {
  const narration = lineWords(b);
  const words = plainWords(narration);
  const named = (t: Takings) => namedBy(narration, words, t);
  for (let day = b.day - 1; day >= b.day - SETTLEMENT_MAX_DAYS; day--) {
    const found = (takings.get(`${b.line.currency}|${day}`) ?? []).filter(named);
    if (found.length > 0) return found.length === 1 ? { day, named: true } : null;
  }
  // none before it: takings a bookkeeper booked on the day the payout came, as the bank shows it, if the payout settles
  // them (a payout of an earlier day whose takings the books lack is not today's)
  const sameDay = (takings.get(`${b.line.currency}|${b.day}`) ?? []).filter(named);
  if (sameDay.length === 1 && SETTLES.has(fitOf(sameDay[0]!.l))) return { day: b.day, named: true };
  if (namesGateway(narration)) {
    // a gateway's payout naming no word of any entry: the latest day before it with one day's sales written as such,
    // paid no other way and through no other gateway; a guess, as the card path's
    const sales = (t: Takings) =>
      salesOfADay(t.l, t.words) && !otherAcquirer(narration, entryText(t.l)) && !namesGateway(entryText(t.l));
    for (let day = b.day - 1; day >= b.day - SETTLEMENT_MAX_DAYS; day--) {
      const found = (takings.get(`${b.line.currency}|${day}`) ?? []).filter(sales);
      if (found.length > 0) {
        if (found.length === 1) return { day, named: false };
        break;
      }
    }
  }
  if (paymentWayOf(narration) !== 'card') return null;
  const card = (t: Takings) => cardTakingsFor(narration, t);
  for (let day = b.day - 1; day >= b.day - SETTLEMENT_MAX_DAYS; day--) {
    const found = (takings.get(`${b.line.currency}|${day}`) ?? []).filter(card);
    if (found.length > 0) return found.length === 1 ? { day, named: false } : null;
  }
  return null;
}

/**
 * Whether another open takings entry of the days before the last settlement (its own day included: takings booked the
 * next morning) fits the sum as well: to the cent, or (`exactOnly` false) short by what an acquirer charges.
 */
function fitsAnotherDay(
  state: AssignmentState,
  takings: ReadonlyMap<string, readonly Takings[]>,
  l: PreparedLedger,
  paid: number,
  lastSettled: number,
  exactOnly: boolean,
): boolean {
  for (let day = lastSettled; day >= lastSettled - SETTLEMENT_MAX_DAYS; day--)
    for (const t of takings.get(`${l.entry.currency}|${day}`) ?? []) {
      if (t.l === l || !state.ledgerOpen(t.l)) continue;
      const gap = t.l.abs - paid;
      if (gap === 0 || (!exactOnly && isAcquirerCharge(gap, t.l.abs))) return true;
    }
  return false;
}

/**
 * Which claimed lines were confirmed with a takings entry (of whichever day or device), read from the matches made
 * before the sales-day settlements, once and only when asked: a line claimed since was claimed by them, with takings.
 */
class ClaimedTakings {
  private before: Map<string, boolean> | null = null;

  constructor(private readonly state: AssignmentState) {}

  withTakings(b: PreparedBank): boolean {
    if (this.before === null) {
      const takings = new Set<string>();
      for (const l of this.state.ledgers)
        if (!this.state.ledgerOpen(l) && entrySalesDay(l) !== null) takings.add(l.entry.id);
      this.before = new Map();
      for (const m of this.state.matches) {
        const withTakings = m.ledgerIds.some((id) => takings.has(id));
        for (const id of m.bankIds) this.before.set(id, withTakings);
      }
    }
    return this.before.get(b.line.id) ?? true;
  }
}

/**
 * Whether a sales day's settlements have all arrived: the bank data reaches SETTLEMENT_MAX_DAYS past the day, or
 * SETTLEMENT_BATCH_DAYS past the last settlement naming it (an acquirer settles a merchant's terminals in one run, so
 * no batch for the day follows its siblings by more than that).
 */
function daySettled(state: AssignmentState, salesDay: number, lastSettled: number): boolean {
  return settlementWindowClosed(state, salesDay) || state.newestBankDay - lastSettled >= SETTLEMENT_BATCH_DAYS;
}
