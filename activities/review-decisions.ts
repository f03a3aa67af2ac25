/*
 * Decisions the review web app adds to the reconciliation service's single-group ones: bulk accept or reject of a
 * filter's whole selection (one transaction: all or nothing), and the write-off check (within the account's
 * tolerance, or beyond it only with an explicit, audited override). Single decisions go through
 * ReconciliationService (confirm, reject, manualMatch, unmatch, undo) exactly as the CLI's do.
 */
import { Decimal } from 'decimal.js';
import type { Kysely } from 'kysely';
import { createAuditRepository, type NewAuditEntry } from '../db/audit-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import {
  createReviewRepository,
  type QueueFilter,
  type ReviewGroup,
  type ReviewRepository,
} from '../db/review-repository.js';
import type { Database } from '../db/schema.js';
import type { Tolerance } from '../matching/options.js';
import { ReconciliationError } from './reconciliation-errors.js';
import { assertLinesUnlocked } from './statement-locks.js';

export type BulkAction = 'confirm' | 'reject';

export interface BulkPlan {
  /** Groups the action would decide, in bank-line order. */
  groupIds: number[];
  /** Bank lines those groups cover. */
  lines: number;
  /** Lines of the selection left out: their best candidate shares a line with another line's, or is stale. */
  skipped: number;
  /** Of those, lines whose best candidate differs from the books: they are accepted one by one, with a write-off. */
  differing: number;
  /**
   * Of those, lines the engine left for a person to decide (their best candidate ties with another, or a returned
   * cheque's deposit): a bulk accept would decide them by the order of the list.
   */
  undecided: number;
}

/**
 * A candidate whose amounts differ from the books (a receipt short by a fee or a levy, an over-payment) cannot be
 * accepted as it stands: that would store the match as if exact and leave the difference unexplained on the
 * statement. It is accepted with a write-off that says where the difference goes (the review app's "Write off…",
 * ReconciliationService.manualMatch with a writeOffAccount), with a reason beyond the tolerance. A rule's bank-only
 * proposal (no book entries) is not such a candidate: its proposed entry is the explanation.
 */
export function needsWriteOff(g: { differenceMinor: number; ledgerIds: readonly unknown[] }): boolean {
  return g.differenceMinor !== 0 && g.ledgerIds.length > 0;
}

export interface BulkResult extends BulkPlan {
  auditIds: number[];
}

function snapshot(g: ReviewGroup, status: string, decidedBy: string | null, decidedAt: string | null) {
  return {
    status,
    kind: g.kind,
    bankIds: g.bankIds,
    ledgerIds: g.ledgerIds,
    confidence: g.confidence,
    differenceMinor: g.differenceMinor,
    writeOff: g.writeOff,
    ruleId: g.ruleId,
    decidedBy,
    decidedAt,
  };
}

function better(a: ReviewGroup, b: ReviewGroup): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if ((a.rank ?? 9) !== (b.rank ?? 9)) return (a.rank ?? 9) < (b.rank ?? 9);
  return a.id < b.id;
}

/**
 * What a bulk action over the filter's selection does. Accept takes each line's best live candidate that passes the
 * filter, skipping any that would take a line already taken (by another group or an earlier pick), so the plan never
 * conflicts with itself. Reject takes every live candidate of the selection that passes the filter.
 */
