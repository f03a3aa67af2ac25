import { type Kysely, type Selectable, sql } from 'kysely';
import { addBusinessDays } from '../domain/dates.js';
import type { Evidence, MatchKind, ProposedLedgerEntry, WriteOff } from '../domain/reconciliation.js';
import { sourceNamesLedgerAccount } from './ledger-repository.js';
import { isPostgres } from './migrations/helpers.js';
import type { BankTransactionRow, Database, LedgerEntryRow, MatchGroupRow, ReconcileRunsTable } from './schema.js';
import { createStatementRepository } from './statement-repository.js';
import { chunks } from './chunks.js';
import { type GEb, noItemHeldNow } from './live-candidate.js';

export const GROUP_STATUSES = ['auto', 'suggested', 'confirmed', 'rejected', 'manual', 'undone'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export type ItemSide = 'bank' | 'ledger';

/** Statuses whose group holds its lines (mirrored into match_items.active). */
export const ACTIVE_STATUSES: readonly GroupStatus[] = ['auto', 'confirmed', 'manual'];

export function isActiveStatus(status: string): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(status);
}

export interface GroupItem {
  side: ItemSide;
  itemId: number;
  amountMinor: number;
}

export interface NewGroup {
  accountId: string | null;
  runId: number | null;
  kind: MatchKind;
  status: GroupStatus;
  confidence: number;
  currency: string;
  differenceMinor: number;
  writeOff: WriteOff | null;
  evidence: Evidence[];
  ruleId: string | null;
  proposed: ProposedLedgerEntry | null;
  rank: number | null;
  candidateSet: string | null;
  idempotencyKey: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  items: GroupItem[];
}

/** A stored group with its items and JSON parsed. */
export interface StoredGroup {
  id: number;
  accountId: string | null;
  runId: number | null;
  kind: MatchKind;
  status: GroupStatus;
  confidence: number;
  currency: string;
  differenceMinor: number;
  writeOff: WriteOff | null;
  evidence: Evidence[];
  ruleId: string | null;
  proposed: ProposedLedgerEntry | null;
  rank: number | null;
  candidateSet: string | null;
  idempotencyKey: string | null;
  supersededRunId: number | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  bankIds: number[];
  ledgerIds: number[];
  items: GroupItem[];
}

export interface GroupFilter {
  status?: GroupStatus[];
  runId?: number;
  /** Only groups holding this bank line. */
  bankId?: number;
  /** Also superseded suggestions, and suggestions whose lines another group now holds. */
  includeStale?: boolean;
  /** At most this many (oldest first); all by default, so reports never silently lose groups. */
  limit?: number;
}

/** A stored reconcile run (its period, trigger, timing and stats). */
export type ReconcileRunRow = Selectable<ReconcileRunsTable>;
/** A line loaded for a run, with the auto group that holds it (auto groups are context for the engine). */
export type CandidateBankRow = BankTransactionRow & { auto_group_id: number | null };
export type CandidateLedgerRow = LedgerEntryRow & { auto_group_id: number | null };

function toGroupRow(g: NewGroup) {
  return {
    account_id: g.accountId,
    run_id: g.runId,
    kind: g.kind,
    status: g.status,
    confidence: g.confidence,
    currency: g.currency,
    difference_minor: g.differenceMinor,
    write_off_account: g.writeOff?.account ?? null,
    write_off_minor: g.writeOff?.amountMinor ?? null,
    evidence: JSON.stringify(g.evidence),
    rule_id: g.ruleId,
    proposed: g.proposed ? JSON.stringify(g.proposed) : null,
    rank: g.rank,
    candidate_set: g.candidateSet,
    idempotency_key: g.idempotencyKey,
    decided_by: g.decidedBy,
    decided_at: g.decidedAt,
    created_at: g.createdAt,
  };
}

