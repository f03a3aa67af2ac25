import type { Kysely } from 'kysely';
import type { AuditRow, Database } from './schema.js';

/** One audit entry to append; JSON fields are passed as values and serialised here. */
export interface NewAuditEntry {
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  accountId: string | null;
  detail?: unknown;
  before?: unknown;
  after?: unknown;
  undoesId?: number | null;
}

/** An audit row with its JSON fields parsed. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  accountId: string | null;
  detail: unknown;
  before: unknown;
  after: unknown;
  undoesId: number | null;
  undoneById: number | null;
}

// Rows per multi-row insert: 10 columns each stays far below SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function parse(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    accountId: row.account_id,
    detail: parse(row.detail),
    before: parse(row.before),
    after: parse(row.after),
    undoesId: row.undoes_id === null ? null : Number(row.undoes_id),
    undoneById: row.undone_by_id === null ? null : Number(row.undone_by_id),
  };
}

/** The audit log is append-only; the one update is linking a decision to the undo that reverted it. */
export function createAuditRepository(db: Kysely<Database>) {
  return {
    async append(entry: NewAuditEntry): Promise<number> {
      const row = await db
        .insertInto('audit_log')
        .values({
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          account_id: entry.accountId,
          detail: json(entry.detail),
          before: json(entry.before),
          after: json(entry.after),
          undoes_id: entry.undoesId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async appendMany(entries: NewAuditEntry[]): Promise<void> {
      for (let i = 0; i < entries.length; i += CHUNK) {
        await db
          .insertInto('audit_log')
          .values(
            entries.slice(i, i + CHUNK).map((e) => ({
              at: e.at,
              actor: e.actor,
              action: e.action,
              entity_type: e.entityType,
              entity_id: e.entityId,
              account_id: e.accountId,
              detail: json(e.detail),
              before: json(e.before),
              after: json(e.after),
              undoes_id: e.undoesId ?? null,
            })),
          )
          .execute();
      }
    },

    async get(id: number): Promise<AuditEntry | undefined> {
      const row = await db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAuditEntry(row) : undefined;
    },

    /** Links a decision to its undo; false when it was already undone (a concurrent undo won). */
    async markUndone(id: number, undoId: number): Promise<boolean> {
      const res = await db
        .updateTable('audit_log')
        .set({ undone_by_id: undoId })
        .where('id', '=', id)
        .where('undone_by_id', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async listForEntity(entityType: string, entityId: string): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .orderBy('id')
        .execute();
      return rows.map(toAuditEntry);
    },

    /** One action's entries on several entities of a type (a page's matches), by the entity index. */
    async listActionFor(entityType: string, entityIds: string[], action: string): Promise<AuditEntry[]> {
      const out: AuditEntry[] = [];
      for (let i = 0; i < entityIds.length; i += CHUNK) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .where('entity_type', '=', entityType)
          .where('entity_id', 'in', entityIds.slice(i, i + CHUNK))
          .where('action', '=', action)
          .orderBy('id')
          .execute();
        out.push(...rows.map(toAuditEntry));
      }
      return out;
    },

    async listForAccount(accountId: string, opts: { afterId?: number; limit?: number } = {}): Promise<AuditEntry[]> {
      let q = db.selectFrom('audit_log').selectAll().where('account_id', '=', accountId);
      if (opts.afterId !== undefined) q = q.where('id', '>', opts.afterId);
      const rows = await q
        .orderBy('id')
        .limit(opts.limit ?? 1000)
        .execute();
      return rows.map(toAuditEntry);
    },

    /** An account's entries of the given actions, raw (JSON text): what write-back already did or was refused. */
    async listActionsOfAccount(
      accountId: string,
      actions: string[],
    ): Promise<Array<Pick<AuditRow, 'entity_id' | 'action' | 'detail' | 'after'>>> {
      return (
        db
          .selectFrom('audit_log')
          .select(['entity_id', 'action', 'detail', 'after'])
          .where('account_id', '=', accountId)
          .where('action', 'in', actions)
          // in the order they happened: a later action on an entity reads over an earlier one
          .orderBy('id')
          .execute()
      );
    },

    /** An account's entries at or after `since` (ISO), newest first, at most `limit`: a report's audit sheet. */
    async listRecentForAccount(accountId: string, since: string, limit: number): Promise<AuditRow[]> {
      return db
        .selectFrom('audit_log')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('at', '>=', since)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Ids of the entries one actor wrote at one instant on an account (a bulk decision's rows), in order. */
    async idsWrittenAt(accountId: string, actor: string, at: string): Promise<number[]> {
      const rows = await db
        .selectFrom('audit_log')
        .select('id')
        .where('actor', '=', actor)
        .where('at', '=', at)
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map((r) => Number(r.id));
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
