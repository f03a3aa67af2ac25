import type { ReconciliationReport } from './model.js';

/**
 * A report as kept with a finished statement: the report model as JSON, its maps of stored ids written as entry
 * lists (JSON has no maps). Read back, it writes the same workbook it would have at the instant it was signed.
 */
export function signedReportJson(report: ReconciliationReport): string {
  return JSON.stringify({
    ...report,
    candidateIds: report.candidateIds ? [...report.candidateIds] : undefined,
    groupIds: report.groupIds ? [...report.groupIds] : undefined,
  });
}

export function signedReportOf(json: string): ReconciliationReport {
  const r = JSON.parse(json) as Omit<ReconciliationReport, 'candidateIds' | 'groupIds'> & {
    candidateIds?: Array<[string, string]>;
    groupIds?: Array<[string, string]>;
  };
  return {
    ...r,
    ...(r.candidateIds ? { candidateIds: new Map(r.candidateIds) } : {}),
    ...(r.groupIds ? { groupIds: new Map(r.groupIds) } : {}),
  } as ReconciliationReport;
}
