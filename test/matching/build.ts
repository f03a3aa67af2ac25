import { expect } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';

/** Terse builders for engine tests: amounts in minor units, NGN unless said otherwise. */
export function bankLine(id: string, date: string, amountMinor: number, extra: Partial<BankLine> = {}): BankLine {
  return { id, date, amountMinor, currency: 'NGN', ...extra };
}

export function entry(id: string, date: string, amountMinor: number, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return { id, date, amountMinor, currency: 'NGN', ...extra };
}

/** Every confirmed entry id of a result, match after match. */
export const ledgerIdsOf = (r: ReconcileResult): string[] => r.matches.flatMap((m) => m.ledgerIds);

/** What the engine puts first for a line: its match, else its suggestion's first candidate. */
export const firstChoice = (r: ReconcileResult, bankId = 'b1'): readonly string[] | undefined =>
  r.matches.find((m) => m.bankIds.includes(bankId))?.ledgerIds ??
  r.suggestions.find((s) => s.bankIds.includes(bankId))?.candidates[0]?.ledgerIds;

/** The line is confirmed against nothing and offered `ledgerIds` first: what a look-alike must come to. */
export function expectSuggestedFirst(r: ReconcileResult, ledgerIds: readonly string[], bankId = 'b1'): void {
  expect(ledgerIdsOf(r)).toEqual([]);
  expect(firstChoice(r, bankId)).toEqual(ledgerIds);
}
