import type { Kysely } from 'kysely';
import { buildAccountReport } from '../activities/report-builder.js';
import {
  type BankOpenedFrom,
  type BookRollForward,
  buildReportDocument,
  carryOf,
  type DocBankLine,
  type ReconciliationReport,
  type ReportDocument,
  type StatementDocument,
} from '../adapters/reports/index.js';
import { addBusinessDays } from '../domain/dates.js';
import type {
  OutstandingItem,
  PostedLine,
  ReversedCarried,
  StatementAdjustment,
  StatementCheckpoint,
} from '../domain/statement.js';
import { liveBusinessDateRange } from '../db/bank-transaction-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { AccountRow, Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { counted, money } from './format.js';
import { ledgerSourceOf } from './review-data.js';

/**
 * A statement checkpoint in progress. Its figures are the one report document's (the statement `bankfeed export`,
 * `reconcile --account --json` and the nightly run write, built by the same `buildAccountReport`), with the balances
 * the person states; nothing here computes a balance of its own. Around the document, two checks QuickBooks' and
 * Xero's reconcile screens make before a period can be signed:
 * - cleared: the statement's ending balance against the opening balance plus the period's bank lines a decision
 *   cleared (the document's matches, and the lines reversing a carried one). An undecided line, or a mistyped ending
 *   balance, leaves a difference;
 * - books: the document's difference (adjusted bank balance against adjusted book balance), which must be zero and
 *   verified (both balances the bank's and the books' own, never one derived from the other).
 */
export interface CheckpointFigures {
  period: { from: string; to: string };
  /** The finished reconciliation this period opens from (null when it starts before it, or there is none). */
  previous: StatementCheckpoint | null;
  /** The account's latest finished reconciliation or starting point, whatever its end (null: none). */
  last: StatementCheckpoint | null;
  /** The report document of the period: what the screen renders, what `statement.json` answers. */
  document: ReportDocument;
  /** The report it was built from: what `statement.xlsx` writes the workbook of. */
  report: ReconciliationReport;
  statement: StatementDocument;
  openingMinor: number | null;
  /** Where the bank's opening comes from (the reconciliation or starting point before the period, or its first line). */
  openedFrom: BankOpenedFrom;
  /** The feed's running balance on the period's last line (what an empty ending balance takes). */
  feedBalance: { balanceMinor: number; date: string } | null;
  lines: number;
  /** The period's bank lines summed: the bank's movements from the opening to the closing. */
  bankMovementsMinor: number;
  /** The books' side of the same: opening (and where it comes from) + the period's entries = balance per books. */
  books: BookRollForward | null;
  cleared: number;
  clearedSumMinor: number;
  clearedDifferenceMinor: number | null;
  /** The period's bank lines no decision holds (awaiting review or unmatched). */
  undecided: DocBankLine[];
  /** What the finished reconciliation keeps and the next statement carries forward. */
  outstanding: OutstandingItem[];
  /**
   * The matched groups' residuals and write-offs: kept with it so that its statement adds up, and carried into the
   * next one (as adjustments, not lines) until the books post them.
   */
  adjustments: StatementAdjustment[];
  /** Carried bank lines the books posted in the period: kept with it, so that a posting voided later brings one back. */
  postings: PostedLine[];
  /** Lines of the period reversing a carried bank line: kept with it, as the decision on them. */
  reversals: ReversedCarried[];
  /** Why it cannot be finished yet (empty when it can). */
  blockers: string[];
}

const BOOKS_OWN = new Set(['stated', 'carried-forward', 'ledger-api', 'ledger-closing']);

