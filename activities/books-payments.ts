import type { Kysely } from 'kysely';
import { sharesWord } from '../adapters/reports/carried-postings.js';
import { addBusinessDays } from '../domain/dates.js';
import { isPosting } from '../domain/ledger.js';
import { listOpenPostingsOfAmount } from '../db/ledger-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

/** How far from the bank's date the books may date a payment they recorded themselves (a day's lag each way, and more). */
const WINDOW_DAYS = 10;

/**
 * Joins to a match of documents the payment the books recorded for them themselves: the team recorded it by hand
 * (before or after bankfeed matched the line; a write-back is then refused, the document being paid already), or
 * write-back is off. Left apart, the statement listed the line as "payment not yet recorded in the books" and the
 * books' payment as a deposit in transit (or an unpresented payment), the two cancelling. Only a match whose every
 * entry is a document the books have closed as paid since, and no posting yet; only a free posting of the bank's
 * whole amount, dated near the line, naming the documents' party or reference; and only when exactly one is. Run
 * after each pull of the source, before matching. Returns how many were joined.
 */
export async function joinBooksPayments(
  db: Kysely<Database>,
  input: { accountId: string; sourceId: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const repo = createMatchRepository(trx);
    await repo.lockAccount(input.accountId);
    const groups = (await repo.listGroups(input.accountId, { status: ['auto', 'confirmed', 'manual'] })).filter(
      (g) => g.ledgerIds.length > 0 && g.bankIds.length > 0,
    );
    // every held entry read at once: most matches hold a posting and are passed over without another query
    const rows = new Map((await repo.ledgerRows(groups.flatMap((g) => g.ledgerIds))).map((r) => [Number(r.id), r]));
    let joined = 0;
    for (const g of groups) {
      const entries = g.ledgerIds.flatMap((id) => rows.get(id) ?? []);
      const paidDocuments =
        entries.length === g.ledgerIds.length &&
        entries.every((e) => e.source_id === input.sourceId && !isPosting(e) && e.closed_reason === 'paid');
      if (!paidDocuments) continue;
      const lines = await repo.bankRows(g.bankIds);
      const total = lines.reduce((t, l) => t + Number(l.amount_minor), 0);
      const day = lines.reduce((d, l) => (l.business_date > d ? l.business_date : d), '');
      const names = entries.map((e) => `${e.reference ?? ''} ${e.party ?? ''}`).join(' ');
      const candidates = [];
      for (const p of await listOpenPostingsOfAmount(trx, input.sourceId, {
        amountMinor: total,
        from: addBusinessDays(day, -WINDOW_DAYS),
        to: addBusinessDays(day, WINDOW_DAYS),
      })) {
        if (!sharesWord(`${p.reference ?? ''} ${p.party ?? ''} ${p.description ?? ''}`, names)) continue;
        if ((await repo.activeHolders([{ side: 'ledger', itemId: Number(p.id) }])).size > 0) continue;
        candidates.push(p);
      }
      if (candidates.length !== 1) continue;
      const p = candidates[0]!;
      await repo.addItems(g.id, g.status, [
        { side: 'ledger', itemId: Number(p.id), amountMinor: Number(p.amount_minor) },
      ]);
      joined++;
    }
    return joined;
  });
}
