import { MockActivityEnvironment } from '@temporalio/testing';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedActivities, type FeedActivities } from '../../activities/feed-activities.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { getAccountOrThrow, recordAccountRelinked } from '../../db/account-repository.js';
import { migrations } from '../../db/migrations/index.js';
import { createLogger } from '../../worker/logger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// An account_unlinked webhook the feed set aside unconfirmed goes on the account's record in its own columns
// (migration 0026, recordFeedState's unlinkSetAside), apart from last_error: a good read clears the feed's error, not
// the unlink waiting to be confirmed. It leaves the record when the feed settles it (null), when the feed ends
// (UNLINKED), and when a person links the account again (recordAccountRelinked).

const kinds = await databaseKinds();
const NOTE =
  'an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (Mono_unavailable: unavailable (HTTP 503)); the next bank call asks again';
const ID = 'acc_unlink_set_aside';

describe.each(kinds)('the set-aside unlink on the record on $name', ({ open }) => {
  let h: TestDb;
  let acts: FeedActivities;
  const record = (input: Parameters<FeedActivities['recordFeedState']>[0]) =>
    new MockActivityEnvironment().run(acts.recordFeedState, input);
  const row = () => getAccountOrThrow(h.db, ID);

  beforeEach(async () => {
    h = await open();
    acts = createFeedActivities({
      db: h.db,
      mono: new MonoClient({ baseUrl: 'http://127.0.0.1:9', secretKey: 'test_sk_unused' }),
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
    });
    await h.db
      .insertInto('accounts')
      .values({
        id: ID,
        name: 'Adebayo Foods Ltd',
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        state: 'ACTIVE',
        account_number_masked: '******4821',
        linked_at: '2026-12-01T09:00:00.000Z',
        updated_at: '2026-12-01T09:00:00.000Z',
      })
      .execute();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('stays through good reads and failing ones, and goes when the feed settles it', async () => {
    await record({ accountId: ID, state: 'ACTIVE', unlinkSetAside: NOTE });
    const set = await row();
    expect(set.unlink_set_aside).toBe(NOTE);
    expect(set.unlink_set_aside_at).not.toBeNull();
    // not a failing feed: no error, no failing since
    expect([set.last_error, set.feed_failing_since]).toEqual([null, null]);

    // a sync that fails, then one that succeeds: the feed's error comes and goes, the note stays
    await record({ accountId: ID, state: 'SYNCING' });
    await record({ accountId: ID, state: 'ACTIVE', lastError: 'Mono: unavailable' });
    expect(feedTrouble(await row())?.kind).toBe('unlink');
    await record({ accountId: ID, state: 'ACTIVE', lastError: null });
    const after = await row();
    expect([after.unlink_set_aside, after.unlink_set_aside_at]).toEqual([NOTE, set.unlink_set_aside_at]);
    expect(feedTrouble(after)?.short).toBe('unlink to confirm');

    await record({ accountId: ID, state: 'ACTIVE', unlinkSetAside: null });
    const settled = await row();
    expect([settled.unlink_set_aside, settled.unlink_set_aside_at]).toEqual([null, null]);
    expect(feedTrouble(settled)).toBeNull();
  });

  it('goes when the feed ends, and when a person links the account again', async () => {
    await record({ accountId: ID, state: 'ACTIVE', unlinkSetAside: NOTE });
    await record({ accountId: ID, state: 'UNLINKED' });
    expect((await row()).unlink_set_aside).toBeNull();

    await record({ accountId: ID, state: 'ACTIVE', unlinkSetAside: NOTE });
    await recordAccountRelinked(h.db, ID, '2026-12-06T12:00:00.000Z');
    const relinked = await row();
    expect([relinked.unlink_set_aside, relinked.unlink_set_aside_at]).toEqual([null, null]);
    expect(relinked.relinked_at).toBe('2026-12-06T12:00:00.000Z');
  });

  it('migration 0026 adds the two columns and takes them away again', async () => {
    const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    const columns = async () =>
      (await h.db.introspection.getTables()).find((t) => t.name === 'accounts')!.columns.map((c) => c.name);
    expect(await columns()).toEqual(expect.arrayContaining(['unlink_set_aside', 'unlink_set_aside_at']));
    expect((await migrator.migrateTo('0025_ledger_entry_party_role')).error).toBeUndefined();
    expect(await columns()).not.toContain('unlink_set_aside');
    expect(await columns()).not.toContain('unlink_set_aside_at');
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await columns()).toEqual(expect.arrayContaining(['unlink_set_aside', 'unlink_set_aside_at']));
  });
});
