import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestExport } from '../../adapters/ledger/folder-adapter.js';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';

// Review of session 31's folder of whole-books exports (adapters/ledger/folder-adapter.ts). Only defects: each test
// failed on the code as reviewed and passes since its fix.

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'bankfeed-review-s31-'));
  await mkdir(join(base, 'exports'));
});
afterEach(async () => rm(base, { recursive: true, force: true }));

// Sage's detailed ledger, whose running balance is the books' own
const sage = (...rows: string[]) =>
  `Account,Date,Type,Reference,Contact,Description,Debit,Credit,Balance\n${rows.join('\n')}\n`;
const NOV = '1010,2026-11-03,Customer Receipt,INV-7,Dangote,Receipt Dangote,"2,500.00",,"2,500.00"';
const LATE = '1010,2026-11-28,Bank Payment,PV-31,Tema Haulage,Haulage November,,"1,000.00","1,500.00"';

describe('review s31: a folder holding the whole books', () => {
  it('reads the latest export when the accountant names exports by a day-first date', async () => {
    // Saw: a Lagos accountant saves the general ledger as "GL 15-11-2026.csv", then "GL 02-12-2026.csv" (dates
    // written day first, as Nigeria, Ghana, Kenya and South Africa write them). By name "GL 15-…" sorts after
    // "GL 02-…", so newestExport keeps reading the November export for good: the December export, with the payment
    // the books took on 28 November, is never read, and its balance is never the books' balance. "Nov 2026" after
    // "Oct 2026" fails the same way ("Oct" sorts after "Nov"), and a re-download Chrome numbers into a slot the
    // accountant freed ("GL (1).csv" beside "GL (2).csv") too.
    // Where: adapters/ledger/folder-adapter.ts newestExport / newestOrder (the newest is the last name in code-point
    // order, whatever the name says of its date).
    // Why it matters: the docs promise only the newest file counts and an older export dropped in late changes
    // nothing; here the newer export changes nothing. The books' payment is never pulled, the statement lists the
    // bank's line as not in the books, and the stated book balance is the stale export's.
    const exports = join(base, 'exports');
    await writeFile(join(exports, 'GL 15-11-2026.csv'), sage(NOV));
    await writeFile(join(exports, 'GL 02-12-2026.csv'), sage(NOV, LATE));
    const adapter = createLedgerAdapter(
      { id: 'saved', kind: 'folder', path: 'exports', currency: 'NGN', holds: 'whole-books' },
      { baseDir: base },
    );
    const pulled = await adapter.pullOpenEntries({
      period: { from: '2026-11-01', to: '2026-12-31' },
      ledgerAccount: '1010',
    });
    expect(pulled.entries.map((e) => e.reference)).toEqual(['INV-7', 'PV-31']);
    expect(await adapter.bookBalance!({ ledgerAccount: '1010', asOf: '2026-11-30' })).toMatchObject({
      balanceMinor: 150_000,
    });
  });

  it('takes Firefox’s re-download of an export as newer than the file it repeats', () => {
    // Saw: Firefox names a second download of "general-ledger.csv" "general-ledger(1).csv" (no space before the
    // bracket: DownloadPaths.createNiceUniqueFile writes base + "(" + i + ")" + ext). newestOrder only knows Chrome's
    // "name (1).ext", and by name "(" sorts before ".", so the first download stays the newest and every later
    // re-download from Firefox is ignored.
    // Where: adapters/ledger/folder-adapter.ts newestOrder (the copy-number pattern requires " (").
    // Why it matters: docs/ledger-files.md promises "a browser's re-download after the file it repeats"; an
    // accountant re-exporting the books from Firefox into the same folder never has the new export read.
    expect(newestExport(['general-ledger.csv', 'general-ledger(1).csv'])).toBe('general-ledger(1).csv');
    expect(newestExport(['general-ledger.csv', 'general-ledger(1).csv', 'general-ledger(2).csv'])).toBe(
      'general-ledger(2).csv',
    );
  });
});
