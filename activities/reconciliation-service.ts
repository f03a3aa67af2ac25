/*
 * Stored reconciliation runs and people's decisions (reconciliation.md, principle 9).
 *
 * Group statuses; auto, confirmed and manual hold their lines (a line sits in at most one such group, enforced by
 * a partial unique index on match_items.active):
 *   auto       engine, strong evidence             → confirm → confirmed · reject → rejected · unmatch → undone
 *   suggested  engine, one row per candidate, rank 1..3 within its candidate_set ("bank:<ids>")
 *                                                  → confirm → confirmed · reject → rejected
 *   manual     a person's own group                → unmatch → undone
 *   confirmed                                      → unmatch → undone
 * A rule that explains a bank-only line without auto-confirming gives a suggested group of kind 'rule' with no
 * ledger items and its `proposed` entry; confirming it settles the line against that proposed entry.
 * Rejected groups, and engine-made groups a person unmatched, rule their bank/ledger pairs out of every later run
 * (passed to the engine as rejectedPairs). Undo reverts one audited decision (confirm, reject, manual_match,
 * unmatch, undo) if the group is still as that decision left it; the undo is itself a decision that can be undone.
 *
 * Audit actions: auto_match and suggest (actor "system" or "rule:<id>", detail has runId, evidence, key; or the person
 * who saved a rule in the app and so classified its lines at once, detail.appliedRule), rule.create,
 * supersede (system: a run no longer makes a stored suggestion), and the people's confirm, reject, manual_match,
 * unmatch, undo — each with before/after snapshots of the group (GroupSnapshot). A manual_match that accepted a
 * suggestion with a write-off names it (detail.acceptedSuggestionId) and carries its evidence, as the group does.
 */
import { counted } from '../domain/counted.js';
import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type CurrencyCode, normalizeCurrency } from '../domain/currency.js';
import { daysBetween, isBusinessDate, parseBusinessDate } from '../domain/dates.js';
import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine, Evidence, ReconcileResult, Suggestion } from '../domain/reconciliation.js';
import { createAuditRepository } from '../db/audit-repository.js';
import {
  createMatchRepository,
  type GroupFilter,
  type GroupStatus,
  isActiveStatus,
  type MatchRepository,
  type NewGroup,
  type StoredGroup,
} from '../db/match-repository.js';
import type { BankTransactionRow, Database } from '../db/schema.js';
import { createWebRuleRepository } from '../db/web-rule-repository.js';
import { reconcile } from '../matching/engine.js';
import { ruleEvidence, ruleGroup } from '../matching/groups.js';
import { type MatchOptions, resolveMatchOptions } from '../matching/options.js';
import { InvalidLineError, prepareBank } from '../matching/prepared.js';
import { compileRule, firstMatchingRule, type Rule } from '../matching/rules.js';
import { carriedReversalPairs, withoutProposalsFor } from '../matching/carried-reversals.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { fromZodError, ReconciliationError } from './reconciliation-errors.js';
import { planGroups } from './reconciliation-plan.js';
import { assertLinesUnlocked } from './statement-locks.js';
import { prepareDirectPay } from './directpay-settlement.js';

export interface ReconcileAccountInput {
  accountId: string;
  ledgerSourceId: string;
  /** The bound GL account inside the source (a general ledger holding several banks). */
  ledgerAccount?: string | null;
  period: { from: string; to: string };
  options?: Partial<MatchOptions>;
  trigger: 'sync' | 'nightly' | 'manual';
}

export interface ReconcileStats {
  /** Bank lines the run considered: the period's lines no person has settled (auto-held lines included). */
  bankLines: number;
  ledgerEntries: number;
  /** Considered bank lines held by an auto group after the run (this run's or an earlier one's). */
  autoMatched: number;
  /** Considered bank lines without an auto match that have at least one suggestion. */
  suggested: number;
  /** Considered bank lines with neither. */
  unmatchedBank: number;
  /** Considered ledger entries no auto group holds after the run. */
  unmatchedLedger: number;
  /** autoMatched / bankLines as a percentage with two decimals ("93.50"); "0.00" with no lines. */
  matchedPercent: string;
}

export interface ReconcileAccountResult {
  runId: number;
  stats: ReconcileStats;
  /** What the run wrote: all zero on a re-run over unchanged data. */
  changes: { groupsInserted: number; suggestionsSuperseded: number; autoMatchesDropped: number };
}

export interface ManualMatchInput {
  accountId: string;
  bankIds: number[];
  ledgerIds: number[];
  actor: string;
  /** Where a non-zero difference is posted; without it the difference stays open on the group. */
  writeOffAccount?: string;
  /** A write-off beyond the account's tolerance, allowed by a person with a reason (kept in the audit detail). */
  writeOffOverride?: { reason: string };
  /**
   * The suggestion this match accepts with a write-off: kept in the audit detail, since the stored group is a hand
   * match either way and the trail and the row must say it was accepted, not matched by hand. It must be on exactly
   * the lines matched; its evidence goes to the group.
   */
  acceptedSuggestionId?: number;
}

export interface DecisionResult {
  group: StoredGroup;
  auditId: number;
}

