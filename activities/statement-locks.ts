import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createStatementRepository, type LockedLine } from '../db/statement-repository.js';
import { normalizeCurrency } from '../domain/currency.js';
import { formatMoney } from '../domain/money.js';
import { ReconciliationError } from './reconciliation-errors.js';

/**
 * Why a decision on a locked line is refused: one wording wherever it is refused (the web app shows it as it is; the
 * services, which the CLI uses, put the operation before it).
 */
export function lockedLineMessage(line: LockedLine): string {
  // the line as a person finds it on the page: its date, narration and amount (its database number means nothing)
  const what = `the bank line of ${line.businessDate}, ${[line.narration?.trim(), lineAmount(line)].filter(Boolean).join(' ')},`;
  // a line before an agreed starting point was never in a signed statement: it is out of scope, not signed
  if (line.lock.kind === 'opening')
    return `${what} is before the agreed starting point #${line.lock.checkpointId} at ${line.lock.through}, out of scope; an admin must unlock the starting point first`;
  return `${what} is in reconciliation #${line.lock.checkpointId} finished to ${line.lock.through}; an admin must unlock it first`;
}

function lineAmount(line: LockedLine): string {
  try {
    return formatMoney({ minor: line.amountMinor, currency: normalizeCurrency(line.currency) }, { sign: 'always' });
  } catch {
    return '';
  }
}

/**
 * A finished statement reconciliation locks the account's bank lines dated up to its end: decisions on them (from the
 * web app or the CLI) are refused until an admin reopens it, so a signed statement cannot change underneath. The
 * refusal names `operation` first (the services); the web app passes null and shows the reason as it is.
 */
export async function assertLinesUnlocked(
  db: Kysely<Database>,
  operation: string | null,
  accountId: string | null,
  bankIds: number[],
): Promise<void> {
  if (accountId === null) return;
  const locked = await createStatementRepository(db).firstLockedLine(accountId, bankIds);
  if (locked)
    throw new ReconciliationError(
      'invalid_state',
      operation === null ? lockedLineMessage(locked) : `${operation}: ${lockedLineMessage(locked)}`,
    );
}
