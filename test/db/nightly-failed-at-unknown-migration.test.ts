import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAccountNightlyFailure } from '../../db/account-repository.js';
import { migrateToLatest } from '../../db/connection.js';
import { migrations } from '../../db/migrations/index.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// 0014 took the instant of a nightly failure an earlier version left in last_error from the row's updated_at, which
// any later change to the account moves on; the web overview and `bankfeed status` show it as "recorded". 0015 makes
// those instants unknown (null) and keeps every failure recorded since 0014 ran as it was.

const kinds = await databaseKinds();
const BEFORE = '0013_web_bulk_jobs';
const AT_0014 = '0014_account_nightly_error';
const OLD_NIGHTLY = 'nightly reconciliation 2026-11-30: ledger source "gl": gone';
const base = {
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  state: 'REAUTH_REQUIRED',
  linked_at: '2026-11-01T00:00:00.000Z',
};

describe.each(kinds)('migration 0015 (unknown nightly failure instants) on $name', ({ open }) => {
  let h: TestDb;
  let migrator: Migrator;
  beforeEach(async () => {
    h = await open();
    migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    // The night failed at 01:00; at 09:30 the feed issued a re-authorisation link, which moved updated_at on.
    await h.db
      .insertInto('accounts')
      .values([
        { ...base, id: 'acc_night', name: 'Night', last_error: OLD_NIGHTLY, updated_at: '2026-11-30T09:30:00.000Z' },
        { ...base, id: 'acc_later', name: 'Later', last_error: null, updated_at: '2026-11-30T07:08:09.000Z' },
      ])
      .execute();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const nightly = () =>
    h.db.selectFrom('accounts').select(['id', 'nightly_error', 'nightly_failed_at']).orderBy('id').execute();

  it('clears the instant 0014 took from updated_at and keeps a failure recorded since', async () => {
    expect((await migrator.migrateTo(AT_0014)).error).toBeUndefined();
    // What 0014 left: the re-authorisation link's instant, shown as when the failure was recorded.
    expect((await nightly()).find((r) => r.id === 'acc_night')?.nightly_failed_at).toBe('2026-11-30T09:30:00.000Z');
    // A night after the upgrade fails on the other account: its instant is the real one.
    const recordedAt = new Date(Date.now() + 1_000).toISOString();
    await recordAccountNightlyFailure(
      h.db,
      'acc_later',
      'nightly reconciliation 2026-12-01: no ledger source: x',
      recordedAt,
    );

    await migrateToLatest(h.db);
    expect(await nightly()).toEqual([
      {
        id: 'acc_later',
        nightly_error: 'nightly reconciliation 2026-12-01: no ledger source: x',
        nightly_failed_at: recordedAt,
      },
      { id: 'acc_night', nightly_error: OLD_NIGHTLY, nightly_failed_at: null },
    ]);
    // Down and up again changes nothing more.
    expect((await migrator.migrateTo(AT_0014)).error).toBeUndefined();
    await migrateToLatest(h.db);
    expect((await nightly()).map((r) => r.nightly_failed_at)).toEqual([recordedAt, null]);
  });

  it('leaves the instant unknown when 0014 and 0015 run in one upgrade', async () => {
    await migrateToLatest(h.db);
    expect(await nightly()).toEqual([
      { id: 'acc_later', nightly_error: null, nightly_failed_at: null },
      { id: 'acc_night', nightly_error: OLD_NIGHTLY, nightly_failed_at: null },
    ]);
  });
});
