/**
 * What the store keeps of whether an entry is a posting or a document (LedgerEntry.kind, migration 0023): taken from
 * each pull; an entry stored before its source said so is a document once the source names its documents' ids, even
 * one the books closed and no pull lists again; and a pull complete for one kind closes only that kind's entries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

let db: TestDb;
beforeEach(async () => {
  db = await openSqliteTestDb();
});
afterEach(async () => db.dispose());

const entry = (id: string, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  date: '2026-10-05',
  amountMinor: 100_000,
  currency: 'NGN',
  reference: id,
  account: '1010',
  ...over,
});
const sync = (entries: LedgerEntry[], more: Partial<Parameters<typeof syncLedgerEntries>[1]> = {}) =>
  syncLedgerEntries(db.db, { sourceId: 'zb', label: 'test', entries, ...more });
const kinds = async () =>
  Object.fromEntries(
    (await db.db.selectFrom('ledger_entries').select(['external_id', 'kind', 'status']).orderBy('id').execute()).map(
      (r) => [r.external_id, `${r.kind} ${r.status}`],
    ),
  );

describe('entry kinds in the store', () => {
  it('stores the kind a pull gives, and takes a new kind of an entry listed again', async () => {
    await sync([entry('invoice:1'), entry('txn:9')]);
    expect(await kinds()).toEqual({ 'invoice:1': 'posting open', 'txn:9': 'posting open' });
    await sync([entry('invoice:1', { kind: 'document' }), entry('txn:9', { kind: 'posting' })]);
    expect(await kinds()).toEqual({ 'invoice:1': 'document open', 'txn:9': 'posting open' });
  });

  it("makes documents of the entries under the source's document ids, the closed ones too", async () => {
    await sync([entry('invoice:1'), entry('invoice:2'), entry('bill:3', { amountMinor: -5_000 }), entry('txn:9')]);
    await sync([], { closed: [{ id: 'invoice:2', reason: 'paid' }] });
    await sync([], { documentIdPrefixes: ['invoice:', 'bill:'] });
    expect(await kinds()).toEqual({
      'invoice:1': 'document open',
      'invoice:2': 'document void',
      'bill:3': 'document open',
      'txn:9': 'posting open',
    });
  });

  it('closes as gone only entries of the kind a pull is complete for', async () => {
    await sync([entry('invoice:1', { kind: 'document' }), entry('txn:9', { kind: 'posting' })]);
    await sync([], { complete: [{ from: '2026-10-01', to: '2026-10-31', ledgerAccount: '1010', kind: 'posting' }] });
    expect(await kinds()).toEqual({ 'invoice:1': 'document open', 'txn:9': 'posting void' });
  });
});
