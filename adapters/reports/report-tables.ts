import { Decimal } from 'decimal.js';
import { counted } from '../../domain/counted.js';
import { money } from '../../domain/money.js';
import type { Suggestion } from '../../domain/reconciliation.js';
import type { OverviewEntry } from './document.js';
import {
  groupKey,
  type BankRecStatement,
  type NotInBooksLine,
  type ReconciliationReport,
  type ReportBankLine,
  type ReportLedgerEntry,
} from './model.js';
import {
  bankBalanceSourceText,
  bankOpeningText,
  bookBalanceSourceText,
  bookOpeningText,
  evidenceText,
  actionLabel,
  categoryText,
  groupText,
  groupWithAccount,
  matchKindText,
} from './report-words.js';
import { spendingByCategory } from './spending.js';
import { needsLookWords, whyOutstandingWords } from './outstanding-words.js';
import type { Cell, Column, Table } from './table.js';
import { openBankLines } from './bank-line-standing.js';

const col = (header: string, kind: Column['kind'], width: number): Column => ({ header, kind, width });

function* mapRows<T>(xs: readonly T[], f: (x: T, i: number) => Cell[]): Generator<Cell[]> {
  for (let i = 0; i < xs.length; i++) yield f(xs[i]!, i);
}

function lookup<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

function must<T>(map: Map<string, T>, id: string, what: string): T {
  const v = map.get(id);
  if (v === undefined)
    throw new Error(`report: ${what} "${id}" is referenced by the result but missing from the report`);
  return v;
}

function sumMinor(xs: Array<{ amountMinor: number }>): number {
  let s = 0;
  for (const x of xs) s += x.amountMinor;
  return s;
}

function firstDate(xs: Array<{ date: string }>): string | null {
  let d: string | null = null;
  for (const x of xs) if (d === null || x.date < d) d = x.date;
  return d;
}

function joinText(xs: Array<string | null | undefined>): string {
  return xs.filter((x): x is string => !!x).join(' / ');
}