function toStoredGroup(row: MatchGroupRow, items: GroupItem[]): StoredGroup {
  const sorted = [...items].sort((a, b) => a.itemId - b.itemId);
  return {
    id: Number(row.id),
    accountId: row.account_id,
    runId: row.run_id === null ? null : Number(row.run_id),
    kind: row.kind as MatchKind,
    status: row.status as GroupStatus,
    confidence: Number(row.confidence),
    currency: row.currency,
    differenceMinor: Number(row.difference_minor),
    writeOff:
      row.write_off_account === null
        ? null
        : { account: row.write_off_account, amountMinor: Number(row.write_off_minor ?? 0) },
    evidence: JSON.parse(row.evidence) as Evidence[],
    ruleId: row.rule_id,
    proposed: row.proposed === null ? null : (JSON.parse(row.proposed) as ProposedLedgerEntry),
    rank: row.rank === null ? null : Number(row.rank),
    candidateSet: row.candidate_set,
    idempotencyKey: row.idempotency_key,
    supersededRunId: row.superseded_run_id === null ? null : Number(row.superseded_run_id),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    bankIds: sorted.filter((i) => i.side === 'bank').map((i) => i.itemId),
    ledgerIds: sorted.filter((i) => i.side === 'ledger').map((i) => i.itemId),
    items: sorted,
  };
}

