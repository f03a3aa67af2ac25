import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/connection.js';
import { migrations } from '../../db/migrations/index.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// Migration 0014 gives the nightly run's failure its own columns. A nightly failure an earlier version wrote into
// the feed's last_error moves over (else no good night would ever clear it); a feed error stays where it is.

const kinds = await databaseKinds();
const BEFORE = '0013_web_bulk_jobs';
const OLD_NIGHTLY = 'nightly reconciliation 2026-11-30: ledger source "gl": gone';
const FEED_ERROR = 'Mono: 503 from /transactions';

describe.each(kinds)('migration 0014 (nightly error) on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('moves an old nightly failure out of last_error, keeps a feed error, and goes back down', async () => {
    const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    const columns = async () =>
      (await h.db.introspection.getTables()).find((t) => t.name === 'accounts')!.columns.map((c) => c.name);
    expect(await columns()).not.toContain('nightly_error');
    // Rows as the older version left them (only the columns it had).
    const base = { currency: 'NGN', timezone: 'Africa/Lagos', state: 'ACTIVE', linked_at: '2026-11-01T00:00:00.000Z' };
    await h.db
      .insertInto('accounts')
      .values([
        { ...base, id: 'acc_night', name: 'Night', last_error: OLD_NIGHTLY, updated_at: '2026-11-30T01:02:03.000Z' },
        { ...base, id: 'acc_feed', name: 'Feed', last_error: FEED_ERROR, updated_at: '2026-11-30T04:05:06.000Z' },
        { ...base, id: 'acc_fine', name: 'Fine', last_error: null, updated_at: '2026-11-30T07:08:09.000Z' },
      ])
      .execute();

    // Up to 0014 alone: 0015 clears the instant 0014 backfilled (see nightly-failed-at-unknown-migration.test.ts).
    expect((await migrator.migrateTo('0014_account_nightly_error')).error).toBeUndefined();
    expect(await columns()).toEqual(expect.arrayContaining(['nightly_error', 'nightly_failed_at']));
    const rows = await h.db
      .selectFrom('accounts')
      .select(['id', 'last_error', 'nightly_error', 'nightly_failed_at'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'acc_feed', last_error: FEED_ERROR, nightly_error: null, nightly_failed_at: null },
      { id: 'acc_fine', last_error: null, nightly_error: null, nightly_failed_at: null },
      { id: 'acc_night', last_error: null, nightly_error: OLD_NIGHTLY, nightly_failed_at: '2026-11-30T01:02:03.000Z' },
    ]);

    // Down again: the nightly failure goes back to where the older version reads it.
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const back = await h.db.selectFrom('accounts').select(['id', 'last_error']).orderBy('id').execute();
    expect(back).toEqual([
      { id: 'acc_feed', last_error: FEED_ERROR },
      { id: 'acc_fine', last_error: null },
      { id: 'acc_night', last_error: OLD_NIGHTLY },
    ]);
    await migrateToLatest(h.db);
  });
});
