import { Decimal } from 'decimal.js';
import { money } from '../../domain/money.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { Evidence, Suggestion } from '../../domain/reconciliation.js';
import type { BankRecStatement, ReconciliationReport, ReportBankLine } from './model.js';
import { spendingByCategory } from './spending.js';
import type { Cell, Column, Table } from './table.js';

const col = (header: string, kind: Column['kind'], width: number): Column => ({ header, kind, width });

function* mapRows<T>(xs: readonly T[], f: (x: T, i: number) => Cell[]): Generator<Cell[]> {
  for (let i = 0; i < xs.length; i++) yield f(xs[i]!, i);
}

function evidenceText(ev: Evidence[]): string {
  return ev.map((e) => `${e.kind} (${e.weight}): ${e.detail}`).join('; ');
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
  const missing = 'not supplied';
  const matchedBank = new Set(r.result.matches.flatMap((g) => g.bankIds)).size;
  const pct =
    r.bankLines.length === 0 ? '' : new Decimal(matchedBank).times(100).dividedBy(r.bankLines.length).toFixed(1) + '%';
  const rows: Cell[][] = [
    ['Bank reconciliation statement', null, null, ''],
    ['Account', null, null, `${r.account.name} (${r.account.id})`],
    ['Institution', null, null, r.account.institution ?? ''],
    ['Ledger account', null, null, r.account.ledgerAccount ?? ''],
    ['Currency', null, null, cur],
    ['Period', null, null, `${r.period.from} to ${r.period.to}`],
    ['Generated at', null, null, r.generatedAt],
    [null, null, null, null],
    ['Balance per bank statement', null, m(s.statementBalanceMinor), s.statementBalanceMinor === null ? missing : ''],
    [
      'Add: deposits in transit',
      s.depositsInTransit.count,
      m(s.depositsInTransit.totalMinor),
      'in the books, not yet on the statement',
    ],
    [
      'Less: unpresented payments',
      s.unpresentedPayments.count,
      neg(s.unpresentedPayments.totalMinor),
      'in the books, not yet on the statement',
    ],
    ['Adjusted bank balance', null, m(s.adjustedBankBalanceMinor), ''],
    [null, null, null, null],
    ['Balance per books', null, m(s.bookBalanceMinor), s.bookBalanceMinor === null ? missing : ''],
    [
      'Add: credits on the statement not in the books',
      s.creditsNotInBooks.count,
      m(s.creditsNotInBooks.totalMinor),
      'receipts, interest, reversals',
    ],
    [
      'Less: debits on the statement not in the books',
      s.debitsNotInBooks.count,
      neg(s.debitsNotInBooks.totalMinor),
      'charges, levies, fees',
    ],
    ['Adjusted book balance', null, m(s.adjustedBookBalanceMinor), ''],
    [null, null, null, null],
    [
      'Difference',
      null,
      m(s.differenceMinor),
      s.differenceMinor === null
        ? 'cannot be computed: a balance is missing'
        : s.balanced
          ? 'balanced'
          : 'NOT BALANCED: investigate',
    ],
    [null, null, null, null],
    ['Bank lines in period', r.bankLines.length, null, ''],
    ['Matched groups', r.result.matches.length, null, pct ? `${pct} of bank lines matched` : ''],
    ['Suggestions waiting', r.result.suggestions.length, null, ''],
    ['Unmatched bank lines', r.result.unmatchedBank.length, null, ''],
    ['Unmatched ledger entries', r.result.unmatchedLedger.length, null, ''],
  ];
  return {
    name: 'Summary',
    fileSuffix: null,
    layout: 'form',
    columns: [col('Item', 'text', 48), col('Count', 'number', 8), col('Amount', 'amount', 18), col('Note', 'text', 44)],
    rows,
  };
}

function matchedTable(
  r: ReconciliationReport,
  bank: Map<string, ReportBankLine>,
  ledger: Map<string, LedgerEntry>,
): Table {
  const cur = r.account.currency;
  const rows = mapRows(r.result.matches, (g, i) => {
    const bl = g.bankIds.map((id) => must(bank, id, 'bank line'));
    const le = g.ledgerIds.map((id) => must(ledger, id, 'ledger entry'));
    return [
      i + 1,
      g.kind,
      Math.round(g.confidence * 1000) / 1000,
      g.bankIds.join('; '),
      firstDate(bl),
      joinText(bl.map((l) => l.narration)),
      money(sumMinor(bl), cur),
      g.ledgerIds.join('; '),
      firstDate(le),
      joinText(le.map((e) => e.description ?? e.reference)),
      money(sumMinor(le), cur),
      money(sumMinor(bl) - sumMinor(le), cur),
      g.writeOff?.account ?? g.proposed?.account ?? '',
      g.writeOff ? money(g.writeOff.amountMinor, cur) : null,
      g.ruleId ?? '',
      evidenceText(g.evidence),
    ];
  });
  return {
    name: 'Matched',
    fileSuffix: 'matched',
    layout: 'list',
    columns: [
      col('Group', 'number', 7),
      col('Kind', 'text', 10),
      col('Confidence', 'number', 11),
      col('Bank line ids', 'text', 20),
      col('Bank date', 'date', 11),
      col('Narration', 'text', 40),
      col('Bank amount', 'amount', 16),
      col('Ledger entry ids', 'text', 20),
      col('Ledger date', 'date', 11),
      col('Ledger description', 'text', 36),
      col('Ledger amount', 'amount', 16),
      col('Difference', 'amount', 14),
      col('Write-off / proposed account', 'text', 24),
      col('Write-off amount', 'amount', 14),
      col('Rule', 'text', 14),
      col('Evidence', 'text', 60),
    ],
    rows,
  };
}

