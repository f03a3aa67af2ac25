import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { runFiles } from '../support/file-reconcile.js';
import type { FileReconcileOptions } from '../../worker/commands/reconcile-files.js';
import { requireComponent } from '../support/components.js';
import { hledgerAvailable, startHledgerWeb, type RunningHledgerWeb } from '../hledger/hledger-web-server.js';

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));
const BANK = join(FIX, 'gtbank-march.csv');
const BOOKS = join(FIX, 'books-march.csv');
const MAPPING = join(FIX, 'books-mapping.yaml');
const RULES = join(FIX, 'rules.yaml');
const tmp = () => mkdtemp(join(tmpdir(), 'bankfeed-reconcile-files-'));

const run = runFiles;

function summaryOf(wb: XLSX.WorkBook): Map<unknown, unknown[]> {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Summary!, { header: 1, defval: null });
  return new Map(rows.map((r) => [r[0], r]));
}

describe('bankfeed reconcile on files', () => {
  it('reconciles a GTBank statement against a ledger CSV with a mapping and rules, and writes the XLSX report', async () => {
    const dir = await tmp();
    const out = join(dir, 'march.xlsx');
    const { code, out: text, err } = await run({ bank: BANK, ledger: BOOKS, mapping: MAPPING, rules: RULES, out });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toContain('gtbank-march.csv (ng-bank-statement, 6 lines), 2024-03-01 to 2024-03-31');
    expect(text).toContain('1 after the period left out');
    // No book balance in the books' export: the derived one is labelled, and the difference is not verified.
    expect(text).toMatch(
      /adjusted bank balance ₦1,179,919\.09, adjusted book balance ₦1,179,919\.09: difference ₦0\.00 NOT VERIFIED/,
    );

    const wb = XLSX.read(await readFile(out), { type: 'buffer' });
    const s = summaryOf(wb);
    expect(s.get('Balance per bank statement')![2]).toBe(1129919.09); // the statement's closing balance
    expect(s.get('Add: deposits in transit')!.slice(1, 3)).toEqual([1, 80000]);
    expect(s.get('Less: unpresented payments')!.slice(1, 3)).toEqual([1, -30000]);
    // opening 1,000,000.00 + entries to 31 March, and the statement says so itself
    expect(s.get('Balance per books')!.slice(2)).toEqual([
      1179000.5,
      "NOT VERIFIED: books assumed to open at the bank's opening balance",
    ]);
    expect(s.get('Less: debits on the statement not in the books')!.slice(1, 4)).toEqual([
      2,
      -103.75,
      // each rule by its name, not its configuration id
      'by rule “NIP transfer fee ₦53.75 (VAT inclusive)” (1), by rule “Electronic money transfer levy: ₦50 on receipts of ₦10,000 or more” (1)',
    ]);
    expect(s.get('Difference')!.slice(2)).toEqual([0, 'NOT VERIFIED (the balance per books is derived)']);
    expect(s.get('Note')![3]).toMatch(/^Books assumed to open at the bank's opening balance/);

    const matched = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Matched!);
    const acme = matched.find((m) => m['Narration'] === 'NIP FRM ACME LTD INV-1001')!;
    expect(acme).toMatchObject({
      'Ledger description': 'Receipt INV-1001',
      'Bank amount': 250000.5,
      'Ledger amount': 250000.5,
      Difference: 0,
    });
    const unmatchedBank = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Unmatched bank']!);
    expect(unmatchedBank.map((r) => r['Narration'])).toContain(`'=HYPERLINK("http://evil.example","x") BETA CO`);
    const audit = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Audit trail']!);
    expect(audit.map((a) => a['Action'])).toEqual(['read', 'read', 'balance', 'reconcile']);
    expect(await readdir(dir)).toEqual(['march.xlsx']);
  });

  it('flags a stated book balance that does not agree, in the summary and the JSON report', async () => {
    const dir = await tmp();
    const out = join(dir, 'march.json');
    const { code, out: text } = await run({
      bank: BANK,
      ledger: BOOKS,
      mapping: MAPPING,
      out,
      bookBalance: '1179100.50',
    });
    expect(code).toBe(0);
    expect(text).toContain('NOT BALANCED, difference -₦100.00');
    // The summary says where the balances came from in words; the JSON keeps the codes.
    expect(text).toContain("balance per bank ₦1,129,919.09 (the statement's closing balance), per books");
    expect(text).toContain('₦1,179,100.50 (as entered)');
    const doc = JSON.parse(await readFile(out, 'utf8'));
    expect(doc.statements[0].statement).toMatchObject({
      balancePerBooks: { amount: '1179100.50', source: 'stated' },
      difference: { amount: '-100.00', amountMinor: -10_000 },
      verified: true,
      balanced: false,
    });
  });

  it('takes canonical JSON arrays for both sides', async () => {
    const dir = await tmp();
    const bank = join(dir, 'bank.json');
    const ledger = join(dir, 'ledger.json');
    await writeFile(
      bank,
      JSON.stringify([
        {
          id: 'b1',
          date: '2024-05-02',
          amount: '5000.00',
          currency: 'GHS',
          narration: 'MOMO FROM KOFI INV-77',
          balance: '15000.00',
        },
        { id: 'b2', date: '2024-05-03', amount: '-12.50', currency: 'GHS', narration: 'E-LEVY', balance: '14987.50' },
      ]),
    );
    await writeFile(
      ledger,
      JSON.stringify({
        ledger: [
          { id: 'l1', date: '2024-05-01', amount: '5000.00', currency: 'GHS', reference: 'INV-77', party: 'Kofi' },
        ],
      }),
    );
    const out = join(dir, 'may.csv');
    const { code, err } = await run({ bank, ledger, out });
    expect(err).toBe('');
    expect(code).toBe(0);
    const summary = await readFile(out, 'utf8');
    expect(summary).toContain('Balance per bank statement,,14987.50,');
    expect(summary).toContain('Balance per books,,15000.00,NOT VERIFIED'); // opening 10,000.00 + the one entry
    expect(summary).toContain('Difference,,0.00,NOT VERIFIED (the balance per books is derived)');
    expect(await readFile(join(dir, 'may.matched.csv'), 'utf8')).toContain(
      '2024-05-02,b1,MOMO FROM KOFI INV-77,5000.00,2024-05-01,INV-77,',
    );
  });

  it('answers 2 with the file, row and column for a bad statement row, and writes nothing', async () => {
    const dir = await tmp();
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, (await readFile(BANK, 'utf8')).replace('"120,000.00"', '"12O,000.00"'));
    const { code, err } = await run({ bank: bad, ledger: BOOKS, mapping: MAPPING, out: join(dir, 'r.xlsx') });
    expect(code).toBe(2);
    expect(err).toMatch(/bad\.csv, row 13, column "Debits": .*12O,000\.00/);
    expect(await readdir(dir)).toEqual(['bad.csv']);
  });

  it('answers 2 for bad rules, a bad mapping, a missing file, an unknown extension and a URL without an account', async () => {
    const dir = await tmp();
    const rules = join(dir, 'rules.json');
    await writeFile(rules, JSON.stringify([{ id: 'x', when: { direction: 'sideways' }, then: { category: 'y' } }]));
    const mapping = join(dir, 'mapping.json');
    await writeFile(mapping, JSON.stringify({ date: 'Posted', amount: 'Value', moneyIn: 'In' }));
    const cases: Array<[Partial<FileReconcileOptions>, RegExp]> = [
      [{ rules }, /rules\[0\] \(id "x"\) field when\.direction/],
      [{ mapping }, /mapping .*mapping\.json: .*either "amount" or "moneyIn"\/"moneyOut"/],
      [{ bank: join(dir, 'nope.csv') }, /nope\.csv/],
      [{ out: join(dir, 'r.pdf') }, /must end in .xlsx, .csv or .json/],
      [
        { ledger: 'http://127.0.0.1:9/' },
        /name the bank account, e\.g\. \?account=Assets:Bank:GTBank or --ledger-account/,
      ],
      [{ currency: 'XYZ' }, /--currency: unknown currency "XYZ"/],
    ];
    for (const [over, message] of cases) {
      const { code, err } = await run({
        bank: BANK,
        ledger: BOOKS,
        mapping: MAPPING,
        out: join(dir, 'r.xlsx'),
        ...over,
      });
      expect(code, String(message)).toBe(2);
      expect(err).toMatch(message);
    }
    expect((await readdir(dir)).sort()).toEqual(['mapping.json', 'rules.json']);
  });
});

