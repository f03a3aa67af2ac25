/**
 * Review of session 37's non-matching half: an `account_unlinked` webhook set aside unconfirmed goes on the account's
 * record (3ff03cd, migration 0026 unlink_set_aside, patch record-set-aside-unlink), the words Sync now, `bankfeed
 * sync` and the accounts list use for it (6d4f0de, f709cab, feedTrouble kind 'unlink'), a ledger pull that states no
 * party role (437613f), and the web's error pages and rule-explained lines (65cf877). Each `it.fails` was a defect
 * found on the code as reviewed: its comment says what happened, what should, and where.
 */
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedActivities } from '../../activities/feed-activities.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { getAccountOrThrow } from '../../db/account-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import type { TestDb } from '../support/databases.js';
import { sandboxFeedActivities } from '../support/feed-harness.js';
import { stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';
import { statusQuery } from '../../workflows/messages.js';

const feeds = useStubFeedWorkers();

/** The note the feed writes when Mono could not be asked about an `account_unlinked` (FeedSteps.unlinkStands). */
const NOTE =
  'an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (Mono_unavailable: unavailable (HTTP 503)); the next bank call asks again';

describe('1. an unlink set aside on record goes when Mono, asked by whichever run of the feed, still knows the account (feed-activities.ts)', () => {
  let sb: Sandbox;
  let db: TestDb;
  let acts: FeedActivities;
  let id: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3737, webhookUrl: null });
  });
  afterAll(async () => {
    await sb?.close();
  });
  beforeEach(async () => {
    ({ db, acts, id } = await sandboxFeedActivities(sb));
    // left on record by the feed's earlier run (it asked Mono in vain)
    await acts.recordFeedState({ accountId: id, state: 'ACTIVE', unlinkSetAside: NOTE });
  });
  afterEach(async () => {
    await db.dispose();
  });

  // What: only the run of the feed that set the unlink aside ever cleared it: the questions to Mono after a good sync
  // and the stale answers of unlinkStands/notFoundStands clear the note only when the workflow's own state
  // (FeedCarry.unlinkSetAside) holds it. A run without it, the feed terminated and started again (by the next webhook's
  // signal-with-start, or by `link`), or reset to before the set-aside as docs/sync-guarantee.md tells an operator to
  // do, read the account from Mono, synced, and left the note on record for good: `bankfeed status` exited 1 for ever,
  // the accounts list said "unlink to confirm" and Sync now that "the feed asks Mono again", which no run would do;
  // only a new widget code (link --code) or ending the feed (bankfeed unlink) took it away, on an account Mono knew.
  // Should: Mono's own answer that it knows the account settles the note on record, whichever run asked: the read of
  // the account a feed starts with (describeAccount) and the question about an unlink (confirmUnlinkedAtMono).
  it('a feed started again reads the account from Mono and syncs: the note on record goes', async () => {
    const stub = stubFeedActivities(1, () => ({
      // the real activities, against the sandbox's account (the stub feed runs under an id of its own)
      describeAccount: () => new MockActivityEnvironment().run(acts.describeAccount, id),
      recordFeedState: (input) => acts.recordFeedState({ ...input, accountId: id }),
      confirmUnlinkedAtMono: () => new MockActivityEnvironment().run(acts.confirmUnlinkedAtMono, id),
    }));
    await feeds.withFeed(
      'review-s37-restarted',
      stub,
      { reconcileAfterSync: false, refreshMode: 'none' },
      async (h) => {
        await until(async () => {
          const s = await h.query(statusQuery);
          return s.state === 'ACTIVE' && s.counts.syncs >= 1;
        });
        const row = await getAccountOrThrow(db.db, id);
        expect(row.unlink_set_aside).toBeNull();
        expect(feedTrouble(row)).toBeNull();
        await h.terminate('test done');
      },
    );
  });

  it('Mono, asked about an unlink (a webhook re-applied after a reset), knows the account: the note goes', async () => {
    expect(await new MockActivityEnvironment().run(acts.confirmUnlinkedAtMono, id)).toBe('linked');
    const row = await getAccountOrThrow(db.db, id);
    expect([row.unlink_set_aside, row.unlink_set_aside_at]).toEqual([null, null]);
  });
});
