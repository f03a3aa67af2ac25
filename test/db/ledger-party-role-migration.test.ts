import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/connection.js';
import { migrations } from '../../db/migrations/index.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// 0025 keeps whose document a stored entry is (party_role). Open documents stored before it get theirs from the next
// pull; the positive ones bankfeed's own sources stored that are a supplier's (Xero's supplier credit notes, Tryton's
// described "Supplier invoice") are marked at once, so the account page offers none of them for collection between
// the upgrade and that pull. The rest stay unsaid.

const kinds = await databaseKinds();
const BEFORE = '0024_account_feed_failing_since';
const row = (externalId: string, amountMinor: number, description: string, kind = 'document') => ({
  source_id: 'books',
  external_id: externalId,
  ledger_account: '090',
  entry_date: '2026-10-22',
  due_date: null,
  amount_minor: amountMinor,
  currency: 'NGN',
  reference: externalId.toUpperCase(),
  description,
  party: null,
  status: 'open',
  row_fingerprint: externalId,
  import_id: null,
  raw: null,
  created_at: '2026-10-22T08:00:00.000Z',
  updated_at: '2026-10-22T08:00:00.000Z',
  closed_reason: null,
  closed_at: null,
  books_amount_minor: null,
  books_seen_at: null,
  restate_key: null,
  kind,
});

describe.each(kinds)('migration 0025 (whose document) on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
    const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it("marks the stored supplier credit notes a supplier's and leaves the rest unsaid", async () => {
    await h.db
      .insertInto('ledger_entries')
      .values([
        row('creditnote:aaaa', 1_200_000, 'Credit note CN-GOS-17'),
        row('creditnote:bbbb', -500_000, 'Credit note CN-0018'),
        row('invoice:77', 300_000, 'Supplier invoice SUP-77'),
        row('invoice:41', 12_500_000, 'Invoice INV-0041'),
        row('txn:9', 300_000, 'Supplier invoice SUP-9 paid', 'posting'),
      ])
      .execute();
    await migrateToLatest(h.db);
    const roles = await h.db
      .selectFrom('ledger_entries')
      .select(['external_id', 'party_role'])
      .orderBy('external_id')
      .execute();
    expect(roles).toEqual([
      { external_id: 'creditnote:aaaa', party_role: 'supplier' },
      { external_id: 'creditnote:bbbb', party_role: null },
      { external_id: 'invoice:41', party_role: null },
      { external_id: 'invoice:77', party_role: 'supplier' },
      { external_id: 'txn:9', party_role: null },
    ]);
  });
});
