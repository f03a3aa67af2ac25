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
  if (accountId === null) return;
  const locked = await createStatementRepository(db).firstLockedLine(accountId, bankIds);
  if (locked)
    throw new ReconciliationError(
      'invalid_state',
      `${operation}: bank line ${locked.id} (${locked.businessDate}) is in reconciliation #${locked.lock.checkpointId} finished to ${locked.lock.through}; an admin must unlock it first`,
    );
}
