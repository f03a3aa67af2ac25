/**
 * Review s30c of a file source's complete pull (adapters/ledger/folder-adapter.ts, the newest export winning over
 * older ones for the dates it covers, and adapters/ledger/file-adapter.ts) as db/ledger-sync-repository.ts takes it.
 * Each test is a defect found in review, named by what the product should do; each fails on the code as reviewed,
 * for the reason in its comment. The pull is synced as activities/reconcile-activities.ts pullLedger does.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { confirmMatchOn } from './held-matches.js';

const JAN = { from: '2024-01-01', to: '2024-01-31' };
const HEADER = 'Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit';
const line = (date: string, jnl: string, desc: string, ref: string, debit: string, credit: string) =>
  `${date},${jnl},1010,Bank - GTBank,${desc},${ref},${debit},${credit}`;
const csv = (...lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;

let base: string;
let h: TestDb;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'bankfeed-review-s30c-'));
  await mkdir(join(base, 'inbox'));
  h = await openSqliteTestDb();
});
afterEach(async () => {
  await h.dispose();
  await rm(base, { recursive: true, force: true });
});

/** One pull of the binding (source, ledger account) synced, its cursor kept, as pullLedger does. */
function binding(adapter: LedgerAdapter, ledgerAccount = '1010') {
  let cursor: string | null | undefined;
  return async () => {
    const pulled = await adapter.pullOpenEntries({ ledgerAccount, period: JAN, cursor });
    cursor = pulled.cursor;
    return syncLedgerEntries(h.db, {
      sourceId: 'books',
      label: `${adapter.kind}:${ledgerAccount}`,
      entries: pulled.entries,
      closed: pulled.closed,
      complete: pulled.complete ?? null,
    });
  };
}
const open = async () =>
  (
    await h.db
      .selectFrom('ledger_entries')
      .select(['entry_date', 'amount_minor', 'reference'])
      .where('status', '=', 'open')
      .orderBy('entry_date')
      .orderBy('reference')
      .execute()
  ).map((r) => [r.entry_date, Number(r.amount_minor), r.reference]);

