import { Decimal } from 'decimal.js';
import { isDeduction } from './deductions.js';
import type { Tolerance } from './options.js';
import { withinPercent } from './ratio.js';
import { PLAUSIBLE_OVER_PERCENT } from './thresholds.js';

/** The most an amount may fall short (under) or exceed (over) another, in minor units: max of fixed and percent. */
export function allowance(baseAbsMinor: number, percent: string | undefined, fixedMinor: number | undefined): number {
  if (!percent) return fixedMinor ?? 0;
  return Math.max(percentOf(baseAbsMinor, percent), fixedMinor ?? 0);
}

/** ⌊base × percent / 100⌋ in minor units, exactly. */
function percentOf(base: number, percent: string): number {
  // runs for every bank line and candidate pair: with the percent as an integer fraction (cached), integer arithmetic
  // is exact wherever the product stays a safe integer; decimal.js takes what is left (and any other writing)
  const fraction = fractionOf(percent);
  if (fraction && Number.isSafeInteger(base) && base >= 0) {
    // a true product past 2^53 - 1 comes out as 2^53 or more, which is not a safe integer
    const scaled = base * fraction.numerator;
    if (Number.isSafeInteger(scaled)) return (scaled - (scaled % fraction.divisor)) / fraction.divisor;
  }
  return new Decimal(base).mul(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber();
}

/** "2.5" as 25 / 1000 (the percent over 100): null for a writing or a size integer arithmetic cannot take exactly. */
function fractionOf(percent: string): { numerator: number; divisor: number } | null {
  let fraction = fractions.get(percent);
  if (fraction === undefined) {
    const m = /^(\d+)(?:\.(\d+))?$/.exec(percent);
    const decimals = m?.[2]?.length ?? 0;
    const numerator = m ? Number(`${m[1]}${m[2] ?? ''}`) : NaN;
    const divisor = 100 * 10 ** decimals;
    fraction =
      m && Number.isSafeInteger(numerator) && numerator > 0 && Number.isSafeInteger(divisor)
        ? { numerator, divisor }
        : null;
    // options hold a handful of percents; a caller passing ever new ones must not grow this without bound
    if (fractions.size >= 64) fractions.clear();
    fractions.set(percent, fraction);
  }
  return fraction;
}

const fractions = new Map<string, { numerator: number; divisor: number } | null>();

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
