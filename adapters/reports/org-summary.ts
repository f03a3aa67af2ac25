import { money } from '../../domain/money.js';
import type { OrgSummaryRow } from './model.js';
import type { Table } from './table.js';

/** The organisation summary: one row per linked account, each amount in its own currency's format. */
export function buildOrgSummaryTable(rows: OrgSummaryRow[]): Table {
  return {
    name: 'Accounts',
    fileSuffix: null,
    layout: 'list',
    columns: [
      { header: 'Account id', kind: 'text', width: 20 },
      { header: 'Account', kind: 'text', width: 30 },
      { header: 'Currency', kind: 'text', width: 9 },
      { header: 'Balance per statement', kind: 'amount', width: 20 },
      { header: 'Balance per books', kind: 'amount', width: 20 },
      { header: 'Matched', kind: 'percent', width: 10 },
      { header: 'Suggestions waiting', kind: 'number', width: 12 },
      { header: 'Unmatched lines', kind: 'number', width: 12 },
      { header: 'Needs re-authorisation', kind: 'text', width: 14 },
      { header: 'Re-authorisation link', kind: 'text', width: 40 },
      { header: 'Report', kind: 'text', width: 40 },
      { header: 'Nightly failure', kind: 'text', width: 60 },
    ],
    rows: rows.map((r) => [
      r.accountId,
      r.accountName,
      r.currency,
      r.statementBalanceMinor === null ? null : money(r.statementBalanceMinor, r.currency),
      r.bookBalanceMinor === null ? null : money(r.bookBalanceMinor, r.currency),
      r.matchedPercent,
      r.suggestionsWaiting,
      r.unmatchedLines,
      r.needsReauth ? 'yes' : 'no',
      r.reauthUrl ?? '',
      r.reportPath ?? '',
      r.nightlyError ?? '',
    ]),
  };
}
