/**
 * Review s30b of the ledger sync's taking of the books' change of a matched entry (db/ledger-sync-repository.ts,
 * paidByWriteBack and the held branch of syncLedgerEntries). Each test is a defect found in review, named by what the
 * product should do; each fails on the code as reviewed, for the reason in its comment.
 */
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { confirmMatchOn as confirmOn, wroteBack as writeBackOf } from './held-matches.js';

const inv = (id: string, amountMinor: number, date = '2026-03-02'): LedgerEntry => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  account: '1.1.1',
  description: `Invoice ${id}`,
  reference: `INV-${id.replace(/^\D+:/, '')}`,
  party: 'Adaeze Stores',
});

for (const kind of await databaseKinds()) {
  describe(`review s30b: a matched entry's change taken from a pull, on ${kind.name}`, () => {
    let h: TestDb;
    beforeEach(async () => {
      h = await kind.open();
    });
    afterEach(async () => {
      await h.dispose();
    });

    const row = (id: string) =>
      h.db
        .selectFrom('ledger_entries')
        .select(['id', 'status', 'amount_minor'])
        .where('external_id', '=', id)
        .executeTakeFirstOrThrow();
    const pull = (entries: LedgerEntry[]) => syncLedgerEntries(h.db, { sourceId: 'books', label: 'x', entries });
    const heldChanges = async () =>
      (
        await h.db
          .selectFrom('ledger_entry_changes')
          .select(['before_amount_minor', 'after_amount_minor'])
          .where('held', '=', 1)
          .orderBy('id')
          .execute()
      ).map((c) => [Number(c.before_amount_minor), Number(c.after_amount_minor)]);

    const confirmMatchOn = (externalIds: string[]) => confirmOn(h.db, externalIds);

    /** The person undoes the match (as reconciliation-service's undo leaves it: items inactive, group undone). */
    async function undo(groupId: number): Promise<void> {
      await h.db.updateTable('match_items').set({ active: 0 }).where('group_id', '=', groupId).execute();
      await h.db.updateTable('match_groups').set({ status: 'undone' }).where('id', '=', groupId).execute();
    }

    const wroteBack = (groupId: number, externalId: string, amountMinor: number) =>
      writeBackOf(h.db, { groupId, externalId, amountMinor });

    it('does not take a re-matched entry as amended by the payment of a match undone after its write-back', async () => {
      // Saw: invoice:1 (₦80,000.00) matched (group A) to a ₦50,000.00 bank line; the write-back paid ₦50,000.00
      // and the books say ₦30,000.00 left (an echo: kept). The person undoes A: the next pull takes the books'
      // ₦30,000.00 (the normal open-entry update). The person matches the ₦30,000.00 left to a second line (group B;
      // its write-back not made yet, or refused by the books). The next pull, the books still saying ₦30,000.00, is
      // taken as the books' amendment: the entry is stored at ₦80,000.00 again and a held change 30,000 → 80,000 is
      // kept. db/ledger-sync-repository.ts paidByWriteBack adds back every write-back ever recorded on the entry,
      // including undone group A's, whose payment the stored ₦30,000.00 already reflects.
      await pull([inv('invoice:1', 80_000)]);
      const a = await confirmMatchOn(['invoice:1']);
      await wroteBack(a, 'invoice:1', 50_000);
      expect(await pull([inv('invoice:1', 30_000)])).toMatchObject({ keptForMatches: 1, amended: 0 });
      await undo(a);
      expect(await pull([inv('invoice:1', 30_000)])).toMatchObject({ updated: 1 });
      expect(Number((await row('invoice:1')).amount_minor)).toBe(30_000);

      await confirmMatchOn(['invoice:1']);
      const r = await pull([inv('invoice:1', 30_000)]);
      expect(r).toMatchObject({ amended: 0, keptForMatches: 1 });
      expect(Number((await row('invoice:1')).amount_minor)).toBe(30_000);
      expect(await heldChanges()).toEqual([]);
    });

    it('takes the books’ amount of an entry once the match that amended it is undone', async () => {
      // Saw: invoice:1 (₦100,000.00) matched; the write-back paid ₦30,000.00 and the books also netted a ₦5,000.00
      // credit note into it: the pull says ₦65,000.00 left, taken as amended and stored at ₦95,000.00 (the
      // write-back added back) but with row_fingerprint of the books' ₦65,000.00 content. The person undoes the match;
      // the next pull (the books still ₦65,000.00 left) finds the fingerprint unchanged and leaves the open entry at
      // ₦95,000.00 for good, a candidate and an outstanding item for ₦30,000.00 more than the books hold. Without the
      // credit note (no amendment) the same undo stores the books' ₦70,000.00. db/ledger-sync-repository.ts, the
      // held branch, sets { ...figure } (the content's fingerprint with another amount); the open branch compares
      // only row_fingerprint, due_date and ledger_account.
      await pull([inv('invoice:1', 100_000)]);
      const g = await confirmMatchOn(['invoice:1']);
      await wroteBack(g, 'invoice:1', 30_000);
      expect(await pull([inv('invoice:1', 65_000)])).toMatchObject({ amended: 1 });
      expect(Number((await row('invoice:1')).amount_minor)).toBe(95_000);
      await undo(g);
      await pull([inv('invoice:1', 65_000)]);
      expect(await row('invoice:1')).toMatchObject({ status: 'open' });
      expect(Number((await row('invoice:1')).amount_minor)).toBe(65_000);
    });

    it('re-pulls matched entries with the same figures in a bounded number of queries, however many there are', async () => {
      // Saw: a pull listing 600 entries that held matches keep, none changed, ran 600+ queries: one audit_log query
      // per held entry (db/ledger-sync-repository.ts paidByWriteBack, called before comparing, with
      // `entity_id like 'bankfeed-match-%-<id>'`, a leading-wildcard pattern no index serves: each a scan of every
      // write-back recorded). Full pulls (Tryton, hledger-web, QuickBooks and Zoho first pulls, a Xero re-read) list
      // every matched entry every time, so a pull costs matched entries × write-backs. Before this change the same
      // pull ran a few chunked queries.
      const n = 600;
      const entries = Array.from({ length: n }, (_, i) => inv(`invoice:${i + 1}`, 10_000 + i));
      await pull(entries);
      await confirmMatchOn(entries.map((e) => e.id));
      let queries = 0;
      const counter: KyselyPlugin = {
        transformQuery: (args) => {
          queries++;
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      };
      const r = await syncLedgerEntries(h.db.withPlugin(counter), { sourceId: 'books', label: 'x', entries });
      expect(r).toMatchObject({ keptForMatches: n, amended: 0 });
      expect(queries).toBeLessThan(50);
    });
  });
}
