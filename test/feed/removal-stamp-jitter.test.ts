import { describe, expect, it } from 'vitest';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';
import { bookAccount } from '../support/book-account.js';

/**
 * A pending hold the bank withdrew when it posted (the posted line has its own id, amount and later stamp), stored
 * between two lines whose stamps disagree with their posting order by seconds (stamp jitter). Chaos seed 53440483
 * (2026-12-03) kept five such holds: the line stamped just before or after the hold was not its neighbour in the
 * chain, the jittered line lay between them. Full scans of 30 days in 7-day windows (test/support/book-account.ts).
 */
const ACCOUNT = 'acc_removal_jitter';

const { activities, run, statusOf } = bookAccount(ACCOUNT);

/** Syncs `withHold`, then `after`; returns the second sync and the hold's status. */
async function holdThen(withHold: Line[], after: Line[], servedAfter = statement(after)) {
  let served = statement(withHold);
  const acts = activities(monoServing(ACCOUNT, () => served));
  expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0 });
  served = servedAfter;
  const second = await run(acts);
  return { second, status: await statusOf('H') };
}

const H: Line = { id: 'H', at: '2026-11-20T10:30:00.000Z', amount: -9_821 };
const posted: Line = { id: 'Hp', at: '2026-11-21T12:00:00.000Z', amount: -10_000 };

describe('a withdrawn hold next to a line stamped out of posting order is removed', () => {
  it('the line posted after the one before the hold is stamped 9 s before it (seed 53440483, 7861…)', async () => {
    // d20 at 10:00:00, J posted after it but stamped 09:59:51; H after J; then d21.
    const J: Line = { id: 'J', at: '2026-11-20T09:59:51.000Z', amount: -5_375 };
    const book = postedAfter(daily(29), 'd20', J);
    const { second, status } = await holdThen(postedAfter(book, 'J', H), postedAfter(book, 'd21', posted));
    expect({ removed: second.removed, kept: second.unservedKept, status }).toEqual({
      removed: 1,
      kept: 0,
      status: 'removed',
    });
  });

  it('the line after the hold is stamped 18 s after the line posted after it (seed 53440483, 2e9aa…)', async () => {
    // H, then K posted at 11:32:55 (stamped) and L posted after K but stamped 11:32:37.
    const K: Line = { id: 'K', at: '2026-11-20T11:32:55.000Z', amount: -21_736 };
    const L: Line = { id: 'L', at: '2026-11-20T11:32:37.000Z', amount: -111_668 };
    const book = postedAfter(daily(29), 'd20', K, L);
    const { second, status } = await holdThen(postedAfter(book, 'd20', H), postedAfter(book, 'd21', posted));
    expect({ removed: second.removed, kept: second.unservedKept, status }).toEqual({
      removed: 1,
      kept: 0,
      status: 'removed',
    });
  });
});

describe('controls: still kept', () => {
  it('the same hold dropped from one answer (balances not rebuilt): kept', async () => {
    const J: Line = { id: 'J', at: '2026-11-20T09:59:51.000Z', amount: -5_375 };
    const withHold = postedAfter(postedAfter(daily(29), 'd20', J), 'J', H);
    const { status } = await holdThen(
      withHold,
      withHold,
      statement(withHold).filter((t) => t.id !== 'H'),
    );
    expect(status).toBe('posted');
  });

  it('the line between its neighbours in the chain stamped hours away: kept (the chain jumps over it)', async () => {
    // J posted after d20 but stamped three hours before it: not stamp jitter, nothing said about where H was posted.
    const J: Line = { id: 'J', at: '2026-11-20T07:00:00.000Z', amount: -5_375 };
    const book = postedAfter(daily(29), 'd20', J);
    const { status } = await holdThen(postedAfter(book, 'J', H), postedAfter(book, 'd21', posted));
    expect(status).toBe('posted');
  });
});
