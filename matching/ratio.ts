import { Decimal } from 'decimal.js';

/**
 * `part ≤ whole × percent / 100` for integer minor units and a decimal percent string, exactly. Amounts up to 2^53 / 10^6
 * (any real money) use integer arithmetic on the percent scaled to millionths; larger ones fall back to decimal.js. The
 * check runs for every candidate pair, so it must not allocate.
 */
export function withinPercent(part: number, whole: number, percent: string): boolean {
  const scaled = scaledPercent(percent);
  if (whole <= MAX_FAST && part <= MAX_FAST * 100) return part * 100_000_000 <= whole * scaled;
  return new Decimal(part).lte(new Decimal(whole).mul(percent).div(100));
}

// percent × 10^6 as an integer ("2.5" → 2_500_000); percents in options have at most six decimals in practice
const cache = new Map<string, number>();
function scaledPercent(percent: string): number {
  let v = cache.get(percent);
  if (v === undefined) {
    v = new Decimal(percent).mul(1_000_000).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber();
    cache.set(percent, v);
  }
  return v;
}

const MAX_FAST = Math.floor(Number.MAX_SAFE_INTEGER / 100_000_000);

/**
 * `part` as a percent of `whole`, to two places, for an evidence sentence: a gap too small to show at two places reads
 * "<0.01", never "0" (a ₦35.61 charge on ₦1,072,054 is not nothing).
 */
export function percentText(part: number, whole: number): string {
  const pct = new Decimal(part).mul(100).div(whole).toDecimalPlaces(2);
  return pct.isZero() && part !== 0 ? '<0.01' : pct.toString();
}
