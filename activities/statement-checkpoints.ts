import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/audit-repository.js';
import type { Database } from '../db/schema.js';
import { createStatementRepository, type NewStatementCheckpoint } from '../db/statement-repository.js';
import type { StatementCheckpoint } from '../domain/statement.js';

export class StatementCheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReconciliationCheckpointError';
  }
}

export type FinishStatementInput = Omit<NewStatementCheckpoint, 'finishedAt'> & { finishedAt?: string };

/**
 * Finishes a statement reconciliation: refused unless the difference is zero and the books' balance is the books'
 * own (an assumed balance cannot be signed), and unless it ends after the account's last finished one. Stored with
 * its outstanding items and audited in one transaction; the next statement carries it forward.
 */
export async function finishStatementReconciliation(
  db: Kysely<Database>,
  input: FinishStatementInput,
  opts: {
    /**
     * The statement's report as signed (JSON), made in the finishing transaction from the store as it stands then: kept
     * with it, so that its workbook never changes with what the books and the review do later.
     */
    signedReport?: (trx: Kysely<Database>, saved: StatementCheckpoint) => Promise<string>;
  } = {},
): Promise<StatementCheckpoint> {
  if (input.differenceMinor !== 0)
    throw new StatementCheckpointError(
      `the statement of ${input.accountId} to ${input.periodEnd} does not balance (difference ${input.differenceMinor} minor units): resolve the items first`,
    );
  if (input.bookBalanceSource === 'assumed' || input.bookBalanceSource === 'unknown')
    throw new StatementCheckpointError(
      `the balance per books of ${input.accountId} is not known (${input.bookBalanceSource}): state it before finishing`,
    );
  const finishedAt = input.finishedAt ?? new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const statements = createStatementRepository(trx);
    const last = await statements.latest(input.accountId);
    if (last && last.periodEnd >= input.periodEnd)
      throw new StatementCheckpointError(
        `${input.accountId} already has a finished reconciliation to ${last.periodEnd} (#${last.id}); reopen it to redo ${input.periodEnd}`,
      );
    const saved = await statements.insert({ ...input, finishedAt });
    await createAuditRepository(trx).append({
      at: finishedAt,
      actor: input.finishedBy,
      action: 'statement.finish',
      entityType: 'statement_reconciliation',
      entityId: String(saved.id),
      accountId: input.accountId,
      after: {
        periodEnd: saved.periodEnd,
        statementBalanceMinor: saved.statementBalanceMinor,
        statementBalanceSource: saved.statementBalanceSource,
        bookBalanceMinor: saved.bookBalanceMinor,
        bookBalanceSource: saved.bookBalanceSource,
        // carried from an agreed starting point, not a finished reconciliation: the trail says which, as the page does
        ...(last?.kind === 'opening' ? { fromAgreedStart: true } : {}),
        outstandingItems: saved.items.length,
      },
    });
    // after the audit row: the report as signed has the finish in its trail
    if (opts.signedReport) await statements.keepSignedReport(saved.id, await opts.signedReport(trx, saved));
    return saved;
  });
}

/** Reopens a finished reconciliation (an audited admin action); later statements stop carrying it forward. */
export async function reopenStatementReconciliation(
  db: Kysely<Database>,
  input: { id: number; by: string; reason: string; at?: string },
): Promise<StatementCheckpoint> {
  const at = input.at ?? new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const statements = createStatementRepository(trx);
    const c = await statements.get(input.id);
    if (!c) throw new StatementCheckpointError(`no finished reconciliation #${input.id}`);
    const later = await statements.latest(c.accountId);
    if (later && later.id !== c.id && later.periodEnd > c.periodEnd)
      throw new StatementCheckpointError(
        `reconciliation #${c.id} is followed by #${later.id} (to ${later.periodEnd}): reopen that one first`,
      );
    if (!(await statements.reopen(c.id, input.by, at)))
      throw new StatementCheckpointError(`reconciliation #${c.id} is already reopened`);
    await createAuditRepository(trx).append({
      at,
      actor: input.by,
      action: 'statement.reopen',
      entityType: 'statement_reconciliation',
      entityId: String(c.id),
      accountId: c.accountId,
      detail: { reason: input.reason },
      before: { reopenedAt: null },
      // the kind: undoing an agreed starting point is no reopening of a signed statement, and the trail says so
      after: { reopenedAt: at, reopenedBy: input.by, kind: c.kind },
    });
    return { ...c, reopenedBy: input.by, reopenedAt: at };
  });
}
