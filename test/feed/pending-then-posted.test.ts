import { describe, expect, it } from 'vitest';
import type { SyncOutcome } from '../../activities/feed-activities.js';
import { storeTuples, syncInput, truthTuples, useActivitySandbox } from '../support/feed-harness.js';

/**
 * A pending line is served with its own id, a provisional amount and the balance before it, so every fetch that
 * holds one shows a running-balance break. On an account whose Mono data moves only when Mono fetches from the bank,
 * that view (and the break) stays however far the bank's clock runs on, until the next refresh. The feed stores the
 * pending line, removes nothing while the window fails its checks, and marks the pending line removed in the first
 * complete sync after Mono's view holds the posted line (new id, final amount).
 */
const HISTORY_DAYS = 20;

const feed = useActivitySandbox({
  seed: 1705,
  timeScale: 1e-6,
  // 07:00 in Lagos: every pending line posts (20–180 min later) on the same business day.
  startTime: '2026-11-25T06:00:00.000Z',
  webhookUrl: null,
  faults: { pendingThenPosted: 1 },
});

const fullScan = (accountId: string) => syncInput(accountId, HISTORY_DAYS);

async function storedRows(accountId: string) {
  return feed.db.db
    .selectFrom('bank_transactions')
    .select(['provider_txn_id', 'amount_minor', 'balance_minor', 'status'])
    .where('account_id', '=', accountId)
    .execute();
}

describe('a pending line in a stale view of Mono', () => {
  it('stays stored without removals while Mono serves it, and is removed once Mono serves the posted line', async () => {
    const id = await feed.sb.linkAccount({
      id: 'pending-stale',
      institution: 'GTBank',
      kind: 'business',
      historyDays: HISTORY_DAYS - 2,
      txnsPerDay: 60,
      staleDays: 2,
    });
    const { mono, acts, env } = feed.feedActivities();
    await env.run(acts.describeAccount, id);

    // Lines are authorised after the link; Mono fetches from the bank while some of them are still pending.
    feed.sb.advance(2 * 3_600_000);
    expect((await mono.refresh(id)).jobStatus).toBe('processing');
    feed.sb.advance(10_000);
    expect(feed.sb.dataView(id)).toMatchObject({ refreshing: false });

    const first: SyncOutcome = await env.run(acts.syncAccount, fullScan(id));
    const truthIds = new Set(feed.sb.truth(id).map((t) => t.id));
    const pendingIds = (await storedRows(id)).map((r) => r.provider_txn_id).filter((p) => !truthIds.has(p));
    expect(pendingIds.length).toBeGreaterThan(0);
    expect(first.complete).toBe(false);
    expect(first.balanceBreaks).toBeGreaterThan(0);
    expect(first.removed).toBe(0);

    // Every line has posted at the bank (none starts pending any more, as at the end of a chaos run), but Mono's
    // view has not moved: the same pending lines, the same break.
    feed.sb.setFaults({ pendingThenPosted: 0 });
    feed.sb.advance(4 * 3_600_000);
    const second: SyncOutcome = await env.run(acts.syncAccount, fullScan(id));
    expect(second.complete).toBe(false);
    expect(second.removed).toBe(0);
    const stuck = await storedRows(id);
    for (const p of pendingIds) expect(stuck.find((r) => r.provider_txn_id === p)?.status).toBe('posted');

    // Mono fetches again: the pending lines are gone, the posted ones served under new ids with final amounts.
    expect((await mono.refresh(id)).jobStatus).toBe('processing');
    feed.sb.advance(10_000);
    const third: SyncOutcome = await env.run(acts.syncAccount, fullScan(id));
    expect(third.complete).toBe(true);
    expect(third.removed).toBe(pendingIds.length);
    const after = await storedRows(id);
    for (const p of pendingIds) expect(after.find((r) => r.provider_txn_id === p)?.status).toBe('removed');
    expect(storeTuples(after.filter((r) => r.status !== 'removed')).sort()).toEqual(truthTuples(feed.sb, id).sort());
  });
});
