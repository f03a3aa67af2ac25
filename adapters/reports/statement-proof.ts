import type { ReconciliationReport, StatementItem, StatementProof } from './model.js';

/**
 * The statement's proof (StatementProof) from its report: the period's bank lines, those a decision clears (a match
 * holds them, or they reverse a line carried from the last reconciliation, the two cancelling), and the opening the
 * report was built from. Null when the report does not know its bank opening (a path that keeps no checkpoints).
 */
export function statementProof(
  report: ReconciliationReport,
  statementBalanceMinor: number | null,
  reversedSince: ReadonlyArray<{ reversal: StatementItem }>,
): StatementProof | null {
  const opening = report.bankOpening;
  if (!opening) return null;
  const { from, to } = report.period;
  // the report holds lines of other periods that share a match with one of this period (a split across a month end)
  const inPeriod = report.bankLines.filter((l) => l.date >= from && l.date <= to);
  const cleared = new Set([
    ...report.result.matches.flatMap((m) => m.bankIds),
    ...reversedSince.map((r) => r.reversal.id),
  ]);
  const clearedLines = inPeriod.filter((l) => cleared.has(l.id));
  const sum = (ls: ReadonlyArray<{ amountMinor: number }>) => ls.reduce((t, l) => t + l.amountMinor, 0);
  const movementsMinor = sum(inPeriod);
  const clearedMinor = sum(clearedLines);
  return {
    bank: {
      openingMinor: opening.minor,
      openedFrom: opening.from,
      lines: inPeriod.length,
      movementsMinor,
      closingMinor: opening.minor === null ? null : opening.minor + movementsMinor,
    },
    books: report.bookRollForward ?? null,
    cleared: { lines: clearedLines.length, totalMinor: clearedMinor },
    clearedDifferenceMinor:
      statementBalanceMinor === null || opening.minor === null
        ? null
        : statementBalanceMinor - (opening.minor + clearedMinor),
    unclearedIds: inPeriod.filter((l) => !cleared.has(l.id)).map((l) => l.id),
  };
}
