import { Decimal } from 'decimal.js';
import type { Evidence } from '../../domain/reconciliation.js';
import type { Pair } from '../assignment.js';
import { WEIGHTS } from '../thresholds.js';

/**
 * A deduction the payer states with its rate, "INV/1212 LESS 2.5% DISC" or "INV1211 LESS 5% RETENTION": an early-payment
 * discount or a contract's retention, which South African payers take and write on the payment. The gap is that rate of
 * the document to the cent (rounded either way), so it is no unexplained shortfall: the deduction's account takes it.
 */
export interface StatedDeduction {
  evidence: Evidence;
  /** the account the gap is written off to */
  account: string;
}

export function statedDeduction(p: Pair): StatedDeduction | null {
  if (p.s.fit !== 'short' && p.s.fit !== 'partial') return null;
  const said = `${p.b.line.narration ?? ''} ${p.b.line.reference ?? ''}`;
  const m = readStated(said);
  if (!m) return null;
  const rate = new Decimal(m.rate);
  if (rate.lte(0) || rate.gt(MAX_RATE)) return null;
  const gap = p.l.abs - p.b.abs;
  // the payer's figure is the rate of the document, rounded to the cent either way
  if (!isRateOf(gap, p.l.abs, rate)) return null;
  const retention = /^RET/i.test(m.word);
  const receipt = p.b.sign > 0;
  const account = retention
    ? receipt
      ? 'Retentions receivable'
      : 'Retentions payable'
    : receipt
      ? 'Discount allowed'
      : 'Discount received';
  return {
    account,
    evidence: {
      kind: 'amount_within_tolerance',
      detail: `the payer deducted ${retention ? 'a retention' : 'a discount'} of ${rate.toString()}% of the document (${gap} minor units), as the line says; written off to ${account}`,
      weight: WEIGHTS.amountShortDeduction,
    },
  };
}

/** The deduction's word: a discount (settlement, early payment) or a retention. */
const WORD = String.raw`DISC(?:OUNT)?|SETT(?:LEMENT)?\s+DISC(?:OUNT)?|EARLY\s+(?:PAYMENT\s+|SETTLEMENT\s+)?DISC(?:OUNT)?|RET(?:ENTION)?`;
const RATE = String.raw`(\d{1,2}(?:\.\d{1,2})?)\s*%`;
/** The rate, then the word: "LESS 2.5% DISC", "LESS 5 % RETENTION", "2.5% SETTLEMENT DISCOUNT". */
const RATE_FIRST = new RegExp(String.raw`\b(?:LESS\s+)?${RATE}\s*(${WORD})\b`, 'i');
/**
 * The word, then the rate: "RET 5%", "LESS DISCOUNT 2.5%", "RETENTION @ 5%". Not a word denied ("NO DISC 5% WHT",
 * "EXCL DISC …"), nor a rate that is a tax's ("DISC 5% WHT": the 5 % is the tax withheld).
 */
const WORD_FIRST = new RegExp(
  String.raw`(?<!\b(?:NO|NOT|EXCL|EXCLUDING|WITHOUT|BEFORE)\s+)\b(${WORD})\s*(?:OF\s+|@\s*)?${RATE}(?!\s*(?:WHT|W\/TAX|WITHHOLDING|VAT|TAX)\b)`,
  'i',
);

/** The rate and the word a text states a deduction with, in either order; null when it states none. */
function readStated(text: string): { rate: string; word: string } | null {
  const m = RATE_FIRST.exec(text);
  if (m) return { rate: m[1]!, word: m[2]! };
  const w = WORD_FIRST.exec(text);
  return w ? { rate: w[2]!, word: w[1]! } : null;
}
/** Rates beyond this are no discount or retention a payer takes by itself. */
const MAX_RATE = 10;