function suggestionsTable(
  r: ReconciliationReport,
  bank: Map<string, ReportBankLine>,
  ledger: Map<string, LedgerEntry>,
): Table {
  const cur = r.account.currency;
  function* rows(): Generator<Cell[]> {
    for (let i = 0; i < r.result.suggestions.length; i++) yield* suggestionRows(r.result.suggestions[i]!, i);
  }
  function suggestionRows(s: Suggestion, i: number): Cell[][] {
    const out: Cell[][] = [];
    const bl = s.bankIds.map((id) => must(bank, id, 'bank line'));
    const bankCells: Cell[] = [
      i + 1,
      s.bankIds.join('; '),
      firstDate(bl),
      joinText(bl.map((l) => l.narration)),
      money(sumMinor(bl), cur),
    ];
    if (s.candidates.length === 0) out.push([...bankCells, null, '', null, '', null, null, null, '']);
    s.candidates.forEach((c, rank) => {
      const le = c.ledgerIds.map((id) => must(ledger, id, 'ledger entry'));
      out.push([
        ...bankCells,
        rank + 1,
        c.ledgerIds.join('; '),
        firstDate(le),
        joinText(le.map((e) => e.description ?? e.reference)),
        money(sumMinor(le), cur),
        Math.round(c.confidence * 1000) / 1000,
        money(c.differenceMinor, cur),
        evidenceText(c.evidence),
      ]);
    });
    return out;
  }
  return {
    name: 'Suggestions',
    fileSuffix: 'suggestions',
    layout: 'list',
    columns: [
      col('Suggestion', 'number', 11),
      col('Bank line ids', 'text', 20),
      col('Bank date', 'date', 11),
      col('Narration', 'text', 40),
      col('Bank amount', 'amount', 16),
      col('Rank', 'number', 6),
      col('Candidate ledger ids', 'text', 22),
      col('Ledger date', 'date', 11),
      col('Ledger description', 'text', 36),
      col('Ledger amount', 'amount', 16),
      col('Confidence', 'number', 11),
      col('Difference', 'amount', 14),
      col('Evidence', 'text', 60),
    ],
    rows: rows(),
  };
}

function unmatchedBankTable(r: ReconciliationReport, bank: Map<string, ReportBankLine>): Table {
  const rows = mapRows(r.result.unmatchedBank, (id) => {
    const l = must(bank, id, 'bank line');
    return [
      l.id,
      l.date,
      l.narration ?? '',
      l.reference ?? '',
      l.counterpartyName ?? '',
      money(l.amountMinor, l.currency),
      l.category ?? '',
    ];
  });
  return {
    name: 'Unmatched bank',
    fileSuffix: 'unmatched-bank',
    layout: 'list',
    columns: [
      col('Bank line id', 'text', 20),
      col('Date', 'date', 11),
      col('Narration', 'text', 44),
      col('Reference', 'text', 18),
      col('Counterparty', 'text', 24),
      col('Amount', 'amount', 16),
      col('Category', 'text', 18),
    ],
    rows,
  };
}

function unmatchedLedgerTable(r: ReconciliationReport, ledger: Map<string, LedgerEntry>): Table {
  const rows = mapRows(r.result.unmatchedLedger, (id) => {
    const e = must(ledger, id, 'ledger entry');
    return [
      e.id,
      e.date,
      e.dueDate ?? null,
      e.reference ?? '',
      e.description ?? '',
      e.party ?? '',
      e.account ?? '',
      money(e.amountMinor, e.currency),
    ];
  });
  return {
    name: 'Unmatched ledger',
    fileSuffix: 'unmatched-ledger',
    layout: 'list',
    columns: [
      col('Ledger entry id', 'text', 20),
      col('Date', 'date', 11),
      col('Due date', 'date', 11),
      col('Reference', 'text', 18),
      col('Description', 'text', 40),
      col('Party', 'text', 24),
      col('Account', 'text', 22),
      col('Amount', 'amount', 16),
    ],
    rows,
  };
}

function spendingTable(r: ReconciliationReport): Table {
  const rows = spendingByCategory(r.bankLines).map((s): Cell[] => [
    s.category,
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
    rows: mapRows(r.audit, (a) => [a.at, a.actor, a.action, a.entity, a.detail]),
  };
}

/** The sheets of the reconciliation report, in workbook order. */
export function buildReportTables(report: ReconciliationReport, statement: BankRecStatement): Table[] {
  const bank = lookup(report.bankLines);
  const ledger = lookup(report.ledgerEntries);
  return [
    summaryTable(report, statement),
    matchedTable(report, bank, ledger),
    suggestionsTable(report, bank, ledger),
    unmatchedBankTable(report, bank),
    unmatchedLedgerTable(report, ledger),
    spendingTable(report),
    auditTable(report),
  ];
}
