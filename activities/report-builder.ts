import type { Kysely } from 'kysely';
import { normalizeCurrency } from '../domain/currency.js';
import { addBusinessDays } from '../domain/dates.js';
import { heldByBooks, isPosting } from '../domain/ledger.js';
import type { MatchGroup, Suggestion } from '../domain/reconciliation.js';
import type { BankBalanceSource, BookBalanceSource, OutstandingItem, PostedLine } from '../domain/statement.js';
import { carriedReversalPairs } from '../matching/carried-reversals.js';
import {
  groupKey,
  type ReconciliationReport,
  type ReportBankLine,
  type ReportLedgerEntry,
} from '../adapters/reports/index.js';
import { getAccountOrThrow } from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { businessDatesOf, listLiveBankTransactions, liveBusinessDateRange } from '../db/bank-transaction-repository.js';
import {
  bookRefOf,
  listClosedSince,
  listFiguresChangedSince,
  listLedgerEntriesThrough,
} from '../db/ledger-repository.js';
import { ACTIVE_STATUSES, createMatchRepository, type StoredGroup } from '../db/match-repository.js';
import type { Database, LedgerEntryRow } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { createUserRepository } from '../db/user-repository.js';
import { entityLabel, entryLabel } from '../adapters/reports/report-words.js';
import { bookedReversals, REVERSAL_PAIR_RULE } from '../adapters/reports/reversed-lines.js';
import { bookBalanceOf, outstandingOf } from './report-builder-books.js';
import type { BookRollForward } from '../adapters/reports/model.js';

/** The books' balance as the accounting system states it over its API (LedgerAdapter.bookBalance). */
export interface StatedBookBalance {
  minor: number;
  asOf: string;
  detail: string;
}

const isActive = (g: StoredGroup) => (ACTIVE_STATUSES as readonly string[]).includes(g.status);

function ledgerRef(r: LedgerEntryRow): string | null {
  // The entry's own id in the books (GL row, journal id, invoice number) is what a bookkeeper finds it by.
  return bookRefOf(r);
}

/**
 * Builds one account's reconciliation report from what is stored, as of the period end: the period's live bank lines,
 * the bound ledger account's entries dated on or before the end that were not cleared before the period, the active
 * match groups and open suggestions (with the ids `bankfeed matches` takes), and the audit trail.
 *
 * Balance per bank: Mono's running balance on the last line of the period in posting order (or the account balance
 * when no line carries one). Balance per books, the books' own figure, in this order: the accounting system's balance
 * over its API; the last finished reconciliation's book balance carried forward with the entries since; otherwise
 * the books are ASSUMED to open at the bank's opening balance, and the statement says so (its difference is then
 * not verified: a derived balance is never presented as the books').
 */
