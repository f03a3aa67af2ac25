import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncNowUpdate } from '../../workflows/messages.js';
import { startFeedHarness, storeTuples, truthTuples, type FeedHarness } from '../support/feed-harness.js';

let h: FeedHarness;

beforeAll(async () => {
  h = await startFeedHarness({
    sandbox: {
      seed: 23,
      faults: {
        rate429: 0.08,
        retryAfterSec: 1,
        burst503Every: 17,
        burst503Length: 2,
        truncatedJson: 0.04,
        overlappingPages: true,
        duplicatePages: 0.08,
        idChurn: 0.05,
        slowMs: 20,
        slowProbability: 0.05,
      },
    },
  });
});
afterAll(async () => {
  await h?.close();
});

describe('the feed under the sandbox fault profile', () => {
  it('ends with exactly the ground truth and no breach of Mono limits', async () => {
    const ids = await Promise.all([
      h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 40, txnsPerDay: 8 }),
      h.sandbox.linkAccount({ institution: 'Equity', currency: 'KSH', historyDays: 30, txnsPerDay: 5 }),
      h.sandbox.linkAccount({ institution: 'GCB', currency: 'GHC', historyDays: 30, txnsPerDay: 5 }),
    ]);
    for (const id of ids) await h.startFeed(id);
    for (const id of ids) await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE', 120_000);
    for (const id of ids) {
      h.sandbox.addTransactions(id, 4);
      const r = await h.client.workflow
        .getHandle(`account-feed:${id}`)
        .executeUpdate(syncNowUpdate, { args: [{ reason: 'faults' }] });
      expect(r.status).toBe('succeeded');
    }
    for (const id of ids) {
      const stored = await h.storedLive(id);
      expect(new Set(stored.map((r) => r.provider_txn_id)).size).toBe(stored.length);
      expect(storeTuples(stored)).toEqual(truthTuples(h.sandbox, id));
    }
    expect(h.sandbox.counters().limitBreaches).toBe(0);
  });
});