/** A rule as a person is about to save it, and what the engine's rule pass needs to make its groups. */
export interface RuleLinesInput {
  accountId: string;
  rule: Rule;
  /**
   * The account's books (its bound ledger source): a line the books already hold as an open entry of its amount near
   * its day is left to the next run, which confirms that entry, rather than posted a second time.
   */
  books?: { sourceId: string; ledgerAccount: string | null } | null;
  /** The running settings' matching options (the write-off account a writeOff rule posts to). */
  options?: Partial<MatchOptions>;
}

/** The undecided lines a rule would classify if saved now (what Preview lists and Save classifies). */
export interface RuleLines {
  /** The lines, newest first. */
  lines: BankTransactionRow[];
  /** The unheld, unlocked lines looked at (newest first, at most RULE_SCAN_LIMIT). */
  scanned: number;
  /** A digest of the lines' ids: Save compares it with the preview's, so other lines of the same count are refused. */
  digest: string;
}

export interface CreateRuleInput extends RuleLinesInput {
  actor: string;
  /** What the person's preview showed; without it (saved unpreviewed) the lines are taken as they are at Save. */
  previewed?: { count: number; digest?: string };
}

export interface CreateRuleResult {
  /** Lines classified now (one group each). */
  classified: number;
  scanned: number;
  /** 'auto' for a rule that auto-confirms, else 'suggested': awaiting review. */
  status: 'auto' | 'suggested';
  groupIds: number[];
}

/** The most unheld lines a rule saved in the app looks at (newest first). */
export const RULE_SCAN_LIMIT = 20_000;

const lines = (n: number) => counted(n, 'line');

/** A stored bank line as the engine reads it. */
export function bankLineOf(r: BankTransactionRow): BankLine {
  return {
    id: String(r.id),
    date: r.business_date,
    amountMinor: Number(r.amount_minor),
    currency: currencyOf(r.currency, `bank line ${r.id}`),
    narration: r.narration,
    reference: r.reference,
    counterpartyName: r.counterparty_name,
    counterpartyAccount: r.counterparty_account,
    balanceMinor: r.balance_minor === null ? null : Number(r.balance_minor),
  };
}

/**
 * The lines a rule saved now classifies: of the account's unheld, unlocked lines, those whose first matching rule,
 * among the account's rules people saved before it and then it, is this one (the order a reconciliation run tries
 * them in: an earlier rule keeps the lines it classifies).
 */
async function linesForRule(db: Kysely<Database>, input: RuleLinesInput): Promise<RuleLines> {
  const rows = await createMatchRepository(db).unheldBankLines(input.accountId, RULE_SCAN_LIMIT);
  const earlier = (await createWebRuleRepository(db).forAccount(input.accountId)).filter((r) => r.id !== input.rule.id);
  const rules = [...earlier, input.rule].map(compileRule);
  const booked = await bookedNear(db, input, rows);
  const hits = rows.filter((r) => firstMatchingRule(rules, bankLineOf(r)) === input.rule && !booked(r));
  const ids = hits.map((r) => Number(r.id)).sort((a, b) => a - b);
  const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 32);
  return { lines: hits, scanned: rows.length, digest };
}

/**
 * Whether the books hold a line as an open entry of its amount (sign and currency) within the date window: the
 * engine's rule pass then takes that entry, never the rule's posting (see matching/passes/rule-pass.ts).
 */
async function bookedNear(
  db: Kysely<Database>,
  input: RuleLinesInput,
  rows: BankTransactionRow[],
): Promise<(r: BankTransactionRow) => boolean> {
  if (!input.books || rows.length === 0) return () => false;
  const window = resolveMatchOptions(input.options ?? {}).dateWindowDays;
  const entries = await createMatchRepository(db).loadCandidateLedgerEntries(
    input.books.sourceId,
    input.accountId,
    input.books.ledgerAccount,
  );
  const byAmount = new Map<string, string[]>();
  for (const e of entries) {
    const k = `${e.currency}|${Number(e.amount_minor)}`;
    byAmount.set(k, [...(byAmount.get(k) ?? []), e.entry_date]);
  }
  return (r) =>
    (byAmount.get(`${r.currency}|${Number(r.amount_minor)}`) ?? []).some(
      (d) => Math.abs(daysBetween(d, r.business_date)) <= window,
    );
}

/**
 * The engine's rule groups for lines a rule classifies, built by the engine's own ruleGroup and stored as a run
 * stores them (planGroups): kind rule, the rule's id, its proposed entry and confidence; auto when the rule
 * auto-confirms, else a suggestion for a person. Keys as a run's, so the next run writes none of them again.
 */