async function plan(
  review: ReviewRepository,
  accountId: string,
  filter: QueueFilter,
  action: BulkAction,
): Promise<BulkPlan & { groups: ReviewGroup[] }> {
  const selection = { ...filter, view: 'suggested' as const };
  const lineIds = await review.queueIds(accountId, selection);
  const groups = await review.groupsByIds(await review.liveSuggestionIds(lineIds));
  const passes = (g: ReviewGroup) =>
    g.status === 'suggested' &&
    g.supersededRunId === null &&
    g.accountId === accountId &&
    (filter.minConfidence === undefined || g.confidence >= filter.minConfidence) &&
    (filter.ruleId === undefined || g.ruleId === filter.ruleId);
  const held = await review.heldItems(groups.flatMap((g) => g.items));
  const live = groups.filter((g) => passes(g) && !g.items.some((i) => held.has(`${i.side}:${i.itemId}`)));
  const byLine = new Map<number, ReviewGroup[]>();
  for (const g of live) for (const b of g.bankIds) byLine.set(b, [...(byLine.get(b) ?? []), g]);

  if (action === 'reject') {
    const covered = new Set(live.flatMap((g) => g.bankIds));
    return {
      groups: live,
      groupIds: live.map((g) => g.id),
      lines: lineIds.filter((id) => covered.has(id)).length,
      skipped: lineIds.filter((id) => !covered.has(id)).length,
      differing: 0,
      undecided: 0,
    };
  }
  const taken = new Set<string>();
  const chosen: ReviewGroup[] = [];
  const covered = new Set<number>();
  let differing = 0;
  let undecided = 0;
  for (const line of lineIds) {
    if (covered.has(line)) continue;
    let best: ReviewGroup | undefined;
    for (const g of byLine.get(line) ?? []) {
      if (g.items.some((i) => taken.has(`${i.side}:${i.itemId}`))) continue;
      if (!best || better(g, best)) best = g;
    }
    if (!best) continue;
    // The engine left it to a person (a tie, a returned cheque): its evidence says so, and only a person reads it.
    if (best.evidence.some((e) => e.kind === 'tie')) {
      undecided++;
      continue;
    }
    // The best candidate differs from the books: the person writes the difference off (never a lesser candidate).
    if (needsWriteOff(best)) {
      differing++;
      continue;
    }
    chosen.push(best);
    for (const i of best.items) taken.add(`${i.side}:${i.itemId}`);
    for (const b of best.bankIds) covered.add(b);
  }
  return {
    groups: chosen,
    groupIds: chosen.map((g) => g.id),
    lines: covered.size,
    skipped: lineIds.filter((id) => !covered.has(id)).length,
    differing,
    undecided,
  };
}

