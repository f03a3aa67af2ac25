import { describe, expect, it } from 'vitest';
import { pairRestated, type StatedRow } from '../../db/restated-entries.js';
import type { LedgerEntry } from '../../domain/ledger.js';

const row = (id: string, over: Partial<StatedRow> = {}): StatedRow => ({
  external_id: id,
  entry_date: '2026-10-14',
  amount_minor: 800_000,
  ledger_account: '8400',
  reference: 'INV-1002',
  description: 'Receipt  Soweto Traders',
  party: null,
  ...over,
});
const entry = (id: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  date: '2026-10-14',
  amountMinor: 800_000,
  currency: 'ZAR',
  account: '8400',
  reference: 'INV-1002',
  description: 'RECEIPT SOWETO TRADERS',
  party: null,
  ...over,
});
const ids = (pairs: Array<[StatedRow, LedgerEntry]>) => pairs.map(([r, e]) => [r.external_id, e.id]);

describe('an export re-stating stored entries under new ids', () => {
  it('pairs an entry said again word for word (its running balance moved), twins one to one', () => {
    const gone = [row('a'), row('b'), row('c', { reference: 'JNL-10', amount_minor: -24_500 })];
    const fresh = [entry('x'), entry('y'), entry('z')];
    expect(ids(pairRestated(gone, fresh))).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
  });

  it('pairs the one entry each side sharing a reference when its amount or date was corrected', () => {
    const gone = [row('a'), row('j', { reference: 'JNL-10', entry_date: '2026-10-31', amount_minor: -24_500 })];
    const fresh = [
      entry('x', { amountMinor: 880_000 }),
      entry('y', { reference: 'JNL-10', date: '2026-11-02', amountMinor: -24_500 }),
    ];
    expect(ids(pairRestated(gone, fresh))).toEqual([
      ['a', 'x'],
      ['j', 'y'],
    ]);
  });

  it('leaves gone and new what a reference does not tell apart, or what shares nothing', () => {
    const gone = [row('a', { amount_minor: 100 }), row('b', { amount_minor: 200 }), row('c', { reference: null })];
    const fresh = [entry('x', { amountMinor: 300 }), entry('y', { reference: null, amountMinor: 5 })];
    expect(pairRestated(gone, fresh)).toEqual([]);
  });
});
