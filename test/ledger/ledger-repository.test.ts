import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import { importLedgerEntries, listOpenLedgerEntries, markLedgerEntriesReconciled } from '../../db/ledger-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

const fixtures = join(import.meta.dirname, '../fixtures/ledger');
const JAN = { from: '2024-01-01', to: '2024-01-31' };

const entry = (id: string, date: string, amountMinor: number, account = '1010'): LedgerEntry => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  account,
  description: `entry ${id}`,
  reference: null,
  party: null,
});

for (const kind of await databaseKinds()) {
  describe(`ledger repository on ${kind.name}`, () => {
    let h: TestDb;
    beforeEach(async () => {
      h = await kind.open();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('imports a file once; re-importing the same hash changes nothing', async () => {
      const file = await readLedgerFile(join(fixtures, 'general-ledger.csv'), { currency: 'NGN' });
      const input = { sourceId: 'gl', fileName: 'general-ledger.csv', fileHash: file.fileHash, entries: file.entries };
      const first = await importLedgerEntries(h.db, input);
      expect(first).toMatchObject({ inserted: 4, skipped: 0, alreadyImported: false });
      expect(first.importId).toEqual(expect.any(Number));
      const again = await importLedgerEntries(h.db, input);
      expect(again).toEqual({ importId: first.importId, inserted: 0, skipped: 4, alreadyImported: true });
      const rows = await h.db
        .selectFrom('ledger_entries')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(rows.n)).toBe(4);
      const open = await listOpenLedgerEntries(h.db, 'gl', JAN, { ledgerAccount: '1010' });
      expect(open.map((e) => [e.date, e.amountMinor, e.id])).toEqual([
        ['2024-01-03', 25000000, file.entries[0]!.id],
        ['2024-01-04', -125050, file.entries[3]!.id],
      ]);
      expect(open[0]).toMatchObject({ sourceId: 'gl', status: 'open', currency: 'NGN', reference: 'INV-2024-007' });
    });

    it('an overlapping file adds only its new rows', async () => {
      await importLedgerEntries(h.db, {
        sourceId: 's',
        fileName: 'a.csv',
        fileHash: 'h-a',
        entries: [entry('r1', '2024-01-02', 100), entry('r2', '2024-01-03', -200)],
      });
      const b = await importLedgerEntries(h.db, {
        sourceId: 's',
        fileName: 'b.csv',
        fileHash: 'h-b',
        entries: [entry('r2', '2024-01-03', -200), entry('r3', '2024-01-04', 300)],
      });
      expect(b).toMatchObject({ inserted: 1, skipped: 1, alreadyImported: false });
      expect((await listOpenLedgerEntries(h.db, 's', JAN)).map((e) => e.id)).toEqual(['r1', 'r2', 'r3']);
    });

    it('keeps sources apart and filters by period', async () => {
      await importLedgerEntries(h.db, {
        sourceId: 's1',
        fileName: 'a',
        fileHash: 'same',
        entries: [entry('r1', '2024-01-31', 1), entry('r2', '2024-02-01', 2)],
      });
      const other = await importLedgerEntries(h.db, {
        sourceId: 's2',
        fileName: 'a',
        fileHash: 'same',
        entries: [entry('r1', '2024-01-15', 5)],
      });
      expect(other.alreadyImported).toBe(false);
      expect((await listOpenLedgerEntries(h.db, 's1', JAN)).map((e) => e.id)).toEqual(['r1']);
      expect((await listOpenLedgerEntries(h.db, 's2', JAN)).map((e) => e.amountMinor)).toEqual([5]);
    });

    it('is all or nothing: a failing batch leaves no import and no rows', async () => {
      const many = Array.from({ length: 1200 }, (_, i) => entry(`r${i}`, '2024-01-10', i + 1));
      // An unsafe amount late in the list is refused before anything is written.
      many[1100] = { ...many[1100]!, amountMinor: Number.MAX_SAFE_INTEGER + 2 };
      await expect(
        importLedgerEntries(h.db, { sourceId: 'x', fileName: 'big', fileHash: 'hx', entries: many }),
      ).rejects.toThrow(/entries\[1100\]\.amountMinor/);
      expect(await h.db.selectFrom('ledger_imports').selectAll().execute()).toEqual([]);
      const ok = many.map((e, i) => (i === 1100 ? { ...e, amountMinor: 7 } : e));
      expect(
        await importLedgerEntries(h.db, { sourceId: 'x', fileName: 'big', fileHash: 'hx', entries: ok }),
      ).toMatchObject({ inserted: 1200 });
    });

    it('rolls back the import row when inserting entries fails in the database', async () => {
      // Make the database itself refuse the second batch: a unique index over content fingerprints.
      await h.db.schema
        .createIndex('ledger_entries_no_dup_fp')
        .on('ledger_entries')
        .columns(['row_fingerprint'])
        .unique()
        .execute();
      await importLedgerEntries(h.db, {
        sourceId: 'y',
        fileName: 'one',
        fileHash: 'h1',
        entries: [entry('q1', '2024-01-10', 1)],
      });
      const fresh = Array.from({ length: 600 }, (_, i) => entry(`n${i}`, '2024-01-11', i + 1));
      // Same content as q1 under another id and source, placed in the second batch of 500.
      const dupe = { ...entry('zz', '2024-01-10', 1), description: 'entry q1' };
      await expect(
        importLedgerEntries(h.db, { sourceId: 'z', fileName: 'two', fileHash: 'h2', entries: [...fresh, dupe] }),
      ).rejects.toThrow();
      const imports = await h.db.selectFrom('ledger_imports').select('source_id').execute();
      expect(imports.map((i) => i.source_id)).toEqual(['y']);
      expect((await listOpenLedgerEntries(h.db, 'z', JAN)).length).toBe(0);
    });

    it('imports 20,000 entries in one transaction', async () => {
      const many = Array.from({ length: 20_000 }, (_, i) =>
        entry(`b${i}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, i + 1),
      );
      const started = Date.now();
      const r = await importLedgerEntries(h.db, {
        sourceId: 'bulk',
        fileName: 'bulk.csv',
        fileHash: 'hb',
        entries: many,
      });
      const ms = Date.now() - started;
      expect(r).toMatchObject({ inserted: 20_000, skipped: 0 });
      expect((await listOpenLedgerEntries(h.db, 'bulk', JAN)).length).toBe(20_000);
      console.log(`[bench] importLedgerEntries 20,000 rows on ${kind.name}: ${ms} ms`);
    });

    it('marks entries reconciled; they leave the open list and are not counted twice', async () => {
      await importLedgerEntries(h.db, {
        sourceId: 's',
        fileName: 'a',
        fileHash: 'h',
        entries: [entry('r1', '2024-01-02', 1), entry('r2', '2024-01-03', 2)],
      });
      expect(await markLedgerEntriesReconciled(h.db, 's', ['r1', 'unknown'])).toBe(1);
      expect(await markLedgerEntriesReconciled(h.db, 's', ['r1'])).toBe(0);
      expect(await markLedgerEntriesReconciled(h.db, 'other', ['r2'])).toBe(0);
      expect((await listOpenLedgerEntries(h.db, 's', JAN)).map((e) => e.id)).toEqual(['r2']);
    });
  });
}
