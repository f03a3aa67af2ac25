import type { Kysely } from 'kysely';
import { normalizeCurrency } from '../domain/currency.js';
import type {
  BankBalanceSource,
  BookBalanceSource,
  CheckpointKind,
  OutstandingItem,
  PostedLine,
  ReversedCarried,
  StatementAdjustment,
  StatementCheckpoint,
} from '../domain/statement.js';
import type { Database, StatementReconciliationRow } from './schema.js';

export interface NewStatementCheckpoint {
  /** A signed statement (the default) or an agreed starting point. */
  kind?: CheckpointKind;
  accountId: string;
  ledgerAccount: string | null;
  periodFrom: string;
  periodEnd: string;
  currency: string;
  statementBalanceMinor: number;
  /** Where the balance per bank came from (null: not said). */
  statementBalanceSource?: BankBalanceSource | null;
  bookBalanceMinor: number;
  bookBalanceSource: BookBalanceSource;
  differenceMinor: number;
  items: OutstandingItem[];
  adjustments?: StatementAdjustment[];
  postings?: PostedLine[];
  reversals?: ReversedCarried[];
  finishedBy: string;
  finishedAt: string;
  reportPath?: string | null;
}

// Residuals share the items column with the outstanding lines and entries (no migration): they are told apart by side.
const RESIDUAL = 'match-residual';
/** A carried line the books posted, kept beside the items as the line with the entry that posted it. */
const POSTED = 'posted';
/** A line of the period reversing a carried one, kept beside the items as the line with the id of the one it reversed. */
const REVERSED = 'reversed';
type StoredItem =
  | OutstandingItem
  | (StatementAdjustment & { side: typeof RESIDUAL })
  | (Omit<OutstandingItem, 'side'> & { side: typeof POSTED; postedBy: string })
  | (Omit<OutstandingItem, 'side'> & { side: typeof REVERSED; reverses: string });

function toCheckpoint(r: StatementReconciliationRow): StatementCheckpoint {
  const stored = JSON.parse(r.items) as StoredItem[];
  return {
    id: Number(r.id),
    kind: r.kind === 'opening' ? 'opening' : 'statement',
    accountId: r.account_id,
    ledgerAccount: r.ledger_account,
    periodFrom: r.period_from,
    periodEnd: r.period_end,
    currency: normalizeCurrency(r.currency),
    statementBalanceMinor: Number(r.statement_balance_minor),
    statementBalanceSource: (r.statement_balance_source as BankBalanceSource | null) ?? null,
    bookBalanceMinor: Number(r.book_balance_minor),
    bookBalanceSource: r.book_balance_source as BookBalanceSource,
    differenceMinor: Number(r.difference_minor),
    items: stored.filter((i): i is OutstandingItem => i.side === 'bank' || i.side === 'ledger'),
    adjustments: stored
      .filter((i): i is StatementAdjustment & { side: typeof RESIDUAL } => i.side === RESIDUAL)
      .map(({ side: _side, ...a }) => a),
    postings: stored
      .filter((i): i is Omit<OutstandingItem, 'side'> & { side: typeof POSTED; postedBy: string } => i.side === POSTED)
      .map(({ side: _side, postedBy, ...line }) => ({ line: { ...line, side: 'bank' as const }, entryId: postedBy })),
    reversals: stored
      .filter(
        (i): i is Omit<OutstandingItem, 'side'> & { side: typeof REVERSED; reverses: string } => i.side === REVERSED,
      )
      .map(({ side: _side, reverses, ...line }) => ({ reversal: { ...line, side: 'bank' as const }, reverses })),
    finishedBy: r.finished_by,
    finishedAt: r.finished_at,
    reportPath: r.report_path,
    reopenedBy: r.reopened_by,
    reopenedAt: r.reopened_at,
  };
}

/** The lock a finished statement reconciliation puts on its account's bank lines. */
export interface StatementLock {
  checkpointId: number;
  /** An agreed starting point locks the lines before it as out of scope; a statement, as signed (absent: one). */
  kind?: CheckpointKind;
  /** Lines dated on or before this business date are locked. */
  through: string;
}

