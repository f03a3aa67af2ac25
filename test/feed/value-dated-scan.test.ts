import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import type { SyncProgress } from '../../activities/feed-activities.js';
import type { MonoTransaction } from '../../adapters/mono/index.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';
import { bookAccount } from '../support/book-account.js';

/**
 * A value-dated posting, dated days away from the lines the bank posted it between, breaks two windows of a scan: its
 * neighbours' window lacks it, its own date's window holds it out of its chain. The chain over all the scan's windows
 * runs through it, so the scan is complete; a break nothing the scan served fills still counts, and nothing is
 * removed on the strength of it. Full scans of 30 days in windows of 7, read newest first.
 */
const ACCOUNT = 'acc_value_dated';

const { db, activities, run } = bookAccount(ACCOUNT);

/** Full scans against a Mono serving `served()`; after each, the outcome and what is stored live. */
function scanner(served: () => MonoTransaction[]) {
  const acts = activities(monoServing(ACCOUNT, served));
  return async () => {
    const sync = await run(acts);
    const live = await db()
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'amount_minor', 'balance_minor'])
      .where('account_id', '=', ACCOUNT)
      .where('status', '!=', 'removed')
      .execute();
    return { sync, have: live.map((r) => `${r.provider_txn_id}|${r.amount_minor}|${r.balance_minor}`).sort() };
  };
}

const want = (book: MonoTransaction[]) =>
  book.map((t) => `${t.id}|${t.type === 'credit' ? t.amountMinor : -t.amountMinor}|${t.balanceMinor}`).sort();

/** Posted after d27 (Nov 27), dated Nov 5: the window of the 24th–30th lacks it, the one of the 3rd–9th breaks on it. */
const valueDated: Line = { id: 'vd', at: '2026-11-05T06:00:00.000Z', amount: -3_000 };

describe('a value-dated posting across two windows of one full scan', () => {
  it('is explained by the scan itself: complete, every scan, and the store equals Mono', async () => {
    const book = statement(postedAfter(daily(29), 'd27', valueDated));
    const scan = scanner(() => book);
    const r = await scan();
    expect(r.sync).toMatchObject({ complete: true, balanceBreaks: 0, removed: 0 });
    expect(r.have).toEqual(want(book));
    expect((await scan()).sync).toMatchObject({ complete: true, balanceBreaks: 0 });
  });

  it('is explained the other way round (dated after the lines it was posted between), and two at once', async () => {
    const later: Line = { id: 'later', at: '2026-11-26T06:00:00.000Z', amount: 4_400 };
    const back: Line = { id: 'back', at: '2026-11-12T06:00:00.000Z', amount: -2_100 };
    const book = statement(postedAfter(postedAfter(daily(29), 'd05', later), 'd26', back));
    const r = await scanner(() => book)();
    expect(r.sync).toMatchObject({ complete: true, balanceBreaks: 0 });
    expect(r.have).toEqual(want(book));
  });

  it('a withdrawn line in the window it explains is marked removed', async () => {
    const w: Line = { id: 'w', at: '2026-11-25T15:00:00.000Z', amount: -9_900 };
    const lines = postedAfter(daily(29), 'd27', valueDated);
    let served = statement(postedAfter(lines, 'd25', w));
    const scan = scanner(() => served);
    expect((await scan()).sync.complete).toBe(true);
    served = statement(lines);
    const r = await scan();
    // The window of the 24th–30th does not check out alone; the scan explains it, and the chain proves w gone.
    expect(r.sync).toMatchObject({ complete: true, removed: 1, unservedKept: 0 });
    expect(r.have).toEqual(want(served));
  });
});

describe('breaks the scan does not explain', () => {
  it('a fault of a window read before a resume: the resumed attempt does not explain it away', async () => {
    const book = statement(daily(29));
    const acts = activities(monoServing(ACCOUNT, () => book));
    const first = await run(acts);
    expect(first.complete).toBe(true);
    // As if the attempt that read [24–30] (broken then) and [17–23] had died after its heartbeat: the windows this
    // attempt reads all check out, and its chain, without the broken window, runs unbroken.
    const progress: SyncProgress = {
      nextTo: '2026-11-16',
      totals: { ...first, complete: false, balanceBreaks: 1 },
      widened: false,
    };
    const resumed = await run(acts, {}, new MockActivityEnvironment({ heartbeatDetails: progress }));
    expect(resumed.complete).toBe(false);
  });

  it('a line Mono drops in the same scan: incomplete, nothing removed', async () => {
    const book = statement(postedAfter(daily(29), 'd27', valueDated));
    let served = book;
    const scan = scanner(() => served);
    expect((await scan()).sync.complete).toBe(true);
    served = book.filter((t) => t.id !== 'd15');
    const r = await scan();
    expect(r.sync).toMatchObject({ complete: false, removed: 0 });
    expect(r.have).toEqual(want(book));
  });

  it('a line whose amount fits the gap but whose balances do not', async () => {
    const x: Line = { id: 'x', at: '2026-11-27T12:00:00.000Z', amount: valueDated.amount };
    const book = statement(postedAfter(postedAfter(daily(29), 'd27', x), 'd20', valueDated));
    let served = book;
    const scan = scanner(() => served);
    expect((await scan()).sync.complete).toBe(true);
    served = book.filter((t) => t.id !== 'x');
    const r = await scan();
    expect(r.sync).toMatchObject({ complete: false, removed: 0 });
    expect(r.have).toEqual(want(book));
  });

  it('two gaps one line fits (recurring balances): the dropped line is kept and the scan incomplete', async () => {
    // d27 brings the balance back to d19's; vd (+7,000, dated the 5th) is posted after d27, and d (+7,000) after d19.
    const plus: Line = { ...valueDated, amount: 7_000 };
    const d: Line = { id: 'd', at: '2026-11-19T12:00:00.000Z', amount: 7_000 };
    const base = postedAfter(daily(29), 'd19', d);
    const balance = (id: string) => statement(base).find((t) => t.id === id)!.balanceMinor!;
    const at27 = base.findIndex((l) => l.id === 'd27');
    base[at27] = { ...base[at27]!, amount: balance('d19') - balance('d26') };
    const book = statement(postedAfter(base, 'd27', plus));
    let served = book;
    const scan = scanner(() => served);
    expect((await scan()).sync.complete).toBe(true);
    served = book.filter((t) => t.id !== 'd');
    const r = await scan();
    expect(r.sync).toMatchObject({ complete: false, removed: 0 });
    expect(r.have).toEqual(want(book));
  });
});