describe('review s30c: a folder of exports', () => {
  const folder = (holds?: 'whole-books') =>
    createLedgerAdapter({ id: 'drop', kind: 'folder', path: 'inbox', currency: 'NGN', holds }, { baseDir: base });

  // A folder holding new entries (the default) accumulates and closes nothing, so a weekly drop keeps last week's
  // entries (below); a folder declared to hold the whole books each time (`holds: whole-books`) reads its newest
  // export as the books.
  it('keeps the newest export’s entries when an older export is dropped in after it', async () => {
    // Saw: gl-2024-01-20.csv (the books as exported on 20 January: 3, 8 and 15 January) pulled and stored. The
    // accountant then drops in gl-2024-01-10.csv, the export of 10 January found late: it predates the cheque booked
    // back to 8 January and still has a 9 January deposit deleted from the books since. The folder adapter
    // (adapters/ledger/folder-adapter.ts) reads only files not returned before, so the older export is the only,
    // hence "newest", file of the pull: it returns complete over its span (3–9 January), and
    // db/ledger-sync-repository.ts closes the 8 January cheque as gone and stores the deleted deposit as open. The
    // newest export (last by name, as docs/ledger-files.md says) should win: the cheque open, the deposit not.
    await writeFile(
      join(base, 'inbox', 'gl-2024-01-20.csv'),
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-08', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1250.50'),
        line('2024-01-15', 'JNL-003', 'Receipt Zenith Foods', 'INV-9', '900.00', ''),
      ),
    );
    const pull = binding(folder('whole-books'));
    await pull();
    expect(await open()).toHaveLength(3);

    await writeFile(
      join(base, 'inbox', 'gl-2024-01-10.csv'),
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-09', 'JNL-000', 'Receipt Zenith Foods deposit', 'REC-3', '400.00', ''),
      ),
    );
    await pull();
    expect(await open()).toEqual([
      ['2024-01-03', 250_000, 'INV-7'],
      ['2024-01-08', -125_050, 'CHQ-451'],
      ['2024-01-15', 90_000, 'INV-9'],
    ]);
  });

  it('takes a re-downloaded export over the first download of the same name', async () => {
    // Saw: the accountant saves the books' export twice into the drop folder; the browser names the second download
    // "general-ledger (1).csv" (the cheque corrected from 1,250.50 to 1,205.50). The folder adapter's "newest" is the
    // last name in code-point order, and "general-ledger.csv" sorts after "general-ledger (1).csv" (a space before a
    // full stop), so the first pull drops the corrected export's rows for the dates the older one covers and stores
    // the stale 1,250.50 cheque, not the books' 1,205.50.
    await writeFile(
      join(base, 'inbox', 'general-ledger.csv'),
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-08', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1250.50'),
      ),
    );
    await writeFile(
      join(base, 'inbox', 'general-ledger (1).csv'),
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-08', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1205.50'),
      ),
    );
    await binding(folder('whole-books'))();
    expect(await open()).toEqual([
      ['2024-01-03', 250_000, 'INV-7'],
      ['2024-01-08', -120_550, 'CHQ-451'],
    ]);
  });

  it('keeps a week’s entries when the next week’s export carries a back-dated entry', async () => {
    // Saw: a drop folder of weekly exports (gl-week1.csv, gl-week2.csv: the entries posted that week, as
    // test/ledger/folder-adapter.test.ts drives a folder). Week 2's export carries an adjustment back-dated to
    // 4 January. The folder adapter now takes the last file's first and last dates (4–10 January) as a span the books
    // are complete over: week 1's cheque of 5 January, which week 2 (rightly) does not list, is closed as gone, and
    // the statement loses an unpresented cheque. Before f0bccae a folder accumulated
    // exports and closed nothing; a file is complete only for the dates it lists, not for every date between.
    await writeFile(
      join(base, 'inbox', 'gl-week1.csv'),
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-05', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1250.50'),
      ),
    );
    const pull = binding(folder());
    await pull();
    await writeFile(
      join(base, 'inbox', 'gl-week2.csv'),
      csv(
        line('2024-01-04', 'JNL-010', 'Adjustment bank charges December', 'ADJ-1', '', '15.00'),
        line('2024-01-10', 'JNL-011', 'Receipt Zenith Foods', 'INV-9', '900.00', ''),
      ),
    );
    await pull();
    expect(await open()).toEqual([
      ['2024-01-03', 250_000, 'INV-7'],
      ['2024-01-04', -1_500, 'ADJ-1'],
      ['2024-01-05', -125_050, 'CHQ-451'],
      ['2024-01-10', 90_000, 'INV-9'],
    ]);
  });
});

describe('review s30c: a csv export bound by its account’s name', () => {
  it('closes or re-keys a corrected row when the binding names the ledger account rather than its code', async () => {
    // Saw: a csv source bound to "Bank - GTBank" (selectEntries in adapters/ledger/file-adapter.ts takes an account's
    // name as well as its code, as test/ledger/folder-adapter.test.ts binds an XLSX). The accountant corrects the
    // cheque's amount (1,250.50 → 1,205.50) and re-exports. The pull is complete over 3–8 January for ledgerAccount
    // "Bank - GTBank", but db/ledger-sync-repository.ts looks for gone rows with ledger_account = "Bank - GTBank"
    // while the rows were stored under the code "1010": nothing is gone, nothing re-stated, and both the old
    // 1,250.50 and the new 1,205.50 cheque stay open (the books counted twice on the statement). With the binding
    // "1010" the same re-export re-keys the row.
    const file = join(base, 'gl.csv');
    const adapter = createLedgerAdapter({ id: 'gl', kind: 'csv', path: 'gl.csv', currency: 'NGN' }, { baseDir: base });
    const pull = binding(adapter, 'Bank - GTBank');
    await writeFile(
      file,
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-08', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1250.50'),
      ),
    );
    await pull();
    await writeFile(
      file,
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-08', 'JNL-002', 'Cheque 000451 Ikeja Electric', 'CHQ-451', '', '1205.50'),
      ),
    );
    await pull();
    expect(await open()).toEqual([
      ['2024-01-03', 250_000, 'INV-7'],
      ['2024-01-08', -120_550, 'CHQ-451'],
    ]);
  });
});

