import type { Kysely } from 'kysely';
import { bankLineOf } from '../activities/reconciliation-service.js';
import { listLiveLinesOfAmounts } from '../db/bank-transaction-repository.js';
import { createReviewRepository } from '../db/review-repository.js';
import type { BankTransactionRow, Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { carriedReversalPairs } from '../matching/carried-reversals.js';

/** A line reversing a bank line a finished reconciliation carried (a transfer that failed just before its end). */
export interface CarriedReversal {
  /** the carried line it reverses */
  line: { date: string; description: string; signedMinor: number };
  /** open period: the reconciliation carrying the line; a finished one: the reconciliation that decided the two */
  checkpointId: number;
  /** whether a finished reconciliation decided it (the line is in its locked period) */
  finished: boolean;
}

/** How many of the period's lines of the carried amounts are read: far more than a period holds of one amount. */
const LINES_OF_AMOUNTS = 2_000;

/**
 * Of `open` (lines of the open period no decision holds, with no book entry among their candidates), those the
 * statement pairs with a bank line the last finished reconciliation carried: the engine's pairing
 * (matching/carried-reversals.ts) over the same carried lines and the period's lines of their amounts, as the report
 * builder makes it, so the queue says what the statement does.
 */
export async function carriedReversalsOf(
  db: Kysely<Database>,
  accountId: string,
  open: readonly BankTransactionRow[],
): Promise<Map<number, CarriedReversal>> {
  const found = new Map<number, CarriedReversal>();
  if (open.length === 0) return found;
  const cp = await createStatementRepository(db).latest(accountId);
  const carried = (cp?.items ?? []).filter((i) => i.side === 'bank' && i.amountMinor !== 0);
  if (!cp || carried.length === 0) return found;
  const period = await listLiveLinesOfAmounts(
    db,
    accountId,
    cp.periodEnd,
    carried.map((i) => i.amountMinor),
    LINES_OF_AMOUNTS,
  );
  const asked = new Set(open.map((b) => String(b.id)));
  const byId = new Map(carried.map((i) => [i.id, i]));
  for (const p of carriedReversalPairs(carried, period.map(bankLineOf))) {
    const line = byId.get(p.line);
    if (line && asked.has(p.reversal))
      found.set(Number(p.reversal), {
        line: { date: line.date, description: line.description, signedMinor: line.amountMinor },
        checkpointId: cp.id,
        finished: false,
      });
  }
  return found;
}

/**
 * Of `locked` (lines no group holds in a finished reconciliation's period), those it decided as reversing a carried
 * line (kept with it: StatementCheckpoint.reversals), with the line reversed.
 */
export async function finishedReversalsOf(
  db: Kysely<Database>,
  accountId: string,
  locked: readonly BankTransactionRow[],
): Promise<Map<number, CarriedReversal>> {
  const found = new Map<number, CarriedReversal>();
  if (locked.length === 0) return found;
  const decided = await createStatementRepository(db).reversedLines(accountId);
  const mine = locked.filter((b) => decided.has(String(b.id)));
  if (mine.length === 0) return found;
  const reversed = new Map(
    (
      await createReviewRepository(db).bankByIds(
        accountId,
        mine.map((b) => Number(decided.get(String(b.id))!.reverses)),
      )
    ).map((b) => [String(b.id), b]),
  );
  for (const b of mine) {
    const d = decided.get(String(b.id))!;
    const line = reversed.get(d.reverses);
    if (line)
      found.set(Number(b.id), {
        line: { date: line.business_date, description: line.narration, signedMinor: Number(line.amount_minor) },
        checkpointId: d.checkpointId,
        finished: true,
      });
  }
  return found;
}
