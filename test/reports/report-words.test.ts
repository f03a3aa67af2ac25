import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import { parseAmount } from '../../domain/money.js';
import { describe, expect, it } from 'vitest';
import {
  bookBalanceSourceText,
  evidenceKindText,
  groupText,
  writeReconciliationReports,
  type ReconciliationReport,
} from '../../adapters/reports/index.js';
import { sampleReport } from './sample-report.js';

// The workbook said where the books' balance came from as "stated (--book-balance)" (a CLI option, on a workbook the
// web app wrote for a balance a person typed) and why an item is on the statement as a code ("rule:nip-fee 1",
// "write-off:Suspense"). A person reads words there; the JSON document keeps the codes for scripts.

// The Matched and Suggestions sheets said why a pair was matched in the engine's codes (`split_sum (0.3): …`,
// `amount_exact`) with amounts in minor units; they now say it in the same module's words, amounts as money.

const CODES = /\b(?:rule|write-off|bank-only):\S|--(?:book|statement)-balance|\bstated\b|recorded-later/;

/** The sample month with its over-payment written off to Suspense instead of left as a residual. */
function withWriteOff(): ReconciliationReport {
  const r = sampleReport();
  const g = r.result.matches.find((m) => m.bankIds[0] === 'b5')!;
  g.writeOff = { account: 'Suspense', amountMinor: 1_000 };
  return r;
}

function textsOf(wb: XLSX.WorkBook, sheet: string): string[] {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
  return rows.flat().filter((c): c is string => typeof c === 'string');
}

describe('the report in words', () => {
  it('names sources and groups in words, keeping account names that hold a colon whole', () => {
    expect(groupText('rule:gh-transfer-charge')).toBe('by rule gh-transfer-charge');
    // a write-off says it is one; a line a person explained as bank-only is not a write-off
    expect(groupText('write-off:Suspense')).toBe('write-off to Suspense');
    expect(groupText('write-off:Bank charges:DirectPay fees')).toBe('write-off to Bank charges:DirectPay fees');
    expect(groupText('bank-only:Bank charges')).toBe('bank-only: Bank charges');
    expect(groupText('recorded-later')).toBe('booked later');
    expect(groupText('unexplained')).toBe('not explained');
    expect(groupText('interest')).toBe('interest');
    expect(bookBalanceSourceText('stated')).toBe('as entered');
    expect(bookBalanceSourceText('something-new')).toBe('something-new');
  });

  it('writes the workbook in words and the JSON with its codes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bankfeed-report-words-'));
    const second = withWriteOff();
    second.account = { ...second.account, id: 'acc_gtb_002', name: 'GTBank Payroll' };
    await writeReconciliationReports([withWriteOff(), second], join(dir, 'march.xlsx'), { producedBy: 'test' });
    const wb = XLSX.read(await readFile(join(dir, 'march.xlsx')), { type: 'buffer' });

    const summary = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['1 Summary']!, { header: 1, defval: null });
    const row = (label: string) => summary.find((r) => r[0] === label)!;
    expect(row('Balance per books')[3]).toBe('as entered');
    expect(row('Balance per bank statement')[3]).toBe("the statement's closing balance");
    expect(row('Less: debits on the statement not in the books')[3]).toBe('by rule nip-fee (1), not explained (1)');
    expect(row('Add: credits on the statement not in the books')[3]).toBe('write-off to Suspense (1), interest (1)');

    const items = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['1 Reconciling items']!);
    expect(items.map((i) => i['Reason'])).toEqual(
      expect.arrayContaining([
        'write-off to Suspense',
        'by rule nip-fee, to Expenses:Bank Charges',
        'not explained',
        'interest',
      ]),
    );
    const overview = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Overview!);
    expect(overview.map((o) => o['Books balance from'])).toEqual(['as entered', 'as entered']);

    for (const sheet of ['Overview', '1 Summary', '1 Reconciling items', '2 Summary', '2 Reconciling items'])
      for (const t of textsOf(wb, sheet)) expect(t, `${sheet}: ${t}`).not.toMatch(CODES);

    await writeReconciliationReports([withWriteOff()], join(dir, 'march.json'), { producedBy: 'test' });
    const doc = JSON.parse(await readFile(join(dir, 'march.json'), 'utf8'));
    const st = doc.statements[0].statement;
    expect(st.balancePerBooks.source).toBe('stated');
    expect(st.creditsNotInBooks.items.map((i: { group: string }) => i.group)).toContain('write-off:Suspense');
    expect(st.debitsNotInBooks.items.map((i: { group: string }) => i.group)).toContain('rule:nip-fee');
  });

  it("writes the workbook's CSV variant, which a person opens in a spreadsheet, in the same words", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bankfeed-report-words-'));
    await writeReconciliationReports([withWriteOff()], join(dir, 'march.csv'), { producedBy: 'test' });
    const read = async (f: string) =>
      parse(await readFile(join(dir, f), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const summary = await read('march.csv');
    expect(summary.find((r) => r[0] === 'Balance per books')![3]).toBe('as entered');
    const items = await read('march.reconciling-items.csv');
    expect(items[0]).toContain('Reason');
    expect(items.map((r) => r[6])).toEqual(
      expect.arrayContaining(['write-off to Suspense', 'by rule nip-fee, to Expenses:Bank Charges']),
    );
    // the last column, signed as each item moves its side, adds up to the statement's lines: a person can sum it
    const signed = items[0]!.length - 1;
    expect(items[0]![signed]).toBe('Adds to its side');
    const minor = (text: string) => parseAmount(text, 'NGN') ?? Number.NaN;
    const sum = (section: string) => items.filter((r) => r[0] === section).reduce((s, r) => s + minor(r[signed]!), 0);
    const line = (label: string) => minor(summary.find((r) => r[0] === label)![2]!);
    expect(sum('Debit not in books')).toBe(line('Less: debits on the statement not in the books'));
    expect(sum('Credit not in books')).toBe(line('Add: credits on the statement not in the books'));
  });
});

