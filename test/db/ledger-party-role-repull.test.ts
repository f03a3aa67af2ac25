import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/connection.js';
import { ledgerRowFingerprint, listOpenInvoices, listOpenInvoicesByReference } from '../../db/ledger-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { migrations } from '../../db/migrations/index.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { confirmMatchOn } from '../ledger/held-matches.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// A plugin ledger written before LedgerEntry.partyRole lists its documents with no role. Migration 0025 marks the
// positive ones it stored that are a supplier's; the next pull of the same documents must not put them back to no
// role (which offers a supplier's credit note for collection), while a role the plugin does state is taken.

const kinds = await databaseKinds();
const BEFORE = '0024_account_feed_failing_since';

/** A document as the plugin lists it: no partyRole. */
const doc = (id: string, amountMinor: number, description: string): LedgerEntry => ({
  id,
  date: '2026-10-22',
  amountMinor,
  currency: 'NGN',
  account: '090',
  reference: id.slice(id.indexOf(':') + 1).toUpperCase(),
  description,
  party: null,
  kind: 'document',
});

/** The row the plugin's first pull stored, before migration 0025. */
const storedBefore = (e: LedgerEntry) => ({
  source_id: 'plugin-books',
  external_id: e.id,
  ledger_account: e.account ?? null,
  entry_date: e.date,
  due_date: null,
  amount_minor: e.amountMinor,
  currency: 'NGN',
  reference: e.reference ?? null,
  description: e.description ?? null,
  party: null,
  status: 'open',
  row_fingerprint: ledgerRowFingerprint(e),
  import_id: null,
  raw: null,
  created_at: '2026-10-22T08:00:00.000Z',
  updated_at: '2026-10-22T08:00:00.000Z',
  closed_reason: null,
  closed_at: null,
  books_amount_minor: null,
  books_seen_at: null,
  restate_key: null,
  kind: 'document',
});

const credit = doc('creditnote:cn17', 1_200_000, 'Credit note CN17');
const held = doc('creditnote:cn18', 400_000, 'Credit note CN18');
const bill = doc('invoice:sup77', 300_000, 'Supplier invoice SUP77');
const misread = doc('invoice:sup78', 250_000, 'Supplier invoice SUP78 (resold)');
const sale = doc('invoice:inv41', 12_500_000, 'Invoice INV41');

describe.each(kinds)('a plugin re-pull keeps the role migration 0025 gave on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
    const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    await h.db.insertInto('ledger_entries').values([credit, held, bill, misread, sale].map(storedBefore)).execute();
    await migrateToLatest(h.db);
  });
  afterEach(async () => {
    await h.dispose();
  });

  const roles = async () =>
    Object.fromEntries(
      (await h.db.selectFrom('ledger_entries').select(['external_id', 'party_role']).execute()).map((r) => [
        r.external_id,
        r.party_role,
      ]),
    );

  it("a pull that states no role leaves a supplier's document a supplier's, unchanged, changed or held", async () => {
    await confirmMatchOn(h.db, [held.id]);
    const result = await syncLedgerEntries(h.db, {
      sourceId: 'plugin-books',
      label: 'my-plugin:090',
      entries: [
        credit,
        held,
        // partly paid at the books: the entry is updated in place
        { ...bill, amountMinor: 200_000 },
        // the plugin does say whose this one is: its word is taken over the migration's guess
        { ...misread, partyRole: 'customer' },
        sale,
      ],
    });
    expect(result).toMatchObject({ inserted: 0, updated: 1, keptForMatches: 1 });
    expect(await roles()).toEqual({
      'creditnote:cn17': 'supplier',
      'creditnote:cn18': 'supplier',
      'invoice:sup77': 'supplier',
      'invoice:sup78': 'customer',
      'invoice:inv41': null,
    });
    expect((await listOpenInvoices(h.db, 'plugin-books', 10)).map((e) => e.reference).sort()).toEqual([
      'INV41',
      'SUP78',
    ]);
    expect(await listOpenInvoicesByReference(h.db, 'cn17')).toEqual([]);
    expect(await listOpenInvoicesByReference(h.db, 'sup77')).toEqual([]);
  });

  it('a later pull that states the role again, or another, is taken', async () => {
    await syncLedgerEntries(h.db, {
      sourceId: 'plugin-books',
      label: 'my-plugin:090',
      entries: [credit, { ...sale, partyRole: 'customer' }],
    });
    await syncLedgerEntries(h.db, {
      sourceId: 'plugin-books',
      label: 'my-plugin:090',
      entries: [{ ...credit, partyRole: 'customer' }, sale],
    });
    expect(await roles()).toMatchObject({ 'creditnote:cn17': 'customer', 'invoice:inv41': 'customer' });
  });
});
