import { Decimal } from 'decimal.js';
import type { Evidence } from '../domain/reconciliation.js';
import type { AssignmentState } from './assignment.js';
import type { Tolerance } from './options.js';
import { type PreparedLedger, entryWords } from './prepared.js';
import { percentText, withinPercent } from './ratio.js';
import { otherWayOfPaying, writtenDayOf } from './settlement-keys.js';
import { DOCUMENT } from './same-amounts.js';
import {
  ACQUIRER_CHARGE_MAX_PERCENT,
  SETTLEMENT_BATCH_DAYS,
  WALLET_RATE_MAX_BP,
  WALLET_RATE_STEP_BP,
  WEIGHTS,
} from './thresholds.js';
import { type AmountFit, amountFit } from './tolerance.js';

/**
 * An acquirer's charge on card or till takings (a merchant service charge, a wallet's fee per payment): how far a
 * settlement may fall short of the takings, and what the books already hold of it.
 */

/** What the books hold of an acquirer's charge near a settlement (BookedCharges.find). */
export interface Charge {
  /** the one open debit of exactly the gap: the books booked the charge, so it is part of the group */
  fee: PreparedLedger | null;
  /** an open debit worded as the acquirer's charge, of another amount: writing the gap off would count it twice */
  other: boolean;
}
export const NO_CHARGE: Charge = { fee: null, other: false };

// How a bookkeeper words an acquirer's charge booked on its own ("MSC on POS settlement", "MoMo merchant fees", "Card
// machine fees").
export const CHARGE_WORDS =
  /\b(MSC|MDR|MERCHANT\s+(SERVICE|DISCOUNT|FEES?|CHARGES?)|ACQUIR\w*|COMMISSION|(CARD|POS|MOMO|M-?PESA|TILL)\s+(PAYBILL\s+|MERCHANT\s+|MACHINE\s+|TERMINAL\s+|DEVICE\s+|TRANSACTION\s+)?(FEES?|CHARGES?|COSTS?))\b/i;
// Any fee or charge: the debit of exactly a settlement's gap may be booked under a plainer name ("Bank charges",
// Safaricom's "transaction cost").
const FEE_WORDS = /\b(FEES?|CHARGES?|COMMISSION|MSC|MDR|TRANSACTION\s+COSTS?)\b/i;

/** Debits of one amount past this many are a recurring charge of the book, not one settlement's: none is singled out. */
const MAX_SAME_CHARGES = 16;

/**
 * The open debits a settlement's gap may already be booked as, indexed once per pass: those worded as a fee or charge
 * by amount, those worded as an acquirer's charge by day. A debit counts from the sales day to SETTLEMENT_BATCH_DAYS
 * after the settlement. A debit worded as no charge is never taken for one, whatever its amount (a generator's diesel
 * is not the bank's fee).
 */
export class BookedCharges {
  private byAmount: Map<string, PreparedLedger[]> | null = null;
  private byDay = new Map<string, PreparedLedger[]>();

  constructor(private readonly state: AssignmentState) {}

  find(currency: string, gapMinor: number, fromDay: number, settledDay: number, said: string): Charge {
    if (!this.byAmount) this.index();
    const toDay = settledDay + SETTLEMENT_BATCH_DAYS;
    const within = (l: PreparedLedger) => this.state.ledgerOpen(l) && l.day >= fromDay && l.day <= toDay;
    // a charge booked for this sales day (by the day it writes, or dated from the sales day on when it writes none: a
    // bookkeeper books the fee beside the takings; two such fees of the gap make it nobody's)
    const forThisDay = (l: PreparedLedger) => {
      const written = writtenDayOf(entryWords(l));
      return written !== null ? written === fromDay : l.day >= fromDay;
    };
    const same = this.byAmount!.get(`${currency}|${gapMinor}`) ?? [];
    const exact = same.length > MAX_SAME_CHARGES ? same : same.filter((l) => within(l) && forThisDay(l));
    // worded as the acquirer's charge, and of another acquirer or way of paying than the settlement names: not its fee
    const own = exact.filter(
      (l) =>
        (CHARGE_WORDS.test(entryText(l)) || sameAcquirer(said, entryText(l))) && !otherAcquirer(said, entryText(l)),
    );
    if (exact.length === 1 && own.length === 1) return { fee: own[0]!, other: false };
    // a fee of the gap under another name (bank charges, another acquirer's): not taken, and not written off again
    if (exact.length > 0) return { fee: null, other: true };
    for (let day = fromDay; day <= toDay; day++)
      for (const l of this.byDay.get(`${currency}|${day}`) ?? []) if (within(l) && forThisDay(l)) return NEAR_CHARGE;
    return NO_CHARGE;
  }