export function createReviewDecisions(deps: { db: Kysely<Database>; now?: () => Date }) {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();

  return {
    /** The count a person sees before a bulk action runs; nothing is written. */
    async preview(accountId: string, filter: QueueFilter, action: BulkAction): Promise<BulkPlan> {
      const p = await plan(createReviewRepository(deps.db), accountId, filter, action);
      return {
        groupIds: p.groupIds,
        lines: p.lines,
        skipped: p.skipped,
        differing: p.differing,
        undecided: p.undecided,
      };
    },

    /**
     * Runs a bulk action in one transaction. `expectedGroups` is the count the person confirmed: if the selection
     * changed since (someone decided some of it), nothing is written and the caller shows the new count. The groups
     * are decided and audited in chunks, reporting each to `onProgress` (inside the transaction: what it reports is
     * not visible to anyone else until the commit at the end, and a failure in any chunk writes nothing).
     */
    async run(input: {
      accountId: string;
      filter: QueueFilter;
      action: BulkAction;
      expectedGroups: number;
      actor: string;
      onProgress?: (p: { done: number; total: number }) => void | Promise<void>;
      /** Groups per chunk between progress reports. */
      chunkSize?: number;
    }): Promise<BulkResult> {
      if (input.actor === 'system' || input.actor.startsWith('rule:'))
        throw new ReconciliationError('invalid_input', 'bulk: actor is reserved for the engine');
      const chunk = Math.max(1, input.chunkSize ?? 250);
      return deps.db.transaction().execute(async (trx) => {
        const review = createReviewRepository(trx);
        const matches = createMatchRepository(trx);
        const account = await matches.lockAccount(input.accountId);
        if (!account) throw new ReconciliationError('not_found', `bulk ${input.action}: no account ${input.accountId}`);
        const p = await plan(review, input.accountId, input.filter, input.action);
        if (p.groupIds.length !== input.expectedGroups) {
          throw new ReconciliationError(
            'conflict',
            `bulk ${input.action}: the selection changed since you looked (${input.expectedGroups} then, ${p.groupIds.length} now); nothing was done — check the new count and run it again`,
          );
        }
        if (p.groups.length === 0)
          return {
            groupIds: [],
            lines: 0,
            skipped: p.skipped,
            differing: p.differing,
            undecided: p.undecided,
            auditIds: [],
          };
        // A statement finished since the person looked locks its lines: checked under the account's lock, as every
        // single decision is, so the whole action is refused rather than changing a signed period.
        await assertLinesUnlocked(trx, `bulk ${input.action}`, input.accountId, [
          ...new Set(p.groups.flatMap((g) => g.bankIds)),
        ]);
        const ledgerIds = [...new Set(p.groups.flatMap((g) => g.ledgerIds))];
        if (input.action === 'confirm') {
          const notOpen = (await review.ledgerByIds(ledgerIds)).filter((l) => l.status !== 'open');
          if (notOpen.length) {
            throw new ReconciliationError(
              'invalid_state',
              `bulk confirm: ledger entry ${notOpen[0]!.id} is ${notOpen[0]!.status}, not open; nothing was done`,
            );
          }
        }
        const at = now();
        const to = input.action === 'confirm' ? 'confirmed' : 'rejected';
        const audit = createAuditRepository(trx);
        const total = p.groups.length;
        await input.onProgress?.({ done: 0, total });
        for (let i = 0; i < total; i += chunk) {
          const part = p.groups.slice(i, i + chunk);
          const moved = await matches.setStatuses(
            part.map((g) => g.id),
            'suggested',
            { status: to, decidedBy: input.actor, decidedAt: at },
          );
          if (moved !== part.length) {
            throw new ReconciliationError(
              'conflict',
              `bulk ${input.action}: a group changed while deciding; try again`,
            );
          }
          const entries: NewAuditEntry[] = part.map((g) => ({
            at,
            actor: input.actor,
            action: input.action,
            entityType: 'match_group',
            entityId: String(g.id),
            accountId: input.accountId,
            detail: { evidence: g.evidence, ruleId: g.ruleId, runId: g.runId, bulk: { filter: input.filter } },
            before: snapshot(g, g.status, g.decidedBy, g.decidedAt),
            after: snapshot(g, to, input.actor, at),
          }));
          await audit.appendMany(entries);
          await input.onProgress?.({ done: i + part.length, total });
        }
        return {
          groupIds: p.groupIds,
          lines: p.lines,
          skipped: p.skipped,
          differing: p.differing,
          undecided: p.undecided,
          auditIds: await audit.idsWrittenAt(input.accountId, input.actor, at),
        };
      });
    },
  };
}

export type ReviewDecisions = ReturnType<typeof createReviewDecisions>;

/**
 * The largest difference a write-off may take without an override: the tolerance's fixed amount or its percentage
 * of the ledger side, whichever is larger, on the side the difference falls (under- or over-payment).
 */
export function writeOffAllowance(tolerance: Tolerance, ledgerTotalMinor: number, differenceMinor: number): number {
  const under = differenceMinor < 0 === ledgerTotalMinor > 0 || (ledgerTotalMinor === 0 && differenceMinor < 0);
  const pct = under ? tolerance.underPercent : tolerance.overPercent;
  const fixed = (under ? tolerance.underFixedMinor : tolerance.overFixedMinor) ?? 0;
  const fromPct = pct
    ? new Decimal(Math.abs(ledgerTotalMinor))
        .times(pct)
        .dividedBy(100)
        .toDecimalPlaces(0, Decimal.ROUND_DOWN)
        .toNumber()
    : 0;
  return Math.max(fixed, fromPct);
}