/** Runs, match groups and their items: one aggregate, one repository. Pass a transaction for atomic work. */
export function createMatchRepository(db: Kysely<Database>) {
  async function itemsOf(groupIds: number[]): Promise<Map<number, GroupItem[]>> {
    const byGroup = new Map<number, GroupItem[]>();
    for (const part of chunks(groupIds)) {
      const rows = await db
        .selectFrom('match_items')
        .select(['group_id', 'side', 'item_id', 'amount_minor'])
        .where('group_id', 'in', part)
        .execute();
      for (const r of rows) {
        const list = byGroup.get(Number(r.group_id)) ?? [];
        list.push({ side: r.side as ItemSide, itemId: Number(r.item_id), amountMinor: Number(r.amount_minor) });
        byGroup.set(Number(r.group_id), list);
      }
    }
    return byGroup;
  }

  async function lockedThrough(accountId: string): Promise<string | null> {
    return (await createStatementRepository(db).lockOf(accountId))?.through ?? null;
  }

  function itemRows(groupId: number, status: GroupStatus, items: GroupItem[]) {
    return items.map((i) => ({
      group_id: groupId,
      side: i.side,
      item_id: i.itemId,
      amount_minor: i.amountMinor,
      active: isActiveStatus(status) ? 1 : 0,
    }));
  }

  return {
    /**
     * Serialises work on one account: PostgreSQL locks the account row until the transaction ends; on SQLite every
     * transaction already holds the database's write lock from its `begin immediate`. Returns undefined for an
     * unknown account.
     */
    async lockAccount(accountId: string): Promise<{ id: string; timezone: string; currency: string } | undefined> {
      let q = db.selectFrom('accounts').select(['id', 'timezone', 'currency']).where('id', '=', accountId);
      if (isPostgres(db as Kysely<unknown>)) q = q.forUpdate();
      return q.executeTakeFirst();
    },

    async createRun(run: {
      accountId: string;
      from: string;
      to: string;
      trigger: string;
      startedAt: string;
    }): Promise<number> {
      const row = await db
        .insertInto('reconcile_runs')
        .values({
          account_id: run.accountId,
          period_from: run.from,
          period_to: run.to,
          trigger: run.trigger,
          started_at: run.startedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** Each account's latest reconcile run (by id), finished or not; accounts never reconciled are absent. */
    async latestRunPerAccount(): Promise<Map<string | null, ReconcileRunRow>> {
      const runs = await db
        .selectFrom('reconcile_runs as r')
        .selectAll('r')
        .where('r.id', 'in', (eb) =>
          eb
            .selectFrom('reconcile_runs')
            .select((e) => e.fn.max('id').as('id'))
            .groupBy('account_id'),
        )
        .execute();
      return new Map(runs.map((r) => [r.account_id, r]));
    },

    /** The id of the newest reconcile run of any account (0 before the first). */
    async lastRunId(): Promise<number> {
      const r = await db
        .selectFrom('reconcile_runs')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(r?.id ?? 0);
    },

    /** How many runs of a trigger started after run `afterId` have finished (a progress count). */
    async countFinishedRunsAfter(afterId: number, trigger: string): Promise<number> {
      const r = await db
        .selectFrom('reconcile_runs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', '>', afterId)
        .where('trigger', '=', trigger)
        .where('finished_at', 'is not', null)
        .executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    /** The period a reconcile run covered; undefined for an unknown run. */
    async runPeriod(runId: number): Promise<{ period_from: string; period_to: string } | undefined> {
      return db
        .selectFrom('reconcile_runs')
        .select(['period_from', 'period_to'])
        .where('id', '=', runId)
        .executeTakeFirst();
    },

    async finishRun(runId: number, finishedAt: string, stats: unknown): Promise<void> {
      await db
        .updateTable('reconcile_runs')
        .set({ finished_at: finishedAt, stats: JSON.stringify(stats) })
        .where('id', '=', runId)
        .execute();
    },

    /**
     * The date through which a finished, not reopened statement reconciliation locks the account's lines (null:
     * nothing locked). Reopening is the only way back: the latest open checkpoint is the lock.
     */
    lockedThrough,

    /**
     * Bank lines of the period that no person has settled: free lines, and lines held by an auto group. A line a
     * finished reconciliation locks goes in only as an auto-held one (context, as on any re-run: its group stands
     * and claims it); a free locked line (one the bank reported after the checkpoint) is left out, so a run never
     * matches or suggests anything inside a signed period.
     */
    async loadCandidateBankLines(accountId: string, from: string, to: string): Promise<CandidateBankRow[]> {
      const locked = await lockedThrough(accountId);
      const rows = await db
        .selectFrom('bank_transactions as bt')
        .leftJoin('match_items as mi', (j) =>
          j.onRef('mi.item_id', '=', 'bt.id').on('mi.side', '=', 'bank').on('mi.active', '=', 1),
        )
        .leftJoin('match_groups as g', 'g.id', 'mi.group_id')
        .selectAll('bt')
        .select('g.id as auto_group_id')
        .where('bt.account_id', '=', accountId)
        .where('bt.status', '!=', 'removed')
        .where('bt.business_date', '>=', from)
        .where('bt.business_date', '<=', to)
        .where((eb) => eb.or([eb('g.id', 'is', null), eb('g.status', '=', 'auto')]))
        .$if(locked !== null, (q) =>
          q.where((eb) => eb.or([eb('g.status', '=', 'auto'), eb('bt.business_date', '>', locked!)])),
        )
        .orderBy('bt.id')
        .execute();
      return rows.map((r) => ({ ...r, auto_group_id: r.auto_group_id === null ? null : Number(r.auto_group_id) }));
    },

    /**
     * The account's lines a rule saved now may classify, newest first: the bank still reports them, no group holds
     * them (auto, confirmed, manual), and no finished reconciliation locks them.
     */
    async unheldBankLines(accountId: string, limit: number): Promise<BankTransactionRow[]> {
      const locked = await lockedThrough(accountId);
      return db
        .selectFrom('bank_transactions as bt')
        .selectAll('bt')
        .where('bt.account_id', '=', accountId)
        .where('bt.status', '!=', 'removed')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('match_items as a')
                .select(sql.lit(1).as('one'))
                .whereRef('a.item_id', '=', 'bt.id')
                .where('a.side', '=', 'bank')
                .where('a.active', '=', 1),
            ),
          ),
        )
        .$if(locked !== null, (q) => q.where('bt.business_date', '>', locked!))
        .orderBy('bt.business_date', 'desc')
        .orderBy('bt.id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Open entries of a ledger source no person has settled; entries held by another account's group are out. */
    async loadCandidateLedgerEntries(
      sourceId: string,
      accountId: string,
      ledgerAccount: string | null = null,
    ): Promise<CandidateLedgerRow[]> {
      // One source may hold several banks' entries (a general ledger): keep the bound account's, and entries that
      // name no account. A binding written another way than the stored account (name vs code) filters nothing.
      const named = ledgerAccount ? await sourceNamesLedgerAccount(db, sourceId, ledgerAccount) : false;
      const rows = await db
        .selectFrom('ledger_entries as le')
        .leftJoin('match_items as mi', (j) =>
          j.onRef('mi.item_id', '=', 'le.id').on('mi.side', '=', 'ledger').on('mi.active', '=', 1),
        )
        .leftJoin('match_groups as g', 'g.id', 'mi.group_id')
        .selectAll('le')
        .select('g.id as auto_group_id')
        .where('le.source_id', '=', sourceId)
        .where('le.status', '=', 'open')
        // An entry an auto group holds goes in as the run's context, but not the books' posting of a rule's charge
        // joined to its group after write-back: the engine never matched it, and would read it as the booking of
        // the next charge of that amount.
        .where((eb) =>
          eb.or([
            eb('g.id', 'is', null),
            eb.and([eb('g.status', '=', 'auto'), eb('g.account_id', '=', accountId), eb('g.kind', '!=', 'rule')]),
          ]),
        )
        .$if(named, (q) =>
          q.where((eb) => eb.or([eb('le.ledger_account', '=', ledgerAccount!), eb('le.ledger_account', 'is', null)])),
        )
        .orderBy('le.id')
        .execute();
      return rows.map((r) => ({ ...r, auto_group_id: r.auto_group_id === null ? null : Number(r.auto_group_id) }));
    },

    /** Idempotency keys of the account's groups that are not superseded, whatever a person did with them since. */
    async liveKeys(accountId: string): Promise<Map<string, { id: number; status: GroupStatus }>> {
      const rows = await db
        .selectFrom('match_groups')
        .select(['id', 'idempotency_key', 'status'])
        .where('account_id', '=', accountId)
        .where('superseded_run_id', 'is', null)
        .where('idempotency_key', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.idempotency_key!, { id: Number(r.id), status: r.status as GroupStatus }]));
    },

    /**
     * Bank/ledger pairs a person ruled out: every pair of a rejected group, and of an engine-made group a person
     * unmatched (status undone, kind not manual). A person's own manual group undone rules nothing out.
     */
    async rejectedPairs(accountId: string): Promise<Array<{ bankId: number; ledgerId: number }>> {
      const rows = await db
        .selectFrom('match_groups as g')
        .innerJoin('match_items as b', (j) => j.onRef('b.group_id', '=', 'g.id').on('b.side', '=', 'bank'))
        .innerJoin('match_items as l', (j) => j.onRef('l.group_id', '=', 'g.id').on('l.side', '=', 'ledger'))
        .select(['b.item_id as bank_id', 'l.item_id as ledger_id'])
        .where('g.account_id', '=', accountId)
        .where((eb) =>
          eb.or([
            eb('g.status', '=', 'rejected'),
            eb.and([eb('g.status', '=', 'undone'), eb('g.kind', '!=', 'manual')]),
          ]),
        )
        .distinct()
        .orderBy('b.item_id')
        .orderBy('l.item_id')
        .execute();
      return rows.map((r) => ({ bankId: Number(r.bank_id), ledgerId: Number(r.ledger_id) }));
    },

    async insertGroup(group: NewGroup): Promise<number> {
      const row = await db
        .insertInto('match_groups')
        .values(toGroupRow(group))
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      if (group.items.length > 0)
        await db
          .insertInto('match_items')
          .values(itemRows(id, group.status, group.items))
          .execute();
      return id;
    },

    /** Items added to a stored group, as active as the group is. */
    async addItems(groupId: number, status: GroupStatus, items: GroupItem[]): Promise<void> {
      if (items.length > 0)
        await db
          .insertInto('match_items')
          .values(itemRows(groupId, status, items))
          .execute();
    },

    /** Batch insert of engine proposals; every group needs a distinct idempotency key (it maps the new ids back). */
    async insertGroups(groups: NewGroup[]): Promise<Map<string, number>> {
      const ids = new Map<string, number>();
      for (const part of chunks(groups, 200)) {
        const rows = await db
          .insertInto('match_groups')
          .values(part.map(toGroupRow))
          .returning(['id', 'idempotency_key'])
          .execute();
        for (const r of rows) ids.set(r.idempotency_key!, Number(r.id));
        const items = part.flatMap((g) => {
          const id = ids.get(g.idempotencyKey!);
          if (id === undefined) throw new Error(`group with key ${g.idempotencyKey} was not returned by the insert`);
          return itemRows(id, g.status, g.items);
        });
        for (const itemPart of chunks(items)) await db.insertInto('match_items').values(itemPart).execute();
      }
      return ids;
    },

    /** Groups with their items by id, oldest first (unknown ids are left out). */
    async getGroups(ids: number[]): Promise<StoredGroup[]> {
      const out: StoredGroup[] = [];
      for (const part of chunks([...new Set(ids)])) {
        const rows = await db.selectFrom('match_groups').selectAll().where('id', 'in', part).execute();
        const items = await itemsOf(part);
        for (const r of rows) out.push(toStoredGroup(r, items.get(Number(r.id)) ?? []));
      }
      return out.sort((a, b) => a.id - b.id);
    },

    async getGroup(id: number): Promise<StoredGroup | undefined> {
      const row = await db.selectFrom('match_groups').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      return toStoredGroup(row, (await itemsOf([id])).get(id) ?? []);
    },

    /**
     * Moves a group from one status to another (compare-and-set) and keeps its items' active flag in step.
     * Returns false when the group was not in `from` any more.
     */
    async setStatus(
      id: number,
      from: GroupStatus,
      to: { status: GroupStatus; decidedBy: string | null; decidedAt: string | null },
    ): Promise<boolean> {
      const res = await db
        .updateTable('match_groups')
        .set({ status: to.status, decided_by: to.decidedBy, decided_at: to.decidedAt })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      await db
        .updateTable('match_items')
        .set({ active: isActiveStatus(to.status) ? 1 : 0 })
        .where('group_id', '=', id)
        .execute();
      return true;
    },

    /** setStatus for many groups at once (a bulk decision); returns how many were still in `from` and moved. */
    async setStatuses(
      ids: number[],
      from: GroupStatus,
      to: { status: GroupStatus; decidedBy: string | null; decidedAt: string | null },
    ): Promise<number> {
      let moved = 0;
      for (const part of chunks(ids)) {
        const r = await db
          .updateTable('match_groups')
          .set({ status: to.status, decided_by: to.decidedBy, decided_at: to.decidedAt })
          .where('id', 'in', part)
          .where('status', '=', from)
          .executeTakeFirst();
        moved += Number(r.numUpdatedRows);
        // Only the items of groups that now have the new status: a group that had moved on keeps its own.
        await db
          .updateTable('match_items')
          .set({ active: isActiveStatus(to.status) ? 1 : 0 })
          .where('group_id', 'in', (eb) =>
            eb.selectFrom('match_groups').select('id').where('id', 'in', part).where('status', '=', to.status),
          )
          .execute();
      }
      return moved;
    },

    /** For each given line held by an active group other than `exceptGroupId`: "side:id" → group id. */
    async activeHolders(
      items: Array<{ side: ItemSide; itemId: number }>,
      exceptGroupId?: number,
    ): Promise<Map<string, number>> {
      const held = new Map<string, number>();
      for (const side of ['bank', 'ledger'] as const) {
        const ids = items.filter((i) => i.side === side).map((i) => i.itemId);
        for (const part of chunks(ids)) {
          let q = db
            .selectFrom('match_items')
            .select(['item_id', 'group_id'])
            .where('side', '=', side)
            .where('active', '=', 1)
            .where('item_id', 'in', part);
          if (exceptGroupId !== undefined) q = q.where('group_id', '!=', exceptGroupId);
          for (const r of await q.execute()) held.set(`${side}:${Number(r.item_id)}`, Number(r.group_id));
        }
      }
      return held;
    },

    /**
     * Live suggestions of the account whose bank lines all fall in the period: the ones a run over that period
     * could have made again, and so the ones it supersedes when it does not. Suggestions on lines a finished
     * reconciliation locks are out: a run leaves a signed period exactly as it was signed.
     */
    async liveSuggestionsInPeriod(accountId: string, from: string, to: string): Promise<StoredGroup[]> {
      const locked = await lockedThrough(accountId);
      const start = locked !== null && locked >= from ? addBusinessDays(locked, 1) : from;
      if (start > to) return [];
      const rows = await db
        .selectFrom('match_groups as g')
        .selectAll('g')
        .where('g.account_id', '=', accountId)
        .where('g.status', '=', 'suggested')
        .where('g.superseded_run_id', 'is', null)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('match_items as mi')
              .innerJoin('bank_transactions as bt', 'bt.id', 'mi.item_id')
              .select(sql.lit(1).as('one'))
              .whereRef('mi.group_id', '=', 'g.id')
              .where('mi.side', '=', 'bank')
              .where('bt.business_date', '>=', start)
              .where('bt.business_date', '<=', to),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('match_items as mi')
                .innerJoin('bank_transactions as bt', 'bt.id', 'mi.item_id')
                .select(sql.lit(1).as('one'))
                .whereRef('mi.group_id', '=', 'g.id')
                .where('mi.side', '=', 'bank')
                .where((w) => w.or([w('bt.business_date', '<', start), w('bt.business_date', '>', to)])),
            ),
          ),
        )
        .orderBy('g.id')
        .execute();
      const items = await itemsOf(rows.map((r) => Number(r.id)));
      return rows.map((r) => toStoredGroup(r, items.get(Number(r.id)) ?? []));
    },

    async markSuperseded(groupIds: number[], runId: number): Promise<void> {
      for (const part of chunks(groupIds)) {
        await db
          .updateTable('match_groups')
          .set({ superseded_run_id: runId })
          .where('id', 'in', part)
          .where('status', '=', 'suggested')
          .execute();
      }
    },

    async listGroups(accountId: string, filter: GroupFilter = {}): Promise<StoredGroup[]> {
      let q = db.selectFrom('match_groups as g').selectAll('g').where('g.account_id', '=', accountId);
      if (filter.status?.length) q = q.where('g.status', 'in', filter.status);
      if (filter.runId !== undefined) q = q.where('g.run_id', '=', filter.runId);
      if (filter.bankId !== undefined) {
        const bankId = filter.bankId;
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('match_items as mi')
              .select(sql.lit(1).as('one'))
              .whereRef('mi.group_id', '=', 'g.id')
              .where('mi.side', '=', 'bank')
              .where('mi.item_id', '=', bankId),
          ),
        );
      }
      if (!filter.includeStale) {
        q = q.where('g.superseded_run_id', 'is', null).where((eb) =>
          eb.or([
            eb('g.status', '!=', 'suggested'),
            // A suggestion goes stale once any of its lines sits in an active group (e.g. a sibling was confirmed).
            noItemHeldNow(eb as unknown as GEb),
          ]),
        );
      }
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      const rows = await q.orderBy('g.id').execute();
      const items = await itemsOf(rows.map((r) => Number(r.id)));
      return rows.map((r) => toStoredGroup(r, items.get(Number(r.id)) ?? []));
    },

    async bankRows(ids: number[]): Promise<BankTransactionRow[]> {
      const out: BankTransactionRow[] = [];
      for (const part of chunks(ids))
        out.push(...(await db.selectFrom('bank_transactions').selectAll().where('id', 'in', part).execute()));
      return out;
    },

    async ledgerRows(ids: number[]): Promise<LedgerEntryRow[]> {
      const out: LedgerEntryRow[] = [];
      for (const part of chunks(ids))
        out.push(...(await db.selectFrom('ledger_entries').selectAll().where('id', 'in', part).execute()));
      return out;
    },
  };
}

export type MatchRepository = ReturnType<typeof createMatchRepository>;
