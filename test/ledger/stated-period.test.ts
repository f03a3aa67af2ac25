import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import { statedPeriod } from '../../adapters/ledger/stated-period.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

describe('the period an export’s heading states', () => {
  it.each([
    [
      ['Account Transactions', 'Demo Company', 'For the period 1 January 2024 to 31 January 2024'],
      '2024-01-01',
      '2024-01-31',
    ],
    [['Detailed Ledger Transactions', 'From: 01/10/2026 To: 30/11/2026'], '2026-10-01', '2026-11-30'],
    [['General Ledger', 'October 1 - November 30, 2026'], '2026-10-01', '2026-11-30'],
    [['Acme Kenya Ltd', 'General Ledger', 'January 1-31, 2024'], '2024-01-01', '2024-01-31'],
    [['Acme Kenya Ltd', 'General Ledger', 'February 2024'], '2024-02-01', '2024-02-29'],
    [['Period: 2026-10-01 - 2026-10-31'], '2026-10-01', '2026-10-31'],
    [['Statement 01-Oct-2026 to 31-Oct-2026'], '2026-10-01', '2026-10-31'],
  ])('reads %j', (lines, from, to) => {
    expect(statedPeriod(lines, 'DMY')).toEqual({ from, to });
  });

  it.each([
    [['Printed on 02/12/2026 at 14:35']],
    [['Bank - GTBank 2024']],
    [['Klipfontein Trading (Pty) Ltd']],
    // backwards: a heading read wrongly would close entries the export does not list
    [['From 30/11/2026 to 01/10/2026']],
  ])('takes nothing from %j', (lines) => {
    expect(statedPeriod(lines, 'DMY')).toBeNull();
  });

  it('reads a numeric date in the file’s own order, and none that reads two ways when the rows settle no order', () => {
    expect(statedPeriod(['From 10/01/2024 to 10/31/2024'], 'MDY')).toEqual({ from: '2024-10-01', to: '2024-10-31' });
    expect(statedPeriod(['From 01/10/2026 to 30/11/2026'], null)).toBeNull();
    expect(statedPeriod(['From 13/10/2026 to 30/11/2026'], null)).toEqual({ from: '2026-10-13', to: '2026-11-30' });
  });
});

describe('a csv source whose export states its period', () => {
  let dir: string;
  let h: TestDb;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bankfeed-stated-period-'));
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  const xero = (...rows: string[]) =>
    [
      'Account Transactions',
      'Accra Traders Ltd',
      'For the period 1 October 2026 to 31 October 2026',
      '',
      'Date,Source,Description,Reference,Debit,Credit,Running Balance',
      'Business Bank Account',
      ...rows,
    ].join('\n');
  const source = () =>
    createLedgerAdapter({ id: 'books', kind: 'csv', path: 'books.csv', currency: 'GHS' }, { baseDir: dir });
  let cursor: string | null = null;
  const pull = async () => {
    const pulled = await source().pullOpenEntries({
      ledgerAccount: null,
      period: { from: '2026-10-01', to: '2026-10-31' },
      cursor,
    });
    cursor = pulled.cursor;
    return syncLedgerEntries(h.db, {
      sourceId: 'books',
      label: 'csv',
      entries: pulled.entries,
      closed: pulled.closed,
      complete: pulled.complete ?? null,
    });
  };
  const statuses = async () =>
    (await h.db.selectFrom('ledger_entries').select(['reference', 'status']).orderBy('entry_date').execute()).map(
      (r) => `${r.reference} ${r.status}`,
    );

  it('closes an entry the books deleted from the export’s first day, which the rows’ own span no longer reaches', async () => {
    await writeFile(
      join(dir, 'books.csv'),
      xero(
        '02 Oct 2026,Receive Money,Deposit Kofi Mensah,DEP-1,"1,200.00",,"1,200.00"',
        '15 Oct 2026,Spend Money,Ecobank charges,CHG-10,,45.00,"1,155.00"',
      ),
    );
    await pull();
    expect(await statuses()).toEqual(['DEP-1 open', 'CHG-10 open']);
    // the deposit was posted to the wrong bank account and deleted; the export still covers all of October
    await writeFile(join(dir, 'books.csv'), xero('15 Oct 2026,Spend Money,Ecobank charges,CHG-10,,45.00,-45.00'));
    await pull();
    expect(await statuses()).toEqual(['DEP-1 void', 'CHG-10 open']);
  });
});
