import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFiles } from '../support/file-reconcile.js';
import { validateReportDocument } from './report-schema.js';

// `reconcile --previous march.json` carried March's outstanding lines and entries into April but not its matched
// groups' residuals and write-offs, which the web's statement carries: the books lack them until someone posts them,
// so April, carried forward from a balanced March, was off by them. Both read a finished statement one way
// (adapters/reports/carry-forward.ts).

const FIX = fileURLToPath(new URL('./fixtures/', import.meta.url));
const MAPPING = join(FIX, 'books-mapping.yaml');
const APRIL_BANK = join(FIX, 'two-banks', 'gtbank-april.csv');
// The books recorded the Officemart payment at ₦119,990.00; the bank paid ₦120,000.00: a ₦10.00 residual in March.
const PAYMENT = '2024-03-05,PO-5531,Payment PO-5531,Officemart Ltd,';

const run = runFiles;

type Section = { items: Array<{ side: string; description: string; signedAmountMinor: number }> };
type Statement = {
  debitsNotInBooks: Section;
  unpresentedPayments: Section;
  balancePerBooks: { amount: string; source: string };
  difference: { amountMinor: number };
  balanced: boolean;
};

async function statementOf(path: string): Promise<Statement> {
  const doc = JSON.parse(await readFile(path, 'utf8')) as unknown;
  validateReportDocument(doc);
  return (doc as { statements: Array<{ statement: Statement }> }).statements[0]!.statement;
}

/** March balanced with its ₦10.00 residual, and the books (with `april` added) for April. */
async function march(april = '') {
  const dir = await mkdtemp(join(tmpdir(), 'bankfeed-previous-residuals-'));
  const books = join(dir, 'books.csv');
  const text = await readFile(join(FIX, 'two-banks', 'books-march-april.csv'), 'utf8');
  expect(text).toContain(`${PAYMENT}-120000.00`);
  await writeFile(books, text.replace(`${PAYMENT}-120000.00`, `${PAYMENT}-119990.00`) + april);
  const out = join(dir, 'march.json');
  const m = await run({
    bank: join(FIX, 'gtbank-march.csv'),
    ledger: books,
    mapping: MAPPING,
    out,
    bookBalance: '1179929.09',
  });
  expect(m.err).toBe('');
  const s = await statementOf(out);
  expect(s.balanced).toBe(true);
  expect(s.debitsNotInBooks.items).toEqual([
    expect.objectContaining({ side: 'match-residual', signedAmountMinor: -1000 }),
  ]);
  return { dir, books, previous: out };
}

describe('reconcile --previous: a finished month carries its residuals and write-offs', () => {
  it('lists the residual in April, carried forward, and April balances', async () => {
    const { dir, books, previous } = await march();
    const out = join(dir, 'april.json');
    const a = await run({ bank: APRIL_BANK, ledger: books, mapping: MAPPING, out, previous });
    expect(a.err).toBe('');
    expect(a.code).toBe(0);
    const s = await statementOf(out);
    expect(s).toMatchObject({
      // 1,179,929.09 at 31 March + 75,000.00 - 12,000.00 booked in April
      balancePerBooks: { amount: '1242929.09', source: 'carried-forward' },
      difference: { amountMinor: 0 },
      balanced: true,
    });
    expect(s.debitsNotInBooks.items).toEqual([
      expect.objectContaining({ side: 'match-residual', signedAmountMinor: -1000, carriedForward: true }),
    ]);
  });

  it('drops it once the books post it: the posting and the residual cancel, neither listed', async () => {
    const { dir, books, previous } = await march('2024-04-05,JNL-0405,Bank charge on PO-5531,GTBank,-10.00\n');
    const out = join(dir, 'april.json');
    const a = await run({ bank: APRIL_BANK, ledger: books, mapping: MAPPING, out, previous });
    expect(a.err).toBe('');
    const s = await statementOf(out);
    expect(s).toMatchObject({
      balancePerBooks: { amount: '1242919.09' },
      difference: { amountMinor: 0 },
      balanced: true,
    });
    expect(s.debitsNotInBooks.items).toEqual([]);
    expect(s.unpresentedPayments.items.map((i) => i.description)).not.toContain('Bank charge on PO-5531');
  });
});