describe('review s30c: a cash book export with no account column', () => {
  it('closes or re-keys a corrected row of an export that has no account column', async () => {
    // Saw: a bank account's cash book exported with no account column (each row is the bound account, as
    // selectEntries in adapters/ledger/file-adapter.ts takes it), bound to "1010". The accountant corrects the
    // cheque's amount (1,250.50 → 1,205.50) and re-exports. The pull is complete over 3–8 January for ledger account
    // "1010", but the rows were stored with ledger_account null, and db/ledger-sync-repository.ts looks for gone rows
    // with ledger_account = "1010": nothing is gone or re-stated, and the old and the corrected cheque both stay open.
    const file = join(base, 'cashbook.csv');
    const adapter = createLedgerAdapter(
      { id: 'cb', kind: 'csv', path: 'cashbook.csv', currency: 'NGN', dateOrder: 'MDY' },
      { baseDir: base },
    );
    const pull = binding(adapter, '1010');
    // (QuickBooks' 4-column bank upload: Credit is money in)
    const cashbook = (cheque: string) =>
      `Date,Description,Credit,Debit\n01/03/2024,Receipt Dangote INV-7,2500.00,\n01/08/2024,Cheque 000451 Ikeja Electric,,${cheque}\n`;
    await writeFile(file, cashbook('1250.50'));
    await pull();
    await writeFile(file, cashbook('1205.50'));
    await pull();
    expect(await open()).toEqual([
      ['2024-01-03', 250_000, null],
      ['2024-01-08', -120_550, null],
    ]);
  });
});

describe('review s30c: a row re-dated into the next period', () => {
  it('keeps a matched journal re-dated past the period end as the same entry, not a second one', async () => {
    // Saw: a csv export lists JNL-10 (a 245.00 bank charge) on 31 January, matched (held) to the bank's debit in
    // January's reconciliation. The accountant re-dates the journal to 2 February (the pairing test/db/
    // restated-entries.test.ts itself describes) and re-exports. January's pull does nothing to the 31 January row:
    // file-adapter.ts takes the span from the entries selectEntries kept for the period, so it ends at 3 January (the
    // period's last row now), though the export plainly runs past January (it lists 9 February). February's pull then
    // lists the 2 February row under its new id; its span (2–9 February) does not reach the stored row of
    // 31 January, so pairRestated never sees it and the row is inserted as a new open entry: the same charge held as
    // settled in January and outstanding in February (two open rows for JNL-10, 31 January and 2 February).
    const file = join(base, 'gl.csv');
    const adapter = createLedgerAdapter({ id: 'gl', kind: 'csv', path: 'gl.csv', currency: 'NGN' }, { baseDir: base });
    const pullFor = async (period: { from: string; to: string }) => {
      const pulled = await adapter.pullOpenEntries({ ledgerAccount: '1010', period });
      return syncLedgerEntries(h.db, {
        sourceId: 'books',
        label: 'csv:1010',
        entries: pulled.entries,
        complete: pulled.complete ?? null,
      });
    };
    const FEB = { from: '2024-02-01', to: '2024-02-29' };
    await writeFile(
      file,
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-01-31', 'JNL-010', 'Bank charges January', 'JNL-10', '', '245.00'),
        line('2024-02-09', 'JNL-011', 'Receipt Zenith Foods', 'INV-9', '900.00', ''),
      ),
    );
    await pullFor(JAN);
    const charge = await h.db
      .selectFrom('ledger_entries')
      .select('external_id')
      .where('reference', '=', 'JNL-10')
      .executeTakeFirstOrThrow();
    await confirmMatchOn(h.db, [charge.external_id]);

    await writeFile(
      file,
      csv(
        line('2024-01-03', 'JNL-001', 'Receipt Dangote', 'INV-7', '2500.00', ''),
        line('2024-02-02', 'JNL-010', 'Bank charges January', 'JNL-10', '', '245.00'),
        line('2024-02-09', 'JNL-011', 'Receipt Zenith Foods', 'INV-9', '900.00', ''),
      ),
    );
    // Fixed: a file source's pull reads the whole export, so January's pull already finds the journal re-dated
    // (re-keyed, its new date taken as the books' change of a matched entry)
    expect(await pullFor(JAN)).toMatchObject({ restated: 1, amended: 1 });
    await pullFor(FEB);
    const rows = await h.db
      .selectFrom('ledger_entries')
      .select(['entry_date', 'status'])
      .where('reference', '=', 'JNL-10')
      .where('status', '=', 'open')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
