import { describe, expect, it } from 'vitest';
import { countedBreaks } from '../../activities/window-breaks.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';
import { bookAccount } from '../support/book-account.js';

/**
 * A break whose two sides no window holds together: quiet days before a window's last margin day. The window of the
 * 17th–23rd (asked 16th–24th) holds d21 and d24 (nothing on the 22nd and 23rd); that of the 24th–30th asks from the
 * 23rd, so it starts at d24. A line Mono drops between d21 and d24 broke only the older window's margin day, which did
 * not count: the scan was complete and the dropped line marked removed.
 */
const ACCOUNT = 'acc_quiet_edge';

const { activities, run, statusOf } = bookAccount(ACCOUNT);

const quiet = (d: number) => d === 22 || d === 23;

describe('a line dropped before quiet days at a window edge', () => {
  it('breaks the scan: nothing is marked removed, and the next scan that serves it again is complete', async () => {
    const D: Line = { id: 'D', at: '2026-11-21T23:00:00.000Z', amount: -4_000 };
    const all = statement(postedAfter(daily(29, quiet), 'd21', D));
    let served = all;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect((await run(acts)).complete).toBe(true);
    served = all.filter((t) => t.id !== 'D');
    expect(await run(acts)).toMatchObject({ complete: false, removed: 0 });
    expect(await statusOf('D')).toBe('posted');
    served = all;
    expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0 });
  });

  it('a row stamped after the edge but posted before the line there is no break: the newer window served it', async () => {
    // L is posted after d21 and before d24 but stamped on the 25th (after the older window's query): the newer window
    // serves it, and the two windows' rows chain together.
    const L: Line = { id: 'L', at: '2026-11-25T00:00:05.000Z', amount: -700 };
    const all = statement(postedAfter(daily(29, quiet), 'd21', L));
    const acts = activities(monoServing(ACCOUNT, () => all));
    expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0, removed: 0 });
  });
});

describe('countedBreaks', () => {
  const line = (id: string, day: number, amount: number, balance: number) => ({
    providerTxnId: id,
    amountMinor: amount,
    balanceMinor: balance,
    bookedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  });
  const cover = { from: '2026-11-17', to: '2026-11-23' };
  // d21 closes at 1,000; d24 opens at 900 (a row of −100 missing between them).
  const window = [line('d20', 20, 50, 1_000 - 30), line('d21', 21, 30, 1_000), line('d24', 24, 10, 910)];

  it('counts an edge break with no newer window, or one the newer window does not fill', () => {
    expect(countedBreaks(window, cover, null).map((b) => b.atProviderTxnId)).toEqual(['d24']);
    const newer = [line('d24', 24, 10, 910), line('d25', 25, 5, 915)];
    expect(countedBreaks(window, cover, newer).map((b) => b.atProviderTxnId)).toEqual(['d24']);
  });

  it('does not count one the newer window fills with a row stamped after the edge', () => {
    const newer = [line('x', 25, -100, 900), line('d24', 24, 10, 910)];
    expect(countedBreaks(window, cover, newer)).toEqual([]);
  });

  it('leaves a margin break whose earlier side the newer window holds to that window', () => {
    const w = [line('d22', 22, 30, 1_000), line('d23', 23, 30, 1_030), line('d24', 24, 10, 910)];
    expect(countedBreaks(w, cover, null)).toEqual([]);
  });
});
