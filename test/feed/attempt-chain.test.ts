import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { type SyncProgress } from '../../activities/feed-activities.js';
import { syncInput } from '../support/feed-harness.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';
import { BOOK_NOW as NOW, bookAccount } from '../support/book-account.js';

/**
 * A line Mono drops between two lines no single window holds together: each window checks out on its own, so before
 * the chain over the whole attempt the line was marked removed (by the newer window, applied first, or silently).
 * 30 days of history in 7-day windows: [24–30], [17–23], [10–16], [3–9], [1–2], each asked a day more either side.
 */
const ACCOUNT = 'acc_attempt_chain';

const { activities, run, statusOf } = bookAccount(ACCOUNT);

/** Syncs the whole book, then again with D dropped (the other lines' balances unchanged: a gap in Mono's answer). */
async function dropD(lines: Line[], opening?: number) {
  const all = statement(lines, opening);
  let served = all;
  const acts = activities(monoServing(ACCOUNT, () => served));
  expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0 });
  served = all.filter((t) => t.id !== 'D');
  const second = await run(acts);
  return { second, status: await statusOf('D'), acts, restore: () => (served = all) };
}

describe('a line dropped between windows is not marked removed', () => {
  it('a quiet span longer than a window (a dormant account): the drop breaks the chain over the attempt', async () => {
    const D: Line = { id: 'D', at: '2026-11-12T23:00:00.000Z', amount: -4_000 };
    const { second, status, acts, restore } = await dropD(
      postedAfter(
        daily(29, (d) => d >= 13 && d <= 23),
        'd12',
        D,
      ),
    );
    expect({ removed: second.removed, unservedKept: second.unservedKept, status }).toEqual({
      removed: 0,
      unservedKept: 1,
      status: 'posted',
    });
    restore();
    expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0, removed: 0, unservedKept: 0 });
  });

  it('stamped on the newer window days, posted before quiet days: the newer window no longer removes it first', async () => {
    const D: Line = { id: 'D', at: '2026-11-24T05:00:00.000Z', amount: -4_000 };
    const { second, status } = await dropD(
      postedAfter(
        daily(29, (d) => d === 22 || d === 23),
        'd21',
        D,
      ),
    );
    expect({ removed: second.removed, unservedKept: second.unservedKept, status }).toEqual({
      removed: 0,
      unservedKept: 1,
      status: 'posted',
    });
  });

  it('balances that recur (a sweep account) do not let a later pair fill the gap', async () => {
    // A sweeps the account to zero; D (+500) is dropped; B sweeps it out again on the 24th; on the 26th the same
    // +500/−500 recurs. Chained over the older window and the newer one's rows only, P fills the gap.
    const sweep: Line[] = [
      { id: 'A', at: '2026-11-21T10:00:00.000Z', amount: -1_000_000 },
      { id: 'D', at: '2026-11-21T11:00:00.000Z', amount: 500 },
      { id: 'B', at: '2026-11-24T10:00:00.000Z', amount: -500 },
      { id: 'P', at: '2026-11-26T10:00:00.000Z', amount: 500 },
      { id: 'Q', at: '2026-11-26T11:00:00.000Z', amount: -500 },
    ];
    const { second, status } = await dropD([...daily(20), ...sweep]);
    expect({ removed: second.removed, unservedKept: second.unservedKept, status }).toEqual({
      removed: 0,
      unservedKept: 1,
      status: 'posted',
    });
  });
});

describe('what the bank withdrew is still marked removed, once the whole attempt checks out', () => {
  it('a line withdrawn across a dormant span (balances rebuilt without it) is marked removed by the full scan', async () => {
    const D: Line = { id: 'D', at: '2026-11-12T23:00:00.000Z', amount: -4_000 };
    const lines = postedAfter(
      daily(29, (d) => d >= 13 && d <= 23),
      'd12',
      D,
    );
    let served = statement(lines);
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = statement(lines.filter((l) => l.id !== 'D'));
    expect(await run(acts)).toMatchObject({ complete: true, removed: 1, balanceBreaks: 0 });
    expect(await statusOf('D')).toBe('removed');
  });

  it('a resumed attempt removes what its own windows prove, and keeps a line dropped at the seam', async () => {
    const D: Line = { id: 'D', at: '2026-11-05T10:00:00.000Z', amount: -4_000 };
    const E: Line = { id: 'E', at: '2026-11-16T23:00:00.000Z', amount: -3_000 };
    const lines = postedAfter(postedAfter(daily(29), 'd05', D), 'd16', E);
    let served = statement(lines);
    const acts = activities(monoServing(ACCOUNT, () => served));
    const first = await run(acts);
    expect(first.complete).toBe(true);
    // D withdrawn (the balances after it rebuilt); E, the last line of the resumed attempt's days, dropped by Mono.
    served = statement(lines.filter((l) => l.id !== 'D')).filter((t) => t.id !== 'E');
    // As if the attempt that read [24–30] and [17–23] had died after its heartbeat.
    const progress: SyncProgress = { nextTo: '2026-11-16', totals: { ...first, fetched: 0 }, widened: false };
    const resumed = await run(acts, {}, new MockActivityEnvironment({ heartbeatDetails: progress }));
    expect({ removed: resumed.removed, kept: resumed.unservedKept }).toEqual({ removed: 1, kept: 1 });
    expect([await statusOf('D'), await statusOf('E')]).toEqual(['removed', 'posted']);
  });

  it('an incremental sync proves a line withdrawn before the first line it reads from the stored line before', async () => {
    // Nothing on the 25th: the withdrawn d26 is the first line of the sync's days; d24 (stored) anchors the chain.
    const lines = daily(29, (d) => d === 25);
    let served = statement(lines);
    const acts = activities(monoServing(ACCOUNT, () => served));
    const backfill = await run(acts);
    served = statement(lines.filter((l) => l.id !== 'd26'));
    const input = syncInput(ACCOUNT, 30, {
      mode: 'auto',
      watermark: backfill.newestRowAt,
      lastFullScanAt: new Date(Date.parse(NOW) - 3_600_000).toISOString(),
    });
    expect(await new MockActivityEnvironment().run(acts.syncAccount, input)).toMatchObject({
      full: false,
      removed: 1,
      unservedKept: 0,
    });
    // Dropped for a while instead (the balances after it unchanged): kept.
    served = statement(lines).filter((t) => t.id !== 'd27');
    expect(await new MockActivityEnvironment().run(acts.syncAccount, input)).toMatchObject({
      removed: 0,
      unservedKept: 1,
    });
    expect(await statusOf('d27')).toBe('posted');
  });
});