  private index(): void {
    this.byAmount = new Map();
    for (let li = 0; li < this.state.ledgers.length; li++) {
      const l = this.state.ledgers[li]!;
      if (l.sign > 0 || !this.state.ledgerOpen(l)) continue;
      const text = `${l.entry.description ?? ''} ${l.entry.reference ?? ''} ${l.entry.party ?? ''}`;
      if (FEE_WORDS.test(text) || CHARGE_WORDS.test(text)) push(this.byAmount, `${l.entry.currency}|${l.abs}`, l);
      // a debit naming a gateway (its refund or chargeback to a customer) is part of the gap too: nothing is written off
      if (CHARGE_WORDS.test(text) || namesGateway(text)) push(this.byDay, `${l.entry.currency}|${l.day}`, l);
    }
  }
}

const NEAR_CHARGE: Charge = { fee: null, other: true };

/** An entry's own text: what a bookkeeper writes of takings or a charge may sit in any of these columns. */
export const entryText = (l: PreparedLedger) =>
  `${l.entry.description ?? ''} ${l.entry.reference ?? ''} ${l.entry.party ?? ''}`;

// Acquirers and wallets a bookkeeper names a charge after: a charge naming one the settlement does not is not its own.
// (Monnify and Korapay are Nigerian collection gateways, Zeepay and G-Money Ghanaian wallets, T-Kash (Telkom) and
// Equitel Kenyan ones, Chipper a wallet of all four countries; AT Money is Ghana's AirtelTigo Money.)
const ACQUIRERS =
  /\b(PAYSTACK|FLUTTERWAVE|INTERSWITCH|ISW|MONNIFY|KORAPAY|MONIEPOINT|OPAY|PALMPAY|YOCO|IKHOKHA|SNAPSCAN|ZAPPER|OZOW|PAYGATE|PEACH|PAYFAST|PESAPAL|CELLULANT|TINGG|KOPO\s?KOPO|HUBTEL|EXPRESSPAY|ZEEPAY|G-?MONEY|CHIPPER|MPESA|M-PESA|T[-\s]?KASH|EQUITEL|MOMO|AIRTEL|AIRTELTIGO|AT\s?MONEY|TELECEL|STRIPE)\b/gi;

/** One name per acquirer: ISW is how statements write Interswitch; Tingg is Cellulant's checkout; AT Money AirtelTigo's. */
const SAME_ACQUIRER: Readonly<Record<string, string>> = {
  ISW: 'INTERSWITCH',
  TINGG: 'CELLULANT',
  AIRTELTIGO: 'ATMONEY',
};
const acquirersIn = (text: string) =>
  new Set(
    (text.match(ACQUIRERS) ?? []).map((w) => {
      const name = w.toUpperCase().replace(/[-\s]/g, '');
      return SAME_ACQUIRER[name] ?? name;
    }),
  );

/** The text names an acquirer or way of paying `said` does not: another's money. */
export function otherAcquirer(said: string, charge: string): boolean {
  if (otherWayOfPaying(said, charge)) return true;
  const named = acquirersIn(charge);
  if (named.size === 0) return false;
  const saidNames = acquirersIn(said);
  return ![...named].some((n) => saidNames.has(n));
}

/** Both texts name acquirers, and none the same: another acquirer's money (a text naming none may be either's). */
export function anotherAcquirerNamed(said: string, text: string): boolean {
  const named = acquirersIn(text);
  if (named.size === 0) return false;
  const saidNames = acquirersIn(said);
  return saidNames.size > 0 && ![...named].some((n) => saidNames.has(n));
}

/**
 * Whether a text names an acquirer or gateway the settlement names: a fee so named ("Paystack - fees 03 Feb 2025") is
 * its charge however worded, and takings so named ("Paystack - online sales") are what it settles (`gatewaysOnly`: not through a wallet's name,
 * which customers pay through too).
 */
export function sameAcquirer(said: string, charge: string, gatewaysOnly = false): boolean {
  const saidNames = acquirersIn(said);
  return [...acquirersIn(charge)].some((n) => saidNames.has(n) && !(gatewaysOnly && WALLETS.has(n)));
}

/**
 * Whether a text names a card acquirer or payment gateway (not a wallet customers pay through): money from one is a
 * settlement of takings however the bank words it ("Received from IKHOKHA IKH-8841"), and an entry naming one is takings.
 */
export function namesGateway(text: string): boolean {
  return namesAcquirer(text, false);
}

