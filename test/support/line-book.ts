import { MonoClient, type MonoTransaction } from '../../adapters/mono/index.js';

/** Books written line by line for feed tests: a statement in posting order, served by a stub Mono. */
export interface Line {
  id: string;
  at: string;
  amount: number;
  /** Null: the bank gives no running balance on this line. */
  withBalance?: boolean;
}

/** A statement in posting order with its running balances, from an opening balance. */
export function statement(lines: Line[], opening = 1_000_000): MonoTransaction[] {
  let balance = opening;
  return lines.map((l) => {
    balance += l.amount;
    return {
      id: l.id,
      narration: `line ${l.id}`,
      amountMinor: Math.abs(l.amount),
      type: l.amount >= 0 ? 'credit' : 'debit',
      balanceMinor: l.withBalance === false ? null : balance,
      date: l.at,
      category: null,
      currency: 'NGN',
    };
  });
}

/** One line a day at 10:00 UTC from November 1st for `days` days, amounts varying so balances never repeat. */
export function daily(days: number, skip: (day: number) => boolean = () => false): Line[] {
  const out: Line[] = [];
  for (let d = 1; d <= days; d++) {
    if (skip(d)) continue;
    const day = String(d).padStart(2, '0');
    out.push({ id: `d${day}`, at: `2026-11-${day}T10:00:00.000Z`, amount: d % 3 === 0 ? -(d * 1_001) : d * 2_003 });
  }
  return out;
}

/** A Mono serving `served()` (newest first, as Mono lists), filtered by UTC day like Mono's start/end. */
export function monoServing(accountId: string, served: () => MonoTransaction[]): MonoClient {
  const mono = new MonoClient({ baseUrl: 'http://127.0.0.1:9', secretKey: 'test_sk' });
  mono.listTransactions = async (_id, f = {}) => {
    const all = [...served()]
      .reverse()
      .filter((t) => (!f.start || t.date.slice(0, 10) >= f.start) && (!f.end || t.date.slice(0, 10) <= f.end));
    const limit = f.limit ?? 100;
    const page = f.page ?? 1;
    const transactions = all.slice((page - 1) * limit, page * limit);
    return { transactions, total: all.length, page, nextPage: page * limit < all.length ? page + 1 : null };
  };
  mono.getBalance = async () => ({ accountId, balanceMinor: null, currency: null });
  return mono;
}

/** `lines` with `posted` put in posting order right after the line `after`. */
export function postedAfter(lines: Line[], after: string, ...posted: Line[]): Line[] {
  const out = [...lines];
  out.splice(out.findIndex((l) => l.id === after) + 1, 0, ...posted);
  return out;
}