function ruleResult(rule: Rule, found: BankTransactionRow[], options: Partial<MatchOptions>): ReconcileResult {
  const opts = resolveMatchOptions({ ...options, rules: [] });
  const memo = new Map<Rule, Evidence[]>();
  const groups = found.map((r, i) =>
    ruleGroup(prepareBank(bankLineOf(r), i, rule.then.counterparty ?? null), rule, opts, ruleEvidence(rule, memo)),
  );
  if (rule.then.autoConfirm) return { matches: groups, suggestions: [], unmatchedBank: [], unmatchedLedger: [] };
  const suggestions: Suggestion[] = groups.map((g) => ({
    bankIds: g.bankIds,
    candidates: [
      {
        ledgerIds: [],
        confidence: g.confidence,
        differenceMinor: 0,
        evidence: g.evidence,
        ruleId: g.ruleId ?? null,
        proposed: g.proposed ?? null,
      },
    ],
  }));
  return { matches: [], suggestions, unmatchedBank: [], unmatchedLedger: [] };
}

/**
 * The audit row of a group a run (or a rule saved in the app) stored: auto_match or suggest, with its evidence and
 * the group as stored; `detail` says what made it (the run's id, or the rule applied).
 */
function newGroupAudit(
  g: NewGroup,
  ids: ReadonlyMap<string, number>,
  by: { at: string; actor: string; accountId: string; detail: Record<string, unknown> },
) {
  return {
    at: by.at,
    actor: by.actor,
    action: g.status === 'auto' ? 'auto_match' : 'suggest',
    entityType: 'match_group',
    entityId: String(ids.get(g.idempotencyKey!)),
    accountId: by.accountId,
    detail: {
      ...by.detail,
      evidence: g.evidence,
      ruleId: g.ruleId,
      idempotencyKey: g.idempotencyKey,
      rank: g.rank,
      candidateSet: g.candidateSet,
    },
    before: null,
    after: {
      status: g.status,
      kind: g.kind,
      bankIds: g.items.filter((i) => i.side === 'bank').map((i) => i.itemId),
      ledgerIds: g.items.filter((i) => i.side === 'ledger').map((i) => i.itemId),
      confidence: g.confidence,
      differenceMinor: g.differenceMinor,
      writeOff: g.writeOff,
      ruleId: g.ruleId,
      proposed: g.proposed,
    },
  };
}

/** The before/after image of a group kept in the audit log; undo restores status and decider from it. */
export interface GroupSnapshot {
  status: GroupStatus;
  kind: string;
  bankIds: number[];
  ledgerIds: number[];
  confidence: number;
  differenceMinor: number;
  writeOff: { account: string; amountMinor: number } | null;
  ruleId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

const PERSON_DECISIONS = ['confirm', 'reject', 'manual_match', 'unmatch', 'undo'] as const;

const businessDate = z.string().refine((s) => {
  if (!isBusinessDate(s)) return false;
  try {
    parseBusinessDate(s, 'YMD');
    return true;
  } catch {
    return false;
  }
}, 'expected a calendar date YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty').max(200);
const dbId = z.number().int().positive().refine(Number.isSafeInteger, 'expected a safe integer id');
// People act under their own name: "system" and "rule:…" are reserved for the engine's entries in the audit log.
const actorSchema = text.refine(
  (a) => a !== 'system' && !a.startsWith('rule:'),
  'is reserved for the engine ("system", "rule:…")',
);

const reconcileInputSchema = z.object({
  accountId: text,
  ledgerSourceId: text,
  /** The bound GL account: one source (a general ledger) may hold the entries of several banks. */
  ledgerAccount: text.nullish(),
  period: z
    .object({ from: businessDate, to: businessDate })
    .refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] }),
  options: z.record(z.string(), z.unknown()).optional(),
  trigger: z.enum(['sync', 'nightly', 'manual']),
});

const manualSchema = z.object({
  accountId: text,
  bankIds: z.array(dbId).min(1, 'name at least one bank line'),
  ledgerIds: z.array(dbId),
  actor: actorSchema,
  writeOffAccount: text.optional(),
  writeOffOverride: z.object({ reason: text }).optional(),
  acceptedSuggestionId: dbId.optional(),
});

function parse<T>(operation: string, schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZodError(operation, r.error);
  return r.data;
}

function snapshot(g: StoredGroup): GroupSnapshot {
  return {
    status: g.status,
    kind: g.kind,
    bankIds: g.bankIds,
    ledgerIds: g.ledgerIds,
    confidence: g.confidence,
    differenceMinor: g.differenceMinor,
    writeOff: g.writeOff,
    ruleId: g.ruleId,
    decidedBy: g.decidedBy,
    decidedAt: g.decidedAt,
  };
}

