import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOpenLedgerEntries, markLedgerEntriesReconciled } from '../../db/ledger-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { confirmMatchOn as confirmOn, tick, wroteBack as writeBackOf } from './held-matches.js';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const inv = (
  id: string,
  amountMinor: number,
  date = '2026-03-02',
  reference = `INV-${id.replace(/^\D+:/, '')}`,
): LedgerEntry => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  account: '1.1.1',
  description: `Invoice ${id}`,
  reference,
  party: 'Adaeze Stores',
});

for (const kind of await databaseKinds()) {
  describe(`ledger sync (a pull applied to the store) on ${kind.name}`, () => {
    let h: TestDb;
    beforeEach(async () => {
      h = await kind.open();
    });
    afterEach(async () => {
      await h.dispose();
    });

    const open = async () =>
      (await listOpenLedgerEntries(h.db, 'books', YEAR)).map((e) => [e.id, e.amountMinor, e.reference]);
    const row = (id: string) =>
      h.db
        .selectFrom('ledger_entries')
        .select(['id', 'status', 'amount_minor', 'closed_reason'])
        .where('external_id', '=', id)
        .executeTakeFirstOrThrow();

    const changes = () =>
      h.db
        .selectFrom('ledger_entry_changes')
        .select(['before_amount_minor', 'after_amount_minor', 'before_date', 'after_date', 'held'])
        .orderBy('id')
        .execute();

    const groupOf = async (externalId: string) =>
      Number(
        (
          await h.db
            .selectFrom('match_items')
            .select('group_id')
            .where('item_id', '=', (await row(externalId)).id)
            .executeTakeFirstOrThrow()
        ).group_id,
      );
    /** A write-back of the entry's match, as activities/ledger-settlements.ts records one it sent. */
    const wroteBack = async (externalId: string, amountMinor: number, payment?: string) =>
      writeBackOf(h.db, {
        groupId: await groupOf(externalId),
        externalId,
        amountMinor,
        ...(payment ? { payment } : {}),
      });
    const confirmMatchOn = (externalId: string) => confirmOn(h.db, [externalId]);

    it('inserts new entries, updates changed ones in place, and leaves unchanged ones alone', async () => {
      const first = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'tryton:1.1.1',
        entries: [inv('invoice:1', 100_000), inv('invoice:2', 50_000)],
      });
      expect(first).toMatchObject({ inserted: 2, updated: 0, closed: 0 });
      const before = await row('invoice:1');
      // A partial payment at the vendor: the amount left to pay falls; the reference was corrected too.
      const second = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'tryton:1.1.1',
        entries: [inv('invoice:1', 40_000, '2026-03-02', 'INV-1-A'), inv('invoice:2', 50_000)],
      });
      expect(second).toMatchObject({ inserted: 0, updated: 1, closed: 0 });
      expect((await row('invoice:1')).id).toBe(before.id);
      expect(await open()).toEqual([
        ['invoice:1', 40_000, 'INV-1-A'],
        ['invoice:2', 50_000, 'INV-2'],
      ]);
    });

    it('closes entries the books closed; a closed entry is no longer a candidate; re-opened by the books, it is open again', async () => {
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 100_000), inv('invoice:2', 50_000), inv('invoice:3', 7_000)],
      });
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [],
        closed: [
          { id: 'invoice:1', reason: 'paid' },
          { id: 'invoice:2', reason: 'cancelled' },
          { id: 'invoice:99', reason: 'voided' },
        ],
      });
      expect(r).toMatchObject({ closed: 2, inserted: 0 });
      expect(await open()).toEqual([['invoice:3', 7_000, 'INV-3']]);
      expect(await row('invoice:1')).toMatchObject({ status: 'void', closed_reason: 'paid' });
      expect(await row('invoice:2')).toMatchObject({ status: 'void', closed_reason: 'cancelled' });
      // The payment was cancelled at the vendor: the invoice is open again with what is left to pay.
      const back = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 60_000)],
      });
      expect(back).toMatchObject({ reopened: 1 });
      expect(await row('invoice:1')).toMatchObject({ status: 'open', closed_reason: null, amount_minor: 60_000 });
    });

    it('closes by id prefix every entry of a deleted transaction, and only those', async () => {
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:12:7', 100), inv('invoice:12:8', 200), inv('invoice:123:7', 300)],
      });
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [],
        closed: [{ id: 'invoice:12:', reason: 'gone', prefix: true }],
      });
      expect(r).toMatchObject({ closed: 2 });
      expect((await open()).map((e) => e[0])).toEqual(['invoice:123:7']);
    });

    it('never re-opens an entry a person voided', async () => {
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 100_000)] });
      await h.db.updateTable('ledger_entries').set({ status: 'void' }).where('external_id', '=', 'invoice:1').execute();
      const r = await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 100_000)] });
      expect(r).toMatchObject({ reopened: 0, updated: 0, inserted: 0 });
      expect(await row('invoice:1')).toMatchObject({ status: 'void', closed_reason: null });
    });

    it('a confirmed match keeps its entry as matched: not updated, not closed; the closing is noted', async () => {
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 100_000), inv('invoice:2', 50_000)],
      });
      await confirmMatchOn('invoice:1');
      await confirmMatchOn('invoice:2');
      // invoice:2's match paid 30,000 of it in the books: the 20,000 left to pay is that write-back's echo
      await wroteBack('invoice:2', 30_000);
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:2', 20_000)],
        closed: [{ id: 'invoice:1', reason: 'paid' }],
      });
      expect(r).toMatchObject({ updated: 0, closed: 0, keptForMatches: 2, amended: 0 });
      expect(await row('invoice:1')).toMatchObject({ status: 'open', amount_minor: 100_000, closed_reason: 'paid' });
      expect(await row('invoice:2')).toMatchObject({ status: 'open', amount_minor: 50_000, closed_reason: null });
      expect(await changes()).toEqual([]);
    });

    it('takes the books’ change of a matched entry beyond what the write-back paid, and keeps the before and after', async () => {
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 100_000), inv('invoice:2', 50_000), inv('invoice:3', 70_000)],
      });
      for (const id of ['invoice:1', 'invoice:2', 'invoice:3']) await confirmMatchOn(id);
      // invoice:1: 30,000 paid back by the match, and a credit note of 5,000 the books netted into the invoice
      await wroteBack('invoice:1', 30_000);
      // invoice:3: the match settled a bank transaction as it is (the adapter names the entry itself): no payment
      await wroteBack('invoice:3', 70_000, 'invoice:3');
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 65_000), inv('invoice:2', 50_000, '2026-04-01'), inv('invoice:3', 70_000)],
      });
      expect(r).toMatchObject({ updated: 0, amended: 2, keptForMatches: 1 });
      // stored as the books hold it with bankfeed's own payment added back: the match shows what no longer agrees
      expect(await row('invoice:1')).toMatchObject({ status: 'open', amount_minor: 95_000 });
      expect(await changes()).toEqual([
        {
          before_amount_minor: 100_000,
          after_amount_minor: 95_000,
          before_date: '2026-03-02',
          after_date: '2026-03-02',
          held: 1,
        },
        {
          before_amount_minor: 50_000,
          after_amount_minor: 50_000,
          before_date: '2026-03-02',
          after_date: '2026-04-01',
          held: 1,
        },
      ]);
      // the same pull again changes nothing more
      const again = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 65_000), inv('invoice:2', 50_000, '2026-04-01'), inv('invoice:3', 70_000)],
      });
      expect(again).toMatchObject({ amended: 0, keptForMatches: 3 });
      expect(await changes()).toHaveLength(2);
    });

    it('takes a write-back’s echo as such after the entry is flagged reconciled in the store', async () => {
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 80_000)] });
      await confirmMatchOn('invoice:1');
      await wroteBack('invoice:1', 50_000);
      // the books that take a "reconciled" flag get one after the payment (updated_at moves on, the figure does not)
      await tick();
      await markLedgerEntriesReconciled(h.db, 'books', ['invoice:1']);
      const r = await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 30_000)] });
      expect(r).toMatchObject({ amended: 0, keptForMatches: 1 });
      expect(await row('invoice:1')).toMatchObject({ amount_minor: 80_000 });
      expect(await changes()).toEqual([]);
    });

    it('keeps the before and after of an open entry’s amount or date, not of its words', async () => {
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 100_000)] });
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('invoice:1', 100_000, '2026-03-02', 'INV-1-A')],
      });
      expect(await changes()).toEqual([]);
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 90_000)] });
      expect(await changes()).toEqual([
        {
          before_amount_minor: 100_000,
          after_amount_minor: 90_000,
          before_date: '2026-03-02',
          after_date: '2026-03-02',
          held: 0,
        },
      ]);
    });

    /** invoice:1 is matched, the books then say it is paid (noted only), and the person undoes the match. */
    async function paidWhileMatchedThenUndone(): Promise<void> {
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 100_000)] });
      await confirmMatchOn('invoice:1');
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [],
        closed: [{ id: 'invoice:1', reason: 'paid' }],
      });
      await h.db.updateTable('match_items').set({ active: 0 }).execute();
    }

    it('an entry closed while a match held it is closed once the match is undone, and not a candidate', async () => {
      await paidWhileMatchedThenUndone();
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [],
        closed: [{ id: 'invoice:1', reason: 'paid' }],
      });
      expect(r).toMatchObject({ closed: 1 });
      expect(await row('invoice:1')).toMatchObject({ status: 'void', closed_reason: 'paid' });
      expect(await open()).toEqual([]);
    });

    it('a closing noted under a match is forgotten when the books list the entry open again', async () => {
      await paidWhileMatchedThenUndone();
      await syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries: [inv('invoice:1', 100_000)] });
      expect(await row('invoice:1')).toMatchObject({ status: 'open', closed_reason: null });
    });

    it('a complete pull closes stored open entries of its scope that it no longer lists, and nothing outside it', async () => {
      await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [
          inv('r1', 100, '2026-02-10'),
          inv('r2', 200, '2026-02-11'),
          { ...inv('r3', 300, '2026-02-12'), account: '1.1.2' },
          inv('r4', 400, '2026-04-01'),
        ],
      });
      const r = await syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'x',
        entries: [inv('r1', 100, '2026-02-10')],
        complete: { from: '2026-02-01', to: '2026-02-28', ledgerAccount: '1.1.1' },
      });
      expect(r).toMatchObject({ closed: 1, inserted: 0, updated: 0 });
      expect(await row('r2')).toMatchObject({ status: 'void', closed_reason: 'gone' });
      expect((await open()).map((e) => e[0])).toEqual(['r1', 'r3', 'r4']);
    });

    it('refuses a malformed pull whole, naming the entry', async () => {
      await expect(
        syncLedgerEntries(h.db, {
          sourceId: 'books',
          label: 'xero:090',
          entries: [inv('a', 1), { ...inv('b', 2), amountMinor: 1.5 }],
        }),
      ).rejects.toThrow(/xero:090: entries\[1\]\.amountMinor/);
      expect(await open()).toEqual([]);
    });
  });
}
