import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { AuditEntry } from './audit-repository.js';
import { toAuditEntry } from './audit-repository.js';
import { createMatchRepository, type StoredGroup } from './match-repository.js';
import { type GEb, noItemHeldNow } from './live-candidate.js';
import { scoredAtLeast } from './scored-group.js';
import type { BankTransactionRow, Database, LedgerEntryRow } from './schema.js';

/** Which lines the review queue shows. */
export type QueueView = 'suggested' | 'unmatched' | 'matched';

export interface QueueFilter {
  view: QueueView;
  /**
   * Only lines a match at or above this confidence (0..1) explains in the tab: awaiting review, those with a live
   * candidate at it; matched, those an active group the engine scored at it holds (a person's own match carries no
   * confidence). An unmatched line has no candidate, so under a confidence that tab is empty.
   */
  minConfidence?: number;
  /**
   * Only lines this rule explains in the tab: awaiting review, those with a live candidate of the rule; matched, those
   * an active group of the rule holds (posted by it automatically, or its proposal accepted). No unmatched line is
   * explained by a rule, so under a rule that tab is empty.
   */
  ruleId?: string;
  from?: string;
  to?: string;
  /** Only lines dated after this (exclusive): lines a finished reconciliation locks are left out. */
  after?: string;
  /**
   * Lines dated on or before this that nobody decided are out of scope (before an agreed starting point, or reported
   * late into a finished period): left out of the awaiting-review and unmatched tabs; matched lines stay.
   */
  openAfter?: string;
  /** Narration, counterparty or reference contains this text (case-insensitive). */
  text?: string;
}

export interface AccountCounts {
  accountId: string;
  lines: number;
  matched: number;
  awaitingReview: number;
  unmatched: number;
}

export interface LedgerSearch {
  sourceId: string;
  /** Entries of this size, either sign; with `amountWithinMinor`, of a size that far from it at most, closest first. */
  amountMinor?: number;
  amountWithinMinor?: number;
  text?: string;
  from?: string;
  to?: string;
  limit: number;
}

export interface AuditFilter {
  accountId?: string;
  actor?: string;
  action?: string;
  /** Audit rows of groups that hold (or held) this bank line. */
  bankLineId?: number;
  beforeId?: number;
  limit: number;
}

/** A group as the review screens and bulk decisions read it: the match repository's stored group. */
export type ReviewGroup = StoredGroup;

type Eb = ExpressionBuilder<Database & { bt: Database['bank_transactions'] }, 'bt'>;

const CHUNK = 500;

