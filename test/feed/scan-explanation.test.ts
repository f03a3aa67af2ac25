import { describe, expect, it } from 'vitest';
import type { MonoTransaction } from '../../adapters/mono/index.js';
import { daily, monoServing, statement } from '../support/line-book.js';
import { bookAccount } from '../support/book-account.js';

/**
 * A scan explained by its own chain (a value-dated posting) must not hide a gap a window saw, and rows missing
 * together are kept unless their absence is proven (found in review). Full scans of 30 days in 7-day windows:
 * [24–30], [17–23], [10–16], [3–9], [Oct 31–Nov 2], each asked a day more either side (the oldest asks Oct 30).
 */
const ACCOUNT = 'acc_scan_explanation';

const { db, activities, run, statusOf } = bookAccount(ACCOUNT);
const account = () =>
  db()
    .selectFrom('accounts')
    .select(['data_watermark', 'last_full_scan_at'])
    .where('id', '=', ACCOUNT)
    .executeTakeFirstOrThrow();
const without = (book: MonoTransaction[], ...ids: string[]) => book.filter((t) => !ids.includes(t.id));

describe('the chain over all windows must not hide a gap a window saw', () => {
  it('a line never served, its window broken, the balance back at the first margin line: not complete', async () => {
    // s1 (Oct 30, oldest margin day) +100; s2 (Nov 26) −100, back to the opening balance; M (Nov 27) −300 never
    // served; y (Nov 27) +50. [24–30] breaks at y (it holds s2, y). Over all windows postingOrder (no opening) starts
    // at y (nothing closes at its opening), then s1 with the break on Oct 30, outside the covered days.
    const book = statement([
      { id: 's1', at: '2026-10-30T10:00:00.000Z', amount: 100 },
      { id: 's2', at: '2026-11-26T10:00:00.000Z', amount: -100 },
      { id: 'M', at: '2026-11-27T08:00:00.000Z', amount: -300 },
      { id: 'y', at: '2026-11-27T10:00:00.000Z', amount: 50 },
    ]);
    const acts = activities(monoServing(ACCOUNT, () => without(book, 'M')));
    const r = await run(acts);
    const acc = await account();
    expect({ complete: r.complete, watermark: acc.data_watermark, fullScan: acc.last_full_scan_at }).toEqual({
      complete: false,
      watermark: null,
      fullScan: null,
    });
  });
});

describe('several rows dropped at once', () => {
  it('two rows of equal and opposite amounts dropped together (no break at all): neither is marked removed', async () => {
    // A pass-through: +40 000 in, −40 000 out, between d20 and d21. Stored, then both missing from one answer.
    const lines = daily(29);
    const i = lines.findIndex((l) => l.id === 'd20');
    lines.splice(
      i + 1,
      0,
      { id: 'pin', at: '2026-11-20T12:00:00.000Z', amount: 40_000 },
      { id: 'pout', at: '2026-11-20T14:00:00.000Z', amount: -40_000 },
    );
    const book = statement(lines);
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = without(book, 'pin', 'pout');
    const second = await run(acts);
    expect({ removed: second.removed, pin: await statusOf('pin'), pout: await statusOf('pout') }).toEqual({
      removed: 0,
      pin: 'posted',
      pout: 'posted',
    });
  });

  it('two rows dropped at one break (short by their sum): neither is marked removed', async () => {
    const lines = daily(29);
    const i = lines.findIndex((l) => l.id === 'd20');
    lines.splice(
      i + 1,
      0,
      { id: 'a', at: '2026-11-20T12:00:00.000Z', amount: -1_200 },
      { id: 'b', at: '2026-11-20T14:00:00.000Z', amount: -3_400 },
    );
    const book = statement(lines);
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = without(book, 'a', 'b');
    const second = await run(acts);
    expect({ removed: second.removed, a: await statusOf('a'), b: await statusOf('b') }).toEqual({
      removed: 0,
      a: 'posted',
      b: 'posted',
    });
  });

  it('a lost page (five consecutive lines, others unchanged, Mono total counting them): none removed', async () => {
    const book = statement(daily(29));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = without(book, 'd18', 'd19', 'd20', 'd21', 'd22');
    const second = await run(acts);
    expect(second.removed).toBe(0);
    expect(second.complete).toBe(false);
  });
});