/**
 * A payment saying it is one part of the document's amount: an instalment ("INSTALMENT 1 OF 2", "INST 1", "1ST
 * TRANCHE"), a deposit or an advance (not a cash or cheque deposit, the way it was paid in), the balance.
 */
const PART_OF_A_WHOLE = String.raw`\bINSTAL{1,2}MENTS?\b|\bINST\s*\d|\bTRANCHE\b|\b(?:1ST|2ND|3RD|FIRST|SECOND|THIRD)\s+(?:PART|PAYMENT)\b|(?<!\b(?:CASH|CHQ|CHEQUE|CHECK|COUNTER|ATM)\s+)\bDEPOSIT\b|\bADVANCE\b|\bBAL(?:ANCE)?\b`;

/**
 * Whether a text names its shortfall as no tax withheld: a discount or retention (with its rate or not: "LESS 2.5%
 * DISC", "LESS DISCOUNT"), a part payment ("PART PAYMENT", "PART PAYT", "PART 1") or another part of the whole
 * (PART_OF_A_WHOLE: an instalment, a deposit, the balance).
 */
export const namesOtherShortfall = (text: string): boolean => readStated(text) !== null || OTHER_SHORTFALL.test(text);

const OTHER_SHORTFALL = new RegExp(
  String.raw`\bPART[-\s]?(?:PAYMENT|PAYT|PMT|PYMT|PAID|\d)\b|(?<!\b(?:NO|NOT|EXCL|EXCLUDING|WITHOUT|BEFORE)\s+)\b(?:${WORD})\b|${PART_OF_A_WHOLE}`,
  'i',
);

/** The rate a text states for tax withheld ("LESS 5% WHT" gives 5), or null when it states none. */
export function statedWithholdingRate(text: string): Decimal | null {
  const m = WITHHOLDING_RATE.exec(text);
  return m ? new Decimal(m[1] ?? m[2]!) : null;
}

/** Whether the gap is `rate` percent of `abs`, rounded to the unit either way. */
export function isRateOf(gap: number, abs: number, rate: Decimal): boolean {
  const exact = rate.mul(abs).div(100);
  return exact.floor().eq(gap) || exact.ceil().eq(gap);
}

/** "5% WHT", "WHT 7.5% DEDUCTED", "W/TAX @ 5%" */
const WITHHOLDING_RATE =
  /\b(\d{1,2}(?:\.\d{1,2})?)\s*%\s*(?:WHT|W\/TAX|WITHHOLDING)\b|\b(?:WHT|W\/TAX|WITHHOLDING(?:\s+TAX)?)\s*(?:@\s*|OF\s+|AT\s+)?(\d{1,2}(?:\.\d{1,2})?)\s*%/i;

/** The payer says it withheld tax: "LESS 5% WHT", "NET OF WHT", "WHT DEDUCTED". */
const WITHHOLDING_STATED =
  /\b(LESS|NET\s+OF|AFTER|MINUS)\s+(\d{1,2}(\.\d+)?\s*%\s*)?(WHT|W\/TAX|WITHHOLDING)\b|\b(WHT|WITHHOLDING\s+TAX)\s+(DEDUCTED|WITHHELD)\b/i;

export const statesWithholding = (text: string): boolean => WITHHOLDING_STATED.test(text);

/**
 * The payer says it took its bank's charge off the payment: "INV 4194 LESS BANK CHGS", "INVOICE 18276 LESS RTGS CHGS",
 * "NET OF CHARGES". Not a charge denied ("NO CHARGES").
 */
export const statesChargesDeducted = (text: string): boolean => CHARGES_DEDUCTED.test(text);

const CHARGES_DEDUCTED =
  /\b(?:LESS|NET\s+OF|MINUS|AFTER)\s+(?:(?:BANK|BANKS|TRANSFER|TRF|RTGS|EFT|NIP|GIP|ACH|PESALINK|SWIFT|TT)\s+)*(?:CHARGES?|CHGS?|COMM(?:ISSION)?|FEES?)\b/i;
