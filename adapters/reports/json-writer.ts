import { open } from 'node:fs/promises';
import type { CurrencyCode } from '../../domain/currency.js';
import { minorToMajorString } from '../../domain/money.js';
import type { BankRecStatement, OrgSummaryRow, ReconciliationReport, StatementLine } from './model.js';
import { spendingByCategory } from './spending.js';

// JSON carries every amount twice: exact integer minor units for programs and a major-unit decimal string for people.
const major = (minor: number | null, cur: CurrencyCode): string | null =>
  minor === null ? null : minorToMajorString(minor, cur);

function lineJson(l: StatementLine, cur: CurrencyCode) {
  return {
    count: l.count,
    totalMinor: l.totalMinor,
    total: major(l.totalMinor, cur),
    items: l.items.map((i) => ({ ...i, amount: major(i.amountMinor, cur) })),
  };
}

export function statementJson(s: BankRecStatement) {
  const c = s.currency;
  return {
    currency: c,
    period: s.period,
    statementBalanceMinor: s.statementBalanceMinor,
    statementBalance: major(s.statementBalanceMinor, c),
    depositsInTransit: lineJson(s.depositsInTransit, c),
    unpresentedPayments: lineJson(s.unpresentedPayments, c),
    adjustedBankBalanceMinor: s.adjustedBankBalanceMinor,
    adjustedBankBalance: major(s.adjustedBankBalanceMinor, c),
    bookBalanceMinor: s.bookBalanceMinor,
    bookBalance: major(s.bookBalanceMinor, c),
    creditsNotInBooks: lineJson(s.creditsNotInBooks, c),
    debitsNotInBooks: lineJson(s.debitsNotInBooks, c),
    adjustedBookBalanceMinor: s.adjustedBookBalanceMinor,
    adjustedBookBalance: major(s.adjustedBookBalanceMinor, c),
    differenceMinor: s.differenceMinor,
    difference: major(s.differenceMinor, c),
    balanced: s.balanced,
  };
}

/** A top-level member: a plain value, or a list written one element per line (never one giant string). */
type Member =
  { key: string; value: unknown } | { key: string; list: readonly unknown[]; map?: (x: unknown) => unknown };

const ITEMS_PER_CHUNK = 2_000;

async function writeJsonDocument(path: string, members: Member[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write('{\n');
    for (let m = 0; m < members.length; m++) {
      const member = members[m]!;
      const sep = m < members.length - 1 ? ',\n' : '\n';
      if (!('list' in member)) {
        await file.write(
          `  ${JSON.stringify(member.key)}: ${JSON.stringify(member.value, null, 2).replace(/\n/g, '\n  ')}${sep}`,
        );
        continue;
      }
      await file.write(`  ${JSON.stringify(member.key)}: [`);
      let chunk: string[] = [];
      for (let i = 0; i < member.list.length; i++) {
        const item = member.map ? member.map(member.list[i]) : member.list[i];
        chunk.push(`\n    ${JSON.stringify(item)}${i < member.list.length - 1 ? ',' : ''}`);
        if (chunk.length === ITEMS_PER_CHUNK) {
          await file.write(chunk.join(''));
          chunk = [];
        }
      }
      await file.write(chunk.join('') + (member.list.length ? '\n  ]' : ']') + sep);
    }
    await file.write('}\n');
  } finally {
    await file.close();
  }
}

/** The JSON variant: the statement, the engine's result and the inputs it refers to, in one document. */
export async function writeReportJson(r: ReconciliationReport, s: BankRecStatement, path: string): Promise<void> {
  await writeJsonDocument(path, [
    { key: 'kind', value: 'bankfeed.reconciliation-report' },
    { key: 'version', value: 1 },
    { key: 'account', value: r.account },
    { key: 'period', value: r.period },
    { key: 'generatedAt', value: r.generatedAt },
    { key: 'statement', value: statementJson(s) },
    {
      key: 'spendingByCategory',
      value: spendingByCategory(r.bankLines).map((x) => ({
        ...x,
        debits: minorToMajorString(x.debitsMinor, x.currency),
        credits: minorToMajorString(x.creditsMinor, x.currency),
      })),
    },
    { key: 'matches', list: r.result.matches },
    { key: 'suggestions', list: r.result.suggestions },
    { key: 'unmatchedBank', list: r.result.unmatchedBank },
    { key: 'unmatchedLedger', list: r.result.unmatchedLedger },
    {
      key: 'bankLines',
      list: r.bankLines,
      map: (l) => withAmount(l as { amountMinor: number; currency: CurrencyCode }),
    },
    {
      key: 'ledgerEntries',
      list: r.ledgerEntries,
      map: (e) => withAmount(e as { amountMinor: number; currency: CurrencyCode }),
    },
    { key: 'audit', list: r.audit },
  ]);
}

function withAmount<T extends { amountMinor: number; currency: CurrencyCode }>(x: T): T & { amount: string } {
  return { ...x, amount: minorToMajorString(x.amountMinor, x.currency) };
}

export async function writeOrgSummaryJson(rows: OrgSummaryRow[], path: string): Promise<void> {
  await writeJsonDocument(path, [
    { key: 'kind', value: 'bankfeed.org-summary' },
    { key: 'version', value: 1 },
    {
      key: 'accounts',
      list: rows,
      map: (x) => {
        const r = x as OrgSummaryRow;
        return {
          ...r,
          statementBalance: major(r.statementBalanceMinor, r.currency),
          bookBalance: major(r.bookBalanceMinor, r.currency),
        };
      },
    },
  ]);
}