function summaryTable(r: ReconciliationReport, s: BankRecStatement): Table {
  const cur = r.account.currency;
  const m = (minor: number | null): Cell => (minor === null ? null : money(minor, cur));
  const neg = (minor: number): Cell => money(minor === 0 ? 0 : -minor, cur);
  const matchedBank = new Set(r.result.matches.flatMap((g) => g.bankIds)).size;
  const open = openBankLines(r.result);
  const pct =
    r.bankLines.length === 0 ? '' : new Decimal(matchedBank).times(100).dividedBy(r.bankLines.length).toFixed(1) + '%';
  // "by rule “Stamp duty ₦50” (1), not explained (2)": the statement's breakdown by kind, named in words (a rule by its name).
  const groups = (l: NotInBooksLine) =>
    l.byKind.map((k) => `${groupText(k.group, k.ruleName)} (${k.count})`).join(', ');
  const differenceNote =
    s.differenceMinor === null
      ? 'cannot be computed: a balance is missing'
      : !s.verified
        ? s.differenceMinor === 0
          ? 'NOT VERIFIED (the balance per books is derived)'
          : 'NOT VERIFIED (the balance per books is derived); investigate'
        : s.balanced
          ? 'balanced'
          : 'NOT BALANCED: investigate';
  const rows: Cell[][] = [
    ['Bank reconciliation statement', null, null, ''],
    ['Account', null, null, `${r.account.name} (${r.account.id})`],
    ['Institution', null, null, r.account.institution ?? ''],
    ['Ledger account', null, null, r.account.ledgerAccount ?? ''],
    ['Currency', null, null, cur],
    ['Period', null, null, `${r.period.from} to ${r.period.to}`],
    ['Statement date (period end)', null, null, r.period.to],
    ['Generated at', null, null, r.generatedAt],
    [null, null, null, null],
    ...proofRows(s, m),
    ['Balance per bank statement', null, m(s.statementBalanceMinor), bankBalanceSourceText(s.statementBalanceSource)],
    [
      'Add: deposits in transit',
      s.depositsInTransit.count,
      m(s.depositsInTransit.totalMinor),
      'in the books by the period end, not on the statement by then',
    ],
    [
      'Less: unpresented payments',
      s.unpresentedPayments.count,
      neg(s.unpresentedPayments.totalMinor),
      'in the books by the period end, not on the statement by then',
    ],
    [
      'Add/less: book entries awaiting review',
      s.awaitingReviewLedger.count,
      m(s.awaitingReviewLedger.netMinor),
      'only suggested as the match of a bank line',
    ],
    ['Adjusted bank balance', null, m(s.adjustedBankBalanceMinor), ''],
    [null, null, null, null],
    [
      'Balance per books',
      null,
      m(s.bookBalanceMinor),
      bookBalanceSourceText(s.bookBalanceSource, r.carriedForward?.agreedStart === true),
    ],
    [
      'Add: credits on the statement not in the books',
      s.creditsNotInBooks.count,
      m(s.creditsNotInBooks.totalMinor),
      groups(s.creditsNotInBooks),
    ],
    [
      'Less: debits on the statement not in the books',
      s.debitsNotInBooks.count,
      neg(s.debitsNotInBooks.totalMinor),
      groups(s.debitsNotInBooks),
    ],
    [
      'Add/less: bank lines awaiting review',
      s.awaitingReviewBank.count,
      m(s.awaitingReviewBank.netMinor),
      'a suggestion waits for a person',
    ],
    ['Adjusted book balance', null, m(s.adjustedBookBalanceMinor), ''],
    [null, null, null, null],
    ['Difference', null, m(s.differenceMinor), differenceNote],
    ...s.notes.map((n): Cell[] => ['Note', null, null, n]),
    ...whyRows(s),
    [null, null, null, null],
    ['Bank lines in period', r.bankLines.length, null, ''],
    // the groups counted, and the lines they hold beside their share: a group may hold several lines
    [
      'Matched groups',
      r.result.matches.length,
      null,
      pct ? `holding ${matchedBank.toLocaleString('en')} of the bank lines (${pct})` : '',
    ],
    ['Bank lines awaiting review', open.awaitingReview.length, null, 'a suggestion waits for a person'],
    ['Unmatched bank lines', open.unmatched.length, null, 'no suggestion'],
    ['Unmatched ledger entries', r.result.unmatchedLedger.length, null, ''],
    ['Prepared by', null, null, ''],
    ['Reviewed by', null, null, ''],
  ];
  return {
    name: 'Summary',
    fileSuffix: null,
    layout: 'form',
    columns: [col('Item', 'text', 44), col('Count', 'number', 7), col('Amount', 'amount', 18), col('Note', 'text', 52)],
    rows,
  };
}

/**
 * The proof the statement page shows above the statement, in its words: the opening, the lines a decision cleared and
 * the cleared difference a finish needs at zero, then each side from its opening to its closing. None for a report
 * that knew no bank opening.
 */
