import { beforeEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { gatherCandidates } from '../../matching/candidates.js';
import { openState, runPasses } from '../../matching/engine.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { fixTableSeedsForTests } from '../../matching/string-hash.js';

// Preparation drops an entry's keys no bank line writes (they can never be shared); after the reversal pass a line's
// keys no entry carries are dropped too: what the passes read must not change with it.
describe('keys no bank line writes', () => {
  // An entry keeps a key when the run's key table, holding exactly the lines' keys, knows it: no false hit is
  // possible, whatever the seeds; they are fixed so that a failure here replays the same tables.
  beforeEach(() => fixTableSeedsForTests(3, 4));
  const bank: BankLine[] = [
    { id: 'B1', date: '2025-03-10', amountMinor: 10_000, currency: 'NGN', narration: 'TRF INV-2025-0470 ACME' },
    { id: 'B2', date: '2025-03-11', amountMinor: 20_000, currency: 'NGN', narration: 'POS PURCHASE SHOPRITE' },
  ];
  const ledger: LedgerEntry[] = [
    { id: 'L1', date: '2025-03-01', amountMinor: 10_000, currency: 'NGN', reference: 'INV-2025-0470' },
    { id: 'L2', date: '2025-03-01', amountMinor: 30_000, currency: 'NGN', reference: 'PO-2025-9999' },
    { id: 'L3', date: '2025-03-01', amountMinor: 20_000, currency: 'NGN', description: 'Groceries' },
  ];

  it('keeps only the keys some line writes, and whether the entry names a document', () => {
    const state = openState(bank, ledger);
    gatherCandidates(state);
    const [l1, l2, l3] = state.ledgers;
    const written = new Set([...bankKeys(bank[0]!.narration), ...bankKeys(bank[1]!.narration)]);
    expect(l1!.keys).toEqual(ledgerKeys('INV-2025-0470').filter((k) => written.has(k)));
    expect(l1!.keys.length).toBeGreaterThan(0);
    expect(l1!.namesDocument).toBe(true);
    expect(l2!.keys).toEqual([]);
    expect(l2!.namesDocument).toBe(true);
    expect(l3!.keys).toEqual([]);
    expect(l3!.namesDocument).toBe(false);
  });

  it("leaves a line's keys as they were written", () => {
    const state = openState(bank, ledger);
    const before = state.banks.map((b) => [...b.keys]);
    gatherCandidates(state);
    expect(state.banks.map((b) => b.keys)).toEqual(before);
  });

  it('keeps, after the passes, only the line keys some entry carries', () => {
    const state = openState(bank, ledger);
    gatherCandidates(state);
    runPasses(state);
    const [b1, b2] = state.banks;
    expect(b1!.keys).toEqual(bankKeys(bank[0]!.narration).filter((k) => state.ledgers[0]!.keys.includes(k)));
    expect(b1!.keys.length).toBeGreaterThan(0);
    expect(b2!.keys).toEqual([]);
  });
});
