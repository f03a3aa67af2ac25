import { Decimal } from 'decimal.js';
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

const PERCENT = new Decimal(PLAUSIBLE_DEDUCTION_PERCENT);

/** The deduction a shortfall of `gapMinor` on `dueAbs` can be, or null when it is too large to be one. */
export function deductionFor(currency: string, dueAbs: number, gapMinor: number): Deduction | null {
  if (gapMinor <= 0) return null;
  for (const [amount, d] of FIXED[currency] ?? []) if (amount === gapMinor) return d;
  if (new Decimal(gapMinor).lte(new Decimal(dueAbs).mul(PERCENT).div(100)))
    return { label: `a charge of ${new Decimal(gapMinor).mul(100).div(dueAbs).toDecimalPlaces(2)}%`, account: null };
  return null;
}

/** The largest shortfall on `dueAbs` that can still be a deduction (for the candidate search's amount range). */
export function maxDeduction(currency: string, abs: number): number {
  const fixed = Math.max(0, ...(FIXED[currency] ?? []).map(([a]) => a));
  return Math.max(fixed, new Decimal(abs).mul(PERCENT).div(100).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber());
}
