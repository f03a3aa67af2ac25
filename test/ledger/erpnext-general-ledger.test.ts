import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import type { ColumnMapping } from '../../adapters/ledger/tabular-options.js';

// ERPNext's "General Ledger" report of one bank account, as its CSV export writes it: the bank account's Debit is
// money in; 'Opening', 'Total' and 'Closing (Opening + Total)' rows carry money and a quoted label but no date.
const HEADER =
  'Posting Date,Account,Debit (NGN),Credit (NGN),Balance (NGN),Voucher Type,Voucher No,Against Account,Party Type,Party,Cost Center,Against Voucher,Remarks';
const OPENING = ",'Opening',1000.00,0.00,1000.00,,,,,,,,";
const ENTRIES = [
  '01-04-2026,Moniepoint Current - AFC,500.00,0.00,1500.00,Payment Entry,ACC-PAY-2026-00001,Mama Cass,Customer,Mama Cass,Main - AFC,ACC-SINV-2026-00418,Received from Mama Cass',
  '02-04-2026,Moniepoint Current - AFC,0.00,200.00,1300.00,Payment Entry,ACC-PAY-2026-00002,Olam,Supplier,Olam,Main - AFC,ACC-PINV-2026-00239,Paid to Olam',
];
const FOOTER = [",'Total',500.00,200.00,300.00,,,,,,,,", ",'Closing (Opening + Total)',1500.00,200.00,1300.00,,,,,,,,"];
const MAPPING: ColumnMapping = {
  date: 'Posting Date',
  moneyIn: 'Debit (NGN)',
  moneyOut: 'Credit (NGN)',
  balance: 'Balance (NGN)',
  description: 'Remarks',
  reference: 'Against Voucher',
  journalId: 'Voucher No',
  party: 'Party',
  account: 'Account',
};
const OPTS = { mapping: MAPPING, currency: 'NGN' as const, dateOrder: 'DMY' as const };

let dir: string;
const write = async (name: string, lines: string[]) => {
  const path = join(dir, name);
  await writeFile(path, lines.join('\n') + '\n');
  return path;
};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-erpnext-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ERPNext General Ledger report CSV', () => {
  it("skips the 'Opening', 'Total' and 'Closing (Opening + Total)' rows and reads the dated entries", async () => {
    const path = await write('gl.csv', [HEADER, OPENING, ...ENTRIES, ...FOOTER]);
    const { entries } = await readLedgerFile(path, OPTS);
    expect(entries.map((e) => [e.row, e.date, e.amountMinor, e.reference, e.journalId])).toEqual([
      [3, '2026-04-01', 50000, 'ACC-SINV-2026-00418', 'ACC-PAY-2026-00001'],
      [4, '2026-04-02', -20000, 'ACC-PINV-2026-00239', 'ACC-PAY-2026-00002'],
    ]);
  });

  it('still refuses a row with money and no date whose label is not a summary, naming file, row and column', async () => {
    const path = await write('gl-bad.csv', [
      HEADER,
      OPENING,
      ENTRIES[0]!,
      ',Moniepoint Current - AFC,0.00,200.00,1300.00,Payment Entry,ACC-PAY-2026-00002,Olam,Supplier,Olam,Main - AFC,,Paid to Olam',
    ]);
    const err = await readLedgerFile(path, OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerFileError);
    expect((err as Error).message).toContain('gl-bad.csv');
    expect((err as Error).message).toContain('row 4');
    expect((err as Error).message).toContain('"Posting Date"');
    expect((err as Error).message).toContain('the row has an amount but no date');
  });

  it("skips the summary rows when their label stands in the Posting Date column ('Opening',,1000.00…)", async () => {
    const moved = (line: string) => line.replace(/^,('[^']+'),/, '$1,,');
    const path = await write('gl-label-first.csv', [HEADER, moved(OPENING), ...ENTRIES, ...FOOTER.map(moved)]);
    const { entries } = await readLedgerFile(path, OPTS);
    expect(entries.map((e) => [e.row, e.amountMinor])).toEqual([
      [3, 50000],
      [4, -20000],
    ]);
  });

  it("reads a dated row whose Account reads 'Opening' as an entry (a date makes it a real entry)", async () => {
    const path = await write('gl-dated.csv', [
      HEADER,
      "03-04-2026,'Opening',100.00,0.00,1400.00,Journal Entry,ACC-JV-2026-00001,,,,Main - AFC,,Opening stock",
    ]);
    const { entries } = await readLedgerFile(path, OPTS);
    expect(entries.map((e) => e.amountMinor)).toEqual([10000]);
  });

  it('takes the currency from the header row ("Debit (NGN)") when no option gives it', async () => {
    const path = await write('gl-nocur.csv', [HEADER, OPENING, ...ENTRIES, ...FOOTER]);
    const { entries } = await readLedgerFile(path, { mapping: MAPPING, dateOrder: 'DMY' });
    expect(entries.map((e) => e.currency)).toEqual(['NGN', 'NGN']);
  });

  it('reads the holdout6 ERPNext export: one entry per row with a posting date', async () => {
    const corpus = join(
      import.meta.dirname,
      '../../bench/corpus/holdout6/ng-moniepoint-erpnext/erpnext-general-ledger-moniepoint-apr2026.csv',
    );
    const dated = readFileSync(corpus, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((l) => /^\d{2}-\d{2}-\d{4},/.test(l)).length;
    const { entries } = await readLedgerFile(corpus, OPTS);
    expect(dated).toBeGreaterThan(0);
    expect(entries).toHaveLength(dated);
  });
});
