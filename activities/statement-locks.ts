import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { ReconciliationError } from './reconciliation-errors.js';

/**
 * A finished statement reconciliation locks the account's bank lines dated up to its end: decisions on them (from the
 * web app or the CLI) are refused until an admin reopens it, so a signed statement cannot change underneath.
 */
export async function assertLinesUnlocked(
  db: Kysely<Database>,
  operation: string,
  accountId: string | null,
  bankIds: number[],
): Promise<void> {
  if (accountId === null || bankIds.length === 0) return;
  const latest = await createStatementRepository(db).latest(accountId);
  if (!latest) return;
  const locked = await db
    .selectFrom('bank_transactions')
    .select(['id', 'business_date'])
    .where('id', 'in', bankIds)
    .where('business_date', '<=', latest.periodEnd)
    .orderBy('id')
    .executeTakeFirst();
  if (locked)
    throw new ReconciliationError(
      'invalid_state',
      `${operation}: bank line ${locked.id} (${locked.business_date}) is in reconciliation #${latest.id} finished to ${latest.periodEnd}; an admin must unlock it first`,
    );
}