/** Whether a text names a wallet or mobile-money service ("MTN MoMo", "M-PESA"). */
export function namesWallet(text: string): boolean {
  return namesAcquirer(text, true);
}

/**
 * Whether the text names an acquirer that is (`wallet` true) or is not a wallet: acquirersIn read name by name, with no
 * list or set made (every credit line is asked, and most name none).
 */
function namesAcquirer(text: string, wallet: boolean): boolean {
  ACQUIRERS.lastIndex = 0;
  let found = false;
  for (let m = ACQUIRERS.exec(text); m !== null; m = ACQUIRERS.exec(text))
    if (WALLETS.has(m[0].toUpperCase().replace(/[-\s]/g, '')) === wallet) {
      found = true;
      break;
    }
  // a search left part way would start the next text's there
  ACQUIRERS.lastIndex = 0;
  return found;
}

/**
 * Wallets and banks customers also pay through ("MOMO TRF FROM KOFI", "NIP/MONIEPOINT MFB/EMEKA AGU"): the name alone
 * makes no credit a settlement.
 */
const WALLETS = new Set([
  'MPESA',
  'TKASH',
  'EQUITEL',
  'MOMO',
  'AIRTEL',
  'AIRTELTIGO',
  'ATMONEY',
  'TELECEL',
  'OPAY',
  'PALMPAY',
  'MONIEPOINT',
  'GMONEY',
  'CHIPPER',
]);

/**
 * A credit that is a gateway's payout though it writes no settlement word ("Received from IKHOKHA IKH-8841"): it names
 * a gateway and nobody and nothing else, no document, no reversal or refund. "HUBTEL TRANSFER FROM KOFI MENSAH",
 * "FLUTTERWAVE/ADEBAYO STORES/INV 0192" and "NIP FRM CHIOMA EZE VIA ZAP BY PAYSTACK" are customers paying through one.
 */
export function isGatewayPayout(text: string): boolean {
  if (!namesGateway(text) || DOCUMENT.test(text) || SENT_BACK.test(text) || PEACH_ALONE.test(text)) return false;
  const rest = text
    .toUpperCase()
    .replace(ACQUIRERS, ' ')
    .replace(/\b[A-Z]*[-_]?\d[\w-]*/g, ' ')
    .split(/[^A-Z]+/);
  return rest.every((w) => w.length < 2 || PAYOUT_WORDS.has(w));
}

/**
 * Whether a party is an acquirer or wallet itself ("PalmPay", "AT Money", "MTN MoMo", "Safaricom M-PESA Ltd"): its name
 * and company form, nothing else. "Abena MoMo Enterprise" and "Airtel Networks Kenya Ltd" are businesses.
 */
export function isAcquirerItself(party: string): boolean {
  if (acquirersIn(party).size === 0) return false;
  const rest = party
    .toUpperCase()
    .replace(ACQUIRERS, ' ')
    .split(/[^A-Z]+/);
  return rest.every((w) => w.length < 2 || PAYOUT_WORDS.has(w) || WALLET_OWNERS.has(w));
}

/** The companies wallets are known by (Telkom Kenya for T-Kash), and the words of a wallet's name ("MTN MoMo", "Airtel Money", "Telecel Cash"). */
const WALLET_OWNERS = new Set(['MTN', 'SAFARICOM', 'TELKOM', 'VODAFONE', 'MONEY', 'MOBILE', 'WALLET', 'CASH']);

/** Money sent back, not paid out: a refund, its reversal, a chargeback, a return. */
export const SENT_BACK = /\b(REVERSAL|REVERSED|RVSL|REV|REFUNDS?|REFUNDED|CHARGEBACK|RETURNED|RETURN)\b/i;
/** "Peach" alone is a word of names ("PEACH TREE CATERING"); the acquirer pays out as Peach Payments. */
const PEACH_ALONE = /\bPEACH\b(?!\s+PAYMENTS?\b)/i;
/** Money in from a gateway that is no takings: its return of a failed transfer, a refund, an advance or loan. */
export const NOT_TAKINGS =
  /\b(REVERSAL|REVERSED|RETURNED|RETURN|REFUND|REFUNDED|FAILED|CHARGEBACK|ADVANCE|CAPITAL|LOAN)\b/i;
/** The words around a payout that name nobody: the channel's, and the gateway's company form. */
const PAYOUT_WORDS = new Set(
  [
    'RECEIVED FROM FRM TRANSFER TRF TFR CREDIT CR EFT IN INWARD NIP RTGS DEPOSIT',
    'PAYMENTS LTD LIMITED PTY PLC SA TECHNOLOGIES TECHNOLOGY HOLDINGS SERVICES SYSTEMS GROUP INTERNATIONAL',
    'NIGERIA GHANA KENYA SOUTH AFRICA',
  ]
    .join(' ')
    .split(' '),
);

