import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankRecStatement, ReconciliationReport, ReportBankLine, StatementItem, StatementLine } from './model.js';

function line(items: StatementItem[]): StatementLine {
  let total = 0;
  for (const it of items) total += it.amountMinor;
  if (!Number.isSafeInteger(total))
    throw new RangeError(`statement total overflows safe integers (${items.length} items)`);
  return { count: items.length, totalMinor: total, items };
}

function bankItem(l: ReportBankLine): StatementItem {
  return {
    source: 'bank',
    id: l.id,
    date: l.date,
    description: l.narration ?? l.reference ?? '',
    amountMinor: Math.abs(l.amountMinor),
  };
}

function ledgerItem(e: LedgerEntry): StatementItem {
  return {
    source: 'ledger',
    id: e.id,
    date: e.date,
    description: e.description ?? e.reference ?? '',
    amountMinor: Math.abs(e.amountMinor),
  };
}

/**
 * The bank reconciliation statement. Anything not in a match group is a reconciling item: ledger entries the bank has
 * not seen (deposits in transit, unpresented payments) adjust the bank side; bank lines the books lack (receipts,
 * charges, levies; also lines that only have suggestions so far) adjust the book side. A match group whose bank and
 * ledger sums differ (an over-payment, a write-off not yet posted, a rule-proposed charge with no ledger entry) leaves
 * its residual on the book side too, so the difference is zero exactly when the two balances agree with the items.
 */
export function buildStatement(report: ReconciliationReport): BankRecStatement {
  const currency = report.account.currency;
  const bankById = new Map(report.bankLines.map((l) => [l.id, l]));
  const ledgerById = new Map(report.ledgerEntries.map((e) => [e.id, e]));
  const matchedBank = new Set<string>();
  const matchedLedger = new Set<string>();
  const credits: StatementItem[] = [];
  const debits: StatementItem[] = [];

  for (const g of report.result.matches) {
    let residual = 0;
    let date = '';
    const descriptions: string[] = [];
    for (const id of g.bankIds) {
      const l = bankById.get(id);
      if (!l) throw new Error(`report: match group refers to bank line "${id}", which is not in bankLines`);
      matchedBank.add(id);
      residual += l.amountMinor;
      if (l.date > date) date = l.date;
      if (l.narration) descriptions.push(l.narration);
    }
    for (const id of g.ledgerIds) {
      const e = ledgerById.get(id);
      if (!e) throw new Error(`report: match group refers to ledger entry "${id}", which is not in ledgerEntries`);
      matchedLedger.add(id);
      residual -= e.amountMinor;
    }
    if (residual !== 0) {
      const why = g.proposed
        ? `proposed ${g.proposed.account}`
        : g.writeOff
          ? `write-off to ${g.writeOff.account}`
          : 'residual';
      const item: StatementItem = {
        source: 'match-residual',
        id: g.bankIds.join('+'),
        date,
        description: `${why}: ${descriptions.join(' / ')}`.trim(),
        amountMinor: Math.abs(residual),
      };
      (residual > 0 ? credits : debits).push(item);
    }
  }

  const depositsInTransit: StatementItem[] = [];
  const unpresented: StatementItem[] = [];
  for (const e of report.ledgerEntries) {
    if (matchedLedger.has(e.id) || e.amountMinor === 0) continue;
    (e.amountMinor > 0 ? depositsInTransit : unpresented).push(ledgerItem(e));
  }
  for (const l of report.bankLines) {
    if (matchedBank.has(l.id) || l.amountMinor === 0) continue;
    (l.amountMinor > 0 ? credits : debits).push(bankItem(l));
  }

  const dit = line(depositsInTransit);
  const up = line(unpresented);
  const cr = line(credits);
  const dr = line(debits);
  const adjustedBank =
    report.statementBalanceMinor === null ? null : report.statementBalanceMinor + dit.totalMinor - up.totalMinor;
  const adjustedBook =
    report.bookBalanceMinor === null ? null : report.bookBalanceMinor + cr.totalMinor - dr.totalMinor;
  const difference = adjustedBank === null || adjustedBook === null ? null : adjustedBank - adjustedBook;
  return {
    currency,
    period: report.period,
    statementBalanceMinor: report.statementBalanceMinor,
    depositsInTransit: dit,
    unpresentedPayments: up,
    adjustedBankBalanceMinor: adjustedBank,
    bookBalanceMinor: report.bookBalanceMinor,
    creditsNotInBooks: cr,
    debitsNotInBooks: dr,
    adjustedBookBalanceMinor: adjustedBook,
    differenceMinor: difference,
    balanced: difference === 0,
  };
}
