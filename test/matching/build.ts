import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';

/** Terse builders for engine tests: amounts in minor units, NGN unless said otherwise. */
export function bankLine(id: string, date: string, amountMinor: number, extra: Partial<BankLine> = {}): BankLine {
  return { id, date, amountMinor, currency: 'NGN', ...extra };
}

export function entry(id: string, date: string, amountMinor: number, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id, date, amountMinor, currency: 'NGN', ...extra };
}