function proofRows(s: BankRecStatement, m: (minor: number | null) => Cell): Cell[][] {
  const p = s.proof;
  if (!p) return [];
  const { from, to } = s.period;
  const d = p.clearedDifferenceMinor;
  const why =
    d === null
      ? 'cannot be computed: the statement balance or the opening is not known'
      : `statement balance − (opening + cleared); ${d === 0 ? 'zero, as a finish needs' : 'must be zero to finish'}`;
  const lines = (n: number) => counted(n, 'bank line');
  const b = p.books;
  return [
    ['Opening (cleared)', null, m(p.bank.openingMinor), bankOpeningText(p.bank.openedFrom)],
    [
      `Cleared ${from} – ${to}`,
      p.cleared.lines,
      m(p.cleared.totalMinor),
      `${p.cleared.lines.toLocaleString('en')} of ${lines(p.bank.lines)}`,
    ],
    ['Cleared difference', null, m(d), why],
    [null, null, null, null],
    ['Opening to closing, each side', null, null, ''],
    [`Bank: opening before ${from}`, null, m(p.bank.openingMinor), bankOpeningText(p.bank.openedFrom)],
    [`Bank: movements ${from} – ${to}`, p.bank.lines, m(p.bank.movementsMinor), lines(p.bank.lines)],
    [`Bank: closing at ${to}`, null, m(p.bank.closingMinor), 'opening + movements'],
    [
      `Books: opening before ${from}`,
      null,
      m(b?.openingMinor ?? null),
      b ? bookOpeningText(b.openingSource) : 'not known',
    ],
    [
      `Books: movements ${from} – ${to}`,
      b?.entries ?? null,
      m(b?.movementsMinor ?? null),
      b ? counted(b.entries, 'book entry', 'book entries') : '',
    ],
    [`Books: closing at ${to}`, null, m(b?.closingMinor ?? null), b ? 'opening + movements' : 'not known'],
    [null, null, null, null],
  ];
}

/** Why the deposits in transit and the unpresented payments are there, a sentence a row, under the statement. */
function whyRows(s: BankRecStatement): Cell[][] {
  const why = whyOutstandingWords(s);
  const rows = (label: string, words: string[]) => words.map((w, i): Cell[] => [i === 0 ? label : null, null, null, w]);
  return [
    ...rows('Why: deposits in transit', why.depositsInTransit),
    ...rows('Why: unpresented payments', why.unpresentedPayments),
  ];
}

/**
 * The reconciling items behind the statement's lines, one row each, sorted by date within each section. An item dated
 * before the period is carried forward from the reconciliation before it; on a first statement (`checkpoint` false)
 * there is none, and the column says it is dated before the period.
 */
function itemsTable(s: BankRecStatement, checkpoint: boolean): Table {
  const cur = s.currency;
  const before = checkpoint ? 'yes' : 'dated before the period';
  // the book entries outstanding at the end, by id: their age at it and whether they need a look
  const ages = new Map(
    [...s.whyOutstanding.depositsInTransit.items, ...s.whyOutstanding.unpresentedPayments.items].map((a) => [a.id, a]),
  );
  const afterDays = s.whyOutstanding.depositsInTransit.needsLookAfterDays;
  const sections: Array<[string, number, BankRecStatement['depositsInTransit']]> = [
    ['Deposit in transit', 1, s.depositsInTransit],
    ['Unpresented payment', -1, s.unpresentedPayments],
    ['Book entry awaiting review', 0, s.awaitingReviewLedger],
    ['Credit not in books', 1, s.creditsNotInBooks],
    ['Debit not in books', -1, s.debitsNotInBooks],
    ['Bank line awaiting review', 0, s.awaitingReviewBank],
  ];
  function* rows(): Generator<Cell[]> {
    for (const [name, sign, l] of sections)
      for (const it of l.items) {
        const age = sign !== 0 && it.source === 'ledger' ? ages.get(it.id) : undefined;
        yield [
          name,
          it.date,
          it.ref ?? '',
          it.reference ?? '',
          it.description,
          // a net section mixes money in and out: its items keep their sign, so that the column adds up to its net
          money(sign === 0 ? (it.signedMinor ?? it.amountMinor) : it.amountMinor, cur),
          it.group ? groupWithAccount(it.group, it.postTo, it.ruleName) : '',
          it.carriedForward ? before : '',
          age ? age.ageDays : null,
          age ? needsLookWords(age, afterDays) : '',
          it.id,
          // what it adds to (or takes from) its side's adjusted balance: the column sums to the statement's lines
          money(sign === 0 ? (it.signedMinor ?? it.amountMinor) : sign * it.amountMinor, cur),
        ];
      }
  }
  return {
    name: 'Reconciling items',
    fileSuffix: 'reconciling-items',
    layout: 'list',
    columns: [
      col('Section', 'text', 24),
      col('Date', 'date', 11),
      col('Row / journal', 'text', 18),
      col('Reference', 'text', 18),
      col('Description', 'text', 44),
      col('Amount', 'amount', 16),
      col('Reason', 'text', 24),
      col('Carried forward', 'text', 9),
      col('Age at period end (days)', 'number', 9),
      col('Check', 'text', 30),
      col('Internal id', 'text', 16),
      col('Adds to its side', 'amount', 16),
    ],
    rows: rows(),
  };
}

