import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { PartyIndex } from '../../matching/candidate-index.js';
import { partyKeysOf } from '../../matching/candidates.js';
import { reconcile } from '../../matching/engine.js';
import { prepareBank } from '../../matching/prepared.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import * as oracle from './preparation-oracle.js';

/**
 * A narration is text from outside (a bank, a payer): it may repeat a payer's name thousands of times. The payer's open
 * items must be read once per line, not once per repetition, or one long narration costs (repetitions × items).
 */
describe('a narration that repeats a payer name', () => {
  afterEach(() => vi.restoreAllMocks());

  const narration = `NIP TRF FROM ${'OKON FREIGHT '.repeat(500)}`;

  it('names each party key once', () => {
    const b = prepareBank({ id: 'B1', date: '2025-03-05', amountMinor: 100_000, currency: 'NGN', narration }, 0, null);
    const keys = partyKeysOf(b);
    expect(keys).toContain('OKON FREIGHT');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reads the payer's items once for the line", () => {
    const ledger: LedgerEntry[] = Array.from({ length: 200 }, (_, i) => ({
      id: `L${String(i).padStart(4, '0')}`,
      date: '2025-03-01',
      amountMinor: 100_000 + i,
      currency: 'NGN',
      party: 'Okon Freight Services',
    }));
    // each party key the line names is searched in its party's items twice (for the lowest and the highest amount)
    const lookups = vi.spyOn(PartyIndex.prototype, 'firstAtLeast');
    const result = reconcile(
      [{ id: 'B1', date: '2025-03-05', amountMinor: 100_000, currency: 'NGN', narration }],
      ledger,
    );
    // the keys the narration can name: NIP, NIP TRF, TRF FROM, FROM OKON, OKON, OKON FREIGHT, FREIGHT, FREIGHT OKON…
    expect(lookups.mock.calls.length).toBeGreaterThan(0);
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(20);
    // confirmed (the payer named, the amount to the kobo, no rival) or suggested first: the same item either way
    const top = result.matches[0]?.ledgerIds ?? result.suggestions[0]?.candidates[0]?.ledgerIds;
    expect(top).toEqual(['L0000']);
  });
});

/**
 * A narration may also list thousands of documents: gathering its keys must not cost (keys × keys), as looking each new
 * key up in a list of those found would.
 */
describe('a narration that lists thousands of documents', () => {
  const narration = Array.from({ length: 6000 }, (_, i) => `INV ${2000 + (i % 40)} ${i} & ${i + 1}`).join(', ');

  it('gives the keys of the plain reading', () => {
    const keys = [bankKeys(narration, 'INV 2024 0001'), ledgerKeys('INV 2024 0001', narration)];
    expect(keys).toEqual([oracle.bankKeys(narration, 'INV 2024 0001'), oracle.ledgerKeys('INV 2024 0001', narration)]);
  });
});

/**
 * One payer with thousands of open items, paying thousands of times (a processor's settlements, a dominant customer):
 * when more of its items fit a line's amount than the pool takes, they are read in entry order, which is worked out
 * once for the payer, not once per line.
 */
describe('a payer with thousands of open items', () => {
  afterEach(() => vi.restoreAllMocks());

  it('puts its items in entry order once for all its lines', () => {
    const n = 400;
    const ledger: LedgerEntry[] = Array.from({ length: n }, (_, i) => ({
      id: `L${String(i).padStart(4, '0')}`,
      date: '2025-03-01',
      amountMinor: 1_000_000 + (i % 50) * 100,
      currency: 'NGN',
      party: 'BIGCO TRADING',
      reference: `X-${i}`,
    }));
    const bank: BankLine[] = Array.from({ length: n }, (_, i) => ({
      id: `B${String(i).padStart(4, '0')}`,
      date: '2025-03-05',
      amountMinor: 1_000_000 + (i % 50) * 100,
      currency: 'NGN',
      narration: 'PAYMENT',
      counterpartyName: 'BIGCO TRADING',
    }));
    const sorts = vi.spyOn(Int32Array.prototype, 'sort');
    const result = reconcile(bank, ledger);
    const withComparator = sorts.mock.calls.filter((c) => typeof c[0] === 'function').length;
    expect(withComparator).toBeLessThanOrEqual(2);
    expect(result.suggestions.length + result.matches.length).toBe(n);
  });
});
