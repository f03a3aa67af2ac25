import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { runFiles } from '../support/file-reconcile.js';
import { validateReportDocument } from './report-schema.js';

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));
const GTBANK_MARCH = join(FIX, 'gtbank-march.csv');
const TWO = join(FIX, 'two-banks');
const GL = join(TWO, 'general-ledger-march.csv');
const tmp = () => mkdtemp(join(tmpdir(), 'bankfeed-statements-'));

const run = runFiles;

/** An Access Bank statement as the bank's portal exports it to Excel: a heading with the account number, then lines. */
async function accessStatementXlsx(dir: string): Promise<string> {
  const rows = [
    ['ACCESS BANK PLC - STATEMENT OF ACCOUNT'],
    ['Account Number:', '0690017730'],
    ['Posted Date', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
    ['20/03/2024', '20/03/2024', 'SMS ALERT CHARGES MAR 2024', '100.00', '', '684,900.00'],
    ['08/03/2024', '08/03/2024', 'POS PURCHASE SHOPRITE IKEJA POS-0308', '15,000.00', '', '685,000.00'],
    ['02/03/2024', '02/03/2024', 'TRF FROM KANO FOODS LTD INV-2001', '', '500,000.00', '700,000.00'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Statement');
  const path = join(dir, 'access-march.xlsx');
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

type Doc = {
  overview: Array<Record<string, unknown>>;
  statements: Array<{
    account: { name: string; ledgerAccount: string };
    statement: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    ledgerEntries: Array<{ reference: string | null; account: string | null }>;
  }>;
};

async function readDoc(path: string): Promise<Doc> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as unknown;
  validateReportDocument(doc);
  return doc as Doc;
}

const items = (section: { items: Array<{ reference: string | null; date: string; carriedForward: boolean }> }) =>
  section.items.map((i) => [i.date, i.reference, i.carriedForward]);

describe('statements from files: two banks against one general ledger', () => {
  it('reconciles each statement against its own ledger account, detected from the statement heading', async () => {
    const dir = await tmp();
    const access = await accessStatementXlsx(dir);
    const out = join(dir, 'march.json');
    const { code, err, out: text } = await run({ bank: [GTBANK_MARCH, access], ledger: GL, out });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain('account GTBank Current 4821');
    expect(text).toContain('account Access Bank 7730');
    const doc = await readDoc(out);
    expect(doc.overview.map((o) => [o.accountName, o.ledgerAccount, o.balanced])).toEqual([
      ['gtbank-march.csv', 'GTBank Current 4821', true],
      ['access-march.xlsx', 'Access Bank 7730', true],
    ]);
    const [gtb, acc] = doc.statements;
    // Each statement sees only its own account's entries: the other bank's and the sales ledger's stay out.
    expect(new Set(gtb!.ledgerEntries.map((e) => e.account))).toEqual(new Set(['GTBank Current 4821']));
    expect(new Set(acc!.ledgerEntries.map((e) => e.account))).toEqual(new Set(['Access Bank 7730']));
    expect(gtb!.statement).toMatchObject({
      balancePerBank: { amount: '1129919.09', source: 'statement-closing' },
      balancePerBooks: { amount: '1179919.09', source: 'ledger-closing' },
      difference: { amountMinor: 0 },
      verified: true,
      balanced: true,
    });
    expect(items(gtb!.statement.depositsInTransit)).toContainEqual(['2024-03-30', 'DEP-0042', false]);
    expect(items(gtb!.statement.unpresentedPayments)).toContainEqual(['2024-03-29', 'CHQ-000123', false]);
    expect(acc!.statement).toMatchObject({
      balancePerBank: { amount: '684900.00' },
      balancePerBooks: { amount: '645000.00', source: 'ledger-closing' },
      unpresentedPayments: { total: '40000.00' },
      debitsNotInBooks: { total: '100.00' },
      balanced: true,
    });

    // The workbook: an overview, then each statement's sheets.
    const xlsx = join(dir, 'march.xlsx');
    expect((await run({ bank: [GTBANK_MARCH, access], ledger: GL, out: xlsx })).code).toBe(0);
    const wb = XLSX.read(await readFile(xlsx), { type: 'buffer' });
    expect(wb.SheetNames.slice(0, 3)).toEqual(['Overview', '1 Summary', '1 Reconciling items']);
    expect(wb.SheetNames).toContain('2 Summary');
  });

  it("shows exactly the entry missing from the books' export when their closing balance disagrees with their entries", async () => {
    const dir = await tmp();
    const gl = join(dir, 'gl-missing-levy.csv');
    const text = await readFile(GL, 'utf8');
    const levy = text.split('\n').find((l) => l.includes('Electronic money transfer levy'))!;
    await writeFile(gl, text.replace(`${levy}\n`, '')); // the running balances still include it
    const out = join(dir, 'march.json');
    const { code } = await run({
      bank: GTBANK_MARCH,
      ledger: gl,
      out,
      ledgerAccount: 'gtbank-march.csv=GTBank Current 4821',
    });
    expect(code).toBe(0);
    const s = (await readDoc(out)).statements[0]!.statement;
    expect(s).toMatchObject({
      balancePerBooks: { amount: '1179919.09', source: 'ledger-closing' },
      difference: { amount: '50.00' },
      verified: true,
      balanced: false,
    });
    expect(s.debitsNotInBooks.items.map((i: { description: string }) => i.description)).toContain(
      'ELECTRONIC MONEY TRANSFER LEVY',
    );
  });

  it('refuses a statement whose ledger account it cannot tell, naming the statement; FILE=CODE settles it', async () => {
    const dir = await tmp();
    const bare = join(dir, 'statement.csv');
    const text = await readFile(GTBANK_MARCH, 'utf8');
    await writeFile(bare, text.replace('Account Number:,******4821\n', ''));
    const out = join(dir, 'r.json');
    const refused = await run({ bank: bare, ledger: GL, out });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /bank statement\.csv: cannot tell which ledger account .* holds GTBank Current 4821, Access Bank 7730, Sales; give --ledger-account statement\.csv=CODE/,
    );
    const unknown = await run({ bank: bare, ledger: GL, out, ledgerAccount: 'statement.csv=9999' });
    expect(unknown.err).toMatch(/--ledger-account 9999 for statement\.csv: the ledger has no such account/);
    const chosen = await run({ bank: bare, ledger: GL, out, ledgerAccount: 'statement.csv=GTBank Current 4821' });
    expect(chosen.code).toBe(0);
    const twice = await run({
      bank: [bare, GTBANK_MARCH],
      ledger: GL,
      out,
      ledgerAccount: 'statement.csv=GTBank Current 4821',
    });
    expect(twice.err).toMatch(/both resolve to ledger account GTBank Current 4821/);
  });
});

describe('statements from files: two consecutive months', () => {
  it('cuts off at the period end and carries outstanding items forward with their original dates', async () => {
    const dir = await tmp();
    const books = join(dir, 'books.csv');
    await copyFile(join(TWO, 'books-march-april.csv'), books);
    const mapping = join(FIX, 'books-mapping.yaml');
    const march = join(dir, 'march.json');
    const m = await run({ bank: GTBANK_MARCH, ledger: books, mapping, out: march, bookBalance: '1179919.09' });
    expect(m.err).toBe('');
    const ms = (await readDoc(march)).statements[0]!.statement;
    expect(ms).toMatchObject({ balancePerBooks: { source: 'stated' }, balanced: true });
    // April's entries are after the period end: not March's items.
    expect(items(ms.depositsInTransit)).toContainEqual(['2024-03-30', 'DEP-0042', false]);
    expect(items(ms.unpresentedPayments)).toContainEqual(['2024-03-29', 'CHQ-000123', false]);
    for (const s of [ms.depositsInTransit, ms.unpresentedPayments])
      for (const i of s.items as Array<{ date: string }>) expect(i.date <= '2024-03-31').toBe(true);

    const april = join(dir, 'april.json');
    const a = await run({
      bank: join(TWO, 'gtbank-april.csv'),
      ledger: books,
      mapping,
      out: april,
      previous: march,
    });
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const as = (await readDoc(april)).statements[0]!.statement;
    expect(as).toMatchObject({
      // 1,179,919.09 at 31 March + 75,000.00 - 12,000.00 booked in April
      balancePerBooks: { amount: '1242919.09', source: 'carried-forward' },
      balancePerBank: { amount: '1174919.09' },
      difference: { amountMinor: 0 },
      balanced: true,
    });
    // The March deposit is still in transit, with its March date; the March cheque was presented on 3 April; the
    // entries cleared in March (INV-1001, PO-5531, the fees) never come back.
    expect(items(as.depositsInTransit)).toContainEqual(['2024-03-30', 'DEP-0042', true]);
    expect(items(as.unpresentedPayments)).toContainEqual(['2024-04-28', 'CHQ-000124', false]);
    expect(items(as.unpresentedPayments).map((i) => i[1])).not.toContain('CHQ-000123');
    const marchOutstanding = [...ms.depositsInTransit.items, ...ms.unpresentedPayments.items].map(
      (i: { reference: string }) => i.reference,
    );
    const refs = (await readDoc(april)).statements[0]!.ledgerEntries.map((e) => e.reference);
    expect(refs).not.toContain('INV-1001');
    expect(refs).not.toContain('PO-5531');
    expect(refs.sort()).toEqual([...marchOutstanding, 'CHQ-000124', 'INV-1003'].sort());

    // A statement that did not balance is not a finished reconciliation: it cannot be carried forward.
    const off = join(dir, 'march-off.json');
    await run({ bank: GTBANK_MARCH, ledger: books, mapping, out: off, bookBalance: '1179000.00' });
    const refused = await run({
      bank: join(TWO, 'gtbank-april.csv'),
      ledger: books,
      mapping,
      out: april,
      previous: off,
    });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not a finished reconciliation .*difference/);
  });
});
