import { describe, expect, it } from 'vitest';
import { MonoClient, type MonoTransaction } from '../../adapters/mono/index.js';
import { bookAccount } from '../support/book-account.js';
import { daily, monoServing, postedAfter, statement, type Line } from '../support/line-book.js';

/**
 * One fetch can serve one line twice under two ids: Mono's pages overlap, and the bank re-issues a line's id between
 * two page requests. Chaos seed 53440483 (52bf394, 2026-12-03) stored an ELECTRONIC MONEY TRANSFER LEVY twice that
 * way (one window, 202 distinct ids for Mono's 201 rows). Such a repeat is stored once, its id an alias of the line;
 * genuine twins (two real identical lines) are still stored apart. Full scans of 30 days in 7-day windows.
 */
const ACCOUNT = 'acc_same_line_two_ids';

const { db, activities, run } = bookAccount(ACCOUNT);

/**
 * A Mono whose pages of `pageSize` rows overlap by one row, newest first, filtered by UTC day; the row both pages
 * serve comes under a new id on one of them (`reissuedOn`): re-issued between the two requests.
 */
function overlappingChurningPages(
  served: () => MonoTransaction[],
  pageSize = 4,
  reissuedOn: () => 'later' | 'earlier' = () => 'later',
): MonoClient {
  const mono = monoServing(ACCOUNT, served);
  let reissued = 0;
  mono.listTransactions = async (_id, f = {}) => {
    const all = [...served()]
      .reverse()
      .filter((t) => (!f.start || t.date.slice(0, 10) >= f.start) && (!f.end || t.date.slice(0, 10) <= f.end));
    const page = f.page ?? 1;
    const step = pageSize - 1;
    const pages = all.length <= pageSize ? 1 : 1 + Math.ceil((all.length - pageSize) / step);
    const transactions = all
      .slice((page - 1) * step, (page - 1) * step + pageSize)
      .map((t, i) =>
        (reissuedOn() === 'later' ? page > 1 && i === 0 : page < pages && i === pageSize - 1)
          ? { ...t, id: `${t.id}~${++reissued}` }
          : t,
      );
    return { transactions, total: all.length, page, nextPage: page < pages ? page + 1 : null };
  };
  return mono;
}

async function live() {
  return db()
    .selectFrom('bank_transactions')
    .select(['id', 'provider_txn_id', 'amount_minor', 'balance_minor', 'booked_at'])
    .where('account_id', '=', ACCOUNT)
    .where('status', '!=', 'removed')
    .execute();
}

const tuples = (rows: Array<{ amount_minor: number; balance_minor: number | null; booked_at: string }>) =>
  rows.map((r) => `${r.booked_at}|${r.amount_minor}|${r.balance_minor}`).sort();
const truth = (s: MonoTransaction[]) =>
  s.map((t) => `${t.date}|${t.type === 'credit' ? t.amountMinor : -t.amountMinor}|${t.balanceMinor}`).sort();

/** Two levies of one narration, stamped at one instant. */
function levies(lines: Line[], ...ids: string[]): MonoTransaction[] {
  return statement(lines).map((t) => (ids.includes(t.id) ? { ...t, narration: 'ELECTRONIC MONEY TRANSFER LEVY' } : t));
}

describe('a line served twice in one fetch under two ids', () => {
  it('is stored once, the re-issued id recorded as its alias (chaos seed 53440483)', async () => {
    const served = statement(daily(29));
    let reissuedOn: 'later' | 'earlier' = 'later';
    const acts = activities(
      overlappingChurningPages(
        () => served,
        4,
        () => reissuedOn,
      ),
    );
    const first = await run(acts);
    const rows = await live();
    expect(tuples(rows)).toEqual(truth(served));
    expect(first).toMatchObject({ complete: true, balanceBreaks: 0 });
    const aliases = await db()
      .selectFrom('bank_transaction_aliases')
      .select(['provider_txn_id', 'transaction_id'])
      .where('account_id', '=', ACCOUNT)
      .execute();
    const reissued = aliases.filter((a) => a.provider_txn_id.includes('~'));
    expect(reissued.length).toBeGreaterThan(0);
    for (const a of reissued) {
      const own = rows.find((r) => Number(r.id) === Number(a.transaction_id))!;
      expect(own.provider_txn_id.split('~')[0]).toBe(a.provider_txn_id.split('~')[0]);
    }

    // The next sync: the same line under its stored id and a fresh one, in one fetch: nothing new.
    const second = await run(acts);
    expect(tuples(await live())).toEqual(truth(served));
    expect(second).toMatchObject({ complete: true, inserted: 0 });

    // And with the fresh id served first, the stored one repeating it: nothing new either.
    reissuedOn = 'earlier';
    const third = await run(acts);
    expect(tuples(await live())).toEqual(truth(served));
    expect(third).toMatchObject({ complete: true, inserted: 0, removed: 0 });
  });

  it('genuine twins (one instant, amount and narration; the balance moved between them) are both stored', async () => {
    const at = '2026-11-20T06:45:13.045Z';
    const book = postedAfter(daily(29), 'd20', { id: 'L1', at, amount: -5_000 }, { id: 'L2', at, amount: -5_000 });
    const served = levies(book, 'L1', 'L2');
    const acts = activities(overlappingChurningPages(() => served, 3));
    expect(await run(acts)).toMatchObject({ complete: true, balanceBreaks: 0 });
    expect(tuples(await live())).toEqual(truth(served));
  });

  it('twins the running balance cannot tell apart (a refund between them, one stamp for the day) are both stored', async () => {
    const at = '2026-11-20T00:00:00.000Z';
    const book = postedAfter(
      daily(29),
      'd20',
      { id: 'L1', at, amount: -5_000 },
      { id: 'R', at, amount: 5_000 },
      { id: 'L2', at, amount: -5_000 },
    );
    const served = levies(book, 'L1', 'L2');
    expect(served.find((t) => t.id === 'L1')!.balanceMinor).toBe(served.find((t) => t.id === 'L2')!.balanceMinor);
    const acts = activities(monoServing(ACCOUNT, () => served));
    expect(await run(acts)).toMatchObject({ complete: true });
    expect(tuples(await live())).toEqual(truth(served));
  });

  it('lines without a running balance are never merged (nothing tells a twin from a repeat)', async () => {
    const book = daily(29).map((l) => ({ ...l, withBalance: false }));
    const served = statement(book);
    const acts = activities(overlappingChurningPages(() => served));
    await run(acts);
    // Every re-issued repeat stays a line of its own: the price of not losing a twin.
    expect((await live()).length).toBeGreaterThan(served.length);
  });
});
