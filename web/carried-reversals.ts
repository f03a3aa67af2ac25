import type { Kysely } from 'kysely';
import {
  carriedBankItem,
  readsAsReversal,
  takeCarriedReversals,
  type StatementItem,
} from '../adapters/reports/index.js';
import { createMatchRepository } from '../db/match-repository.js';
import { createReviewRepository } from '../db/review-repository.js';
import type { BankTransactionRow, Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';

/** A line reversing a bank line a finished reconciliation carried (a transfer that failed just before its end). */
export interface CarriedReversal {
  /** the carried line it reverses */
  line: { date: string; description: string; signedMinor: number };
  /** open period: the reconciliation carrying the line; a finished one: the reconciliation that decided the two */
  checkpointId: number;
  /** whether a finished reconciliation decided it (the line is in its locked period) */
  finished: boolean;
}

/** How many of the account's free lines are read to pair reversals as the statement does (earliest first). */
const FREE_LINES_READ = 5_000;

const reversalText = (b: BankTransactionRow) => readsAsReversal(`${b.narration} ${b.reference ?? ''}`);

/**
 * Of `free` (lines no group holds and no suggestion offers anything for), those the statement pairs with a bank line
 * the last finished reconciliation carried (a transfer that failed just before its end): the same pairing, over the
 * same carried lines and every free reversal of the period, so the queue says what the statement does.
 */
export async function carriedReversalsOf(
  db: Kysely<Database>,
  accountId: string,
  free: readonly BankTransactionRow[],
): Promise<Map<number, CarriedReversal>> {
  const found = new Map<number, CarriedReversal>();
  if (!free.some(reversalText)) return found;
  const cp = await createStatementRepository(db).latest(accountId);
  const carried = (cp?.items ?? []).filter((i) => i.side === 'bank' && i.amountMinor !== 0).map(carriedBankItem);
  if (!cp || carried.length === 0) return found;
  const reversals: StatementItem[] = (await createMatchRepository(db).unheldBankLines(accountId, FREE_LINES_READ))
    .filter((b) => b.business_date > cp.periodEnd && reversalText(b))
    .map((b) => ({
      source: 'bank',
      id: String(b.id),
      date: b.business_date,
      reference: b.reference,
      description: b.narration,
      amountMinor: Math.abs(Number(b.amount_minor)),
      signedMinor: Number(b.amount_minor),
      group: 'reversal',
    }));
  const all = [...carried, ...reversals];
  const pairs = takeCarriedReversals(
    all.filter((i) => (i.signedMinor ?? 0) > 0),
    all.filter((i) => (i.signedMinor ?? 0) < 0),
  );
  const asked = new Set(free.map((b) => String(b.id)));
  for (const p of pairs)
    if (asked.has(p.reversal.id))
      found.set(Number(p.reversal.id), {
        line: { date: p.line.date, description: p.line.description, signedMinor: p.line.signedMinor ?? 0 },
        checkpointId: cp.id,
        finished: false,
      });
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
