import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  buildStatement,
  neutraliseText,
  spendingByCategory,
  writeOrgSummary,
  writeReconciliationReport,
  type OrgSummaryRow,
} from '../../adapters/reports/index.js';
import { currencyNumberFormat } from '../../adapters/reports/number-formats.js';
import { sampleReport } from './sample-report.js';

const tmp = () => mkdtemp(join(tmpdir(), 'bankfeed-report-'));
const ORG_ROWS: OrgSummaryRow[] = [
  {
    accountId: 'acc_gtb_001',
    accountName: 'GTBank Current',
    currency: 'NGN',
    statementBalanceMinor: 117_591_909,
    bookBalanceMinor: 122_600_050,
    matchedPercent: '57.14',
    suggestionsWaiting: 1,
    unmatchedLines: 2,
    needsReauth: false,
    reportPath: 'reports/gtb-2024-03.xlsx',
  },
  {
    accountId: 'acc_gcb_002',
    accountName: '=cmd|calc',
    currency: 'GHS',
    statementBalanceMinor: -12_345,
    bookBalanceMinor: null,
    matchedPercent: '100',
    suggestionsWaiting: 0,
    unmatchedLines: 0,
    needsReauth: true,
    reauthUrl: 'https://connect.mono.co/reauth/abc',
  },
  {
    accountId: 'acc_ugx_003',
    accountName: 'Stanbic UG',
    currency: 'UGX',
    statementBalanceMinor: 1_500_000,
    bookBalanceMinor: 1_500_000,
    matchedPercent: '93.5%',
    suggestionsWaiting: 3,
    unmatchedLines: 4,
    needsReauth: false,
    nightlyError: 'nightly reconciliation 2024-03-31: ledger source "erp": Tryton: login refused',
  },
];

function sheetXml(path: Buffer, n: number): string {
  const cfb = XLSX.CFB.read(path, { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, `/xl/worksheets/sheet${n}.xml`);
  return Buffer.from(entry!.content as Uint8Array).toString('utf8');
}

describe('bank reconciliation statement', () => {
  it('computes the standard statement figures and balances to zero', () => {
    const s = buildStatement(sampleReport());
    expect([
      s.statementBalanceMinor,
      s.depositsInTransit.totalMinor,
      s.unpresentedPayments.totalMinor,
      s.adjustedBankBalanceMinor,
      s.awaitingReviewLedger.netMinor,
    ]).toEqual([117_591_909, 8_000_000, 3_000_000, 127_091_909, 4_500_000]);
    expect([
      s.bookBalanceMinor,
      s.creditsNotInBooks.totalMinor,
      s.debitsNotInBooks.totalMinor,
      s.adjustedBookBalanceMinor,
      s.awaitingReviewBank.netMinor,
    ]).toEqual([122_600_050, 2_234, 10_375, 127_091_909, 4_500_000]);
    expect([
      s.depositsInTransit.count,
      s.unpresentedPayments.count,
      s.creditsNotInBooks.count,
      s.debitsNotInBooks.count,
    ]).toEqual([1, 1, 2, 2]);
    // The suggested pair waits for review on both sides instead of inflating the deposits in transit.
    expect(s.awaitingReviewBank.items.map((i) => i.id)).toEqual(['b6']);
    expect(s.awaitingReviewLedger.items.map((i) => i.id)).toEqual(['l4']);
    expect(s.verified).toBe(true);
    expect(s.differenceMinor).toBe(0);
    expect(s.balanced).toBe(true);
    expect(s.creditsNotInBooks.items.find((i) => i.source === 'match-residual')).toMatchObject({
      id: 'b5',
      amountMinor: 1_000,
    });
    expect(s.debitsNotInBooks.items.map((i) => [i.id, i.group])).toEqual([
      ['b3', 'rule:nip-fee'],
      ['b4', 'unexplained'],
    ]);
    expect(s.creditsNotInBooks.items.find((i) => i.id === 'b7')?.group).toBe('interest');
  });

  it('flags a difference, and cannot compute one without both balances', () => {
    const off = sampleReport();
    off.bookBalanceMinor! -= 100;
    const s = buildStatement(off);
    expect(s.differenceMinor).toBe(100);
    expect(s.balanced).toBe(false);
    const missing = sampleReport();
    missing.statementBalanceMinor = null;
    expect(buildStatement(missing)).toMatchObject({
      adjustedBankBalanceMinor: null,
      differenceMinor: null,
      balanced: false,
    });
  });

  it('refuses a result that refers to lines the report does not hold', () => {
    const r = sampleReport();
    r.result.matches[0]!.bankIds = ['nope'];
    expect(() => buildStatement(r)).toThrow(/bank line "nope"/);
  });

  it('sums spending by category and currency', () => {
    const rows = spendingByCategory(sampleReport().bankLines);
    expect(rows.find((r) => r.category === 'Bank charges')).toEqual({
      category: 'Bank charges',
      currency: 'NGN',
      debitsMinor: 10_375,
      creditsMinor: 0,
      count: 2,
    });
    expect(rows.find((r) => r.category === 'Uncategorised')).toMatchObject({ creditsMinor: 4_500_000, count: 1 });
    expect(rows[0]!.category).toBe('Supplies');
  });
});

describe('formula injection', () => {
  it('prefixes text that a spreadsheet would run, and only that', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseText(bad)).toBe(`'${bad}`);
    for (const ok of ['NIP TRF', "'quoted", ' =space first', '']) expect(neutraliseText(ok)).toBe(ok);
  });
});

