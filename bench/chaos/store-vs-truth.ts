import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { TruthTransaction } from '../../sandbox/server.js';

export interface AccountComparison {
  accountId: string;
  expected: number;
  stored: number;
  missing: number;
  /** Stored rows that repeat a ground-truth row already stored (same signed amount and running balance). */
  duplicated: number;
  /** Stored rows that match no ground-truth row at all. */
  unexpected: number;
  /** Provider ids stored twice among live rows. */
  repeatedIds: number;
  /** When each unexpected row was booked (a pending row is booked at its authorisation). */
  unexpectedBookedAt: string[];
}

function tupleOf(amount: number, balance: number | null): string {
  return `${amount}|${balance}`;
}

function counts(xs: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/**
 * Compares one account's live stored rows with the sandbox's posted ground truth, as multisets of (signed amount,
 * running balance): the running balance makes every posted row distinct, so a twin is never mistaken for a duplicate.
 */
export async function compareAccount(
  db: Kysely<Database>,
  accountId: string,
  truth: TruthTransaction[],
): Promise<AccountComparison> {
  const rows = await db
    .selectFrom('bank_transactions')
    .select(['provider_txn_id', 'amount_minor', 'balance_minor', 'booked_at'])
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .execute();
  const want = counts(truth.map((t) => tupleOf(t.type === 'credit' ? t.amount : -t.amount, t.balance)));
  const have = counts(
    rows.map((r) => tupleOf(Number(r.amount_minor), r.balance_minor === null ? null : Number(r.balance_minor))),
  );
  let missing = 0;
  let duplicated = 0;
  let unexpected = 0;
  for (const [k, n] of want) missing += Math.max(0, n - (have.get(k) ?? 0));
  for (const [k, n] of have) {
    const w = want.get(k) ?? 0;
    if (w === 0) unexpected += n;
    else duplicated += Math.max(0, n - w);
  }
  const unexpectedBookedAt = rows
    .filter(
      (r) => !want.has(tupleOf(Number(r.amount_minor), r.balance_minor === null ? null : Number(r.balance_minor))),
    )
    .map((r) => r.booked_at);
  const ids = new Set(rows.map((r) => r.provider_txn_id));
  return {
    accountId,
    expected: truth.length,
    stored: rows.length,
    missing,
    duplicated,
    unexpected,
    repeatedIds: rows.length - ids.size,
    unexpectedBookedAt,
  };
}
