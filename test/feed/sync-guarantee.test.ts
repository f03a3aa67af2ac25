import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';

/**
 * The sync guarantee (docs/sync-guarantee.md), as properties over the sandbox: random staleness at link, random
 * back-dated postings, posting order that disagrees with timestamps, and refreshes at random times. Mono's view of
 * each account moves only when a refresh runs, so "the truth" is exactly what Mono serves at the moment of checking.
 *
 * Seed and time limit: the repository's pinned fast-check seed (printed by the global setup, overridable with
 * BANKFEED_FC_SEED); each property stops at 70% of its test's timeout and reports that as a failure. The bank's
 * clock starts at a pinned instant too: which rows a round reveals depends on the bank's time of day, and a start
 * taken from the wall clock made a run pass or fail by the hour it ran (this one failed before the feed checked
 * whether the balances before the synced days moved: test/feed/backdated-beyond-overlap.test.ts).
 */
const HOUR = 3_600_000;
const INSTITUTIONS = ['GTBank', 'GCB', 'Equity', 'FNB', 'Kuda', 'Capitec'];
const OVERLAP_DAYS = 3;

let h: FeedHarness;
let n = 0;

beforeAll(async () => {
  // 60× sandbox time: a refresh job (5 s of bank time) lands in ~0.1 s; rounds advance the clock explicitly.
  h = await startFeedHarness({
    sandbox: { seed: 71, timeScale: 60, startTime: '2026-12-02T17:40:00.000Z' },
    feedConfig: { refreshMinIntervalMs: 0, overlapDays: OVERLAP_DAYS, fullRescanIntervalMs: 24 * HOUR },
  });
});
afterAll(async () => {
  await h?.close();
});

// Rounds stay under a day of bank time in the first property, so its syncs are incremental ones only.
const scenario = (maxLagHours: number, maxRoundHours: number) =>
  fc.record({
    institution: fc.constantFrom(...INSTITUTIONS),
    kind: fc.constantFrom('business' as const, 'personal' as const),
    staleDays: fc.double({ min: 0.05, max: 12, noNaN: true }),
    backdatedProbability: fc.double({ min: 0, max: 0.25, noNaN: true }),
    maxLagHours: fc.integer({ min: 1, max: maxLagHours }),
    stampJitter: fc.double({ min: 0, max: 0.3, noNaN: true }),
    rounds: fc.array(fc.integer({ min: 1, max: maxRoundHours }), { minLength: 1, maxLength: 3 }),
  });

type Scenario = {
  institution: string;
  kind: 'business' | 'personal';
  staleDays: number;
  backdatedProbability: number;
  maxLagHours: number;
  stampJitter: number;
  rounds: number[];
};

async function storeVsTruth(id: string) {
  const stored = await h.storedLive(id);
  const truth = h.sandbox.truth(id);
  const key = (x: { id: string; amount: number; balance: number | null }) => `${x.id}|${x.amount}|${x.balance}`;
  const have = new Set(
    stored.map((r) => key({ id: r.provider_txn_id, amount: r.amount_minor, balance: r.balance_minor })),
  );
  const want = new Set(
    truth.map((t) => key({ id: t.id, amount: t.type === 'credit' ? t.amount : -t.amount, balance: t.balance })),
  );
  const missing = [...want].filter((k) => !have.has(k));
  const extra = [...have].filter((k) => !want.has(k));
  return { missing, extra, truth };
}

async function linkAndBackfill(s: Scenario): Promise<string> {
  const id = await h.sandbox.linkAccount({
    id: `guarantee-${++n}`,
    institution: s.institution,
    kind: s.kind,
    historyDays: 30,
    txnsPerDay: 5,
    staleDays: s.staleDays,
    backdated: { probability: s.backdatedProbability, maxLagHours: s.maxLagHours },
    stampJitter: s.stampJitter,
  });
  await h.startFeed(id);
  await h.waitFor(id, (st) => st.backfilled && st.state === 'ACTIVE');
  return id;
}

async function round(id: string, hours: number) {
  h.sandbox.advance(hours * HOUR);
  const r = await h.client.workflow.getHandle(`account-feed:${id}`).executeUpdate(syncNowUpdate, {
    args: [{ reason: `round +${hours}h` }],
  });
  expect(r.status).toBe('succeeded');
  expect(r.errors).toEqual([]);
  return r;
}

describe('sync guarantee over the sandbox (property)', () => {
  it('postings back-dated by at most the overlap are stored by the first sync after they appear', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(OVERLAP_DAYS * 24 - 1, 7), async (s) => {
        const id = await linkAndBackfill(s);
        for (const hours of s.rounds) {
          await round(id, hours);
          const c = await storeVsTruth(id);
          expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
        }
        // One sync per refresh: the refresh's own account_updated is absorbed, not synced again.
        await new Promise((r) => setTimeout(r, 800));
        const st = await h.client.workflow.getHandle(`account-feed:${id}`).query(statusQuery);
        expect(st.counts.syncs).toBe(1 + s.rounds.length);
        // The stored balance follows the sync, with the moment it describes.
        const acct = await h.db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        const truth = h.sandbox.truth(id);
        if (truth.length) expect(Number(acct.balance_minor)).toBe(truth[truth.length - 1]!.balance);
        expect(acct.balance_as_of).not.toBeNull();
      }),
      { numRuns: 6, endOnFailure: true },
    );
  }, 240_000);

  it('postings back-dated further are stored by the first sync after they appear, as their balances show', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(10 * 24, 60), async (s) => {
        const id = await linkAndBackfill(s);
        // Every sandbox bank gives running balances, so a sync sees where a back-dated posting moved them
        // (guarantee 3); without balances only the next full re-scan would, which the last round checks.
        for (const hours of s.rounds) {
          await round(id, hours);
          const c = await storeVsTruth(id);
          expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
        }
        // A day of bank time later the next sync is a full re-scan of the history window, unless a round before
        // widened into one less than a day ago: either way a full re-scan ran within the last day of bank time.
        const r = await round(id, 25);
        expect(r.status).toBe('succeeded');
        const st = await h.client.workflow.getHandle(`account-feed:${id}`).query(statusQuery);
        expect(st.lastFullScanAt).not.toBeNull();
        expect(h.sandbox.now().getTime() - Date.parse(st.lastFullScanAt!)).toBeLessThan(24 * HOUR);
        const c = await storeVsTruth(id);
        expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 240_000);

  it('stale data at link: the days a refresh reveals are synced, though they lie before our own clock', async () => {
    const id = await linkAndBackfill({
      institution: 'GTBank',
      kind: 'business',
      staleDays: 10,
      backdatedProbability: 0,
      maxLagHours: 1,
      stampJitter: 0,
      rounds: [],
    });
    const before = (await h.storedLive(id)).length;
    const newest = (await h.storedLive(id)).at(-1);
    await round(id, 6);
    const c = await storeVsTruth(id);
    expect({ missing: c.missing, extra: c.extra }).toEqual({ missing: [], extra: [] });
    // Ten days of rows that were not visible at link are now stored.
    expect(c.truth.length - before).toBeGreaterThan(20);
    expect(newest).toBeDefined();
  }, 120_000);
});
