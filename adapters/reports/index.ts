import { extname } from 'node:path';
import { writeFilesAtomically, type FileProducer } from './atomic-write.js';
import { csvPathFor, writeCsv } from './csv-writer.js';
import { reportDocument, statementDocument, type ReportDocument } from './document.js';
import { writeOrgSummaryJson, writeReportDocument } from './json-writer.js';
import type { OrgSummaryRow, ReconciliationReport } from './model.js';
import { buildOrgSummaryTable } from './org-summary.js';
import { buildOverviewTable, buildReportTables } from './report-tables.js';
import { checkReportReferences } from './report-references.js';
import { buildStatement } from './statement.js';
import type { Table } from './table.js';
import { writeXlsx } from './xlsx-writer.js';

export type {
  BankOpenedFrom,
  BankRecStatement,
  BookRollForward,
  CarriedForward,
  OrgSummaryRow,
  ReconciliationReport,
  ReportAuditEntry,
  ReportBankLine,
  ReportLedgerEntry,
  StatementItem,
  StatementLine,
  StatementProof,
  NotInBooksLine,
} from './model.js';
export type { SectionKind } from './section-kinds.js';
export { writeFilesAtomically, type FileProducer } from './atomic-write.js';
export { buildStatement, carriedBankItem } from './statement.js';
export { openBankLines } from './bank-line-standing.js';
export {
  NEEDS_A_LOOK_AFTER_DAYS,
  type OutstandingAge,
  type OutstandingExplanation,
  type OutstandingSince,
} from './outstanding-age.js';
export { needsLookWords, outstandingWords, whyOutstandingWords, type ExplainedFigures } from './outstanding-words.js';
export { carryOf, type StatementCarry } from './carry-forward.js';
export * from './document.js';
export { groupKey } from './model.js';
export { spendingByCategory, type CategorySpending } from './spending.js';
export { neutraliseText } from './cell-safety.js';
export {
  bankBalanceSourceText,
  bankOnlyCode,
  bankOpeningText,
  bookBalanceSourceText,
  bookOpeningText,
  describedWithGroup,
  evidenceKindText,
  evidenceText,
  groupNote,
  groupText,
  groupWithAccount,
} from './report-words.js';

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

/** Builds the report document (docs/report.schema.json) of one or more statements. */
export function buildReportDocument(
  reports: ReconciliationReport[],
  opts: { producedBy: string; generatedAt?: string },
): ReportDocument {
  for (const r of reports) checkReportReferences(r);
  return reportDocument(
    reports.map((r) => statementDocument(r, buildStatement(r))),
    {
      producedBy: opts.producedBy,
      generatedAt: opts.generatedAt ?? reports[0]?.generatedAt ?? new Date().toISOString(),
    },
  );
}

/**
 * Writes a reconciliation report of one or more statements. .xlsx: one workbook (an Overview sheet first when there
 * are several statements); .csv: report.csv (the Summary, or the Overview) plus report.<sheet>.csv per detail sheet;
 * .json: the report document. All files appear together or not at all.
 */
export async function writeReconciliationReports(
  reports: ReconciliationReport[],
  outPath: string,
  opts: { producedBy: string },
): Promise<{ files: string[]; document: ReportDocument }> {
  const format = reportFormatOf(outPath);
  if (reports.length === 0) throw new Error('report: no statement to write');
  const document = buildReportDocument(reports, opts);
  if (format === 'json')
    return {
      files: await writeFilesAtomically([{ path: outPath, write: (tmp) => writeReportDocument(document, tmp) }]),
      document,
    };
  const tables: Table[] = [];
  if (reports.length > 1) tables.push(buildOverviewTable(document.overview));
  reports.forEach((r, i) => {
    const statement = buildStatement(r);
    const prefix = reports.length > 1 ? { sheet: `${i + 1} `, file: `s${i + 1}.` } : null;
    for (const t of buildReportTables(r, statement)) {
      if (!prefix) tables.push(t);
      else
        tables.push({
          ...t,
          name: `${prefix.sheet}${t.name}`.slice(0, 31),
          fileSuffix: `${prefix.file}${t.fileSuffix ?? 'summary'}`,
        });
    }
  });
  return { files: await writeFilesAtomically(tablesToFiles(tables, outPath, format)), document };
}

/** Writes one account's reconciliation report (see writeReconciliationReports). */
export async function writeReconciliationReport(
  report: ReconciliationReport,
  outPath: string,
  opts: { producedBy?: string } = {},
): Promise<{ files: string[] }> {
  const { files } = await writeReconciliationReports([report], outPath, { producedBy: opts.producedBy ?? 'export' });
  return { files };
}

/** Writes the organisation summary (one row per account) as .xlsx, .csv or .json. */
export async function writeOrgSummary(rows: OrgSummaryRow[], outPath: string): Promise<{ files: string[] }> {
  const format = reportFormatOf(outPath);
  if (format === 'json')
    return { files: await writeFilesAtomically([{ path: outPath, write: (tmp) => writeOrgSummaryJson(rows, tmp) }]) };
  return { files: await writeFilesAtomically(tablesToFiles([buildOrgSummaryTable(rows)], outPath, format)) };
}
