import { Decimal } from 'decimal.js';
import { isDeduction } from './deductions.js';
import type { Tolerance } from './options.js';
import { withinPercent } from './ratio.js';
import { PLAUSIBLE_OVER_PERCENT } from './thresholds.js';

/** The most an amount may fall short (under) or exceed (over) another, in minor units: max of fixed and percent. */
export function allowance(baseAbsMinor: number, percent: string | undefined, fixedMinor: number | undefined): number {
  if (!percent) return fixedMinor ?? 0;
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

/**
 * How a paid amount relates to what was due. Over-payment is kept as a residual; under-payment needs tolerance;
 * `short` is a shortfall beyond tolerance that a known levy, fee or small charge explains (suggested, never confirmed).
 */
export type AmountFit = 'exact' | 'under_within' | 'over_within' | 'over' | 'short' | 'partial' | 'none';

export function amountFit(paidAbs: number, dueAbs: number, t: Tolerance, currency = ''): AmountFit {
  const diff = paidAbs - dueAbs;
  if (diff === 0) return 'exact';
  if (diff < 0) {
    if (-diff <= underAllowance(dueAbs, t)) return 'under_within';
    return isDeduction(currency, dueAbs, -diff) ? 'short' : 'partial';
  }
  if (diff <= overAllowance(dueAbs, t)) return 'over_within';
  return withinPercent(diff, dueAbs, PLAUSIBLE_OVER_PERCENT) ? 'over' : 'none';
}
