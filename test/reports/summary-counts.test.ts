import { describe, expect, it } from 'vitest';
import { buildStatement } from '../../adapters/reports/index.js';
import { buildReportTables } from '../../adapters/reports/report-tables.js';
import type { Cell } from '../../adapters/reports/table.js';
import { sampleReport } from './sample-report.js';

// Walk s34: the nightly workbook's Summary said "Unmatched bank lines 132" where the web app's Unmatched tab and the run
// summary said 65: it counted the 67 lines awaiting review as unmatched too. Its "Reconciling items" sheet listed the
// awaiting-review sections, which mix money in and out, with unsigned amounts, so the column did not add up to the
// Summary's net (a -₦3,500 airtime payment read 3,500).

/** The sample month as the engine hands it over: a line awaiting review is also among the unmatched. */
function month() {
  const r = sampleReport();
  r.result.suggestions.push({
    bankIds: ['b4'],
    candidates: [
      {
        ledgerIds: ['l5'],
        confidence: 0.5,
        differenceMinor: 0,
        evidence: [{ kind: 'amount_exact', detail: 'same amount', weight: 0.3 }],
      },
    ],
  });
  r.result.unmatchedBank = ['b4', 'b6', 'b7'];
  return r;
}

const rowsOf = (rows: Iterable<Cell[]>): Cell[][] => [...rows];

describe('the workbook counts and signs as the app does', () => {
  const report = month();
  const statement = buildStatement(report);
  const [summary, items] = buildReportTables(report, statement);

  it('counts a line awaiting review once, not also as unmatched', () => {
    const rows = rowsOf(summary!.rows);
    const count = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(count('Bank lines awaiting review')).toBe(2);
    expect(count('Unmatched bank lines')).toBe(1);
    expect(rows.some((r) => r[0] === 'Suggestions waiting')).toBe(false);
  });

  it("lists a net section's items with their sign, so that they add up to the statement's line", () => {
    const amount = items!.columns.findIndex((c) => c.header === 'Amount');
    const awaiting = rowsOf(items!.rows).filter((r) => r[0] === 'Bank line awaiting review');
    const amounts = awaiting.map((r) => (r[amount] as { minor: number }).minor).sort((a, b) => a - b);
    expect(amounts).toEqual([-5_000, 4_500_000]);
    expect(amounts.reduce((t, a) => t + a, 0)).toBe(statement.awaitingReviewBank.netMinor);
    // a section of one direction keeps its unsigned amounts: the line says whether it adds or takes away
    const debits = rowsOf(items!.rows).filter((r) => r[0] === 'Debit not in books');
    for (const r of debits) expect((r[amount] as { minor: number }).minor).toBeGreaterThan(0);
  });
});
