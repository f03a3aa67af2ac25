import { describe, expect, it } from 'vitest';
import { AttemptChain } from '../../activities/attempt-chain.js';
import type { MonoTransaction } from '../../adapters/mono/index.js';
import { bookAccount } from '../support/book-account.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';

/**
 * Rows left out together: of both signs at one break (its shortfall smaller than each), a lasting break with a large
 * shortfall (a small withdrawn row is still removed), a transfer and its reversal stamped in different gaps, and many
 * withdrawn rows of one sign in one gap (found in review).
 */
const ACCOUNT = 'acc_removal_shortfall';
const { activities, run, statusOf } = bookAccount(ACCOUNT);
const without = (book: MonoTransaction[], ...ids: string[]) => book.filter((t) => !ids.includes(t.id));

describe('rows of both signs dropped at one break (the shortfall is smaller than each)', () => {
  it('a value-dated credit and its levy, both left out of one answer: the credit is not marked removed', async () => {
    // An inward transfer value-dated Nov 5, posted after d27, and the transfer levy posted with it (stamped with it).
    const cr: Line = { id: 'cr', at: '2026-11-05T06:00:00.000Z', amount: 500_000 };
    const levy: Line = { id: 'levy', at: '2026-11-27T12:00:00.000Z', amount: -5_000 };
    const book = statement(postedAfter(daily(29), 'd27', cr, levy));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = without(book, 'cr', 'levy');
    const second = await run(acts);
    // The break at d28 is short by +495 000: the credit (+500 000) is larger, the levy of the other sign.
    expect({ complete: second.complete, cr: await statusOf('cr'), levy: await statusOf('levy') }).toEqual({
      complete: false,
      cr: 'posted',
      levy: 'posted',
    });
  });

  it('two value-dated rows of opposite signs posted together, both left out: neither is marked removed', async () => {
    const v1: Line = { id: 'v1', at: '2026-11-05T06:00:00.000Z', amount: 5_000 };
    const v2: Line = { id: 'v2', at: '2026-11-12T06:00:00.000Z', amount: -3_000 };
    const book = statement(postedAfter(daily(29), 'd27', v1, v2));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = without(book, 'v1', 'v2');
    await run(acts);
    expect({ v1: await statusOf('v1'), v2: await statusOf('v2') }).toEqual({ v1: 'posted', v2: 'posted' });
  });

  it('unit: AttemptChain proves a +5 000 row gone while the only break is short by +2 000', () => {
    const lines = statement(
      postedAfter(
        daily(29),
        'd27',
        { id: 'v1', at: '2026-11-05T06:00:00.000Z', amount: 5_000 },
        { id: 'v2', at: '2026-11-12T06:00:00.000Z', amount: -3_000 },
      ),
    );
    const chain = new AttemptChain();
    chain.addOlderWindow(
      lines
        .filter((t) => t.id !== 'v1' && t.id !== 'v2')
        .map((t) => ({
          providerTxnId: t.id,
          amountMinor: t.type === 'credit' ? t.amountMinor : -t.amountMinor,
          balanceMinor: t.balanceMinor,
          bookedAt: t.date,
        }))
        .sort((a, b) => (a.bookedAt < b.bookedAt ? -1 : 1)),
    );
    const check = chain.removalCheck();
    expect(check.breaks.map((b) => b.actualMinor - b.expectedMinor)).toEqual([2_000]);
    expect(
      check.provenGone([
        { bookedAt: '2026-11-05T06:00:00.000Z', amountMinor: 5_000 },
        { bookedAt: '2026-11-12T06:00:00.000Z', amountMinor: -3_000 },
      ]),
    ).toEqual([false, false]);
  });
});

describe('a lasting break with a large shortfall (second bug class: a withdrawn row stays live)', () => {
  it('a line Mono never serves again (−1 000 000 on the 3rd): a withdrawn −700 on the 20th is still removed by full scans', async () => {
    const X: Line = { id: 'X', at: '2026-11-03T12:00:00.000Z', amount: -1_000_000 };
    const W: Line = { id: 'W', at: '2026-11-20T12:00:00.000Z', amount: -700 };
    const book = daily(29);
    let served = statement(postedAfter(postedAfter(book, 'd03', X), 'd20', W), 2_000_000);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    // The bank withdrew W (balances after it rebuilt without it); Mono keeps leaving X out.
    served = statement(postedAfter(book, 'd03', X), 2_000_000).filter((t) => t.id !== 'X');
    for (let i = 0; i < 3; i++) await run(acts);
    // W's stored opening balance (d20's closing) is nowhere near the break after d02: it cannot be what the 3rd lacks.
    expect([await statusOf('W'), await statusOf('X')]).toEqual(['removed', 'posted']);
  });
});

describe('a transfer and its reversal, both left out, stamped in different gaps', () => {
  it('a value-dated transfer (dated the 5th) reversed at once after d20: both kept', async () => {
    const T: Line = { id: 'T', at: '2026-11-05T06:00:00.000Z', amount: 250_000 };
    const R: Line = { id: 'R', at: '2026-11-20T12:00:00.000Z', amount: -250_000 };
    const book = statement(postedAfter(daily(29), 'd20', T, R));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    served = without(book, 'T', 'R');
    await run(acts);
    expect({ T: await statusOf('T'), R: await statusOf('R') }).toEqual({ T: 'posted', R: 'posted' });
  });

  it('control: the same pair stamped together after d20 (one gap): both kept', async () => {
    const T: Line = { id: 'T', at: '2026-11-20T12:00:00.000Z', amount: 250_000 };
    const R: Line = { id: 'R', at: '2026-11-20T12:00:01.000Z', amount: -250_000 };
    const book = statement(postedAfter(daily(29), 'd20', T, R));
    let served = book;
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = without(book, 'T', 'R');
    await run(acts);
    expect({ T: await statusOf('T'), R: await statusOf('R') }).toEqual({ T: 'posted', R: 'posted' });
  });
});

describe('many withdrawn rows in one gap', () => {
  it('20 card holds on the 20th (all debits, no subset nets to zero), withdrawn by the bank: all marked removed', async () => {
    const holds: Line[] = Array.from({ length: 20 }, (_, i) => ({
      id: `h${i}`,
      at: `2026-11-20T${String(11 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 10).padStart(2, '0')}:00.000Z`,
      amount: -(1_000 + i * 37),
    }));
    const book = daily(29);
    const at = book.findIndex((l) => l.id === 'd20') + 1;
    let served = statement([...book.slice(0, at), ...holds, ...book.slice(at)]);
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    // The bank withdrew every hold (the balances after them rebuilt): nothing is missing from the chain.
    served = statement(book);
    const second = await run(acts);
    expect(second).toMatchObject({ complete: true, balanceBreaks: 0 });
    const statuses = await Promise.all(holds.map((h) => statusOf(h.id)));
    expect({
      removed: second.removed,
      kept: second.unservedKept,
      left: statuses.filter((s) => s !== 'removed').length,
    }).toEqual({
      removed: 20,
      kept: 0,
      left: 0,
    });
  });
});
