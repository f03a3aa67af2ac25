import type { Kysely } from 'kysely';
import { listLiveBankTransactions } from '../db/bank-transaction-repository.js';
import { ACTIVE_STATUSES, createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

/** A bank line dated on or before a day that the books did not hold by then: a reconciling item at that day. */
export interface BankLineOpenAt {
  id: string;
  date: string;
  narration: string;
  /** Signed as it moved the account (money in positive). */
  amountMinor: number;
  /** The date of the book entry matched to it, when the books recorded that after the day. */
  bookedOn: string | null;
}

/**
 * The account's bank lines dated on or before `date` that no book entry dated on or before it clears: what the bank
 * had and the books lacked at the end of that day (a month-end charge, interest, a receipt the books recorded later),
 * newest first. A line matched to an entry dated after the day was outstanding then too; it is listed with that date.
 */
export async function bankLinesOpenAt(
  db: Kysely<Database>,
  q: { accountId: string; date: string },
): Promise<BankLineOpenAt[]> {
  const repo = createMatchRepository(db);
  const groups = (await repo.listGroups(q.accountId, { status: [...ACTIVE_STATUSES] })).filter(
    (g) => g.ledgerIds.length > 0,
  );
  const entryDate = new Map(
    (await repo.ledgerRows([...new Set(groups.flatMap((g) => g.ledgerIds))])).map((r) => [Number(r.id), r.entry_date]),
  );
  // by line, the earliest date the books hold its entries at
  const booked = new Map<number, string>();
  for (const g of groups) {
    const first = g.ledgerIds
      .map((id) => entryDate.get(id) ?? '')
      .filter(Boolean)
      .sort()[0];
    if (!first) continue;
    for (const id of g.bankIds) {
      const had = booked.get(id);
      if (had === undefined || first < had) booked.set(id, first);
    }
  }
  const rows = await listLiveBankTransactions(db, q.accountId, { from: '0001-01-01', to: q.date });
  return rows
    .filter((r) => Number(r.amount_minor) !== 0)
    .filter((r) => {
      const d = booked.get(Number(r.id));
      return d === undefined || d > q.date;
    })
    .map((r) => ({
      id: String(r.id),
      date: r.business_date,
      narration: r.narration ?? '',
      amountMinor: Number(r.amount_minor),
      bookedOn: booked.get(Number(r.id)) ?? null,
    }))
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : Number(b.id) - Number(a.id)));
}
