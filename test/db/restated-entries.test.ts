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

describe('a source re-stating a re-worded entry under a new id, with its own key for which entry it is', () => {
  // an hledger posting with no code: "Cash sales | Shop takings banked at Accra Mall", then re-worded
  const kept = (id: string, over: Partial<StatedRow> = {}): StatedRow =>
    row(id, { reference: null, description: 'Shop takings banked at Accra Mall', restate_key: 'k-1', ...over });
  const said = (id: string, over: Partial<LedgerEntry> = {}): LedgerEntry =>
    entry(id, { reference: null, description: 'Shop takings 23 Oct banked at Accra Mall', restateKey: 'k-1', ...over });

  it('pairs the one entry each side with the key, in the same account and on the same side', () => {
    expect(
      ids(pairRestated([kept('a'), kept('b', { restate_key: 'k-2' })], [said('x'), said('y', { restateKey: 'k-3' })])),
    ).toEqual([['a', 'x']]);
  });

  it('takes what the words and the reference tell first, and the key only from what they left', () => {
    // 'a' is said again word for word under 'w' ('x' shares its key); 'b' is re-worded under 'y'
    const gone = [kept('a', { description: 'Shop takings (recounted)' }), kept('b', { restate_key: 'k-2' })];
    const fresh = [said('x'), said('w', { description: 'Shop takings (recounted)' }), said('y', { restateKey: 'k-2' })];
    expect(ids(pairRestated(gone, fresh))).toEqual([
      ['a', 'w'],
      ['b', 'y'],
    ]);
    // a corrected amount under its unique reference, whose new key another gone entry shares
    const byRef = [kept('c', { reference: 'DEP-9', restate_key: 'k-4' }), kept('d', { restate_key: 'k-5' })];
    const restated = [said('z', { reference: 'DEP-9', amountMinor: 810_000, restateKey: 'k-5' })];
    expect(ids(pairRestated(byRef, restated))).toEqual([['c', 'z']]);
  });

  it('does not pair by a key two entries share on either side: one deleted and its twin re-worded stay gone and new', () => {
    expect(pairRestated([kept('a'), kept('b', { description: 'Shop takings, second bag' })], [said('x')])).toEqual([]);
    expect(pairRestated([kept('a')], [said('x'), said('y', { description: 'Shop takings, second bag' })])).toEqual([]);
  });

  it('does not pair by the key across accounts, across sides, or with an entry the source gave no key', () => {
    expect(pairRestated([kept('a')], [said('x', { account: '8410' })])).toEqual([]);
    expect(pairRestated([kept('a')], [said('x', { amountMinor: -800_000 })])).toEqual([]);
    expect(pairRestated([kept('a', { restate_key: null })], [said('x')])).toEqual([]);
    expect(pairRestated([kept('a')], [said('x', { restateKey: null })])).toEqual([]);
    expect(pairRestated([kept('a', { restate_key: null })], [said('x', { restateKey: null })])).toEqual([]);
    // an empty key is no key
    expect(pairRestated([kept('a', { restate_key: '' })], [said('x', { restateKey: '' })])).toEqual([]);
  });
});
