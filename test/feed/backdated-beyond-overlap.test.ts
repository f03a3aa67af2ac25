import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { addUtcDays, type SyncOutcome, type SyncProgress } from '../../activities/feed-activities.js';
import { syncInput, useActivitySandbox } from '../support/feed-harness.js';

/**
 * A posting back-dated further than the overlap moves the running balance of every line the bank posted after it,
 * and those lines lie before an incremental sync's days. The sync sees it in the earliest stored line it re-reads
 * (its balance moved, and no new line before it explains that) and goes on back to the history start, so after every
 * sync the store holds exactly what Mono serves: ids, amounts and running balances, the back-dated line too. With
 * back-dating inside the overlap every move is explained and no sync widens.
 */
const HISTORY_DAYS = 30;
const HOUR = 3_600_000;

const feed = useActivitySandbox({
  seed: 4242,
  timeScale: 1e-6,
  startTime: '2026-11-20T09:00:00.000Z',
  webhookUrl: null,
});

async function storeVsTruth(accountId: string) {
  const stored = await feed.db.db
    .selectFrom('bank_transactions')
    .select(['provider_txn_id', 'amount_minor', 'balance_minor'])
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .execute();
  const have = stored.map((r) => `${r.provider_txn_id}|${r.amount_minor}|${r.balance_minor}`).sort();
  const want = feed.sb
    .truth(accountId)
    .map((t) => `${t.id}|${t.type === 'credit' ? t.amount : -t.amount}|${t.balance}`)
    .sort();
  return { have, want };
}

/** Links an account, backfills it, then runs `rounds` incremental syncs 10 hours of bank time apart. */
async function incrementalRounds(id: string, maxLagHours: number, rounds: number) {
  await feed.sb.linkAccount({
    id,
    institution: 'GTBank',
    kind: 'business',
    historyDays: HISTORY_DAYS - 2,
    txnsPerDay: 6,
    backdated: { probability: 0.2, maxLagHours },
  });
  const { mono, acts, env } = feed.feedActivities();
  await env.run(acts.describeAccount, id);
  const backfill: SyncOutcome = await env.run(acts.syncAccount, syncInput(id, HISTORY_DAYS));
  let watermark = backfill.newestRowAt;
  const outcomes: SyncOutcome[] = [];
  for (let i = 0; i < rounds; i++) {
    feed.sb.advance(10 * HOUR);
    // Mono's view moves only when it fetches from the bank.
    await mono.refresh(id);
    feed.sb.advance(10_000);
    const o: SyncOutcome = await env.run(
      acts.syncAccount,
      syncInput(id, HISTORY_DAYS, {
        mode: 'auto',
        watermark,
        lastFullScanAt: feed.sb.now().toISOString(),
        fullRescanIntervalMs: 1000 * 24 * HOUR,
      }),
    );
    if (o.complete && o.newestRowAt && (!watermark || o.newestRowAt > watermark)) watermark = o.newestRowAt;
    const c = await storeVsTruth(id);
    expect(c.have, `after round ${i + 1}`).toEqual(c.want);
    outcomes.push(o);
  }
  return outcomes;
}

describe('a posting back-dated beyond the overlap', () => {
  it('is stored, with every running balance it moved, by the first sync after Mono serves it', async () => {
    const outcomes = await incrementalRounds('backdated-far', 7 * 24, 24);
    const widened = outcomes.filter((o) => o.widened);
    // The scenario must contain the case, or this test proves nothing.
    expect(widened.length).toBeGreaterThan(0);
    for (const o of widened) expect(o.full).toBe(true);
    expect(outcomes.filter((o) => !o.widened).every((o) => !o.full)).toBe(true);
  });

  it('inside the overlap every move is explained: no sync widens', async () => {
    const outcomes = await incrementalRounds('backdated-near', 48, 12);
    expect(outcomes.every((o) => o.complete && !o.widened && !o.full)).toBe(true);
  });

  it('an attempt resumed after it widened goes on to the history start', async () => {
    const outcomes = await incrementalRounds('backdated-resumed', 48, 1);
    const { acts } = feed.feedActivities();
    const day = feed.sb.now().toISOString().slice(0, 10);
    const progress: SyncProgress = {
      nextTo: day,
      totals: { ...outcomes[0]!, fetched: 0, inserted: 0, updated: 0, unchanged: 0, removed: 0 },
      widened: true,
      earliestKnown: null,
    };
    const input = syncInput('backdated-resumed', HISTORY_DAYS, {
      mode: 'auto',
      watermark: outcomes[0]!.newestRowAt,
      lastFullScanAt: feed.sb.now().toISOString(),
      fullRescanIntervalMs: 1000 * 24 * HOUR,
    });
    const resumed: SyncOutcome = await new MockActivityEnvironment({ heartbeatDetails: progress }).run(
      acts.syncAccount,
      input,
    );
    expect(resumed).toMatchObject({ widened: true, full: true, complete: true });
    // Not the incremental days but the whole history window, every line Mono serves read again.
    expect(outcomes[0]!.from > addUtcDays(day, -HISTORY_DAYS)).toBe(true);
    expect(resumed.from).toBe(addUtcDays(day, -HISTORY_DAYS));
    expect(resumed.fetched).toBeGreaterThanOrEqual(feed.sb.truth('backdated-resumed').length);
  });
});