export async function checkpointFigures(
  db: Kysely<Database>,
  account: AccountRow,
  input: {
    end: string;
    statementBalanceMinor?: number;
    bookBalanceMinor?: number;
    /** the finished reconciliation these balances are the signed ones of: each labelled by the source it had */
    signed?: StatementCheckpoint;
    now: Date;
  },
): Promise<CheckpointFigures> {
  const statements = createStatementRepository(db);
  const last = await statements.latest(account.id);
  // The period runs from the day after the finished reconciliation (or agreed starting point) before its end, or the
  // account's first line, to the end: a finished period shown again is its own, not everything up to it
  const previous = await statements.latest(account.id, addBusinessDays(input.end, -1));
  const first = (await liveBusinessDateRange(db, account.id))?.from;
  const afterPrevious = previous ? addBusinessDays(previous.periodEnd, 1) : null;
  const from = afterPrevious ?? (first && first < input.end ? first : input.end);
  const period = { from, to: input.end };
  const binding = ledgerSourceOf(account);
  const report = await buildAccountReport(db, {
    accountId: account.id,
    period,
    ledgerSourceId: binding?.sourceId ?? null,
    ledgerAccount: binding?.ledgerAccount || null,
    stated: {
      ...(input.statementBalanceMinor !== undefined ? { statementBalanceMinor: input.statementBalanceMinor } : {}),
      ...(input.bookBalanceMinor !== undefined ? { bookBalanceMinor: input.bookBalanceMinor } : {}),
    },
    ...(input.signed
      ? {
          asSigned: {
            statementBalanceMinor: input.signed.statementBalanceMinor,
            statementBalanceSource: input.signed.statementBalanceSource,
            bookBalanceMinor: input.signed.bookBalanceMinor,
            bookBalanceSource: input.signed.bookBalanceSource,
            note: `Balances as signed in reconciliation #${input.signed.id}.`,
          },
        }
      : {}),
    now: input.now,
  });
  const document = buildReportDocument([report], { producedBy: 'web' });
  const statement = document.statements[0]!;
  const s = statement.statement;

  // The opening, the cleared lines and the cleared difference are the document's own (its proof), so that its
  // workbook and JSON say what the page says; the report built from this account always knows its bank opening.
  const proof = s.proof;
  if (!proof) throw new Error(`statement of ${account.id}: the report knows no bank opening`);
  const inPeriod = statement.bankLines.filter((l) => l.date >= from && l.date <= input.end);
  const lastWithBalance = [...inPeriod].reverse().find((l) => l.balanceMinor !== null);
  const feedBalance = lastWithBalance
    ? { balanceMinor: lastWithBalance.balanceMinor!, date: lastWithBalance.date }
    : null;
  const statementBalanceMinor = s.balancePerBank.amountMinor;
  const openingMinor = proof.bank.opening.amountMinor;
  const clearedDifferenceMinor = proof.clearedDifference.amountMinor;
  const uncleared = new Set(proof.uncleared);
  const undecided = inPeriod.filter((l) => uncleared.has(l.id));
  const carry = carryOf(s);
  const awaiting = s.awaitingReviewBank.count + s.awaitingReviewLedger.count;

  const blockers: string[] = [];
  if (last && last.periodEnd >= input.end)
    blockers.push(
      last.kind === 'opening'
        ? `the account starts from the agreed starting point at ${last.periodEnd}; choose a later ending date`
        : `a reconciliation to ${last.periodEnd} is finished already; choose a later ending date`,
    );
  // Before an agreed starting point undecided lines are expected (out of scope); late there is one it never saw.
  if (previous?.kind === 'opening' && afterPrevious) {
    const unseen = await statements.linesSeenAfter(account.id, previous.periodEnd, previous.finishedAt);
    const l = unseen[0];
    if (l)
      blockers.push(
        `${counted(unseen.length, 'bank line')} dated on or before ${previous.periodEnd} arrived after the starting point #${previous.id} was set (${l.business_date} ${l.narration} ${money(Number(l.amount_minor), account.currency)}${unseen.length > 1 ? ', …' : ''}): the balance agreed at it does not hold them; an admin must unlock #${previous.id} and set it again`,
      );
  }
  // the lines before an agreed starting point are out of scope: undecided, and no statement's to show
  const start = await statements.agreedStart(account.id);
  const late =
    previous && previous.kind !== 'opening'
      ? await lateLines(
          db,
          account.id,
          previous.periodEnd,
          start ? { through: start.periodEnd, setAt: start.finishedAt } : null,
        )
      : [];
  // one dated before the start is the start's to take back: the statement after it is reopened first
  const beforeStart = start ? late.filter((l) => l.business_date <= start.periodEnd) : [];
  const lateInPeriod = late.filter((l) => !beforeStart.includes(l));
  const named = (ls: typeof late) =>
    `${ls[0]!.business_date} ${ls[0]!.narration} ${money(Number(ls[0]!.amount_minor), account.currency)}${ls.length > 1 ? ', …' : ''}`;
  if (previous && lateInPeriod.length)
    blockers.push(
      `${counted(lateInPeriod.length, 'bank line')} dated on or before ${previous.periodEnd} arrived after reconciliation #${previous.id} was finished (${named(lateInPeriod)}): no statement shows them and its lock refuses a decision on them; an admin must reopen #${previous.id} to decide them`,
    );
  if (previous && start && beforeStart.length)
    blockers.push(
      `${counted(beforeStart.length, 'bank line')} dated on or before the agreed starting point #${start.id} at ${start.periodEnd} arrived after reconciliation #${previous.id} was finished (${named(beforeStart)}): the balance agreed at the start does not hold them; an admin must reopen #${previous.id}, then unlock the starting point #${start.id} and set it again`,
    );
  // Lines after the last sync are not in the feed yet (a paused feed, a sync still to come): signing the period would
  // lock it over lines nobody has seen, and the feed's running balance would make it "balance".
  if (account.synced_through && input.end > account.synced_through)
    blockers.push(
      `the feed has the bank’s lines only through ${account.synced_through}: sync the account (or re-authorise it) first, or choose an ending date on or before it`,
    );
  if (statementBalanceMinor === null) blockers.push("enter the statement's ending balance");
  if (openingMinor === null) blockers.push('the opening balance is unknown (the lines carry no running balance)');
  if (clearedDifferenceMinor !== null && clearedDifferenceMinor !== 0)
    blockers.push('the statement balance and the cleared lines differ');
  if (undecided.length)
    blockers.push(
      `${counted(undecided.length, 'bank line')} of the period ${undecided.length === 1 ? 'is' : 'are'} not decided yet`,
    );
  if (awaiting)
    blockers.push(
      `${counted(awaiting, 'line or entry', 'lines and entries')} ${awaiting === 1 ? 'awaits' : 'await'} review`,
    );
  if (s.balancePerBooks.amountMinor === null || !BOOKS_OWN.has(s.balancePerBooks.source))
    blockers.push("enter the books' balance at the ending date (the books' own figure)");
  else if (s.difference.amountMinor !== null && s.difference.amountMinor !== 0)
    blockers.push('the books do not agree with the bank after the reconciling items');
  else if (!s.balanced) blockers.push('the statement is not verified (a balance is not the bank’s or the books’ own)');
  return {
    period,
    previous: afterPrevious ? previous : null,
    last,
    document,
    report,
    statement,
    openingMinor,
    openedFrom: proof.bank.opening.from,
    feedBalance,
    lines: proof.bank.movements.count,
    bankMovementsMinor: proof.bank.movements.totalMinor,
    books: report.bookRollForward ?? null,
    cleared: proof.cleared.count,
    clearedSumMinor: proof.cleared.totalMinor,
    clearedDifferenceMinor,
    undecided,
    // what the next period carries, read as `reconcile --previous` reads a finished statement's document
    outstanding: carry.items,
    adjustments: carry.adjustments,
    postings: carry.postings,
    reversals: (s.reversedByBank ?? []).map(({ reverses, ...i }) => ({
      reversal: {
        side: 'bank',
        id: i.id,
        date: i.date,
        reference: i.reference,
        description: i.description,
        amountMinor: i.signedAmountMinor,
      },
      reverses,
    })),
    blockers,
  };
}