const hledger = await requireComponent('hledger', hledgerAvailable, 'hledger and hledger-web (Debian packages)');

describe.runIf(hledger)('bankfeed reconcile against hledger-web', () => {
  let server: RunningHledgerWeb | null = null;
  afterAll(async () => server?.stop());

  it('pulls the open postings of the bank account and reconciles the statement against them', async () => {
    server = await startHledgerWeb(`2024-02-29 * Opening
    Assets:Bank:GTBank        ₦1,000,000.00
    Equity:Opening

2024-03-04 (INV-1001) Acme Ltd | Receipt INV-1001
    Assets:Bank:GTBank        ₦250,000.50
    Income:Sales

2024-03-05 (PO-5531) Officemart Ltd | Payment PO-5531
    Expenses:Supplies         ₦120,000.00
    Assets:Bank:GTBank

2024-03-29 Gamma Ltd | Cheque 000123
    Expenses:Rent             ₦30,000.00
    Assets:Bank:GTBank
`);
    const dir = await tmp();
    const out = join(dir, 'march.csv');
    const {
      code,
      out: text,
      err,
    } = await run({ bank: BANK, ledger: `${server.url}/?account=Assets:Bank:GTBank`, out });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(text).toMatch(/ledger: hledger-web 127\.0\.0\.1:\d+ Assets:Bank:GTBank \(3 open postings\)/);
    expect(text).toContain('difference not known'); // open postings alone do not give the book balance
    const matched = await readFile(join(dir, 'march.matched.csv'), 'utf8');
    expect(matched).toMatch(
      /NIP FRM ACME LTD INV-1001,250000\.50,2024-03-04,[^,]*,Receipt INV-1001,250000\.50,.*,2\.0\.[0-9a-f]{8}\r?$/m,
    );
    expect(await readFile(join(dir, 'march.unmatched-ledger.csv'), 'utf8')).toContain(
      'Cheque 000123,Gamma Ltd,Assets:Bank:GTBank,-30000.00',
    );
  });
});
