/**
 * The source's key of an entry that outlives its words (LedgerEntry.restateKey, ledger_entries.restate_key, 0022), as
 * syncLedgerEntries keeps it: stored with the entry, taken again whenever a pull lists the entry (a row stored before
 * the key was kept, or held by a match, gets it too), and used to re-key the one entry a complete pull re-states
 * under a new id with new words (db/restated-entries.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { confirmMatchOn } from './held-matches.js';

const BANK = 'Assets:Bank:GCB Current';
const takings = (id: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  date: '2026-10-23',
  amountMinor: 200_000,
  currency: 'GHS',
  account: BANK,
  reference: null,
  description: 'Shop takings banked at Accra Mall',
  party: 'Cash sales',
  restateKey: 'hw1:takings',
  ...over,
});

describe('the restate key as a sync keeps it', () => {
  let h: TestDb;
  beforeEach(async () => {
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h.dispose();
  });
  const pull = (entries: LedgerEntry[]) =>
    syncLedgerEntries(h.db, {
      sourceId: 'books',
      label: 'hledger-web',
      entries,
      complete: { from: '2026-10-01', to: '2026-10-31', ledgerAccount: BANK },
    });
  const stored = () =>
    h.db
      .selectFrom('ledger_entries')
      .select(['id', 'external_id', 'status', 'closed_reason', 'restate_key', 'description'])
      .orderBy('id')
      .execute();

  it('stores the key, takes it on a held entry stored without one, and re-keys that entry re-worded', async () => {
    await pull([takings('10.0.aaaaaaaa', { restateKey: null })]);
    expect((await stored())[0]).toMatchObject({ restate_key: null });
    await confirmMatchOn(h.db, ['10.0.aaaaaaaa']);
    // listed again, held, content as stored: only the key is taken
    const again = await pull([takings('10.0.aaaaaaaa')]);
    expect(again).toMatchObject({ keptForMatches: 1, updated: 0, restated: 0 });
    expect((await stored())[0]).toMatchObject({ restate_key: 'hw1:takings' });
    // re-worded: a new id, the same key
    const reworded = takings('10.0.bbbbbbbb', { description: 'Shop takings 23 Oct banked at Accra Mall' });
    const r = await pull([reworded]);
    expect(r).toMatchObject({ restated: 1, inserted: 0, closed: 0 });
    const rows = await stored();
    expect(rows).toHaveLength(1);
    // held: the match stands on the entry as matched
    expect(rows[0]).toMatchObject({ external_id: '10.0.bbbbbbbb', status: 'open', closed_reason: null });
  });

  it('takes a changed key on an open entry listed as stored, and stores a new entry with its own', async () => {
    await pull([takings('10.0.aaaaaaaa', { restateKey: null })]);
    const r = await pull([
      takings('10.0.aaaaaaaa'),
      takings('11.0.cccccccc', { date: '2026-10-24', restateKey: 'k2' }),
    ]);
    expect(r).toMatchObject({ inserted: 1, updated: 0 });
    expect((await stored()).map((x) => x.restate_key)).toEqual(['hw1:takings', 'k2']);
  });
});
