import { Decimal } from 'decimal.js';
import { withinPercent } from './ratio.js';
import { PLAUSIBLE_DEDUCTION_PERCENT } from './thresholds.js';

/**
 * What a payer or the bank commonly takes off a receipt before it lands: a fixed levy or fee, or a small percentage
 * (a merchant service charge, a gateway fee). A receipt short by one of these is still the same document: suggested
 * first with the gap and where it would be written off, never confirmed outside the configured tolerance.
 */
export interface Deduction {
  label: string;
  /** the ledger account the gap would be posted to; null: the run's write-off account */
  account: string | null;
}

// Fixed deductions by currency, in minor units (the same figures the Nigerian presets classify on their own lines).
const FIXED: Record<string, ReadonlyArray<readonly [number, Deduction]>> = {
  NGN: [
    [
      5000,
      { label: '₦50 electronic money transfer levy (or stamp duty)', account: 'Taxes:Electronic money transfer levy' },
    ],
    [1075, { label: '₦10.75 NIP transfer fee', account: 'Bank charges:Transfer fees' }],
    [2688, { label: '₦26.88 NIP transfer fee', account: 'Bank charges:Transfer fees' }],
    [5375, { label: '₦53.75 NIP transfer fee', account: 'Bank charges:Transfer fees' }],
  ],
};

/** Whether a shortfall of `gapMinor` on `dueAbs` can be a deduction (no allocation: it runs for every pair). */
export function isDeduction(currency: string, dueAbs: number, gapMinor: number): boolean {
  if (gapMinor <= 0) return false;
  const fixed = FIXED_AMOUNTS.get(currency);
  if (fixed && fixed.includes(gapMinor)) return true;
  return withinPercent(gapMinor, dueAbs, PLAUSIBLE_DEDUCTION_PERCENT);
}

/** The deduction a shortfall of `gapMinor` on `dueAbs` can be, or null when it is too large to be one. */
export function deductionFor(currency: string, dueAbs: number, gapMinor: number): Deduction | null {
  if (gapMinor <= 0) return null;
  for (const [amount, d] of FIXED[currency] ?? []) if (amount === gapMinor) return d;
  if (withinPercent(gapMinor, dueAbs, PLAUSIBLE_DEDUCTION_PERCENT))
    return { label: `a charge of ${new Decimal(gapMinor).mul(100).div(dueAbs).toDecimalPlaces(2)}%`, account: null };
  return null;
}

const NONE: readonly number[] = [];
const FIXED_AMOUNTS = new Map(Object.entries(FIXED).map(([c, list]) => [c, [...new Set(list.map(([a]) => a))]]));

/** The fixed deductions of a currency, in minor units (the candidate search looks these amounts up directly). */
export function fixedDeductions(currency: string): readonly number[] {
  return FIXED_AMOUNTS.get(currency) ?? NONE;
}

/** The largest fixed deduction of any currency (a bound for pre-filtering candidates by amount). */
export const MAX_FIXED_DEDUCTION = Math.max(0, ...[...FIXED_AMOUNTS.values()].flat());
