import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDateOf } from '../../domain/dates.js';
import { syncNowUpdate } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';

/**
 * Mono filters transactions by UTC day; business dates are local. Rows at 23:00–23:59 and 00:00–00:59 UTC sit on
 * different local dates in Lagos (+1), Accra (0), Nairobi (+3) and Johannesburg (+2). Incremental windows with a
 * one-day overlap start exactly on those days: every row must be stored once, with its local business date, and
 * none marked removed while Mono still serves it.
 */
const HOUR = 3_600_000;
const BANKS = [
  { institution: 'GTBank', zone: 'Africa/Lagos' },
  { institution: 'GCB', zone: 'Africa/Accra' },
  { institution: 'Equity', zone: 'Africa/Nairobi' },
  { institution: 'FNB', zone: 'Africa/Johannesburg' },
];

let h: FeedHarness;
beforeAll(async () => {
  // The sandbox clock stands still unless advanced, so each row lands at the instant the test chooses.
  h = await startFeedHarness({
    sandbox: { seed: 61, timeScale: 1e-6, startTime: '2026-03-09T23:20:00.000Z' },
    feedConfig: { refreshMode: 'none', overlapDays: 1, historyDays: 20 },
  });
});
afterAll(async () => {
  await h?.close();
});

async function checkExact(ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const stored = await h.db.db
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'business_date', 'booked_at', 'status'])
      .where('account_id', '=', id)
      .execute();
    const live = stored.filter((r) => r.status !== 'removed');
    expect(stored.filter((r) => r.status === 'removed')).toEqual([]);
    expect(live.map((r) => r.provider_txn_id).sort()).toEqual(
      h.sandbox
        .truth(id)
        .map((t) => t.id)
        .sort(),
    );
    for (const r of live) expect(r.business_date).toBe(businessDateOf(r.booked_at, BANKS[i]!.zone));
  }
}

describe('sync windows in Mono terms: UTC days, business dates afterwards', () => {
  it('stores near-midnight rows once, with local dates, and never removes them', async () => {
    const ids: string[] = [];
    for (const b of BANKS)
      ids.push(await h.sandbox.linkAccount({ institution: b.institution, historyDays: 12, txnsPerDay: 3 }));
    const addEdgeRows = () => ids.forEach((id) => h.sandbox.addTransactions(id, 2));
    addEdgeRows(); // 23:20 UTC
    h.sandbox.advance(HOUR);
    addEdgeRows(); // 00:20 UTC the next day
    for (const id of ids) await h.startFeed(id);
    for (const id of ids) await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    await checkExact(ids);

    let nearMidnight = 0;
    for (let day = 0; day < 3; day++) {
      for (const step of [23 * HOUR, HOUR]) {
        h.sandbox.advance(step);
        addEdgeRows();
        for (const id of ids) {
          const r = await h.client.workflow
            .getHandle(`account-feed:${id}`)
            .executeUpdate(syncNowUpdate, { args: [{ reason: `edge ${day}` }] });
          expect(r.status).toBe('succeeded');
          expect(r.removed).toBe(0);
          expect(r.errors).toEqual([]);
        }
        await checkExact(ids);
      }
    }
    for (const id of ids) {
      nearMidnight += h.sandbox.truth(id).filter((t) => ['23', '00'].includes(t.date.slice(11, 13))).length;
    }
    expect(nearMidnight).toBeGreaterThanOrEqual(ids.length * 16);
  }, 180_000);
});
