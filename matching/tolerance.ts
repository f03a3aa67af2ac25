import { Decimal } from 'decimal.js';
import type { Tolerance } from './options.js';

/** The most an amount may fall short (under) or exceed (over) another, in minor units: max of fixed and percent. */
export function allowance(baseAbsMinor: number, percent: string | undefined, fixedMinor: number | undefined): number {
  const fromPercent = percent
    ? new Decimal(baseAbsMinor).mul(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber()
    : 0;
  return Math.max(fromPercent, fixedMinor ?? 0);
}

export function underAllowance(ledgerAbs: number, t: Tolerance): number {
  return allowance(ledgerAbs, t.underPercent, t.underFixedMinor);
}

export function overAllowance(ledgerAbs: number, t: Tolerance): number {
  return allowance(ledgerAbs, t.overPercent, t.overFixedMinor);
}

/** How a paid amount relates to what was due. Over-payment is kept as a residual; under-payment needs tolerance. */
export type AmountFit = 'exact' | 'under_within' | 'over_within' | 'over' | 'partial' | 'none';

// An over-payment of up to a tenth is still plausibly the same document (bank charges borne by the payer, rounding).
const PLAUSIBLE_OVER_RATIO = new Decimal('0.1');

export function amountFit(paidAbs: number, dueAbs: number, t: Tolerance): AmountFit {
  const diff = paidAbs - dueAbs;
  if (diff === 0) return 'exact';
  if (diff < 0) return -diff <= underAllowance(dueAbs, t) ? 'under_within' : 'partial';
  if (diff <= overAllowance(dueAbs, t)) return 'over_within';
  return new Decimal(diff).lte(new Decimal(dueAbs).mul(PLAUSIBLE_OVER_RATIO)) ? 'over' : 'none';
}
