import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { LedgerAdapter } from '../adapters/ledger/types.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { settles } from './ledger-settlements.js';

export const CLEARED_ACTION = 'ledger.mark-reconciled';
export const UNCLEARED_ACTION = 'ledger.unmark-reconciled';

export interface ClearingOutcome {
  /** Entries the books now mark cleared. */
  marked: number;
  /** Entries whose mark was taken back (no signed match holds them any longer). */
  unmarked: number;
  /** Why the books refused, when they did (nothing is changed then; the next run tries again). */
  refused: string | null;
}

/**
 * Marks cleared in the books (hledger's `*`) the entries matches hold in a signed bank reconciliation: the bank lines
 * of a finished statement's period are locked, so what matched them stands, and the books then show as cleared what
 * the bank has paid. Matches of an open period are not marked: a person may still undo them. A mark bankfeed made is
 * taken back (where the books can) once no signed match holds its entry: the period reopened, the match undone. Adapters
 * that settle matches (Xero, QuickBooks, Zoho) record the same thing their own way.
 */
export async function markSignedMatchesCleared(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string; adapter: LedgerAdapter },
): Promise<ClearingOutcome | null> {
  const { adapter } = input;
  if (!adapter.markReconciled || settles(adapter)) return null;
  const lock = await createStatementRepository(deps.db).lockOf(input.accountId);
  const through = lock?.kind === 'statement' ? lock.through : null;
  const repo = createMatchRepository(deps.db);
  const groups = (await repo.listGroups(input.accountId, { status: ['auto', 'confirmed', 'manual'] })).filter(
    (g) => g.ledgerIds.length > 0,
  );
  const lineDates = new Map(
    (await repo.bankRows([...new Set(groups.flatMap((g) => g.bankIds))])).map((r) => [Number(r.id), r.business_date]),
  );
  const signed =
    through === null
      ? []
      : groups.filter((g) => g.bankIds.every((id) => (lineDates.get(id) ?? '9999-12-31') <= through));
  const audit = createAuditRepository(deps.db);
  // what bankfeed's marks stand at now: each entry's latest mark or unmark
  const marked = new Map<string, string>();
  for (const r of await audit.listActionsOfAccount(input.accountId, [CLEARED_ACTION, UNCLEARED_ACTION])) {
    const externalId = (JSON.parse(r.detail ?? '{}') as { externalId?: string }).externalId;
    if (!r.entity_id?.startsWith(`${input.sourceId}:`) || !externalId) continue;
    if (r.action === CLEARED_ACTION) marked.set(r.entity_id, externalId);
    else marked.delete(r.entity_id);
  }
  const keyOf = (externalId: string) => `${input.sourceId}:${externalId}`;
  const held = (await repo.ledgerRows([...new Set(signed.flatMap((g) => g.ledgerIds))])).filter(
    (e) => e.source_id === input.sourceId && e.status === 'open' && e.external_id !== null,
  );
  const heldKeys = new Set(held.map((e) => keyOf(e.external_id!)));
  const toMark = held.map((e) => e.external_id!).filter((id) => !marked.has(keyOf(id)));
  const toUnmark = adapter.unmarkReconciled ? [...marked].filter(([k]) => !heldKeys.has(k)).map(([, id]) => id) : [];
  if (toMark.length === 0 && toUnmark.length === 0) return { marked: 0, unmarked: 0, refused: null };
  try {
    if (toUnmark.length > 0) await adapter.unmarkReconciled!(toUnmark);
    if (toMark.length > 0) await adapter.markReconciled(toMark);
  } catch (err) {
    const refused = err instanceof Error ? err.message : String(err);
    deps.logger.warn(
      {
        accountId: input.accountId,
        sourceId: input.sourceId,
        entries: toMark.length + toUnmark.length,
        reason: refused,
      },
      "the books did not take the signed matches' cleared marks",
    );
    return { marked: 0, unmarked: 0, refused };
  }
  // The store's entries stay open, held by their matches: a match undone after a reopening leaves its entry free
  // to match again. Each mark and unmark is recorded once.
  const at = new Date().toISOString();
  const record = (action: string, ids: string[]) =>
    ids.map((id) => ({
      at,
      actor: 'system',
      action,
      entityType: 'ledger_entry',
      entityId: keyOf(id),
      accountId: input.accountId,
      detail: { sourceId: input.sourceId, externalId: id, ...(through ? { through } : {}) },
    }));
  await audit.appendMany([...record(UNCLEARED_ACTION, toUnmark), ...record(CLEARED_ACTION, toMark)]);
  return { marked: toMark.length, unmarked: toUnmark.length, refused: null };
}