/** The Overview of a multi-statement report: one row per statement. */
export function buildOverviewTable(overview: OverviewEntry[]): Table {
  const m = (minor: number | null, cur: OverviewEntry['currency']): Cell => (minor === null ? null : money(minor, cur));
  return {
    name: 'Overview',
    fileSuffix: null,
    layout: 'list',
    columns: [
      col('Account', 'text', 28),
      col('Ledger account', 'text', 16),
      col('Currency', 'text', 8),
      col('Period end', 'date', 11),
      col('Balance per bank', 'amount', 18),
      col('Balance per books', 'amount', 18),
      col('Books balance from', 'text', 20),
      col('Difference', 'amount', 16),
      col('Status', 'text', 16),
      col('Matched', 'number', 9),
      col('Awaiting review', 'number', 9),
      col('Unmatched bank', 'number', 9),
      col('Unmatched ledger', 'number', 9),
    ],
    rows: overview.map((o) => [
      o.accountName,
      o.ledgerAccount ?? '',
      o.currency,
      o.period.to,
      m(o.balancePerBank.amountMinor, o.currency),
      m(o.balancePerBooks.amountMinor, o.currency),
      bookBalanceSourceText(o.balancePerBooks.source),
      m(o.difference.amountMinor, o.currency),
      o.difference.amountMinor === null
        ? 'not known'
        : !o.verified
          ? 'not verified'
          : o.balanced
            ? 'balanced'
            : 'NOT BALANCED',
      o.matched,
      o.awaitingReview,
      o.unmatchedBank,
      o.unmatchedLedger,
    ]),
  };
}

const refOf = (x: { id: string; ref?: string | null }) => x.ref ?? x.id;

function byDateRef(a: { date: string; id: string; ref?: string | null }, b: typeof a): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return refOf(a).localeCompare(refOf(b), 'en', { numeric: true });
}

function matchedTable(
  r: ReconciliationReport,
  bank: Map<string, ReportBankLine>,
  ledger: Map<string, ReportLedgerEntry>,
): Table {
  const cur = r.account.currency;
  const sorted = sortByBankDate(r.result.matches, bank);
  const rows = mapRows(sorted, (g, i) => {
    const bl = g.bankIds.map((id) => must(bank, id, 'bank line'));
    const le = g.ledgerIds.map((id) => must(ledger, id, 'ledger entry'));
    return [
      r.groupIds?.get(groupKey(g.bankIds, g.ledgerIds)) ?? `#${i + 1}`,
      matchKindText(g.kind),
      Math.round(g.confidence * 1000) / 1000,
      firstDate(bl),
      bl.map(refOf).join('; '),
      joinText(bl.map((l) => l.narration)),
      money(sumMinor(bl), cur),
      firstDate(le),
      le.map(refOf).join('; '),
      joinText(le.map((e) => e.description ?? e.reference)),
      money(sumMinor(le), cur),
      money(sumMinor(bl) - sumMinor(le), cur),
      g.writeOff?.account ?? g.proposed?.account ?? '',
      g.writeOff ? money(g.writeOff.amountMinor, cur) : null,
      g.ruleId ?? '',
      evidenceText(g.evidence, cur),
      g.bankIds.join('; '),
      g.ledgerIds.join('; '),
    ];
  });
  return {
    name: 'Matched',
    fileSuffix: 'matched',
    layout: 'list',
    columns: [
      col('Match id', 'text', 9),
      col('Kind', 'text', 10),
      col('Confidence', 'number', 11),
      col('Bank date', 'date', 11),
      col('Statement row / ref', 'text', 20),
      col('Narration', 'text', 40),
      col('Bank amount', 'amount', 16),
      col('Ledger date', 'date', 11),
      col('GL row / journal', 'text', 20),
      col('Ledger description', 'text', 36),
      col('Ledger amount', 'amount', 16),
      col('Difference', 'amount', 14),
      col('Write-off / proposed account', 'text', 24),
      col('Write-off amount', 'amount', 14),
      col('Rule', 'text', 14),
      col('Evidence', 'text', 60),
      col('Bank line ids', 'text', 16),
      col('Ledger entry ids', 'text', 16),
    ],
    rows,
  };
}