export async function buildAccountReport(
  db: Kysely<Database>,
  input: {
    accountId: string;
    period: { from: string; to: string };
    ledgerSourceId: string | null;
    ledgerAccount?: string | null;
    bookBalance?: StatedBookBalance | null;
    /**
     * Balances a person states (the web app's statement checkpoint: the statement's ending balance, the books'
     * balance); they win over the sources above and are labelled `stated`.
     */
    stated?: { statementBalanceMinor?: number | null; bookBalanceMinor?: number | null };
    /**
     * A finished reconciliation's balances as it kept them, each with the source it was signed with (its workbook,
     * rebuilt from the store, labels them as its print page does); they win over every source above. A bank source it
     * did not keep (finished before it was) leaves the balance per bank to the feed, labelled as the feed's.
     */
    asSigned?: {
      statementBalanceMinor: number;
      statementBalanceSource: BankBalanceSource | null;
      bookBalanceMinor: number;
      bookBalanceSource: BookBalanceSource;
      /** Which reconciliation, signed by whom and when, in words (a note on the statement). */
      note: string;
    };
    /**
     * The report as it stood at this instant (a finished reconciliation's workbook, as signed): book entries recorded
     * and bank lines first seen after it are left out.
     */
    asOf?: string;
    now?: Date;
  },
): Promise<ReconciliationReport & { bookRollForward: BookRollForward | null }> {
  const { from, to } = input.period;
  const account = await getAccountOrThrow(db, input.accountId);
  const currency = normalizeCurrency(account.currency);
  const toLine = (r: Awaited<ReturnType<typeof listLiveBankTransactions>>[number]): ReportBankLine => ({
    id: String(r.id),
    ref: r.reference ?? null,
    date: r.business_date,
    amountMinor: Number(r.amount_minor),
    currency,
    narration: r.narration,
    reference: r.reference,
    counterpartyName: r.counterparty_name,
    counterpartyAccount: null,
    balanceMinor: r.balance_minor === null ? null : Number(r.balance_minor),
    category: r.category,
  });
  const asOf = input.asOf;
  const rows = (await listLiveBankTransactions(db, input.accountId, input.period)).filter(
    (r) => asOf === undefined || r.first_seen_at <= asOf,
  );
  const bankLines = rows.map(toLine);
  const inPeriodBank = new Set(bankLines.map((l) => l.id));

  const repo = createMatchRepository(db);
  const groups = await repo.listGroups(input.accountId, { status: [...ACTIVE_STATUSES, 'suggested'] });
  const touchesPeriod = (g: StoredGroup) => g.bankIds.some((id) => inPeriodBank.has(String(id)));

  // The finished reconciliation the period opens from is the last one ending before it: a finished period rebuilt
  // (its workbook) would otherwise find itself, and carry nothing forward from the one before it.
  const cp = await createStatementRepository(db).latest(input.accountId, addBusinessDays(from, -1));
  const cpLedger = new Set(cp?.items.filter((i) => i.side === 'ledger').map((i) => i.id) ?? []);
  const caughtUp = await caughtUpInPeriod(repo, groups, cp?.items ?? [], to, asOf);
  const periodGroups = [...groups.filter(touchesPeriod), ...caughtUp];
  // their entries are the period's whatever their date: the books may have dated one back into the finished period
  const caughtUpEntries = new Set(caughtUp.flatMap((g) => g.ledgerIds.map(String)));

  // When each ledger entry was cleared: the latest bank date of its active group, whatever the month.
  const groupBankIds = [...new Set(groups.filter(isActive).flatMap((g) => g.bankIds))];
  const bankDate = await businessDatesOf(db, groupBankIds);
  const clearedOn = new Map<number, string>();
  for (const g of groups.filter(isActive)) {
    const d = g.bankIds.map((id) => bankDate.get(id) ?? '').reduce((a, b) => (a > b ? a : b), '');
    for (const id of g.ledgerIds) clearedOn.set(id, d);
  }

  // An agreed starting point keeps the entries a person ticked outstanding at it (or none): the books' balance agreed
  // at it holds the others, settled then as at a finished statement's cut, unless a line after it is matched or
  // suggested against one (then kept, below).
  const opening = cp?.kind === 'opening';

  // The bound account's entries: one ledger source may hold several banks (one general ledger).
  const ledgerRows: LedgerEntryRow[] = input.ledgerSourceId
    ? await listLedgerEntriesThrough(db, input.ledgerSourceId, to, input.ledgerAccount)
    : [];
  const referenced = new Set(periodGroups.flatMap((g) => g.ledgerIds));
  // The payment a reversal pair of the period names as booked, though a finished cut or an agreed start settled it:
  // the statement names it in its note as not listed, rather than send the reader to the book items for it.
  for (const g of periodGroups)
    if (g.ruleId === REVERSAL_PAIR_RULE) for (const id of bookedReversals(g)) referenced.add(Number(id));
  // What makes an entry settled at a finished cut the period's again: a line of it matched to it, or suggested with it
  // as its first candidate now (the best rank left once others were rejected). A lower-ranked candidate would count as
  // awaiting review until the line is decided, moving the difference as review goes on.
  const setOf = (g: StoredGroup) => g.candidateSet ?? `bank:${g.bankIds.join(',')}`;
  const bestRank = new Map<string, number>();
  for (const g of periodGroups)
    if (g.status === 'suggested' && g.rank !== null)
      bestRank.set(setOf(g), Math.min(bestRank.get(setOf(g)) ?? g.rank, g.rank));
  const claimed = new Set(
    periodGroups
      .filter((g) => g.status !== 'suggested' || g.rank === null || g.rank <= (bestRank.get(setOf(g)) ?? g.rank))
      .flatMap((g) => g.ledgerIds),
  );
  // The groups whose residual a finished reconciliation carried as an adjustment (keyed as the statement keys them):
  // their entry the books date in this period is that residual's posting, to be set against it, not settled unseen.
  const adjusted = new Set((cp?.adjustments ?? []).map((a) => a.id));
  const adjustedGroups = groups.filter((g) => isActive(g) && adjusted.has(g.bankIds.join('+')));
  const postsResidual = new Set(adjustedGroups.flatMap((g) => g.ledgerIds));
  // by adjustment, its match's entries the books date after that reconciliation's end: the posting it waits for
  const laterEntriesOf = new Map<string, string[]>();
  if (cp && postsResidual.size > 0) {
    const dateOf = new Map((await repo.ledgerRows([...postsResidual])).map((r) => [Number(r.id), r.entry_date]));
    for (const g of adjustedGroups)
      laterEntriesOf.set(
        g.bankIds.join('+'),
        g.ledgerIds.filter((id) => (dateOf.get(id) ?? '') > cp.periodEnd).map(String),
      );
  }
  const clearedBefore = (r: LedgerEntryRow) => {
    const d = clearedOn.get(Number(r.id));
    // a bank line of an earlier period cleared it
    if (d && d < from) return !(r.entry_date >= from && postsResidual.has(Number(r.id)));
    // A finished reconciliation's cut: what it did not leave outstanding was settled then. Not an entry recorded after
    // it was finished, dated back into its period (a month-end journal, a cheque posted late): that one it never saw.
    return (
      cp !== null &&
      r.entry_date <= cp.periodEnd &&
      r.created_at <= cp.finishedAt &&
      !cpLedger.has(String(r.id)) &&
      !claimed.has(Number(r.id))
    );
  };
  const kept = ledgerRows.filter(
    (r) => (referenced.has(Number(r.id)) || !clearedBefore(r)) && (asOf === undefined || r.created_at <= asOf),
  );
  // Entries matched or proposed for the period's lines may be dated after it (they then clear nothing at its end).
  const have = new Set(kept.map((r) => Number(r.id)));
  const missing = [...referenced].filter((id) => !have.has(id));
  kept.push(...(await repo.ledgerRows(missing)));
  kept.sort((a, b) =>
    a.entry_date < b.entry_date ? -1 : a.entry_date > b.entry_date ? 1 : Number(a.id) - Number(b.id),
  );
  const ledgerEntries: ReportLedgerEntry[] = kept.map((r) => ({
    id: String(r.id),
    ref: ledgerRef(r),
    date: r.entry_date,
    dueDate: r.due_date,
    amountMinor: Number(r.amount_minor),
    currency: normalizeCurrency(r.currency),
    reference: r.reference,
    description: r.description,
    party: r.party,
    account: r.ledger_account,
    kind: isPosting(r) ? 'posting' : 'document',
    ...(isPosting(r) && !heldByBooks(r) ? { removedFromBooks: true } : {}),
  }));

  // Lines of other periods that share a group with a line of this one (a split across a month end).
  const extraBank = [...new Set(periodGroups.flatMap((g) => g.bankIds.map(String)))].filter(
    (id) => !inPeriodBank.has(id),
  );
  for (const r of await repo.bankRows(extraBank.map(Number))) bankLines.push(toLine(r));

  const active = periodGroups.filter(isActive);
  const groupIds = new Map<string, string>();
  const matches: MatchGroup[] = active.map((g) => {
    const m: MatchGroup = {
      bankIds: g.bankIds.map(String),
      ledgerIds: g.ledgerIds.map(String),
      kind: g.kind,
      confidence: g.confidence,
      currency: normalizeCurrency(g.currency),
      differenceMinor: g.differenceMinor,
      writeOff: g.writeOff,
      evidence: g.evidence,
      ruleId: g.ruleId,
      proposed: g.proposed,
    };
    groupIds.set(groupKey(m.bankIds, m.ledgerIds), String(g.id));
    return m;
  });
  const matchedBank = new Set(active.flatMap((g) => g.bankIds.map(String)));
  const matchedLedger = new Set(groups.filter(isActive).flatMap((g) => g.ledgerIds.map(String)));

  const bySet = new Map<string, StoredGroup[]>();
  for (const g of periodGroups) {
    if (g.status !== 'suggested') continue;
    if (g.bankIds.some((id) => matchedBank.has(String(id)))) continue;
    const key = g.candidateSet ?? `bank:${g.bankIds.join(',')}`;
    bySet.set(key, [...(bySet.get(key) ?? []), g]);
  }
  const candidateIds = new Map<string, string>();
  const suggestions: Suggestion[] = [...bySet.values()].map((gs) => {
    const sorted = gs.sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).slice(0, 3);
    const bankIds = sorted[0]!.bankIds.map(String);
    return {
      bankIds,
      candidates: sorted.map((g) => {
        const ledgerIds = g.ledgerIds.map(String);
        candidateIds.set(groupKey(bankIds, ledgerIds), String(g.id));
        return {
          ledgerIds,
          confidence: g.confidence,
          differenceMinor: g.differenceMinor,
          evidence: g.evidence,
          ruleId: g.ruleId,
          proposed: g.proposed,
          writeOff: g.writeOff,
        };
      }),
    };
  });

  // as of the cut: a finished statement's trail ends where it was finished
  const audit = (
    await createAuditRepository(db).listRecentForAccount(input.accountId, `${from}T00:00:00.000Z`, 5000)
  ).filter((a) => asOf === undefined || a.at <= asOf);

  // Balance per bank at the period end: the running balance of the period's last line in posting order.
  const last = [...rows].reverse().find((r) => r.balance_minor !== null);
  let statementBalanceMinor: number | null = last ? Number(last.balance_minor) : null;
  let statementBalanceSource: BankBalanceSource = last ? 'mono-running-balance' : 'unknown';
  const notes: string[] = [];
  // The account balance is today's: it is the balance at the period end only if no line since has moved it (a period
  // ending before the feed's history would otherwise show today's balance as its own).
  const lastLine = last ? null : (await liveBusinessDateRange(db, input.accountId))?.to;
  if (!last && account.balance_minor !== null && lastLine && lastLine > to)
    notes.push(
      `Balance per bank unknown at ${to}: no line of the period carries a running balance, and the account's current balance includes lines dated up to ${lastLine}.`,
    );
  else if (!last && account.balance_minor !== null) {
    statementBalanceMinor = Number(account.balance_minor);
    statementBalanceSource = 'mono-account-balance';
    notes.push("Balance per bank: Mono's current account balance (no line of the period carries a running balance).");
  }

  // A balance typed, or the one a finished reconciliation was signed with, stands in the feed's place with its own
  // label; what was said of the feed's figure (today's balance, or none at the end) is then said of no figure shown.
  const signed = input.asSigned;
  const given = signed?.statementBalanceSource
    ? { minor: signed.statementBalanceMinor, source: signed.statementBalanceSource }
    : input.stated?.statementBalanceMinor != null
      ? { minor: input.stated.statementBalanceMinor, source: 'stated' as const }
      : null;
  if (given) {
    statementBalanceMinor = given.minor;
    statementBalanceSource = given.source;
    notes.length = 0;
  }
  if (signed) notes.push(signed.note);

  // People by the names the pages give them (a username is the audit trail's key, not a name): one lookup for all.
  const names = await createUserRepository(db).displayNames([
    ...new Set([...(cp ? [cp.finishedBy] : []), ...audit.map((a) => a.actor)]),
  ]);

  // The bank before the period: the close of the reconciliation (or agreed start) it follows, else the running balance
  // before its first line. The statement's proof (its cleared difference) starts from it.
  const firstLineOpening =
    rows[0] && rows[0].balance_minor !== null ? Number(rows[0].balance_minor) - Number(rows[0].amount_minor) : null;
  const bankOpening: NonNullable<ReconciliationReport['bankOpening']> =
    cp && cp.periodEnd === addBusinessDays(from, -1)
      ? {
          minor: cp.statementBalanceMinor,
          from: { kind: opening ? 'agreed-start' : 'reconciliation', id: cp.id, periodEnd: cp.periodEnd },
        }
      : { minor: firstLineOpening, from: { kind: 'first-line' } };

  // Balance per books: the books' own figure, never the bank's (assumed from the bank's opening only as a last resort).
  const books = bookBalanceOf({
    period: input.period,
    // the books' balance moves by postings on the bank's account they still hold, never by an invoice or bill
    // (LedgerEntry.kind), nor by a posting a match holds that the books have deleted since
    ledgerRows: ledgerRows.filter(heldByBooks),
    stated: input.stated?.bookBalanceMinor ?? null,
    signed: signed ? { minor: signed.bookBalanceMinor, source: signed.bookBalanceSource } : null,
    api: input.bookBalance ?? null,
    checkpoint: cp
      ? {
          ...cp,
          finishedBy: names.get(cp.finishedBy) ?? cp.finishedBy,
          agreedStart: opening,
          outstanding: await outstandingNow(repo, cp.items, input.ledgerAccount ?? null),
          caughtUp: caughtUpEntries,
          settledClosed: input.ledgerSourceId
            ? (
                await listClosedSince(
                  db,
                  input.ledgerSourceId,
                  { through: cp.periodEnd, seenBy: cp.finishedAt, ...(asOf === undefined ? {} : { asOf }) },
                  input.ledgerAccount,
                )
              ).filter((r) => isPosting(r) && !cpLedger.has(String(r.id)))
            : [],
          changedSince: input.ledgerSourceId
            ? (
                await listFiguresChangedSince(
                  db,
                  input.ledgerSourceId,
                  { seenBy: cp.finishedAt, ...(asOf === undefined ? {} : { asOf }) },
                  input.ledgerAccount,
                )
              ).filter((c) => isPosting(c.row))
            : [],
        }
      : null,
    bankOpeningMinor: input.ledgerSourceId ? firstLineOpening : null,
  });
  notes.push(...books.notes);

  const statusOf = new Map(kept.map((r) => [String(r.id), r.status]));
  const carriedItems: OutstandingItem[] = cp
    ? [
        ...cp.items.filter((i) => i.side === 'ledger' || !matchedBank.has(i.id)),
        // a line the books posted in its period whose posting they have voided or moved since: carried again
        ...(await unposted(repo, cp.postings, input.ledgerAccount ?? null)),
        // the entries of a line it carried as recorded later that the books have dated back into its period: the
        // period's (their group is), never settled at it
        ...kept
          .filter((r) => isPosting(r) && r.entry_date <= cp.periodEnd && caughtUpEntries.has(String(r.id)))
          .map(outstandingOf),
        // entries dated in its period but recorded after it was finished are outstanding from then on too; after
        // a starting point, an entry dated up to it that it does not list and a line of the period claims (matched
        // to it, or its first candidate): the statement would otherwise take it as settled at the start
        ...kept
          .filter(
            (r) =>
              isPosting(r) &&
              r.entry_date <= cp.periodEnd &&
              !cpLedger.has(String(r.id)) &&
              ((opening && !clearedBefore(r)) || r.created_at > cp.finishedAt),
          )
          .map(outstandingOf),
      ]
    : [];
  return {
    account: {
      id: account.id,
      name: account.name,
      currency,
      institution: account.institution_name,
      ledgerAccount: input.ledgerAccount ?? null,
    },
    period: input.period,
    generatedAt: (input.now ?? new Date()).toISOString(),
    statementBalanceMinor,
    statementBalanceSource,
    bookBalanceMinor: books.minor,
    bookBalanceSource: books.source,
    bankOpening,
    bookRollForward: books.rollForward,
    balanceNotes: notes,
    carriedForward: cp
      ? {
          periodEnd: cp.periodEnd,
          ...(opening ? { agreedStart: true } : {}),
          items: carriedItems,
          reversedBy: carriedReversalPairs(
            carriedItems,
            bankLines.filter((l) => inPeriodBank.has(l.id)),
          ),
          adjustments: cp.adjustments.map((a) => ({ ...a, entryIds: laterEntriesOf.get(a.id) ?? [] })),
        }
      : null,
    bankLines,
    ledgerEntries,
    result: {
      matches,
      suggestions,
      unmatchedBank: bankLines.filter((l) => inPeriodBank.has(l.id) && !matchedBank.has(l.id)).map((l) => l.id),
      // Open entries no active group holds: an entry cleared by another month's line is not "unmatched" here.
      unmatchedLedger: ledgerEntries
        .filter((e) => !matchedLedger.has(e.id) && e.date <= to && statusOf.get(e.id) === 'open')
        .map((e) => e.id),
    },
    groupIds,
    candidateIds,
    actorNames: Object.fromEntries(names),
    audit: audit.map((a) => {
      const after = parsedOrNull(a.after);
      return {
        at: a.at,
        actor: a.actor,
        action: a.action,
        entity: `${a.entity_type}:${a.entity_id}`,
        detail: a.detail ?? '',
        words: entryLabel({ action: a.action, after, detail: parsedOrNull(a.detail) }),
        entityWords: entityLabel(a.entity_type, a.entity_id, after),
      };
    }),
  };
}

