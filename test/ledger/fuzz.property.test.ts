import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import { TEXT_FIXTURES, writeStatementXlsx } from '../fixtures/ledger/make-corpus.js';

// Whatever a file holds, a reader either returns a result or throws LedgerFileError: never a TypeError, a RangeError
// from deep inside a library, or a hang.

let dir: string;
let xlsx: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-fuzz-'));
  await writeStatementXlsx(join(dir, 'base.xlsx'));
  xlsx = await readFile(join(dir, 'base.xlsx'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function onlyLedgerFileErrors(read: () => Promise<unknown>): Promise<void> {
  try {
    await read();
  } catch (err) {
    if (!(err instanceof LedgerFileError)) throw err;
  }
}

const fixtureTexts = Object.values(TEXT_FIXTURES).filter((t) => t.length > 0);

describe('fuzzed files', () => {
  it('mutated CSV fixtures', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fixtureTexts),
        fc.array(
          fc.record({
            at: fc.nat(),
            text: fc.string({
              unit: fc.constantFrom(',', ';', '"', '\n', '\r', '-', '(', ')', '.', '1', '3', '/', 'a', ' ', '₦', '\t'),
              maxLength: 4,
            }),
          }),
          { maxLength: 6 },
        ),
        async (base, edits) => {
          let text = base;
          for (const e of edits) {
            const i = e.at % (text.length + 1);
            text = text.slice(0, i) + e.text + text.slice(i + 1);
          }
          const path = join(dir, `m${n++}.csv`);
          await writeFile(path, text);
          await onlyLedgerFileErrors(() => readLedgerFile(path, { currency: 'NGN' }));
          await onlyLedgerFileErrors(() => readBankStatementFile(path));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('corrupted XLSX bytes', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: xlsx.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const buf = Buffer.from(xlsx);
          for (const f of flips) buf[f.at] = f.byte;
          const path = join(dir, `c${n++}.xlsx`);
          await writeFile(path, buf);
          await onlyLedgerFileErrors(() => readBankStatementFile(path));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('truncated XLSX files', async () => {
    for (const cut of [10, 100, 1000, Math.floor(xlsx.length / 2), xlsx.length - 30, xlsx.length - 1]) {
      const path = join(dir, `t${cut}.xlsx`);
      await writeFile(path, xlsx.subarray(0, cut));
      const err = await readBankStatementFile(path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LedgerFileError);
    }
  });
});
