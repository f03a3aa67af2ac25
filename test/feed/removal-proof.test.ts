import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { type SyncOutcome } from '../../activities/feed-activities.js';
import { syncInput } from '../support/feed-harness.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';
import { BOOK_NOW as NOW, bookAccount } from '../support/book-account.js';

/**
 * What the lines served around a stored row must show before it is marked removed (activities/attempt-chain.ts), on
 * books found in review: rows stamped far from where they were posted, date-only stamps, sweep accounts, banks that
 * give no running balances, zero amounts, a lasting break, the widening path. Full scans of 30 days in 7-day windows:
 * [24–30], [17–23], [10–16], [3–9], [Oct 31–Nov 2], each asked a day more either side.
 */
const ACCOUNT = 'acc_removal_proof';

const { db, activities, run, statusOf } = bookAccount(ACCOUNT);
/** Syncs the book, then with `id` dropped from Mono's answer (every other line, balance included, unchanged). */
async function syncThenDrop(lines: Line[], id: string, opening?: number) {
  const all = statement(lines, opening);
  let served = all;
  const acts = activities(monoServing(ACCOUNT, () => served));
  const first = await run(acts);
  served = all.filter((t) => t.id !== id);
  const second = await run(acts);
  return { first, second, status: await statusOf(id) };
}