/** A stored JSON column read back (null when empty or not JSON). */
function parsedOrNull(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Groups of a line an earlier reconciliation carried as recorded later (the books lacked its entry at that end) whose
 * entries the books now date on or before this period's end: the books caught up in this period, so the group is the
 * period's. Otherwise the entry would count in the books' balance since and the line stay carried, counted twice.
 */
async function caughtUpInPeriod(
  repo: ReturnType<typeof createMatchRepository>,
  groups: readonly StoredGroup[],
  carried: readonly OutstandingItem[],
  to: string,
  asOf: string | undefined,
): Promise<StoredGroup[]> {
  const carriedBank = new Set(carried.filter((i) => i.side === 'bank').map((i) => i.id));
  const candidates = groups.filter(
    (g) => isActive(g) && g.ledgerIds.length > 0 && g.bankIds.every((id) => carriedBank.has(String(id))),
  );
  if (candidates.length === 0) return [];
  const rows = await repo.ledgerRows([...new Set(candidates.flatMap((g) => g.ledgerIds))]);
  const inBooks = new Set(
    rows
      // the books caught up when they hold the line's money: a posting, not the invoice it pays, nor one deleted since
      .filter(
        (r) =>
          heldByBooks(r) && r.status !== 'void' && r.entry_date <= to && (asOf === undefined || r.created_at <= asOf),
      )
      .map((r) => Number(r.id)),
  );
  return candidates.filter((g) => g.ledgerIds.some((id) => inBooks.has(id)));
}

/** The carried lines a finished reconciliation took as posted by the books whose posting the books no longer hold. */
async function unposted(
  repo: ReturnType<typeof createMatchRepository>,
  postings: readonly PostedLine[],
  ledgerAccount: string | null,
): Promise<OutstandingItem[]> {
  if (postings.length === 0) return [];
  const held = new Set(
    (await repo.ledgerRows(postings.filter((p) => /^\d+$/.test(p.entryId)).map((p) => Number(p.entryId))))
      .filter((r) => r.status !== 'void' && inAccount(r, ledgerAccount))
      .map((r) => String(r.id)),
  );
  return postings.filter((p) => !held.has(p.entryId)).map((p) => p.line);
}

/** A finished reconciliation's outstanding book entries as it kept them, beside what the books hold for each now. */
async function outstandingNow(
  repo: ReturnType<typeof createMatchRepository>,
  items: readonly OutstandingItem[],
  ledgerAccount: string | null,
): Promise<Array<{ kept: OutstandingItem; now: LedgerEntryRow | null }>> {
  const ledger = items.filter((i) => i.side === 'ledger' && /^\d+$/.test(i.id));
  const rows = new Map((await repo.ledgerRows(ledger.map((i) => Number(i.id)))).map((r) => [String(r.id), r]));
  // one the books moved to another account is gone from this one, as a voided one is
  const here = (r: LedgerEntryRow | undefined) => (r && inAccount(r, ledgerAccount) ? r : null);
  return ledger.map((kept) => ({ kept, now: here(rows.get(kept.id)) }));
}

/** The entry is the bound ledger account's (or names none): one the books moved to another account is not. */
function inAccount(r: LedgerEntryRow, ledgerAccount: string | null): boolean {
  return !ledgerAccount || r.ledger_account === null || r.ledger_account === ledgerAccount;
}
