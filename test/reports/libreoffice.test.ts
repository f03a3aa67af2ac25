import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  writeOrgSummary,
  writeReconciliationReport,
  writeReconciliationReports,
} from '../../adapters/reports/index.js';
import { requireComponent } from '../support/components.js';
import { csvToXlsx, libreOfficeAvailable, workbookToCsvSheets } from './libreoffice.js';
import { sampleReport } from './sample-report.js';

const available = await requireComponent(
  'libreoffice',
  libreOfficeAvailable,
  'LibreOffice (soffice, libreoffice-calc-nogui)',
);
const tmp = () => mkdtemp(join(tmpdir(), 'bankfeed-lo-'));
const row = (rows: string[][], label: string) => rows.find((r) => r[0] === label)!;

describe.runIf(available)('reports opened by LibreOffice', () => {
  it('reads the reconciliation workbook back: every sheet, the statement figures, formats and neutralised text', async () => {
    const dir = await tmp();
    const out = join(dir, 'march.xlsx');
    await writeReconciliationReport(sampleReport(), out);

    const raw = await workbookToCsvSheets(out, join(dir, 'raw'), false);
    expect([...raw.keys()].sort()).toEqual([
      'Audit trail',
      'Matched',
      'Reconciling items',
      'Spending by category',
      'Suggestions',
      'Summary',
      'Unmatched bank',
      'Unmatched ledger',
    ]);
    const summary = raw.get('Summary')!;
    expect(row(summary, 'Balance per bank statement')[2]).toBe('1175919.09');
    expect(row(summary, 'Add: deposits in transit').slice(1, 3)).toEqual(['1', '80000']);
    expect(row(summary, 'Add/less: book entries awaiting review').slice(1, 3)).toEqual(['1', '45000']);
    expect(row(summary, 'Less: unpresented payments').slice(1, 3)).toEqual(['1', '-30000']);
    expect(row(summary, 'Adjusted bank balance')[2]).toBe('1270919.09');
    expect(row(summary, 'Balance per books')[2]).toBe('1226000.5');
    expect(row(summary, 'Add: credits on the statement not in the books')[2]).toBe('22.34');
    expect(row(summary, 'Add/less: bank lines awaiting review').slice(1, 3)).toEqual(['1', '45000']);
    expect(row(summary, 'Less: debits on the statement not in the books')[2]).toBe('-103.75');
    expect(row(summary, 'Adjusted book balance')[2]).toBe('1270919.09');
    expect(row(summary, 'Difference').slice(2)).toEqual(['0', 'balanced']);
    const matched = raw.get('Matched')!;
    expect(matched).toHaveLength(5);
    expect(matched[4]!.slice(3, 7)).toEqual(['2024-03-15', 'b5', `'=HYPERLINK("http://evil.example","click")`, '1010']);
    expect(raw.get('Unmatched ledger')![1]!.slice(4, 8)).toEqual(["'-cmd|' /C calc'!A0", 'Gamma Ltd', '', '-30000']);
    expect(
      raw
        .get('Spending by category')!
        .find((r) => r[0] === 'Bank charges')!
        .slice(1, 5),
    ).toEqual(['103.75', '0', '-103.75', '2']);
    expect(raw.get('Suggestions')![1]!.slice(1, 6)).toEqual(['2024-03-20', 'b6', 'POS SETTLEMENT', '45000', '1']);

    const shown = await workbookToCsvSheets(out, join(dir, 'shown'), true);
    expect(row(shown.get('Summary')!, 'Balance per bank statement')[2]).toBe('₦1,175,919.09');
    expect(row(shown.get('Summary')!, 'Less: unpresented payments')[2]).toBe('-₦30,000.00');
    expect(shown.get('Matched')![1]![6]).toBe('₦250,000.50');
  });

  it('opens a workbook of several statements: the overview, then each statement with its own sheets', async () => {
    const dir = await tmp();
    const out = join(dir, 'two.xlsx');
    const second = sampleReport();
    second.account = { ...second.account, id: 'acc_access_002', name: 'Access Current', ledgerAccount: '1020' };
    second.bookBalanceMinor! -= 100;
    await writeReconciliationReports([sampleReport(), second], out, { producedBy: 'reconcile --bank' });
    const raw = await workbookToCsvSheets(out, join(dir, 'raw'), false);
    expect([...raw.keys()]).toContain('Overview');
    expect([...raw.keys()]).toContain('2 Summary');
    const overview = raw.get('Overview')!;
    expect(overview.slice(1).map((r) => [r[0], r[7], r[8]])).toEqual([
      ['GTBank Current', '0', 'balanced'],
      ['Access Current', '1', 'NOT BALANCED'],
    ]);
    expect(row(raw.get('2 Summary')!, 'Difference').slice(2)).toEqual(['1', 'NOT BALANCED: investigate']);
  });

  it('reads the organisation summary back with per-currency formats', async () => {
    const dir = await tmp();
    const out = join(dir, 'org.xlsx');
    await writeOrgSummary(
      [
        {
          accountId: 'a1',
          accountName: 'GTBank Current',
          currency: 'NGN',
          statementBalanceMinor: 117_591_909,
          bookBalanceMinor: 122_600_050,
          matchedPercent: '57.14',
          suggestionsWaiting: 1,
          unmatchedLines: 2,
          needsReauth: false,
        },
        {
          accountId: 'a2',
          accountName: '@Absa Cheque',
          currency: 'ZAR',
          statementBalanceMinor: -250_000,
          bookBalanceMinor: -250_000,
          matchedPercent: '100',
          suggestionsWaiting: 0,
          unmatchedLines: 0,
          needsReauth: true,
          reauthUrl: 'https://connect.mono.co/x',
        },
        {
          accountId: 'a3',
          accountName: 'Equity KE',
          currency: 'KES',
          statementBalanceMinor: 99,
          bookBalanceMinor: null,
          matchedPercent: '0',
          suggestionsWaiting: 0,
          unmatchedLines: 1,
          needsReauth: false,
        },
      ],
      out,
    );
    const shown = (await workbookToCsvSheets(out, join(dir, 'shown'), true)).get('Accounts')!;
    expect(shown[1]!.slice(1, 6)).toEqual(['GTBank Current', 'NGN', '₦1,175,919.09', '₦1,226,000.50', '57.14%']);
    expect(shown[2]!.slice(1, 5)).toEqual(["'@Absa Cheque", 'ZAR', '-R2,500.00', '-R2,500.00']);
    expect(shown[3]!.slice(2, 5)).toEqual(['KES', 'KSh0.99', '']);
    const raw = (await workbookToCsvSheets(out, join(dir, 'raw'), false)).get('Accounts')!;
    expect(raw.map((r) => r[3])).toEqual(['Balance per statement', '1175919.09', '-2500', '0.99']);
  });

  it('opens the CSV report without running any neutralised cell as a formula', async () => {
    const dir = await tmp();
    // Control: LibreOffice does run a raw "=..." cell from a CSV, so the check below can fail.
    await writeFile(join(dir, 'control.csv'), 'a,b\n=1+1,x\n');
    const control = XLSX.read(await readFile(csvToXlsx(join(dir, 'control.csv'), join(dir, 'lo'))), {
      type: 'buffer',
      cellFormula: true,
    });
    expect(control.Sheets[control.SheetNames[0]!]!['A2']).toMatchObject({ f: '1+1', v: 2 });

    const { files } = await writeReconciliationReport(sampleReport(), join(dir, 'march.csv'));
    for (const csv of files) {
      const xlsx = await readFile(csvToXlsx(csv, join(dir, 'lo')));
      const wb = XLSX.read(xlsx, { type: 'buffer', cellFormula: true });
      const ws = wb.Sheets[wb.SheetNames[0]!]!;
      const formulas = Object.entries(ws).filter(([k, c]) => !k.startsWith('!') && (c as XLSX.CellObject).f);
      expect(formulas, csv).toEqual([]);
    }
    const matched = XLSX.read(await readFile(join(dir, 'lo', 'march.matched.xlsx')), { type: 'buffer' });
    const ws = matched.Sheets[matched.SheetNames[0]!]!;
    expect(ws['F5']).toMatchObject({ t: 's', v: `'=HYPERLINK("http://evil.example","click")` });
    expect(ws['G5']).toMatchObject({ t: 'n', v: 1010 }); // amounts stay numbers
  }, 240_000); // one LibreOffice conversion per CSV file (8): slow on a loaded 2-core machine
});
