import type { CurrencyCode } from '../../domain/currency.js';
import type { ReportBankLine } from './model.js';

export interface CategorySpending {
  category: string;
  currency: CurrencyCode;
  /** Money out, as a positive sum. */
  debitsMinor: number;
  /** Money in. */
  creditsMinor: number;
  count: number;
}

export const UNCATEGORISED = 'Uncategorised';

/** Spending by category for the period, largest spending first; currencies are never added together. */
export function spendingByCategory(lines: ReportBankLine[]): CategorySpending[] {
  const byKey = new Map<string, CategorySpending>();
  for (const l of lines) {
    const category = l.category?.trim() || UNCATEGORISED;
    const key = `${l.currency}\u0000${category}`;
    let row = byKey.get(key);
    if (!row) {
      row = { category, currency: l.currency, debitsMinor: 0, creditsMinor: 0, count: 0 };
      byKey.set(key, row);
    }
    if (l.amountMinor < 0) row.debitsMinor -= l.amountMinor;
    else row.creditsMinor += l.amountMinor;
    row.count++;
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.currency.localeCompare(b.currency) || b.debitsMinor - a.debitsMinor || a.category.localeCompare(b.category),
  );
}