describe('the evidence in words', () => {
  const EVIDENCE_CODES =
    /\b(?:reference|counterparty_account|counterparty_name|amount_exact|amount_within_tolerance|date|split_sum|rule|sole_candidate|tie|bank_fee) \(|minor units/;

  /** The sample month with a split paid short, as the engine writes its evidence. */
  function withSplit(): ReconciliationReport {
    const r = sampleReport();
    const g = r.result.matches.find((m) => m.bankIds[0] === 'b5')!;
    g.kind = 'split';
    g.evidence = [
      { kind: 'split_sum', detail: '1 bank line(s) and 1 ledger entry sum within tolerance', weight: 0.3 },
      { kind: 'amount_within_tolerance', detail: 'over-paid by 1000 minor units, kept as a residual', weight: 0.1 },
      { kind: 'date', detail: 'every part inside the date window', weight: 0.1 },
    ];
    return r;
  }

  it('names every kind in words and shows a kind it does not know as stored', () => {
    expect(evidenceKindText('split_sum')).toBe('Items add up');
    expect(evidenceKindText('amount_exact')).toBe('Amount agrees');
    expect(evidenceKindText('something_new')).toBe('something_new');
  });

  it("writes the workbook's Matched and Suggestions evidence in words, amounts as money, read back", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bankfeed-report-words-'));
    await writeReconciliationReports([withSplit()], join(dir, 'march.xlsx'), { producedBy: 'test' });
    const wb = XLSX.read(await readFile(join(dir, 'march.xlsx')), { type: 'buffer' });

    const matched = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Matched!);
    const evidenceOf = (bankId: string) => matched.find((m) => m['Bank line ids'] === bankId)!['Evidence'];
    expect(evidenceOf('b1')).toBe('Reference (0.7): INV-1001 in narration; Amount agrees (0.28): same amount');
    const kindOf = (bankId: string) => matched.find((m) => m['Bank line ids'] === bankId)!['Kind'];
    expect([kindOf('b1'), kindOf('b5')]).toEqual(['Reference', 'Several items']);
    expect(evidenceOf('b5')).toBe(
      'Items add up (0.3): 1 bank line(s) and 1 ledger entry sum within tolerance; ' +
        'Amount differs (0.1): over-paid by ₦10.00, kept as a residual; Date (0.1): every part inside the date window',
    );
    const suggestions = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Suggestions!);
    expect(suggestions.map((s) => s['Evidence'])).toEqual(['Amount agrees (0.6): same amount']);
    for (const sheet of ['Matched', 'Suggestions'])
      for (const t of textsOf(wb, sheet)) expect(t, `${sheet}: ${t}`).not.toMatch(EVIDENCE_CODES);

    // The JSON document keeps the codes and minor units for scripts.
    await writeReconciliationReports([withSplit()], join(dir, 'march.json'), { producedBy: 'test' });
    const doc = JSON.parse(await readFile(join(dir, 'march.json'), 'utf8'));
    const b5 = doc.statements[0].matches.find((m: { bank: string[] }) => m.bank[0] === 'b5');
    expect(b5.evidence.map((e: { kind: string }) => e.kind)).toEqual(['split_sum', 'amount_within_tolerance', 'date']);
  });
});
