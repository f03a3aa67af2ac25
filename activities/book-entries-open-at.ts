import type { Kysely } from 'kysely';
import { businessDatesOf } from '../db/bank-transaction-repository.js';
import { bookRefOf, listLedgerEntriesThrough } from '../db/ledger-repository.js';
import { ACTIVE_STATUSES, createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

/** A book entry of the bank's ledger account still open at the end of a day: a reconciling item there. */
export interface BookEntryOpenAt {
  id: string;
  date: string;
  reference: string | null;
  description: string;
  /** Signed as it affects the bank account (money in positive). */
  amountMinor: number;
  /** The business date of the bank line after the day that cleared it (an active match), if one has. */
  clearedOn: string | null;
  /** Not cleared: the date of the earliest bank line suggested for it (the feed may show it paid then). */
  suggestedOn: string | null;
}

/**
 * The bound ledger account's open entries dated on or before `date` that no bank line dated on or before it clears:
 * what was outstanding at the end of that day (an agreed starting point's deposits in transit and unpresented
 * payments), newest first. An entry a later line clears was outstanding then too; it is listed with that line's date.
 */
export async function bookEntriesOpenAt(
  db: Kysely<Database>,
  q: { accountId: string; ledgerSourceId: string; ledgerAccount: string | null; date: string },
): Promise<BookEntryOpenAt[]> {
  const groups = await createMatchRepository(db).listGroups(q.accountId, {
    status: [...ACTIVE_STATUSES, 'suggested'],
  });
  const bankDate = await businessDatesOf(db, [...new Set(groups.flatMap((g) => g.bankIds))]);
  const clearedOn = new Map<number, string>();
  const suggestedOn = new Map<number, string>();
  for (const g of groups) {
    const dates = g.bankIds.map((id) => bankDate.get(id) ?? '');
    if ((ACTIVE_STATUSES as readonly string[]).includes(g.status)) {
      const last = dates.reduce((a, b) => (a > b ? a : b), '');
      for (const id of g.ledgerIds) clearedOn.set(id, last);
    } else {
      const first = dates.filter(Boolean).sort()[0];
      if (first)
        for (const id of g.ledgerIds) {
          const had = suggestedOn.get(id);
          if (had === undefined || first < had) suggestedOn.set(id, first);
        }
    }
  }
  const rows = await listLedgerEntriesThrough(db, q.ledgerSourceId, q.date, q.ledgerAccount);
  return rows
    .filter((r) => r.status === 'open' && Number(r.amount_minor) !== 0)
    .filter((r) => {
      const d = clearedOn.get(Number(r.id));
      return d === undefined || d > q.date;
    })
    .map((r) => ({
      id: String(r.id),
      date: r.entry_date,
      reference: bookRefOf(r),
      description: r.description ?? '',
      amountMinor: Number(r.amount_minor),
      clearedOn: clearedOn.get(Number(r.id)) ?? null,
      suggestedOn: clearedOn.has(Number(r.id)) ? null : (suggestedOn.get(Number(r.id)) ?? null),
    }))
    .reverse();
}
