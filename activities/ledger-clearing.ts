import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { LedgerAdapter } from '../adapters/ledger/types.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { settles } from './ledger-settlements.js';

export const CLEARED_ACTION = 'ledger.mark-reconciled';

export interface ClearingOutcome {
  /** Entries the books now mark cleared. */
  marked: number;
  /** Why the books refused, when they did (nothing is marked then; the next run tries again). */
  refused: string | null;
}

/**
 * Marks cleared in the books (hledger's `*`) the entries matches hold in a signed bank reconciliation: the bank lines
 * of a finished statement's period are locked, so what matched them stands, and the books then show as cleared what
 * the bank has paid. Matches of an open period are not marked: a person may still undo them, and the books' mark is
 * not taken back. Adapters that settle matches (Xero, QuickBooks, Zoho) record the same thing their own way.
 */
export async function markSignedMatchesCleared(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string; adapter: LedgerAdapter },
): Promise<ClearingOutcome | null> {
  const { adapter } = input;
  if (!adapter.markReconciled || settles(adapter)) return null;
  const lock = await createStatementRepository(deps.db).lockOf(input.accountId);
  if (!lock || lock.kind !== 'statement') return { marked: 0, refused: null };
  const repo = createMatchRepository(deps.db);
  const groups = (await repo.listGroups(input.accountId, { status: ['auto', 'confirmed', 'manual'] })).filter(
    (g) => g.ledgerIds.length > 0,
  );
  const lineDates = new Map(
    (await repo.bankRows([...new Set(groups.flatMap((g) => g.bankIds))])).map((r) => [Number(r.id), r.business_date]),
  );
  const signed = groups.filter((g) => g.bankIds.every((id) => (lineDates.get(id) ?? '9999-12-31') <= lock.through));
  const audit = createAuditRepository(deps.db);
  const marked = new Set((await audit.listActionsOfAccount(input.accountId, [CLEARED_ACTION])).map((r) => r.entity_id));
  const entries = (await repo.ledgerRows([...new Set(signed.flatMap((g) => g.ledgerIds))])).filter(
    (e) =>
      e.source_id === input.sourceId &&
      e.status === 'open' &&
      e.external_id !== null &&
      !marked.has(`${input.sourceId}:${e.external_id}`),
  );
  if (entries.length === 0) return { marked: 0, refused: null };
  const externalIds = entries.map((e) => e.external_id!);
  try {
    await adapter.markReconciled(externalIds);
  } catch (err) {
    const refused = err instanceof Error ? err.message : String(err);
    deps.logger.warn(
      { accountId: input.accountId, sourceId: input.sourceId, entries: externalIds.length, reason: refused },
      'the books did not mark the signed matches cleared',
    );
    return { marked: 0, refused };
  }
  // The store's entries stay open, held by their matches: a match undone after a reopening leaves its entry free
  // to match again (the books' mark stays until a person takes it off there). Each entry is marked once.
  const at = new Date().toISOString();
  await audit.appendMany(
    externalIds.map((id) => ({
      at,
      actor: 'system',
      action: CLEARED_ACTION,
      entityType: 'ledger_entry',
      entityId: `${input.sourceId}:${id}`,
      accountId: input.accountId,
      detail: { sourceId: input.sourceId, externalId: id, through: lock.through },
    })),
  );
  return { marked: externalIds.length, refused: null };
}
