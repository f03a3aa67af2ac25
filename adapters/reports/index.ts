import { extname } from 'node:path';
import { writeFilesAtomically, type FileProducer } from './atomic-write.js';
import { csvPathFor, writeCsv } from './csv-writer.js';
import { writeOrgSummaryJson, writeReportJson } from './json-writer.js';
import type { OrgSummaryRow, ReconciliationReport } from './model.js';
import { buildOrgSummaryTable } from './org-summary.js';
import { buildReportTables } from './report-tables.js';
import { checkReportReferences } from './report-references.js';
import { buildStatement } from './statement.js';
import type { Table } from './table.js';
import { writeXlsx } from './xlsx-writer.js';

export type {
  BankRecStatement,
  OrgSummaryRow,
  ReconciliationReport,
  ReportAuditEntry,
  ReportBankLine,
  StatementItem,
  StatementLine,
} from './model.js';
export { buildStatement } from './statement.js';
export { spendingByCategory, type CategorySpending } from './spending.js';
export { neutraliseText } from './cell-safety.js';

export type ReportFormat = 'xlsx' | 'csv' | 'json';

export class ReportFormatError extends Error {
  constructor(readonly outPath: string) {
    super(`cannot tell the report format of "${outPath}": the file name must end in .xlsx, .csv or .json`);
    this.name = 'ReportFormatError';
  }
}

export function reportFormatOf(outPath: string): ReportFormat {
  const ext = extname(outPath).toLowerCase();
  if (ext === '.xlsx' || ext === '.csv' || ext === '.json') return ext.slice(1) as ReportFormat;
  throw new ReportFormatError(outPath);
}

function tablesToFiles(tables: Table[], outPath: string, format: 'xlsx' | 'csv'): FileProducer[] {
  if (format === 'xlsx') return [{ path: outPath, write: (tmp) => writeXlsx(tables, tmp) }];
  return tables.map((t) => ({ path: csvPathFor(outPath, t.fileSuffix), write: (tmp) => writeCsv(t, tmp) }));
}

/**
 * Writes one account's reconciliation report. .xlsx: one workbook; .csv: report.csv (the Summary) plus
 * report.<sheet>.csv per detail sheet; .json: one document. All files appear together or not at all.
 */
export async function writeReconciliationReport(
  report: ReconciliationReport,
  outPath: string,
): Promise<{ files: string[] }> {
  const format = reportFormatOf(outPath);
  checkReportReferences(report);
  const statement = buildStatement(report);
  if (format === 'json')
    return {
      files: await writeFilesAtomically([{ path: outPath, write: (tmp) => writeReportJson(report, statement, tmp) }]),
    };
  return { files: await writeFilesAtomically(tablesToFiles(buildReportTables(report, statement), outPath, format)) };
}

/** Writes the organisation summary (one row per account) as .xlsx, .csv or .json. */
export async function writeOrgSummary(rows: OrgSummaryRow[], outPath: string): Promise<{ files: string[] }> {
  const format = reportFormatOf(outPath);
  if (format === 'json')
    return { files: await writeFilesAtomically([{ path: outPath, write: (tmp) => writeOrgSummaryJson(rows, tmp) }]) };
  return { files: await writeFilesAtomically(tablesToFiles([buildOrgSummaryTable(rows)], outPath, format)) };
}