describe('a line Mono still has, dropped from one answer, is not marked removed', () => {
  it('value-dated a day back across a window edge (posted on the 17th after d17, dated the 16th)', async () => {
    // First sync: [10–16] asks 9–17 and holds d17 then V; [17–23] asks 16–24: both check out. Dropped: the break
    // (at d18, after d17) counts only in [17–23]; [10–16] checks out alone and V's stamp is a day from the break.
    const V: Line = { id: 'V', at: '2026-11-16T00:00:00.000Z', amount: -4_000 };
    const { first, second, status } = await syncThenDrop(postedAfter(daily(29), 'd17', V), 'V');
    expect(first).toMatchObject({ complete: true, balanceBreaks: 0 });
    expect({ removed: second.removed, status }).toEqual({ removed: 0, status: 'posted' });
  });

  it('stamped more than an hour before the line posted before it, near midnight at a window edge', async () => {
    // d17 at 01:30 on the 17th; S posted after it, stamped 23:50 on the 16th (a skew of 1h40).
    const lines = daily(29).map((l) => (l.id === 'd17' ? { ...l, at: '2026-11-17T01:30:00.000Z' } : l));
    const S: Line = { id: 'S', at: '2026-11-16T23:50:00.000Z', amount: -1_500 };
    const { first, status } = await syncThenDrop(postedAfter(lines, 'd17', S), 'S');
    expect(first).toMatchObject({ complete: true });
    expect(status).toBe('posted');
  });

  it('date-only stamps in a sweep account (+500 in, −500 out, back to zero, every day): the gap heals elsewhere', async () => {
    // Every line at T00:00:00; the chain over the attempt takes P11 for the dropped P10 and the break moves to the
    // newest line. P10's stamp neighbours by (stamp, chain index) are then P11 and Q10: adjacent, linked.
    const lines: Line[] = [];
    for (let d = 1; d <= 29; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`;
      lines.push({ id: `P${d}`, at: day, amount: 500 }, { id: `Q${d}`, at: day, amount: -500 });
    }
    const { status } = await syncThenDrop(lines, 'P10', 0);
    expect(status).toBe('posted');
  });
});

describe('a line the bank withdrew does not stay live for long', () => {
  it('an account whose bank gives no running balances: a pending line replaced by the posted one is removed', async () => {
    const book = daily(29).map((l) => ({ ...l, withBalance: false }));
    const P: Line = { id: 'P', at: '2026-11-20T15:00:00.000Z', amount: -7_000, withBalance: false };
    const posted: Line = { id: 'Q', at: '2026-11-21T15:00:00.000Z', amount: -7_350, withBalance: false };
    let served = statement(postedAfter(book, 'd20', P));
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(postedAfter(book, 'd21', posted));
    await run(acts);
    await run(acts);
    expect([await statusOf('P'), await statusOf('Q')]).toEqual(['removed', 'posted']);
  });

  it('a bank giving balances only on some lines: a withdrawn balance-less line between balance-less lines', async () => {
    // Control (expected to pass): the balance spans the balance-less run, so the rebuilt balances prove it.
    const book = daily(29).map((l, i) => (i % 3 === 0 ? l : { ...l, withBalance: false }));
    const W: Line = { id: 'W', at: '2026-11-20T15:00:00.000Z', amount: -7_000, withBalance: false };
    let served = statement(postedAfter(book, 'd20', W));
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(book);
    const second = await run(acts);
    expect({ removed: second.removed, status: await statusOf('W') }).toEqual({ removed: 1, status: 'removed' });
  });
});

describe('probes', () => {
  it('a zero-amount line (a card check at 0.00) dropped from one answer: nothing breaks, it is kept', async () => {
    const Z: Line = { id: 'Z', at: '2026-11-12T15:00:00.000Z', amount: 0 };
    const { status } = await syncThenDrop(postedAfter(daily(29), 'd12', Z), 'Z');
    expect(status).toBe('posted');
  });

  it('control: date-only stamps, distinct balances: a dropped line and a dropped twin are kept', async () => {
    const lines: Line[] = [];
    for (let d = 1; d <= 29; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`;
      lines.push({ id: `a${d}`, at: day, amount: 1_000 + d }, { id: `t${d}`, at: day, amount: -300 });
      lines.push({ id: `u${d}`, at: day, amount: -300 }, { id: `b${d}`, at: day, amount: 77 * d });
    }
    const one = await syncThenDrop(lines, 't10');
    expect(one.status).toBe('posted');
  });

  it('control: date-only stamps, balance-less lines around the row, dropped: kept', async () => {
    const lines: Line[] = [];
    for (let d = 1; d <= 29; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`;
      lines.push({ id: `a${d}`, at: day, amount: 1_000 + d });
      lines.push({ id: `n${d}`, at: day, amount: -300, withBalance: false });
      lines.push({ id: `m${d}`, at: day, amount: -200, withBalance: false });
    }
    expect((await syncThenDrop(lines, 'n12')).status).toBe('posted');
  });

  it('a withdrawn pending line, newest, its posted line stamped earlier: kept until a later line proves it gone', async () => {
    const P: Line = { id: 'P', at: '2026-11-29T15:00:00.000Z', amount: -7_000, withBalance: false };
    const Q: Line = { id: 'Q', at: '2026-11-29T09:00:00.000Z', amount: -7_350 };
    const book = daily(29);
    let served = statement([...book, P]);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(postedAfter(book, 'd28', Q));
    const second = await run(acts);
    expect({ kept: second.unservedKept, P: await statusOf('P') }).toEqual({ kept: 1, P: 'posted' });
    const later: Line = { id: 'later', at: '2026-11-30T09:00:00.000Z', amount: 1_200 };
    served = statement([...postedAfter(book, 'd28', Q), later]);
    const third = await run(acts);
    expect({ kept: third.unservedKept, P: await statusOf('P') }).toEqual({ kept: 0, P: 'removed' });
  });
});

describe('sweep accounts and a lasting break', () => {
  it('a line Mono never serves on the 3rd (a lasting break): a line withdrawn on the 20th is still removed', async () => {
    // +500 in at 10:00, −500 out at 11:00, every day, from zero; X (−100 on the 3rd) is never served after the first sync.
    const book: Line[] = [];
    for (let d = 1; d <= 29; d++) {
      const day = `2026-11-${String(d).padStart(2, '0')}`;
      book.push({ id: `P${d}`, at: `${day}T10:00:00.000Z`, amount: 500 });
      book.push({ id: `Q${d}`, at: `${day}T11:00:00.000Z`, amount: -500 });
    }
    const X: Line = { id: 'X', at: '2026-11-03T12:00:00.000Z', amount: -100 };
    const W: Line = { id: 'W', at: '2026-11-20T12:00:00.000Z', amount: -700 };
    const withAll = postedAfter(postedAfter(book, 'Q3', X), 'Q20', W);
    let served = statement(withAll, 0);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    // The bank withdrew W (balances after it rebuilt without it); Mono keeps leaving X out.
    served = statement(postedAfter(book, 'Q3', X), 0).filter((t) => t.id !== 'X');
    await run(acts);
    await run(acts);
    expect([await statusOf('W'), await statusOf('X')]).toEqual(['removed', 'posted']);
  });

  it('control: same, with distinct amounts (no recurring balances)', async () => {
    const book = daily(29);
    const X: Line = { id: 'X', at: '2026-11-03T12:00:00.000Z', amount: -100 };
    const W: Line = { id: 'W', at: '2026-11-20T12:00:00.000Z', amount: -700 };
    let served = statement(postedAfter(postedAfter(book, 'd03', X), 'd20', W));
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(postedAfter(book, 'd03', X)).filter((t) => t.id !== 'X');
    await run(acts);
    expect([await statusOf('W'), await statusOf('X')]).toEqual(['removed', 'posted']);
  });
});

describe('the widening path (incremental → full in one attempt)', () => {
  it('a back-dated posting widens the sync: a dropped line is kept, a withdrawn one removed', async () => {
    const D: Line = { id: 'D', at: '2026-11-12T15:00:00.000Z', amount: -4_000 };
    const W: Line = { id: 'W', at: '2026-11-20T15:00:00.000Z', amount: -700 };
    const B: Line = { id: 'B', at: '2026-11-08T15:00:00.000Z', amount: 12_345 };
    const book = postedAfter(postedAfter(daily(29), 'd12', D), 'd20', W);
    let served = statement(book);
    const acts = activities(monoServing(ACCOUNT, () => served));
    const backfill = await run(acts);
    // B back-dated to the 8th (balances after it rebuilt), W withdrawn (rebuilt), D dropped from this answer only.
    served = statement(postedAfter(book, 'd08', B).filter((l) => l.id !== 'W')).filter((t) => t.id !== 'D');
    const input = syncInput(ACCOUNT, 30, {
      mode: 'auto',
      watermark: backfill.newestRowAt,
      lastFullScanAt: new Date(Date.parse(NOW) - 3_600_000).toISOString(),
    });
    const out: SyncOutcome = await new MockActivityEnvironment().run(acts.syncAccount, input);
    expect({ widened: out.widened, D: await statusOf('D'), W: await statusOf('W'), B: await statusOf('B') }).toEqual({
      widened: true,
      D: 'posted',
      // D alone makes up what its break is short by: W cannot be one of the lines missing there.
      W: 'removed',
      B: 'posted',
    });
  });
});

describe('controls for refuted hypotheses', () => {
  it('stamped 40 s after the next posted line, across UTC midnight at a window edge: kept', async () => {
    const lines = daily(29).map((l) => (l.id === 'd17' ? { ...l, at: '2026-11-17T00:00:10.000Z' } : l));
    const L: Line = { id: 'L', at: '2026-11-17T00:00:50.000Z', amount: -150 };
    expect((await syncThenDrop(postedAfter(lines, 'd16', L), 'L')).status).toBe('posted');
  });
  it('the stored booked_at differs from what Mono serves for the same id (re-timed within the day): not removed', async () => {
    const book = daily(29);
    let served = statement(book);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(book.map((l) => (l.id === 'd12' ? { ...l, at: '2026-11-12T18:00:00.000Z' } : l)));
    const second = await run(acts);
    expect({ removed: second.removed, s: await statusOf('d12') }).toEqual({ removed: 0, s: 'posted' });
  });
});

describe('several rows missing between the same two lines', () => {
  it('a transfer and its reversal both left out of one answer (they net to zero, nothing breaks): kept', async () => {
    const out: Line = { id: 'out', at: '2026-11-12T13:00:00.000Z', amount: -25_000 };
    const back: Line = { id: 'back', at: '2026-11-12T14:00:00.000Z', amount: 25_000 };
    const all = statement(postedAfter(postedAfter(daily(29), 'd12', out), 'out', back));
    let served = all;
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = all.filter((t) => t.id !== 'out' && t.id !== 'back');
    const second = await run(acts);
    expect({ kept: second.unservedKept, out: await statusOf('out'), back: await statusOf('back') }).toEqual({
      kept: 2,
      out: 'posted',
      back: 'posted',
    });
  });

  it('two lines the bank withdrew there (balances rebuilt, not netting to zero): both removed', async () => {
    const a: Line = { id: 'a', at: '2026-11-12T13:00:00.000Z', amount: -25_000 };
    const b: Line = { id: 'b', at: '2026-11-12T14:00:00.000Z', amount: -1_000 };
    const lines = postedAfter(postedAfter(daily(29), 'd12', a), 'a', b);
    let served = statement(lines);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    served = statement(lines.filter((l) => l.id !== 'a' && l.id !== 'b'));
    expect(await run(acts)).toMatchObject({ removed: 2, unservedKept: 0 });
  });
});

describe('a line re-issued under a new id', () => {
  it('whose balance a back-dated posting moved is the same row, not a second one', async () => {
    const lines = daily(29);
    let served = statement(lines);
    const acts = activities(monoServing(ACCOUNT, () => served));
    await run(acts);
    const B: Line = { id: 'B', at: '2026-11-05T15:00:00.000Z', amount: 12_345 };
    served = statement(postedAfter(lines, 'd05', B)).map((t) => (t.id === 'd20' ? { ...t, id: 'd20-new' } : t));
    expect(await run(acts)).toMatchObject({ removed: 0, unservedKept: 0 });
    expect(await statusOf('d20-new')).toBe('posted');
    const live = await db()
      .selectFrom('bank_transactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', ACCOUNT)
      .where('status', '!=', 'removed')
      .executeTakeFirstOrThrow();
    expect(Number(live.n)).toBe(served.length);
  });
});