describe('report files', () => {
  it('writes the XLSX workbook: sheets, numeric amounts with currency formats, frozen headers, autofilter, widths', async () => {
    const dir = await tmp();
    const out = join(dir, 'march.xlsx');
    expect(await writeReconciliationReport(sampleReport(), out)).toEqual({ files: [out] });
    const bytes = await readFile(out);
    const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true });
    expect(wb.SheetNames).toEqual([
      'Summary',
      'Reconciling items',
      'Matched',
      'Suggestions',
      'Unmatched bank',
      'Unmatched ledger',
      'Spending by category',
      'Audit trail',
    ]);

    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Summary!, { header: 1, defval: null });
    const byLabel = new Map(summary.map((r) => [r[0], r]));
    expect(byLabel.get('Balance per bank statement')![2]).toBe(1175919.09);
    expect(byLabel.get('Less: unpresented payments')!.slice(1, 3)).toEqual([1, -30000]);
    expect(byLabel.get('Adjusted book balance')![2]).toBe(1270919.09);
    expect(byLabel.get('Difference')!.slice(2)).toEqual([0, 'balanced']);
    const amountCell = wb.Sheets.Summary!['C11']!;
    expect(amountCell.t).toBe('n');
    expect(amountCell.z).toBe(currencyNumberFormat('NGN'));
    expect(amountCell.z).toBe('"₦"#,##0.00;-"₦"#,##0.00');

    const matched = wb.Sheets.Matched!;
    expect(matched['!autofilter']).toEqual({ ref: 'A1:R5' });
    expect(matched['!cols']![5]!.width).toBe(41);
    expect(matched['D2']).toMatchObject({ t: 'n', v: 45355, z: 'yyyy-mm-dd' }); // 2024-03-04
    expect(matched['G5']).toMatchObject({ t: 'n', v: 1010 });
    expect(matched['F5']).toMatchObject({ t: 's', v: `'=HYPERLINK("http://evil.example","click")` });
    expect(matched['J5']).toMatchObject({ t: 's', v: "'@SUM(1+1)" });
    // Sorted by date: the 29 March payment comes before the 30 March deposit.
    expect(wb.Sheets['Unmatched ledger']!['E2']).toMatchObject({ t: 's', v: "'-cmd|' /C calc'!A0" });
    expect(wb.Sheets['Unmatched ledger']!['H2']).toMatchObject({ t: 'n', v: -30000 });

    expect(sheetXml(bytes, 1)).not.toContain('state="frozen"');
    // Print setup: the Summary fits one portrait page; detail sheets print landscape with the header row repeated.
    expect(sheetXml(bytes, 1)).toContain('orientation="portrait" fitToWidth="1" fitToHeight="1"');
    expect(sheetXml(bytes, 3)).toContain('orientation="landscape" fitToWidth="1" fitToHeight="0"');
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
    const workbookXml = Buffer.from(XLSX.CFB.find(cfb, '/xl/workbook.xml')!.content as Uint8Array).toString('utf8');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Summary'!$A$1:$D$`);
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'Matched'!$1:$1</definedName>`,
    );
    for (let n = 2; n <= 8; n++)
      expect(sheetXml(bytes, n)).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      );
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(await readdir(dir)).toEqual(['march.xlsx']); // no temporaries left behind
  });

  it('writes the CSV variant: report.csv is the Summary, one file per detail sheet, exact decimals, neutralised text', async () => {
    const dir = await tmp();
    const { files } = await writeReconciliationReport(sampleReport(), join(dir, 'march.csv'));
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'march.csv',
      'march.reconciling-items.csv',
      'march.matched.csv',
      'march.suggestions.csv',
      'march.unmatched-bank.csv',
      'march.unmatched-ledger.csv',
      'march.spending-by-category.csv',
      'march.audit-trail.csv',
    ]);
    const read = async (f: string) =>
      parse(await readFile(join(dir, f), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const summary = await read('march.csv');
    expect(summary.find((r) => r[0] === 'Balance per books')![2]).toBe('1226000.50');
    expect(summary.find((r) => r[0] === 'Less: debits on the statement not in the books')!.slice(1, 3)).toEqual([
      '2',
      '-103.75',
    ]);
    const matched = await read('march.matched.csv');
    expect(matched[4]![5]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(matched[4]![6]).toBe('1010.00');
    const ledger = await read('march.unmatched-ledger.csv');
    expect(ledger[1]!.slice(4, 8)).toEqual(["'-cmd|' /C calc'!A0", 'Gamma Ltd', '', '-30000.00']);
    const audit = await read('march.audit-trail.csv');
    expect(audit[2]![1]).toBe("'+2348012345678");
  });

  it('writes the JSON variant with minor units and exact decimal strings', async () => {
    const dir = await tmp();
    await writeReconciliationReport(sampleReport(), join(dir, 'march.json'));
    const doc = JSON.parse(await readFile(join(dir, 'march.json'), 'utf8'));
    expect(doc).toMatchObject({ kind: 'bankfeed.reconciliation-report', version: 2, producedBy: 'export' });
    const st = doc.statements[0];
    expect(st.statement).toMatchObject({
      balancePerBank: { amountMinor: 117_591_909, amount: '1175919.09', source: 'statement-closing' },
      difference: { amountMinor: 0, amount: '0.00' },
      balanced: true,
    });
    expect(st.statement.debitsNotInBooks.total).toBe('103.75');
    expect(st.bankLines[4].narration).toBe('=HYPERLINK("http://evil.example","click")'); // JSON is data, not a spreadsheet
    expect(st.spendingByCategory.find((s: { category: string }) => s.category === 'Bank charges').debits).toBe(
      '103.75',
    );
    expect(doc.overview[0]).toMatchObject({ accountId: 'acc_gtb_001', balanced: true, awaitingReview: 1 });
  });

  it('writes the organisation summary with each row in its own currency format', async () => {
    const dir = await tmp();
    const out = join(dir, 'org.xlsx');
    await writeOrgSummary(ORG_ROWS, out);
    const wb = XLSX.read(await readFile(out), { type: 'buffer', cellNF: true });
    const ws = wb.Sheets.Accounts!;
    expect(ws['D2']).toMatchObject({ t: 'n', v: 1175919.09, z: '"₦"#,##0.00;-"₦"#,##0.00' });
    expect(ws['D3']).toMatchObject({ t: 'n', v: -123.45, z: '"GH₵"#,##0.00;-"GH₵"#,##0.00' });
    expect(ws['D4']).toMatchObject({ v: 1500000, z: '"USh"#,##0;-"USh"#,##0' });
    expect(ws['E3']).toBeUndefined();
    expect(ws['F2']).toMatchObject({ t: 'n', v: 0.5714, z: '0.00%' });
    expect(ws['F4']).toMatchObject({ t: 'n', v: 0.935 });
    expect(ws['B3']).toMatchObject({ t: 's', v: "'=cmd|calc" });
    expect(ws['I3']!.v).toBe('yes');
    expect(ws['L1']!.v).toBe('Nightly failure');
    expect(ws['L4']!.v).toBe(ORG_ROWS[2]!.nightlyError);
    expect(ws['L2']).toBeUndefined();
    await writeOrgSummary(ORG_ROWS, join(dir, 'org.csv'));
    const csv = parse(await readFile(join(dir, 'org.csv'), 'utf8'), { bom: true }) as string[][];
    expect(csv[2]!.slice(1, 6)).toEqual(["'=cmd|calc", 'GHS', '-123.45', '', '100']);
    await writeOrgSummary(ORG_ROWS, join(dir, 'org.json'));
    const doc = JSON.parse(await readFile(join(dir, 'org.json'), 'utf8'));
    expect(doc.accounts[2]).toMatchObject({
      statementBalance: '1500000',
      currency: 'UGX',
      nightlyError: ORG_ROWS[2]!.nightlyError,
    });
  });

  it('refuses an unknown extension or an inconsistent report and leaves nothing behind', async () => {
    const dir = await tmp();
    await expect(writeReconciliationReport(sampleReport(), join(dir, 'march.pdf'))).rejects.toThrow(
      /must end in .xlsx, .csv or .json/,
    );
    const bad = sampleReport();
    bad.result.unmatchedLedger.push('ghost');
    await expect(writeReconciliationReport(bad, join(dir, 'march.csv'))).rejects.toThrow(/ledger entry "ghost"/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('exact decimal strings', () => {
  it('majorString equals the domain formatter for any safe amount and currency exponent', async () => {
    const fc = await import('fast-check');
    const { majorString } = await import('../../adapters/reports/decimal-string.js');
    const { minorToMajorString } = await import('../../domain/money.js');
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom('NGN' as const, 'UGX' as const, 'GHS' as const),
        (minor, cur) => {
          expect(majorString(minor, cur)).toBe(minorToMajorString(minor, cur));
        },
      ),
      { numRuns: 2_000 },
    );
    expect(majorString(-5, 'NGN')).toBe('-0.05');
  });
});