/** The date through which finished reconciliations lock the account's lines (null: nothing locked). */
export async function lockedThrough(db: Kysely<Database>, accountId: string): Promise<string | null> {
  return createMatchRepository(db).lockedThrough(accountId);
}

/**
 * Lines of the account dated inside a finished reconciliation that no decision holds: the bank reported them after
 * it was finished (finishing needs every line of the period decided, and its lock refuses any change since). The next
 * period starts after their date and the engine leaves them alone, so without this no screen would name them.
 */
export async function lateLines(
  db: Kysely<Database>,
  accountId: string,
  through: string,
  /**
   * An agreed starting point: the lines dated up to it that it saw are out of scope, never late; one the bank reported
   * after it was set is (the balance agreed at it does not hold it).
   */
  start: { through: string; setAt: string } | null = null,
) {
  let q = db
    .selectFrom('bank_transactions as bt')
    .select(['bt.id', 'bt.business_date', 'bt.narration', 'bt.amount_minor'])
    .where('bt.account_id', '=', accountId)
    .where('bt.status', '!=', 'removed')
    .where('bt.business_date', '<=', through);
  if (start)
    q = q.where((eb) => eb.or([eb('bt.business_date', '>', start.through), eb('bt.first_seen_at', '>', start.setAt)]));
  const reversed = [...(await createStatementRepository(db).reversedLines(accountId)).keys()];
  if (reversed.length) q = q.where('bt.id', 'not in', reversed.map(Number));
  return q
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('match_items as mi')
            .select('mi.group_id')
            .where('mi.side', '=', 'bank')
            .where('mi.active', '=', 1)
            .whereRef('mi.item_id', '=', 'bt.id'),
        ),
      ),
    )
    .orderBy('bt.business_date')
    .orderBy('bt.id')
    .execute();
}