/**
 * An entry of takings through a gateway ("PayFast — Deposit", "Paystack online orders"): its description or party
 * names one, and no document (its reference may be a journal's number), nor a party other than the gateway (a customer
 * whose name holds a gateway's is no takings).
 */
export function isGatewayTakings(description: string, party: string | null): boolean {
  const text = `${description} ${party ?? ''}`;
  return namesGateway(text) && !DOCUMENT.test(text) && !NOT_TAKINGS.test(text) && (!party || namesGateway(party));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function chargeEvidence(charge: Charge, gapMinor: number, grossAbs: number, account: string): Evidence {
  if (charge.fee)
    return {
      kind: 'split_sum',
      detail: `the acquirer's charge of ${gapMinor} minor units is booked in the entry ${charge.fee.entry.id}: with it the settlement makes the takings exactly`,
      weight: WEIGHTS.splitSum,
    };
  if (charge.other)
    return {
      kind: 'amount_within_tolerance',
      detail: `short of the takings by ${gapMinor} minor units; the books hold a debit of the acquirer's of another amount near it (a charge or refund), so nothing is written off`,
      weight: WEIGHTS.amountShortDeduction,
    };
  return acquirerCharge(gapMinor, grossAbs, account);
}

/**
 * How a settlement fits the takings: as any amount does, except that a shortfall within what acquirers charge is a
 * charge even where it is more than a customer's deduction could be.
 */
export function settlementFit(paid: number, takings: number, tolerance: Tolerance, currency: string): AmountFit {
  const fit = amountFit(paid, takings, tolerance, currency);
  return fit === 'partial' && isAcquirerCharge(takings - paid, takings) ? 'short' : fit;
}

/**
 * The one rate, in basis points, of which `payments` payments falling short of `grossAbs` by `gapMinor` are each net: a
 * whole number of WALLET_RATE_STEP_BP basis points up to WALLET_RATE_MAX_BP, the gap that rate of the gross to within a
 * minor unit a payment (each rounded). 0 when there is none.
 */
export function walletRateOf(gapMinor: number, grossAbs: number, payments: number): number {
  const step = new Decimal(gapMinor).mul(10_000).div(grossAbs).div(WALLET_RATE_STEP_BP).round();
  if (step.lte(0) || step.mul(WALLET_RATE_STEP_BP).gt(WALLET_RATE_MAX_BP)) return 0;
  const expected = new Decimal(grossAbs).mul(step).mul(WALLET_RATE_STEP_BP).div(10_000).round();
  return expected.minus(gapMinor).abs().lte(payments) ? step.toNumber() * WALLET_RATE_STEP_BP : 0;
}

/**
 * Whether a payment received in whole units (no cents) can be what is left of a whole-unit payment less `rateBp`: a
 * wallet takes its rate off the amount the customer sent, in whole units, so what lands carries cents unless that
 * amount was a multiple of the rate's own denominator ("12,350.00" is no 1 % off anything a customer sends; "9,900.00"
 * is 10,000 less 1 %).
 */
export function netOfWholeUnits(netMinor: number, rateBp: number): boolean {
  const keep = new Decimal(10_000 - rateBp).div(10_000);
  const grossUnits = new Decimal(netMinor).div(keep).div(100).round();
  return grossUnits.mul(100).mul(keep).round().eq(netMinor);
}

/** A gap an acquirer's merchant service charge can be: more than nothing, at most the highest rate acquirers charge. */
export function isAcquirerCharge(gapMinor: number, grossAbs: number): boolean {
  return gapMinor > 0 && withinPercent(gapMinor, grossAbs, ACQUIRER_CHARGE_MAX_PERCENT);
}

function acquirerCharge(gapMinor: number, grossAbs: number, account: string): Evidence {
  const pct = percentText(gapMinor, grossAbs);
  return isAcquirerCharge(gapMinor, grossAbs)
    ? {
        kind: 'amount_within_tolerance',
        detail: `net of the acquirer's merchant service charge of ${gapMinor} minor units (${pct}% of the takings), written off to ${account}`,
        weight: WEIGHTS.amountShortDeduction,
      }
    : {
        kind: 'amount_within_tolerance',
        detail: `net of a charge of ${gapMinor} minor units (${pct}%), more than acquirers charge: written off to ${account} only with an override of the tolerance and a reason`,
        weight: WEIGHTS.amountShortDeduction,
      };
}