/** A bank line a finished statement reconciliation holds, and that lock. */
export interface LockedLine {
  id: number;
  businessDate: string;
  amountMinor: number;
  currency: string;
  narration: string | null;
  lock: StatementLock;
}

/**
 * Finished statement reconciliations (migration 0005): the checkpoints a statement carries forward from, and the
 * lock they put on the account's lines.
 */
export function createStatementRepository(db: Kysely<Database>) {
  /**
   * The one rule of the statement lock: the latest finished, not reopened checkpoint locks the account's bank lines
   * dated up to its end (null: nothing locked). Reopening it is the only way back.
   */
  async function lockOf(accountId: string): Promise<StatementLock | null> {
    const row = await db
      .selectFrom('statement_reconciliations')
      .select(['id', 'period_end', 'kind'])
      .where('account_id', '=', accountId)
      .where('reopened_at', 'is', null)
      .orderBy('period_end', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row
      ? {
          checkpointId: Number(row.id),
          kind: row.kind === 'opening' ? 'opening' : 'statement',
          through: row.period_end,
        }
      : null;
  }

  return {
    lockOf,

    /**
     * Every finished (not reopened) reconciliation and starting point of the account, earliest end first: the one whose
     * period holds a locked line is the first ending on or after its date (what a line's words name).
     */
    async locksOf(accountId: string): Promise<StatementLock[]> {
      const rows = await db
        .selectFrom('statement_reconciliations')
        .select(['id', 'period_end', 'kind'])
        .where('account_id', '=', accountId)
        .where('reopened_at', 'is', null)
        .orderBy('period_end')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        checkpointId: Number(r.id),
        kind: r.kind === 'opening' ? ('opening' as const) : ('statement' as const),
        through: r.period_end,
      }));
    },

    /** The first (by id) of the account's lines among `bankIds` that its statement lock holds; null when none is. */
    async firstLockedLine(accountId: string, bankIds: number[]): Promise<LockedLine | null> {
      if (bankIds.length === 0) return null;
      const lock = await lockOf(accountId);
      if (!lock) return null;
      const line = await db
        .selectFrom('bank_transactions')
        .select(['id', 'business_date', 'amount_minor', 'currency', 'narration'])
        .where('account_id', '=', accountId)
        .where('id', 'in', bankIds)
        .where('business_date', '<=', lock.through)
        .orderBy('id')
        .executeTakeFirst();
      return line
        ? {
            id: Number(line.id),
            businessDate: line.business_date,
            amountMinor: Number(line.amount_minor),
            currency: line.currency,
            narration: line.narration,
            lock,
          }
        : null;
    },

    async insert(c: NewStatementCheckpoint): Promise<StatementCheckpoint> {
      const row = await db
        .insertInto('statement_reconciliations')
        .values({
          kind: c.kind ?? 'statement',
          account_id: c.accountId,
          ledger_account: c.ledgerAccount,
          period_from: c.periodFrom,
          period_end: c.periodEnd,
          currency: c.currency,
          statement_balance_minor: c.statementBalanceMinor,
          statement_balance_source: c.statementBalanceSource ?? null,
          book_balance_minor: c.bookBalanceMinor,
          book_balance_source: c.bookBalanceSource,
          difference_minor: c.differenceMinor,
          items: JSON.stringify([
            ...c.items,
            ...(c.adjustments ?? []).map((a): StoredItem => ({ side: RESIDUAL, ...a })),
            ...(c.postings ?? []).map((p): StoredItem => ({ ...p.line, side: POSTED, postedBy: p.entryId })),
            ...(c.reversals ?? []).map((r): StoredItem => ({ ...r.reversal, side: REVERSED, reverses: r.reverses })),
          ]),
          finished_by: c.finishedBy,
          finished_at: c.finishedAt,
          report_path: c.reportPath ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toCheckpoint(row);
    },

    /** The account's agreed starting point in force (set, not undone), or null. */
    async agreedStart(accountId: string): Promise<StatementCheckpoint | null> {
      const row = await db
        .selectFrom('statement_reconciliations')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('kind', '=', 'opening')
        .where('reopened_at', 'is', null)
        .orderBy('period_end', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toCheckpoint(row) : null;
    },

    /**
     * The checkpoint a finished statement opened from, as it stood when the statement was finished: the latest to end
     * on or before the day before its period that was finished (or set) before it and not reopened by then (reopened
     * or undone since or not: it is what the statement was signed on), or null.
     */
    async openedFrom(c: StatementCheckpoint, dayBefore: string): Promise<StatementCheckpoint | null> {
      const row = await db
        .selectFrom('statement_reconciliations')
        .selectAll()
        .where('account_id', '=', c.accountId)
        .where('id', '!=', c.id)
        .where('period_end', '<=', dayBefore)
        .where('finished_at', '<=', c.finishedAt)
        .where((eb) => eb.or([eb('reopened_at', 'is', null), eb('reopened_at', '>', c.finishedAt)]))
        .orderBy('period_end', 'desc')
        .orderBy('finished_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toCheckpoint(row) : null;
    },

    /**
     * The lines finished (not reopened) reconciliations decided as reversing a bank line an earlier one carried, by id,
     * with the reconciliation and the line reversed: no decision holds them, the signed statement does.
     */
    async reversedLines(accountId: string): Promise<Map<string, { checkpointId: number; reverses: string }>> {
      const rows = await db
        .selectFrom('statement_reconciliations')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('reopened_at', 'is', null)
        .where('items', 'like', `%"${REVERSED}"%`)
        .execute();
      const found = new Map<string, { checkpointId: number; reverses: string }>();
      for (const c of rows.map(toCheckpoint))
        for (const r of c.reversals) found.set(r.reversal.id, { checkpointId: c.id, reverses: r.reverses });
      return found;
    },

    /** The latest finished (not reopened) checkpoint ending on or before `onOrBefore` (default: any). */
    async latest(accountId: string, onOrBefore?: string): Promise<StatementCheckpoint | null> {
      let q = db
        .selectFrom('statement_reconciliations')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('reopened_at', 'is', null);
      if (onOrBefore) q = q.where('period_end', '<=', onOrBefore);
      const row = await q.orderBy('period_end', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      return row ? toCheckpoint(row) : null;
    },

    /** Keeps a finished statement's report as signed (JSON: adapters/reports/signed-report.ts). */
    async keepSignedReport(id: number, report: string): Promise<void> {
      await db.insertInto('statement_signed_reports').values({ reconciliation_id: id, report }).execute();
    },

    /** A finished statement's report as signed, or null (finished before reports were kept). */
    async signedReport(id: number): Promise<string | null> {
      const row = await db
        .selectFrom('statement_signed_reports')
        .select('report')
        .where('reconciliation_id', '=', id)
        .executeTakeFirst();
      return row?.report ?? null;
    },

    async get(id: number): Promise<StatementCheckpoint | null> {
      const row = await db.selectFrom('statement_reconciliations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toCheckpoint(row) : null;
    },

    /**
     * Lines of the account dated on or before `through` that the feed first reported after `at`: lines an agreed
     * starting point set at `at` never saw, so the balance agreed at its date does not hold them.
     */
    async linesSeenAfter(accountId: string, through: string, at: string) {
      return db
        .selectFrom('bank_transactions')
        .select(['id', 'business_date', 'narration', 'amount_minor'])
        .where('account_id', '=', accountId)
        .where('status', '!=', 'removed')
        .where('business_date', '<=', through)
        .where('first_seen_at', '>', at)
        .orderBy('business_date')
        .orderBy('id')
        .execute();
    },

    /** History of an account, newest first, reopened ones included. */
    async list(accountId: string, limit = 100): Promise<StatementCheckpoint[]> {
      const rows = await db
        .selectFrom('statement_reconciliations')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('period_end', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toCheckpoint);
    },

    /** Marks a checkpoint reopened (the caller audits it); returns false when it was already reopened. */
    async reopen(id: number, by: string, at: string): Promise<boolean> {
      const r = await db
        .updateTable('statement_reconciliations')
        .set({ reopened_by: by, reopened_at: at })
        .where('id', '=', id)
        .where('reopened_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export type StatementRepository = ReturnType<typeof createStatementRepository>;
