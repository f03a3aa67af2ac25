import type { CurrencyCode } from '../../../domain/currency.js';
import { todayIn } from '../../../domain/dates.js';

/**
 * The balance the books state for the bound bank account, in the shape of LedgerAdapter's optional `bookBalance`.
 * Signed as it affects the bank account (in funds is positive); `asOf` is on or before the date asked for.
 */
export interface VendorBookBalance {
  balanceMinor: number;
  currency: CurrencyCode;
  asOf: string;
  detail: string;
}

/**
 * Vendors that only state an account's current balance can answer for today or a later date, never for a past one
 * (that balance would include later entries): for a past date there is no stated balance.
 */
export function currentBalanceApplies(asOf: string, timeZone?: string): string | null {
  const today = todayIn(timeZone);
  return asOf >= today ? today : null;
}