function sortByBankDate<T extends { bankIds: string[] }>(xs: readonly T[], bank: Map<string, ReportBankLine>): T[] {
  const key = (x: T) => firstDate(x.bankIds.map((id) => must(bank, id, 'bank line'))) ?? '';
  return xs
    .map((x) => ({ x, k: key(x), r: x.bankIds.map((id) => refOf(bank.get(id)!)).join(',') }))
    .sort((a, b) => (a.k !== b.k ? (a.k < b.k ? -1 : 1) : a.r.localeCompare(b.r, 'en', { numeric: true })))
    .map((e) => e.x);
}

function suggestionsTable(
  r: ReconciliationReport,
  bank: Map<string, ReportBankLine>,
  ledger: Map<string, ReportLedgerEntry>,
): Table {
  const cur = r.account.currency;
  const sorted = sortByBankDate(r.result.suggestions, bank);
  function* rows(): Generator<Cell[]> {
    for (let i = 0; i < sorted.length; i++) yield* suggestionRows(sorted[i]!);
  }
  function suggestionRows(s: Suggestion): Cell[][] {
    const out: Cell[][] = [];
    const bl = s.bankIds.map((id) => must(bank, id, 'bank line'));
    const bankCells: Cell[] = [
      firstDate(bl),
      bl.map(refOf).join('; '),
      joinText(bl.map((l) => l.narration)),
      money(sumMinor(bl), cur),
    ];
    if (s.candidates.length === 0) out.push(['', ...bankCells, null, null, '', '', null, null, null, '']);
    s.candidates.forEach((c, rank) => {
      const le = c.ledgerIds.map((id) => must(ledger, id, 'ledger entry'));
      out.push([
        r.candidateIds?.get(groupKey(s.bankIds, c.ledgerIds)) ?? '',
        ...bankCells,
        rank + 1,
        firstDate(le),
        le.map(refOf).join('; ') || (c.proposed ? `proposed ${c.proposed.account}` : ''),
        joinText(le.map((e) => e.description ?? e.reference)),
        money(sumMinor(le), cur),
        Math.round(c.confidence * 1000) / 1000,
        money(c.differenceMinor, cur),
        evidenceText(c.evidence, cur),
        s.bankIds.join('; '),
        c.ledgerIds.join('; '),
      ]);
    });
    return out;
  }
  return {
    name: 'Suggestions',
    fileSuffix: 'suggestions',
    layout: 'list',
    columns: [
      col('Suggestion id (matches confirm)', 'text', 14),
      col('Bank date', 'date', 11),
      col('Statement row / ref', 'text', 20),
      col('Narration', 'text', 40),
      col('Bank amount', 'amount', 16),
      col('Rank', 'number', 6),
      col('Ledger date', 'date', 11),
      col('GL row / journal', 'text', 22),
      col('Ledger description', 'text', 36),
      col('Ledger amount', 'amount', 16),
      col('Confidence', 'number', 11),
      col('Difference', 'amount', 14),
      col('Evidence', 'text', 60),
      col('Bank line ids', 'text', 16),
      col('Ledger entry ids', 'text', 16),
    ],
    rows: rows(),
  };
}