/** The distinct ids a query gives over the bank lines, CHUNK lines a query (SQLite's bound parameters), sorted. */
async function idsByChunk(bankIds: number[], ids: (chunk: number[]) => Promise<number[]>): Promise<number[]> {
  const out = new Set<number>();
  for (let i = 0; i < bankIds.length; i += CHUNK) for (const id of await ids(bankIds.slice(i, i + CHUNK))) out.add(id);
  return [...out].sort((a, b) => a - b);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The line is held by an auto, confirmed or manual group: one lookup in the partial unique index of active items
 * per line, so the cost follows the account's lines, not every matched line of every account.
 */
function held(eb: Eb) {
  return eb.exists(
    eb
      .selectFrom('match_items as a')
      .select(sql.lit(1).as('one'))
      .whereRef('a.item_id', '=', 'bt.id')
      .where('a.side', '=', 'bank')
      .where('a.active', '=', 1),
  );
}

/**
 * The line has a live suggestion of its account (not superseded) none of whose lines another group holds,
 * optionally at or above a confidence and from one rule.
 */
function suggested(eb: Eb, accountId: string | null, f: { minConfidence?: number; ruleId?: string }) {
  // From the account's live suggestions to their items (a cross join keeps SQLite's loop in that order), so the set
  // is built from this account's groups, not from every bank-side item of the database.
  let sub = eb
    .selectFrom('match_groups as g')
    .crossJoin('match_items as s')
    .whereRef('s.group_id', '=', 'g.id')
    .select('s.item_id')
    .$if(accountId !== null, (q) => q.where('g.account_id', '=', accountId!))
    .where('g.status', '=', 'suggested')
    .where('g.superseded_run_id', 'is', null)
    .where('s.side', '=', 'bank')
    .where((e) => noItemHeldNow(e as unknown as GEb));
  const min = f.minConfidence;
  if (min !== undefined) sub = sub.where((e) => scoredAtLeast(e as unknown as GEb, min));
  if (f.ruleId !== undefined) sub = sub.where('g.rule_id', '=', f.ruleId);
  return eb('bt.id', 'in', sub);
}

/** The group filter's own part of a queue filter: its confidence and rule, which narrow every tab. */
type GroupPart = Pick<QueueFilter, 'minConfidence' | 'ruleId'>;

function groupPart(f: GroupPart): GroupPart {
  return {
    ...(f.minConfidence !== undefined ? { minConfidence: f.minConfidence } : {}),
    ...(f.ruleId !== undefined ? { ruleId: f.ruleId } : {}),
  };
}

const narrowsGroups = (f: GroupPart) => f.minConfidence !== undefined || f.ruleId !== undefined;

/**
 * The line is held by an active group that passes the filter's rule (the rule posted it, or a person accepted its
 * proposal) and confidence (scored at it by the engine).
 */
function heldBy(eb: Eb, f: GroupPart) {
  const { ruleId, minConfidence: min } = f;
  return eb.exists(
    eb
      .selectFrom('match_items as a')
      .innerJoin('match_groups as g', 'g.id', 'a.group_id')
      .select(sql.lit(1).as('one'))
      .whereRef('a.item_id', '=', 'bt.id')
      .where('a.side', '=', 'bank')
      .where('a.active', '=', 1)
      .$if(ruleId !== undefined, (q) => q.where('g.rule_id', '=', ruleId!))
      .$if(min !== undefined, (q) => q.where((e) => scoredAtLeast(e as unknown as GEb, min!))),
  );
}

/** Queries behind the review web app's screens: overview counts, the queue, searches, the audit trail. */
export function createReviewRepository(db: Kysely<Database>) {
  const matches = createMatchRepository(db);
  /** The account's lines under the filter's dates and text, before the view (tab) narrows them. */
  function baseQuery(accountId: string, f: QueueFilter) {
    let q = db
      .selectFrom('bank_transactions as bt')
      .where('bt.account_id', '=', accountId)
      .where('bt.status', '!=', 'removed');
    if (f.from) q = q.where('bt.business_date', '>=', f.from);
    if (f.to) q = q.where('bt.business_date', '<=', f.to);
    if (f.after) q = q.where('bt.business_date', '>', f.after);
    const openAfter = f.openAfter;
    if (openAfter) q = q.where((eb) => eb.or([held(eb as unknown as Eb), eb('bt.business_date', '>', openAfter)]));
    if (f.text) {
      const like = `%${escapeLike(f.text.toLowerCase())}%`;
      q = q.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['bt.narration']), 'like', sql<string>`${like} escape '\\'`),
          eb(eb.fn('lower', ['bt.counterparty_name']), 'like', sql<string>`${like} escape '\\'`),
          eb(eb.fn('lower', ['bt.reference']), 'like', sql<string>`${like} escape '\\'`),
        ]),
      );
    }
    return q;
  }

  function queueQuery(accountId: string, f: QueueFilter) {
    let q = baseQuery(accountId, f);
    const gf = groupPart(f);
    if (f.view === 'matched')
      return q.where((eb) => (narrowsGroups(gf) ? heldBy(eb as unknown as Eb, gf) : held(eb as unknown as Eb)));
    q = q.where((eb) => eb.not(held(eb as unknown as Eb)));
    if (f.view === 'suggested') return q.where((eb) => suggested(eb as unknown as Eb, accountId, gf));
    // no rule explains an unmatched line and no match scores it: under either the tab is empty, never the whole tab
    if (narrowsGroups(gf)) return q.where(sql<boolean>`1 = 0`);
    return q.where((eb) => eb.not(suggested(eb as unknown as Eb, accountId, {})));
  }

  return {
    /** Lines, matched, awaiting review and unmatched per account (removed lines left out). */
    async accountCounts(): Promise<AccountCounts[]> {
      const rows = await db
        .selectFrom('bank_transactions as bt')
        .select((eb) => [
          'bt.account_id',
          eb.fn.countAll<number | string>().as('lines'),
          eb.fn
            .sum<number | string>(
              eb
                .case()
                .when(held(eb as unknown as Eb))
                .then(1)
                .else(0)
                .end(),
            )
            .as('matched'),
          eb.fn
            .sum<number | string>(
              eb
                .case()
                .when(eb.and([eb.not(held(eb as unknown as Eb)), suggested(eb as unknown as Eb, null, {})]))
                .then(1)
                .else(0)
                .end(),
            )
            .as('awaiting'),
        ])
        .where('bt.status', '!=', 'removed')
        // the lines before an account's agreed starting point that nobody decided are no one's work (as the queue)
        .where((eb) =>
          eb.or([
            held(eb as unknown as Eb),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('statement_reconciliations as sr')
                  .select(sql.lit(1).as('one'))
                  .whereRef('sr.account_id', '=', 'bt.account_id')
                  .where('sr.kind', '=', 'opening')
                  .where('sr.reopened_at', 'is', null)
                  .whereRef('bt.business_date', '<=', 'sr.period_end'),
              ),
            ),
          ]),
        )
        .groupBy('bt.account_id')
        .execute();
      return rows.map((r) => {
        const lines = Number(r.lines);
        const matched = Number(r.matched ?? 0);
        const awaitingReview = Number(r.awaiting ?? 0);
        return { accountId: r.account_id, lines, matched, awaitingReview, unmatched: lines - matched - awaitingReview };
      });
    },

    /** The three tabs' counts under one filter, in one pass over the account's lines. */
    async countViews(
      accountId: string,
      f: Omit<QueueFilter, 'view'>,
    ): Promise<{ suggested: number; unmatched: number; matched: number }> {
      const gf = groupPart(f);
      const filtered = narrowsGroups(gf);
      const r = await baseQuery(accountId, { ...f, view: 'suggested' })
        .select((eb) => {
          const e = eb as unknown as Eb;
          const notHeld = eb.not(held(e));
          return [
            eb.fn.countAll<number | string>().as('n'),
            eb.fn.sum<number | string>(eb.case().when(held(e)).then(1).else(0).end()).as('matched'),
            // Under a rule or a confidence the Matched tab holds only the lines an active group passing them holds.
            filtered
              ? eb.fn.sum<number | string>(eb.case().when(heldBy(e, gf)).then(1).else(0).end()).as('matchedBy')
              : eb.val(null).as('matchedBy'),
            // Lines with any live suggestion; the rest of the unheld lines are the unmatched tab.
            eb.fn
              .sum<number | string>(
                eb
                  .case()
                  .when(eb.and([notHeld, suggested(e, accountId, {})]))
                  .then(1)
                  .else(0)
                  .end(),
              )
              .as('anySuggestion'),
            // Only under a confidence or rule filter does the awaiting-review tab differ from "any suggestion".
            filtered
              ? eb.fn
                  .sum<number | string>(
                    eb
                      .case()
                      .when(eb.and([notHeld, suggested(e, accountId, gf)]))
                      .then(1)
                      .else(0)
                      .end(),
                  )
                  .as('suggested')
              : eb.val(null).as('suggested'),
          ];
        })
        .executeTakeFirstOrThrow();
      const n = Number(r.n);
      const matched = Number(r.matched ?? 0);
      const any = Number(r.anySuggestion ?? 0);
      const suggestedN = filtered ? Number(r.suggested ?? 0) : any;
      // an unmatched line is explained by no rule and scored by no match: the tab is empty under either
      if (filtered) return { suggested: suggestedN, unmatched: 0, matched: Number(r.matchedBy ?? 0) };
      return { suggested: suggestedN, unmatched: n - matched - any, matched };
    },

    /**
     * The rules that explain lines of the filter's tab, each with how many lines choosing it would list (the filter's
     * dates, text, scope and confidence applied; its own rule not): awaiting review, the rules of the lines' live
     * candidates; matched, the rules of the active groups holding them; unmatched, none.
     */
    async queueRules(accountId: string, f: QueueFilter): Promise<Array<{ ruleId: string; n: number }>> {
      if (f.view === 'unmatched') return [];
      const base = baseQuery(accountId, f);
      const min = f.minConfidence;
      const rows =
        f.view === 'matched'
          ? await base
              .innerJoin('match_items as a', (j) =>
                j.onRef('a.item_id', '=', 'bt.id').on('a.side', '=', 'bank').on('a.active', '=', 1),
              )
              .innerJoin('match_groups as g', 'g.id', 'a.group_id')
              .where('g.rule_id', 'is not', null)
              .$if(min !== undefined, (q) => q.where((eb) => scoredAtLeast(eb as unknown as GEb, min!)))
              .select((eb) => ['g.rule_id', eb.fn.count<number | string>('bt.id').distinct().as('n')])
              .groupBy('g.rule_id')
              .orderBy('g.rule_id')
              .execute()
          : await base
              .where((eb) => eb.not(held(eb as unknown as Eb)))
              .innerJoin('match_items as s', (j) => j.onRef('s.item_id', '=', 'bt.id').on('s.side', '=', 'bank'))
              .innerJoin('match_groups as g', 'g.id', 's.group_id')
              .where('g.account_id', '=', accountId)
              .where('g.status', '=', 'suggested')
              .where('g.superseded_run_id', 'is', null)
              .where('g.rule_id', 'is not', null)
              .$if(min !== undefined, (q) => q.where((eb) => scoredAtLeast(eb as unknown as GEb, min!)))
              .where((eb) => noItemHeldNow(eb as unknown as GEb))
              .select((eb) => ['g.rule_id', eb.fn.count<number | string>('bt.id').distinct().as('n')])
              .groupBy('g.rule_id')
              .orderBy('g.rule_id')
              .execute();
      return rows.map((r) => ({ ruleId: r.rule_id!, n: Number(r.n) }));
    },

    /** Whether any match group of the account, whatever became of it, was made by this rule. */
    async ruleSeen(accountId: string, ruleId: string): Promise<boolean> {
      const row = await db
        .selectFrom('match_groups')
        .select(sql.lit(1).as('one'))
        .where('account_id', '=', accountId)
        .where('rule_id', '=', ruleId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** One page of the queue, by business date then id. */
    async queuePage(accountId: string, f: QueueFilter, page: { offset: number; limit: number }) {
      return queueQuery(accountId, f)
        .selectAll('bt')
        .orderBy('bt.business_date')
        .orderBy('bt.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },

    /** Every line id of the queue (bulk actions act on the filter's whole selection, not one page). */
    async queueIds(accountId: string, f: QueueFilter): Promise<number[]> {
      const rows = await queueQuery(accountId, f)
        .select('bt.id')
        .orderBy('bt.business_date')
        .orderBy('bt.id')
        .execute();
      return rows.map((r) => Number(r.id));
    },

    /** Ids of the live suggested groups that hold any of these bank lines. */
    liveSuggestionIds: (bankIds: number[]): Promise<number[]> =>
      idsByChunk(bankIds, async (chunk) =>
        (
          await db
            .selectFrom('match_items as s')
            .innerJoin('match_groups as g', 'g.id', 's.group_id')
            .select('g.id')
            .where('s.side', '=', 'bank')
            .where('s.item_id', 'in', chunk)
            .where('g.status', '=', 'suggested')
            .where('g.superseded_run_id', 'is', null)
            .execute()
        ).map((r) => Number(r.id)),
      ),

    /** Ids of the active groups (auto, confirmed, manual) that hold any of these bank lines. */
    activeGroupIds: (bankIds: number[]): Promise<number[]> =>
      idsByChunk(bankIds, async (chunk) =>
        (
          await db
            .selectFrom('match_items')
            .select('group_id')
            .where('side', '=', 'bank')
            .where('active', '=', 1)
            .where('item_id', 'in', chunk)
            .execute()
        ).map((r) => Number(r.group_id)),
      ),

    /**
     * Ids of the groups a person set aside that held (or proposed) any of the given bank lines: taken apart (unmatched
     * or undone) or rejected.
     */
    setAsideGroupIds: (bankIds: number[]): Promise<number[]> =>
      idsByChunk(bankIds, async (chunk) =>
        (
          await db
            .selectFrom('match_items as i')
            .innerJoin('match_groups as g', 'g.id', 'i.group_id')
            .select('i.group_id')
            .where('i.side', '=', 'bank')
            .where('g.status', 'in', ['undone', 'rejected'])
            .where('i.item_id', 'in', chunk)
            .execute()
        ).map((r) => Number(r.group_id)),
      ),

    /** Groups with their items, by id: the match repository's aggregate (one query per 500 ids, not one per group). */
    groupsByIds: (ids: number[]): Promise<ReviewGroup[]> => matches.getGroups(ids),

    /** The active group holding each given item that one holds, by "side:id". */
    activeHolders: (items: Array<{ side: 'bank' | 'ledger'; itemId: number }>): Promise<Map<string, number>> =>
      matches.activeHolders(items),

    /** For each given item, whether an active group holds it: "side:id" keys of the held ones. */
    async heldItems(items: Array<{ side: 'bank' | 'ledger'; itemId: number }>): Promise<Set<string>> {
      return new Set((await matches.activeHolders(items)).keys());
    },

    /** Moves many groups from one status to another (compare-and-set); returns how many moved. */
    setStatuses: matches.setStatuses,

    async bankLine(accountId: string, id: number): Promise<BankTransactionRow | undefined> {
      return db
        .selectFrom('bank_transactions')
        .selectAll()
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** Open ledger entries of a source that no group holds, for find-and-match. */
    async searchLedger(s: LedgerSearch): Promise<LedgerEntryRow[]> {
      let q = db
        .selectFrom('ledger_entries as le')
        .selectAll('le')
        .where('le.source_id', '=', s.sourceId)
        .where('le.status', '=', 'open')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('match_items as a')
                .select(sql.lit(1).as('one'))
                .whereRef('a.item_id', '=', 'le.id')
                .where('a.side', '=', 'ledger')
                .where('a.active', '=', 1),
            ),
          ),
        );
      const target = s.amountMinor;
      const within = Math.max(0, s.amountWithinMinor ?? 0);
      if (target !== undefined) {
        const [lo, hi] = [Math.max(0, target - within), target + within];
        q = q.where((eb) => eb.or([eb.between('le.amount_minor', lo, hi), eb.between('le.amount_minor', -hi, -lo)]));
      }
      if (s.from) q = q.where('le.entry_date', '>=', s.from);
      if (s.to) q = q.where('le.entry_date', '<=', s.to);
      if (s.text) {
        const like = `%${escapeLike(s.text.toLowerCase())}%`;
        q = q.where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['le.reference']), 'like', sql<string>`${like} escape '\\'`),
            eb(eb.fn('lower', ['le.party']), 'like', sql<string>`${like} escape '\\'`),
            eb(eb.fn('lower', ['le.description']), 'like', sql<string>`${like} escape '\\'`),
          ]),
        );
      }
      // an amount searched with a margin: the nearest first (an invoice paid short by a transfer charge at the top)
      if (target !== undefined && within > 0) q = q.orderBy(sql`abs(abs(le.amount_minor) - ${target})`);
      return q.orderBy('le.entry_date').orderBy('le.id').limit(s.limit).execute();
    },

    /**
     * The bank lines of the account whose live suggestion holds each of these entries, leaving out the suggestions of
     * `exceptLine` (its own): matching the entry by hand to another line takes that suggestion away. With `held`, also
     * the suggestions an active match holds an item of now (what a decision just took away, or an undo gives back).
     * By entry id, lines by date.
     */
    async suggestedFor(
      accountId: string,
      ledgerIds: number[],
      opts: { exceptLine?: number; held?: boolean } = {},
    ): Promise<Map<number, BankTransactionRow[]>> {
      const { exceptLine, held } = opts;
      const out = new Map<number, BankTransactionRow[]>();
      for (let i = 0; i < ledgerIds.length; i += CHUNK) {
        const rows = await db
          .selectFrom('match_groups as g')
          .innerJoin('match_items as e', 'e.group_id', 'g.id')
          .innerJoin('match_items as b', 'b.group_id', 'g.id')
          .innerJoin('bank_transactions as bt', 'bt.id', 'b.item_id')
          .selectAll('bt')
          .select('e.item_id as ledger_id')
          .where('g.account_id', '=', accountId)
          .where('g.status', '=', 'suggested')
          .where('g.superseded_run_id', 'is', null)
          .where('e.side', '=', 'ledger')
          .where('e.item_id', 'in', ledgerIds.slice(i, i + CHUNK))
          .where('b.side', '=', 'bank')
          .where('bt.status', '!=', 'removed')
          .$if(!held, (q) => q.where((eb) => noItemHeldNow(eb as unknown as GEb)))
          .$if(exceptLine !== undefined, (q) =>
            q.where(({ not, exists, selectFrom }) =>
              not(
                exists(
                  selectFrom('match_items as own')
                    .select(sql.lit(1).as('one'))
                    .whereRef('own.group_id', '=', 'g.id')
                    .where('own.side', '=', 'bank')
                    .where('own.item_id', '=', exceptLine!),
                ),
              ),
            ),
          )
          .orderBy('bt.business_date')
          .orderBy('bt.id')
          .execute();
        for (const { ledger_id, ...line } of rows) {
          const lines = out.get(Number(ledger_id)) ?? [];
          if (!lines.some((l) => Number(l.id) === Number(line.id))) lines.push(line);
          out.set(Number(ledger_id), lines);
        }
      }
      return out;
    },

    ledgerByIds: (ids: number[]): Promise<LedgerEntryRow[]> => matches.ledgerRows(ids),

    /** The lines of this account among `ids` (another account's are left out, as ids that name nothing here). */
    async bankByIds(accountId: string, ids: number[]): Promise<BankTransactionRow[]> {
      return (await matches.bankRows(ids)).filter((b) => b.account_id === accountId);
    },

    /** The audit trail, newest first, filtered; `beforeId` pages backwards. */
    async audit(f: AuditFilter): Promise<AuditEntry[]> {
      let q = db.selectFrom('audit_log as al').selectAll('al');
      if (f.accountId) q = q.where('al.account_id', '=', f.accountId);
      if (f.actor) q = q.where('al.actor', '=', f.actor);
      if (f.action) q = q.where('al.action', '=', f.action);
      if (f.beforeId !== undefined) q = q.where('al.id', '<', f.beforeId);
      if (f.bankLineId !== undefined) {
        const lineId = f.bankLineId;
        q = q.where((eb) =>
          eb.or([
            eb.and([eb('al.entity_type', '=', 'bank_transaction'), eb('al.entity_id', '=', String(lineId))]),
            eb.and([
              eb('al.entity_type', '=', 'match_group'),
              eb(
                'al.entity_id',
                'in',
                eb
                  .selectFrom('match_items as mi')
                  .select(sql<string>`cast(mi.group_id as text)`.as('gid'))
                  .where('mi.side', '=', 'bank')
                  .where('mi.item_id', '=', lineId),
              ),
            ]),
          ]),
        );
      }
      const rows = await q.orderBy('al.id', 'desc').limit(f.limit).execute();
      return rows.map(toAuditEntry);
    },

    /** The person's latest decision on the account that is still undoable (not undone, a person's kind). */
    async lastUndoable(accountId: string, actor: string): Promise<AuditEntry | undefined> {
      const row = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('actor', '=', actor)
        .where('entity_type', '=', 'match_group')
        .where('action', 'in', ['confirm', 'reject', 'manual_match', 'unmatch', 'undo'])
        .where('undone_by_id', 'is', null)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toAuditEntry(row) : undefined;
    },

    /** People and processes that appear in an account's audit trail (for the filter's choices). */
    async auditActors(accountId?: string): Promise<string[]> {
      let q = db.selectFrom('audit_log').select('actor').distinct();
      if (accountId) q = q.where('account_id', '=', accountId);
      return (await q.orderBy('actor').execute()).map((r) => r.actor);
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
