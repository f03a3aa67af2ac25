import { createReconciliationService } from '../../../activities/reconciliation-service.js';
import { type Harness, OPENING_MINOR, suggestions } from './harness.js';
import { minorToMajorString } from '../../../domain/money.js';

/**
 * Decides every line of the account as a reviewer would: the best suggestion, or bank-only to a named account. With
 * `after`, only the lines dated after it (those before an agreed starting point are out of scope).
 */
export async function decideEverything(h: Harness, actor = 'rita', after?: string): Promise<void> {
  const service = createReconciliationService({ db: h.db.db });
  const inScope = await linesAfter(h, after);
  const taken = new Set<number>();
  for (const g of (await suggestions(h)).sort((a, b) => b.confidence - a.confidence)) {
    if (g.bankIds.some((b) => taken.has(b) || !inScope(b))) continue;
    await service.confirm(g.id, actor);
    g.bankIds.forEach((b) => taken.add(b));
  }
  await explainTheRest(h, actor, after);
}

/** The account's lines no group holds (dated after `after`, when given), explained as bank-only to a suspense account. */
export async function explainTheRest(h: Harness, actor = 'rita', after?: string): Promise<void> {
  const service = createReconciliationService({ db: h.db.db });
  const inScope = await linesAfter(h, after);
  const held = new Set(
    (
      await h.db.db
        .selectFrom('match_items')
        .select('item_id')
        .where('side', '=', 'bank')
        .where('active', '=', 1)
        .execute()
    ).map((r) => Number(r.item_id)),
  );
  for (const b of h.bank.filter((id) => !held.has(id) && inScope(id)))
    await service.manualMatch({
      accountId: h.accountId,
      bankIds: [b],
      ledgerIds: [],
      actor,
      writeOffAccount: 'Suspense',
    });
}

/** Whether a bank line is dated after `after` (every line, without it). */
async function linesAfter(h: Harness, after: string | undefined): Promise<(id: number) => boolean> {
  if (after === undefined) return () => true;
  const rows = await h.db.db.selectFrom('bank_transactions').select(['id', 'business_date']).execute();
  const on = new Map(rows.map((r) => [Number(r.id), r.business_date]));
  return (id) => on.get(id)! > after;
}

/**
 * The books as their own export states them: the opening balance and every entry. Bank-only lines and write-offs
 * decided in the app are not in it yet: the statement lists them as reconciling items.
 */
export async function booksBalance(h: Harness): Promise<number> {
  const ledger = await h.db.db
    .selectFrom('ledger_entries')
    .select('amount_minor')
    .where('source_id', '=', `books-${h.accountId}`)
    .execute();
  return OPENING_MINOR + ledger.reduce((s, r) => s + Number(r.amount_minor), 0);
}

/** An amount in minor units as a person types it in a form ("372846.25"), through the one money formatter. */
export const typed = (minor: number): string => minorToMajorString(minor, 'NGN');