function unmatchedBankTable(r: ReconciliationReport, bank: Map<string, ReportBankLine>): Table {
  const lines = openBankLines(r.result)
    .unmatched.map((id) => must(bank, id, 'bank line'))
    .sort(byDateRef);
  const rows = mapRows(lines, (l) => {
    return [
      l.date,
      l.ref ?? '',
      l.narration ?? '',
      l.reference ?? '',
      l.counterpartyName ?? '',
      money(l.amountMinor, l.currency),
      l.category ?? '',
      l.id,
    ];
  });
  return {
    name: 'Unmatched bank',
    fileSuffix: 'unmatched-bank',
    layout: 'list',
    columns: [
      col('Date', 'date', 11),
      col('Statement row / ref', 'text', 20),
      col('Narration', 'text', 44),
      col('Reference', 'text', 18),
      col('Counterparty', 'text', 24),
      col('Amount', 'amount', 16),
      col('Category', 'text', 18),
      col('Bank line id', 'text', 16),
    ],
    rows,
  };
}

function unmatchedLedgerTable(r: ReconciliationReport, ledger: Map<string, ReportLedgerEntry>): Table {
  const entries = r.result.unmatchedLedger.map((id) => must(ledger, id, 'ledger entry')).sort(byDateRef);
  const rows = mapRows(entries, (e) => {
    return [
      e.date,
      e.ref ?? '',
      e.dueDate ?? null,
      e.reference ?? '',
      e.description ?? '',
      e.party ?? '',
      e.account ?? '',
      money(e.amountMinor, e.currency),
      e.id,
    ];
  });
  return {
    name: 'Unmatched ledger',
    fileSuffix: 'unmatched-ledger',
    layout: 'list',
    columns: [
      col('Date', 'date', 11),
      col('GL row / journal', 'text', 20),
      col('Due date', 'date', 11),
      col('Reference', 'text', 18),
      col('Description', 'text', 40),
      col('Party', 'text', 24),
      col('Account', 'text', 22),
      col('Amount', 'amount', 16),
      col('Ledger entry id', 'text', 16),
    ],
    rows,
  };
}

function spendingTable(r: ReconciliationReport): Table {
  const rows = spendingByCategory(r.bankLines).map((s): Cell[] => [
    categoryText(s.category),
    money(s.debitsMinor, s.currency),
    money(s.creditsMinor, s.currency),
    money(s.creditsMinor - s.debitsMinor, s.currency),
    s.count,
  ]);
  return {
    name: 'Spending by category',
    fileSuffix: 'spending-by-category',
    layout: 'list',
    columns: [
      col('Category', 'text', 28),
      col('Money out', 'amount', 18),
      col('Money in', 'amount', 18),
      col('Net', 'amount', 18),
      col('Lines', 'number', 8),
    ],
    rows,
  };
}

function auditTable(r: ReconciliationReport): Table {
  return {
    name: 'Audit trail',
    fileSuffix: 'audit-trail',
    layout: 'list',
    columns: [
      col('At', 'text', 24),
      col('Actor', 'text', 18),
      col('Action', 'text', 16),
      col('Entity', 'text', 24),
      col('Detail', 'text', 70),
    ],
    // what happened in the words of the pages, by whom by name; the JSON document keeps the codes for scripts
    rows: mapRows(r.audit, (a) => [
      a.at,
      r.actorNames?.[a.actor] ?? a.actor,
      a.words ?? actionLabel(a.action),
      a.entityWords ?? a.entity,
      a.detail,
    ]),
  };
}

/** The sheets of the reconciliation report, in workbook order. */
export function buildReportTables(report: ReconciliationReport, statement: BankRecStatement): Table[] {
  const bank = lookup(report.bankLines);
  const ledger = lookup(report.ledgerEntries);
  return [
    summaryTable(report, statement),
    itemsTable(statement, !!report.carriedForward),
    matchedTable(report, bank, ledger),
    suggestionsTable(report, bank, ledger),
    unmatchedBankTable(report, bank),
    unmatchedLedgerTable(report, ledger),
    spendingTable(report),
    auditTable(report),
  ];
}
