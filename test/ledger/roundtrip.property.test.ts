import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { formatMoney } from '../../domain/money.js';

// Statements written the way banks write them (thousands separators, decimal commas, quoting, separate debit and
// credit columns) must read back to exactly the minor units and dates they were written from.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const line = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  amountMinor: fc.integer({ min: -50_000_000_000, max: 50_000_000_000 }).filter((n) => n !== 0),
  narration: fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,"/.-]{0,30}[A-Za-z0-9]$/)
    .filter(
      (s) => !/^(total|opening|closing|balance|brought|carried|end of|b\/f|c\/f|net movement|net change)/i.test(s),
    ),
});

const grouped = (minor: number) => formatMoney({ minor: Math.abs(minor), currency: 'NGN' }, { symbol: false });
const commaStyle = (s: string) => s.replace(/,/g, ' ').replace('.', ',');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-prop-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('statement round trip', () => {
  it('Nigerian layout: DD-MMM-YYYY, separate debit/credit with thousands commas, running balance', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), async (raw) => {
        const lines = [...raw].sort((a, b) => a.month - b.month || a.day - b.day);
        let balance = 0;
        const rows = lines.map((l) => {
          balance += l.amountMinor;
          return [
            `${String(l.day).padStart(2, '0')}-${MONTHS[l.month - 1]}-2024`,
            l.narration,
            l.amountMinor < 0 ? grouped(l.amountMinor) : '',
            l.amountMinor > 0 ? grouped(l.amountMinor) : '',
            `${balance < 0 ? '-' : ''}${grouped(balance)}`,
          ];
        });
        const path = join(dir, `ng-${n++}.csv`);
        await writeFile(path, stringify([['Trans Date', 'Narration', 'Debit', 'Credit', 'Balance'], ...rows]));
        const st = await readBankStatementFile(path);
        expect(st.lines.map((l) => [l.date, l.amountMinor, l.narration])).toEqual(
          lines.map((l) => [
            `2024-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`,
            l.amountMinor,
            l.narration,
          ]),
        );
        expect(st.closingBalanceMinor).toBe(balance);
      }),
      { numRuns: 30 },
    );
  });

  it('South African layout: semicolons, DD/MM/YYYY, signed amounts with decimal commas and space thousands', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), async (raw) => {
        const lines = [...raw].sort((a, b) => a.month - b.month || a.day - b.day);
        let balance = 0;
        const rows = lines.map((l) => {
          balance += l.amountMinor;
          return [
            `${String(l.day).padStart(2, '0')}/${String(l.month).padStart(2, '0')}/2024`,
            `${l.amountMinor < 0 ? '-' : ''}${commaStyle(grouped(l.amountMinor))}`,
            `${balance < 0 ? '-' : ''}${commaStyle(grouped(balance))}`,
            l.narration,
          ];
        });
        const path = join(dir, `za-${n++}.csv`);
        await writeFile(path, stringify([['Date', 'Amount', 'Balance', 'Description'], ...rows], { delimiter: ';' }));
        const st = await readBankStatementFile(path);
        expect(st.preset).toBe('za-fnb');
        expect(st.lines.map((l) => [l.date, l.amountMinor, l.narration])).toEqual(
          lines.map((l) => [
            `2024-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`,
            l.amountMinor,
            l.narration,
          ]),
        );
      }),
      { numRuns: 30 },
    );
  });
});