function duplicates(ids: number[]): number[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

function currencyOf(label: string, where: string): CurrencyCode {
  try {
    return normalizeCurrency(label);
  } catch {
    throw new ReconciliationError('invalid_input', `${where} has an unknown currency "${label}"`);
  }
}

export function createReconciliationService(deps: {
  db: Kysely<Database>;
  now?: () => Date;
  /** Where a DirectPay fee is written off (settings.directPay.feeAccount); the default account when unset. */
  directPayFeeAccount?: string;
}) {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();

  async function lockFor(repo: MatchRepository, accountId: string | null): Promise<void> {
    if (accountId !== null) await repo.lockAccount(accountId);
  }

  /** Fails with a conflict naming the first line another active group holds. */
  async function assertFree(
    operation: string,
    repo: MatchRepository,
    items: StoredGroup['items'],
    exceptGroupId?: number,
  ): Promise<void> {
    const held = await repo.activeHolders(items, exceptGroupId);
    const first = [...held.entries()].sort()[0];
    if (first) {
      const [line, groupId] = first;
      const [side, id] = line.split(':');
      throw new ReconciliationError(
        'conflict',
        `${operation}: ${side === 'bank' ? 'bank line' : 'ledger entry'} ${id} is already matched in active group ${groupId}`,
      );
    }
  }

  /**
   * A group may take lines the bank still reports and ledger entries still open. A group that held its entries
   * before (an undo restoring it) may find them reconciled, by the write-back of that very match: only void refuses.
   */
  async function assertLinesUsable(
    operation: string,
    repo: MatchRepository,
    bankIds: number[],
    ledgerIds: number[],
    heldBefore = false,
  ): Promise<void> {
    for (const b of await repo.bankRows(bankIds)) {
      if (b.status === 'removed')
        throw new ReconciliationError('invalid_state', `${operation}: bank line ${b.id} was removed by the bank`);
    }
    for (const l of await repo.ledgerRows(ledgerIds)) {
      if (l.status === 'open' || (heldBefore && l.status === 'reconciled')) continue;
      throw new ReconciliationError('invalid_state', `${operation}: ledger entry ${l.id} is ${l.status}, not open`);
    }
  }

  /**
   * The suggestion a hand match accepts with a write-off: this account's, on exactly the lines matched, so that the
   * evidence it hands on is the evidence of this match and not of another pair.
   */
  async function acceptedSuggestion(
    repo: MatchRepository,
    id: number,
    input: { accountId: string; bankIds: number[]; ledgerIds: number[] },
  ): Promise<StoredGroup> {
    const g = await repo.getGroup(id);
    const key = (ids: readonly number[]) => [...ids].sort((x, y) => x - y).join(',');
    const same = (a: readonly number[], b: readonly number[]) => key(a) === key(b);
    if (!g || g.accountId !== input.accountId || g.status !== 'suggested')
      throw new ReconciliationError(
        'invalid_state',
        `manualMatch: ${id} is not a suggestion of this account to accept`,
      );
    if (!same(g.bankIds, input.bankIds) || !same(g.ledgerIds, input.ledgerIds))
      throw new ReconciliationError('invalid_input', `manualMatch: suggestion ${id} is not on the lines matched`);
    return g;
  }

  /** Runs work in one transaction; a line taken by a concurrent group (unique index) becomes a clear conflict. */
  async function inTransaction<T>(operation: string, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    try {
      return await deps.db.transaction().execute(work);
    } catch (err) {
      if (err instanceof ReconciliationError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      if (
        /match_items_one_active_group|UNIQUE constraint failed: match_items\.side, match_items\.item_id/.test(message)
      ) {
        throw new ReconciliationError(
          'conflict',
          `${operation}: a line was matched by another group at the same time; nothing was written, try again`,
        );
      }
      throw err;
    }
  }

  /** A person's status change on one group: validated, compare-and-set, audited, in one transaction. */
  async function decide(
    operation: 'confirm' | 'reject' | 'unmatch',
    groupIdInput: unknown,
    actorInput: unknown,
    allowedFrom: GroupStatus[],
    to: GroupStatus,
  ): Promise<DecisionResult> {
    const { groupId, actor } = parse(operation, z.object({ groupId: dbId, actor: actorSchema }), {
      groupId: groupIdInput,
      actor: actorInput,
    });
    return inTransaction(operation, async (trx) => {
      const repo = createMatchRepository(trx);
      const first = await repo.getGroup(groupId);
      if (!first) throw new ReconciliationError('not_found', `${operation}: no match group ${groupId}`);
      await lockFor(repo, first.accountId);
      const group = (await repo.getGroup(groupId))!;
      if (group.supersededRunId !== null) {
        throw new ReconciliationError(
          'invalid_state',
          `${operation}: suggestion ${groupId} was superseded by run ${group.supersededRunId}; list the current suggestions`,
        );
      }
      if (!allowedFrom.includes(group.status)) {
        throw new ReconciliationError(
          'invalid_state',
          `${operation}: group ${groupId} is ${group.status}; ${operation} needs ${allowedFrom.join(' or ')}`,
        );
      }
      if (isActiveStatus(to) && !isActiveStatus(group.status)) {
        await assertFree(operation, repo, group.items, group.id);
        await assertLinesUsable(operation, repo, group.bankIds, group.ledgerIds);
      }
      await assertLinesUnlocked(trx, operation, group.accountId, group.bankIds);
      const at = now();
      if (!(await repo.setStatus(group.id, group.status, { status: to, decidedBy: actor, decidedAt: at }))) {
        throw new ReconciliationError('conflict', `${operation}: group ${groupId} changed while deciding; try again`);
      }
      const after = (await repo.getGroup(groupId))!;
      const auditId = await createAuditRepository(trx).append({
        at,
        actor,
        action: operation,
        entityType: 'match_group',
        entityId: String(groupId),
        accountId: group.accountId,
        detail: { evidence: group.evidence, ruleId: group.ruleId, runId: group.runId },
        before: snapshot(group),
        after: snapshot(after),
      });
      return { group: after, auditId };
    });
  }

  return {
    /**
     * Runs the engine over the period's unsettled lines and stores auto matches and ranked suggestions with their
     * evidence and audit rows, in one transaction. Lines people settled (confirmed, manual) are left out; lines
     * held by auto groups go in as context so that the engine sees the same input on a re-run (same output,
     * nothing written) — existing auto groups are never replaced.
     */
    async reconcileAccount(raw: ReconcileAccountInput): Promise<ReconcileAccountResult> {
      const input = parse('reconcileAccount', reconcileInputSchema, raw);
      return inTransaction('reconcileAccount', async (trx) => {
        const repo = createMatchRepository(trx);
        const audit = createAuditRepository(trx);
        const account = await repo.lockAccount(input.accountId);
        if (!account) throw new ReconciliationError('not_found', `reconcileAccount: no account ${input.accountId}`);
        const { from, to } = input.period;

        const bankRows = await repo.loadCandidateBankLines(account.id, from, to);
        const ledgerRows = await repo.loadCandidateLedgerEntries(
          input.ledgerSourceId,
          account.id,
          input.ledgerAccount ?? null,
        );
        const bank: BankLine[] = bankRows.map(bankLineOf);
        const ledger: LedgerEntry[] = ledgerRows.map((r) => ({
          id: String(r.id),
          date: r.entry_date,
          dueDate: r.due_date,
          amountMinor: Number(r.amount_minor),
          currency: currencyOf(r.currency, `ledger entry ${r.id}`),
          reference: r.reference,
          description: r.description,
          party: r.party,
          account: r.ledger_account,
        }));

        const stored = await repo.rejectedPairs(account.id);
        const callerOptions = (input.options ?? {}) as Partial<MatchOptions>;
        // Rules people created from a line in the web app, after the caller's own: they classify from this run on.
        const personRules = await createWebRuleRepository(trx).forAccount(account.id);
        let options: MatchOptions;
        try {
          options = resolveMatchOptions({
            timezone: account.timezone,
            ...callerOptions,
            rules: [...(callerOptions.rules ?? []), ...personRules],
            rejectedPairs: [
              ...(callerOptions.rejectedPairs ?? []),
              ...stored.map((p) => ({ bankId: String(p.bankId), ledgerId: String(p.ledgerId) })),
            ],
          });
        } catch (err) {
          if (err instanceof z.ZodError) throw fromZodError('reconcileAccount: options', err);
          throw err;
        }

        const startedAt = now();
        const runId = await repo.createRun({ accountId: account.id, from, to, trigger: input.trigger, startedAt });
        let result: ReconcileResult;
        try {
          // Verified DirectPay collections settle their invoices first; the engine sees their codes on the rest.
          const directPay = await prepareDirectPay(trx, account.id, bank, ledger, {
            now: startedAt,
            ...(deps.directPayFeeAccount ? { feeAccount: deps.directPayFeeAccount } : {}),
          });
          result = reconcile(directPay.bank, directPay.ledger, options);
          result = { ...result, matches: [...directPay.matches, ...result.matches] };
          // the lines reversing one the last finished reconciliation carried: the statement pairs them, so no rule
          // proposes posting them (docs/statement.md)
          const carried = (await createStatementRepository(trx).latest(account.id))?.items ?? [];
          result = withoutProposalsFor(result, new Set(carriedReversalPairs(carried, bank).map((p) => p.reversal)));
        } catch (err) {
          if (err instanceof InvalidLineError)
            throw new ReconciliationError('invalid_input', `reconcileAccount: ${err.message}`);
          throw err;
        }

        const heldByAuto = new Set<string>();
        for (const r of bankRows) if (r.auto_group_id !== null) heldByAuto.add(`bank:${r.id}`);
        for (const r of ledgerRows) if (r.auto_group_id !== null) heldByAuto.add(`ledger:${r.id}`);
        const liveKeys = await repo.liveKeys(account.id);
        const plan = planGroups({
          accountId: account.id,
          runId,
          now: startedAt,
          result,
          heldByAuto,
          liveKeys: new Map([...liveKeys].map(([k, v]) => [k, v.status])),
          bankAmounts: new Map(bank.map((b) => [b.id, { amountMinor: b.amountMinor, currency: b.currency }])),
          ledgerAmounts: new Map(ledger.map((l) => [l.id, { amountMinor: l.amountMinor, currency: l.currency }])),
        });

        const stale = (await repo.liveSuggestionsInPeriod(account.id, from, to)).filter(
          (g) => g.idempotencyKey === null || !plan.suggestionKeys.has(g.idempotencyKey),
        );
        await repo.markSuperseded(
          stale.map((g) => g.id),
          runId,
        );
        const ids = await repo.insertGroups(plan.newGroups);

        await audit.appendMany([
          ...stale.map((g) => ({
            at: startedAt,
            actor: 'system',
            action: 'supersede',
            entityType: 'match_group',
            entityId: String(g.id),
            accountId: account.id,
            detail: { runId, reason: 'the engine no longer makes this suggestion' },
            before: { status: g.status, supersededRunId: null },
            after: { status: g.status, supersededRunId: runId },
          })),
          ...plan.newGroups.map((g) =>
            newGroupAudit(g, ids, {
              at: startedAt,
              actor: g.ruleId ? `rule:${g.ruleId}` : 'system',
              accountId: account.id,
              detail: { runId },
            }),
          ),
        ]);

        const autoMatched = bank.filter((b) => plan.autoBankIds.has(b.id)).length;
        const suggested = bank.filter((b) => !plan.autoBankIds.has(b.id) && plan.suggestedBankIds.has(b.id)).length;
        const stats: ReconcileStats = {
          bankLines: bank.length,
          ledgerEntries: ledger.length,
          autoMatched,
          suggested,
          unmatchedBank: bank.length - autoMatched - suggested,
          unmatchedLedger: ledger.filter((l) => !plan.claimed.has(`ledger:${l.id}`)).length,
          matchedPercent:
            bank.length === 0 ? '0.00' : new Decimal(autoMatched).times(100).dividedBy(bank.length).toFixed(2),
        };
        const changes = {
          groupsInserted: plan.newGroups.length,
          suggestionsSuperseded: stale.length,
          autoMatchesDropped: plan.droppedAutoMatches,
        };
        await repo.finishRun(runId, now(), { ...stats, ...changes });
        return { runId, stats, changes };
      });
    },

    /** The undecided lines a rule would classify if saved now; nothing is written. */
    async ruleLines(raw: RuleLinesInput): Promise<RuleLines> {
      const { accountId } = parse('rule', z.object({ accountId: text }), { accountId: raw.accountId });
      return linesForRule(deps.db, { ...raw, accountId });
    },

    /**
     * Saves a rule a person made in the app and classifies, in the same transaction, the undecided lines it matches
     * now, as a reconciliation run's rule pass would (its groups, audited under the person's name): the lines no
     * longer wait for a later run. Lines a group holds or a finished reconciliation locks are never touched. With
     * `previewed`, the lines must still be the ones the person's preview listed, else nothing is saved.
     */
    async createRule(raw: CreateRuleInput): Promise<CreateRuleResult> {
      const { accountId, actor } = parse('rule', z.object({ accountId: text, actor: actorSchema }), {
        accountId: raw.accountId,
        actor: raw.actor,
      });
      const rule = raw.rule;
      return inTransaction('rule', async (trx) => {
        const repo = createMatchRepository(trx);
        if (!(await repo.lockAccount(accountId)))
          throw new ReconciliationError('not_found', `rule: no account ${accountId}`);
        const rules = createWebRuleRepository(trx);
        if (await rules.exists(rule.id))
          throw new ReconciliationError('conflict', `rule: a rule with id "${rule.id}" exists; choose another id`);
        const found = await linesForRule(trx, { ...raw, accountId });
        const seen = raw.previewed;
        if (seen && seen.count !== found.lines.length)
          throw new ReconciliationError(
            'conflict',
            `rule: it now classifies ${lines(found.lines.length)}, not the ${lines(seen.count)} the preview listed (lines were decided, or arrived, since); nothing was saved: check the preview below and save again`,
          );
        if (seen?.digest !== undefined && seen.digest !== found.digest)
          throw new ReconciliationError(
            'conflict',
            `rule: the ${lines(found.lines.length)} it classifies now are not the ones the preview listed (lines were decided, or arrived, since); nothing was saved: check the preview below and save again`,
          );
        await assertLinesUnlocked(
          trx,
          'rule',
          accountId,
          found.lines.map((r) => Number(r.id)),
        );
        const at = now();
        await rules.insert({ rule, accountId, createdBy: actor, at });
        const plan = planGroups({
          accountId,
          runId: null,
          now: at,
          result: ruleResult(rule, found.lines, raw.options ?? {}),
          heldByAuto: new Set(),
          liveKeys: new Map([...(await repo.liveKeys(accountId))].map(([k, v]) => [k, v.status])),
          bankAmounts: new Map(
            found.lines.map((r) => [String(r.id), { amountMinor: Number(r.amount_minor), currency: r.currency }]),
          ),
          ledgerAmounts: new Map(),
        });
        const ids = await repo.insertGroups(plan.newGroups);
        const audit = createAuditRepository(trx);
        await audit.append({
          at,
          actor,
          action: 'rule.create',
          entityType: 'rule',
          entityId: rule.id,
          accountId,
          detail: { previewMatches: seen?.count ?? null, classified: plan.newGroups.length, scanned: found.scanned },
          after: rule,
        });
        await audit.appendMany(
          plan.newGroups.map((g) => newGroupAudit(g, ids, { at, actor, accountId, detail: { appliedRule: rule.id } })),
        );
        return {
          classified: plan.newGroups.length,
          scanned: found.scanned,
          status: rule.then.autoConfirm ? 'auto' : 'suggested',
          groupIds: plan.newGroups.map((g) => ids.get(g.idempotencyKey!)!),
        };
      });
    },

    /** Accepts an auto match or one suggested candidate; its lines become held (no other group may take them). */
    confirm: (groupId: number, actor: string) => decide('confirm', groupId, actor, ['suggested', 'auto'], 'confirmed'),

    /** Rules a suggestion or auto match out: its lines are free again and the engine never pairs them again. */
    reject: (groupId: number, actor: string) => decide('reject', groupId, actor, ['suggested', 'auto'], 'rejected'),

    /** Breaks an active group; an engine-made group's pairs are never proposed again (see rejectedPairs). */
    unmatch: (groupId: number, actor: string) =>
      decide('unmatch', groupId, actor, ['auto', 'confirmed', 'manual'], 'undone'),

    /** A person's own group of any lines of one account and one currency. */
    async manualMatch(raw: ManualMatchInput): Promise<DecisionResult> {
      const input = parse('manualMatch', manualSchema, raw);
      for (const [side, ids] of [
        ['bankIds', input.bankIds],
        ['ledgerIds', input.ledgerIds],
      ] as const) {
        const dup = duplicates(ids);
        if (dup.length)
          throw new ReconciliationError('invalid_input', `manualMatch: ${side} lists ${dup.join(', ')} more than once`);
      }
      if (input.ledgerIds.length === 0 && !input.writeOffAccount) {
        throw new ReconciliationError(
          'invalid_input',
          'manualMatch: a group without ledger entries needs a writeOffAccount to post the bank lines to',
        );
      }
      return inTransaction('manualMatch', async (trx) => {
        const repo = createMatchRepository(trx);
        if (!(await repo.lockAccount(input.accountId))) {
          throw new ReconciliationError('not_found', `manualMatch: no account ${input.accountId}`);
        }
        const bankRows = await repo.bankRows(input.bankIds);
        const ledgerRows = await repo.ledgerRows(input.ledgerIds);
        const missingBank = input.bankIds.filter((id) => !bankRows.some((r) => Number(r.id) === id));
        if (missingBank.length)
          throw new ReconciliationError('not_found', `manualMatch: no bank line ${missingBank.join(', ')}`);
        const missingLedger = input.ledgerIds.filter((id) => !ledgerRows.some((r) => Number(r.id) === id));
        if (missingLedger.length)
          throw new ReconciliationError('not_found', `manualMatch: no ledger entry ${missingLedger.join(', ')}`);
        const foreign = bankRows.filter((r) => r.account_id !== input.accountId).map((r) => r.id);
        if (foreign.length) {
          throw new ReconciliationError(
            'invalid_input',
            `manualMatch: bank line ${foreign.join(', ')} is not a line of account ${input.accountId}`,
          );
        }
        const currencies = [
          ...bankRows.map((r) => ({
            where: `bank line ${r.id}`,
            currency: currencyOf(r.currency, `bank line ${r.id}`),
          })),
          ...ledgerRows.map((r) => ({
            where: `ledger entry ${r.id}`,
            currency: currencyOf(r.currency, `ledger entry ${r.id}`),
          })),
        ];
        const other = currencies.find((c) => c.currency !== currencies[0]!.currency);
        if (other) {
          throw new ReconciliationError(
            'invalid_input',
            `manualMatch: mixed currencies (${currencies[0]!.where} is ${currencies[0]!.currency}, ${other.where} is ${other.currency}); no exchange rate is applied`,
          );
        }
        const items = [
          ...bankRows.map((r) => ({
            side: 'bank' as const,
            itemId: Number(r.id),
            amountMinor: Number(r.amount_minor),
          })),
          ...ledgerRows.map((r) => ({
            side: 'ledger' as const,
            itemId: Number(r.id),
            amountMinor: Number(r.amount_minor),
          })),
        ];
        await assertFree('manualMatch', repo, items);
        await assertLinesUsable('manualMatch', repo, input.bankIds, input.ledgerIds);
        await assertLinesUnlocked(trx, 'manualMatch', input.accountId, input.bankIds);
        const accepted = input.acceptedSuggestionId
          ? await acceptedSuggestion(repo, input.acceptedSuggestionId, input)
          : null;

        const sum = (xs: typeof items) => xs.reduce((s, i) => s + i.amountMinor, 0);
        const differenceMinor =
          sum(items.filter((i) => i.side === 'bank')) - sum(items.filter((i) => i.side === 'ledger'));
        if (!Number.isSafeInteger(differenceMinor))
          throw new ReconciliationError('invalid_input', 'manualMatch: amounts exceed the safe integer range');
        const at = now();
        const groupId = await repo.insertGroup({
          accountId: input.accountId,
          runId: null,
          kind: 'manual',
          status: 'manual',
          confidence: 1,
          currency: currencies[0]!.currency,
          differenceMinor,
          // As the engine does: a write-off carries the size of the difference; its direction is differenceMinor's sign.
          writeOff:
            input.writeOffAccount && differenceMinor !== 0
              ? { account: input.writeOffAccount, amountMinor: Math.abs(differenceMinor) }
              : null,
          // an accepted suggestion keeps what the engine found, as one accepted as it stood does
          evidence: accepted?.evidence ?? [],
          ruleId: null,
          proposed: null,
          rank: null,
          candidateSet: null,
          idempotencyKey: null,
          decidedBy: input.actor,
          decidedAt: at,
          createdAt: at,
          items,
        });
        const group = (await repo.getGroup(groupId))!;
        const auditId = await createAuditRepository(trx).append({
          at,
          actor: input.actor,
          action: 'manual_match',
          entityType: 'match_group',
          entityId: String(groupId),
          accountId: input.accountId,
          detail: {
            writeOffAccount: input.writeOffAccount ?? null,
            ...(input.writeOffOverride ? { writeOffOverride: input.writeOffOverride } : {}),
            ...(accepted ? { acceptedSuggestionId: accepted.id, evidence: accepted.evidence } : {}),
          },
          before: null,
          after: snapshot(group),
        });
        return { group, auditId };
      });
    },

    /**
     * Reverts exactly one person's decision (confirm, reject, manual match, unmatch, or an undo) when the group is
     * still as that decision left it; a later decision must be undone first. Each decision can be undone once.
     */
    async undo(auditIdInput: number, actorInput: string): Promise<DecisionResult> {
      const { auditId, actor } = parse('undo', z.object({ auditId: dbId, actor: actorSchema }), {
        auditId: auditIdInput,
        actor: actorInput,
      });
      return inTransaction('undo', async (trx) => {
        const repo = createMatchRepository(trx);
        const audit = createAuditRepository(trx);
        const entry = await audit.get(auditId);
        if (!entry) throw new ReconciliationError('not_found', `undo: no audit entry ${auditId}`);
        if (entry.entityType !== 'match_group' || !(PERSON_DECISIONS as readonly string[]).includes(entry.action)) {
          throw new ReconciliationError(
            'invalid_state',
            `undo: audit entry ${auditId} is a ${entry.action} by ${entry.actor}, not a person's decision; reject or unmatch the group instead`,
          );
        }
        const groupId = Number(entry.entityId);
        await lockFor(repo, entry.accountId);
        const latest = (await audit.get(auditId))!;
        if (latest.undoneById !== null) {
          throw new ReconciliationError(
            'invalid_state',
            `undo: audit entry ${auditId} was already undone by entry ${latest.undoneById}`,
          );
        }
        const group = await repo.getGroup(groupId);
        if (!group)
          throw new ReconciliationError(
            'not_found',
            `undo: match group ${groupId} of audit entry ${auditId} no longer exists`,
          );
        if (group.supersededRunId !== null) {
          throw new ReconciliationError(
            'invalid_state',
            `undo: group ${groupId} is a suggestion run ${group.supersededRunId} superseded; decide on the current suggestions instead`,
          );
        }
        const after = entry.after as GroupSnapshot;
        const before = entry.before as GroupSnapshot | null;
        if (group.status !== after.status) {
          throw new ReconciliationError(
            'invalid_state',
            `undo: group ${groupId} is now ${group.status}, not ${after.status} as entry ${auditId} left it; undo the later decision first`,
          );
        }
        const target: GroupStatus = before?.status ?? 'undone';
        await assertLinesUnlocked(trx, 'undo', group.accountId, group.bankIds);
        if (isActiveStatus(target) && !isActiveStatus(group.status)) {
          await assertFree('undo', repo, group.items, group.id);
          await assertLinesUsable('undo', repo, group.bankIds, group.ledgerIds, true);
        }
        const at = now();
        const decided = before
          ? { decidedBy: before.decidedBy, decidedAt: before.decidedAt }
          : { decidedBy: actor, decidedAt: at };
        if (!(await repo.setStatus(group.id, group.status, { status: target, ...decided }))) {
          throw new ReconciliationError('conflict', `undo: group ${groupId} changed while undoing; try again`);
        }
        const restored = (await repo.getGroup(groupId))!;
        // the suggestion a hand match accepted, from the decision or, undoing an undo, from the decision it undid
        const detail = entry.detail as {
          acceptedSuggestionId?: number;
          undoes?: { acceptedSuggestionId?: number };
        } | null;
        const accepted = detail?.acceptedSuggestionId ?? detail?.undoes?.acceptedSuggestionId;
        const undoId = await audit.append({
          at,
          actor,
          action: 'undo',
          entityType: 'match_group',
          entityId: String(groupId),
          accountId: group.accountId,
          detail: {
            undoes: {
              id: auditId,
              action: entry.action,
              actor: entry.actor,
              // so the trail names the decision undone as it named the decision
              ...(accepted ? { acceptedSuggestionId: accepted } : {}),
            },
          },
          before: snapshot(group),
          after: snapshot(restored),
          undoesId: auditId,
        });
        if (!(await audit.markUndone(auditId, undoId))) {
          throw new ReconciliationError('conflict', `undo: audit entry ${auditId} was undone concurrently`);
        }
        return { group: restored, auditId: undoId };
      });
    },

    /** The account's groups, oldest first; by default without superseded or stale suggestions. */
    async listGroups(accountIdInput: string, filter: GroupFilter = {}): Promise<StoredGroup[]> {
      const accountId = parse('listGroups', text, accountIdInput);
      return createMatchRepository(deps.db).listGroups(accountId, filter);
    },
  };
}

export type ReconciliationService = ReturnType<typeof createReconciliationService>;
