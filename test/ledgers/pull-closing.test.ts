import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hledgerWebConfigSchema, hledgerWebLedgerAdapter } from '../../adapters/ledger/hledger-web.js';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import type { LedgerAdapter, LedgerPullResult } from '../../adapters/ledger/types.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import { requireComponent } from '../support/components.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { FIXTURE_JOURNAL } from '../hledger/fixture-journal.js';
import { hledgerAvailable, startHledgerWeb, type RunningHledgerWeb } from '../hledger/hledger-web-server.js';

/** The file and hledger-web kinds: what the books no longer hold open is closed in the store on the next pull. */

let db: TestDb;
beforeEach(async () => {
  db = await openSqliteTestDb();
});
afterEach(async () => {
  await db.dispose();
});

const apply = (r: LedgerPullResult, label: string) =>
  syncLedgerEntries(db.db, {
    sourceId: 'books',
    label,
    entries: r.entries,
    closed: r.closed,
    complete: r.complete ?? null,
  });

const stored = async () =>
  (
    await db.db
      .selectFrom('ledger_entries')
      .select(['external_id', 'status', 'closed_reason', 'reference'])
      .orderBy('id')
      .execute()
  ).map((r) => [r.reference, r.status, r.closed_reason]);

describe('csv source: a changed export is the books', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bankfeed-closing-'));
    copyFileSync(join(import.meta.dirname, '../fixtures/ledger/general-ledger.csv'), join(dir, 'gl.csv'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a row deleted from the export is closed as gone; rows outside the span the export covers are untouched', async () => {
    const a: LedgerAdapter = createLedgerAdapter(
      { id: 'books', kind: 'csv', path: 'gl.csv', currency: 'NGN', ledgerAccount: '1010' },
      { baseDir: dir },
    );
    const period = { from: '2024-01-01', to: '2024-01-31' };
    const first = await a.pullOpenEntries({ period, cursor: null });
    expect(first.complete).toEqual({ from: '2024-01-03', to: '2024-01-04', ledgerAccount: '1010' });
    await apply(first, 'csv:gl.csv');
    // An entry from an older export dated before this one's span: a narrower export says nothing about it.
    await syncLedgerEntries(db.db, {
      sourceId: 'books',
      label: 'older',
      entries: [
        { id: 'older-1', date: '2024-01-02', amountMinor: 500, currency: 'NGN', account: '1010', reference: 'OLD-1' },
      ],
    });
    // The Ikeja Electric payment is deleted in the books; the next export lacks it.
    const csv = readFileSync(join(dir, 'gl.csv'), 'utf8').split('\n');
    writeFileSync(
      join(dir, 'gl.csv'),
      [...csv.slice(0, 3), '2024-01-04,JNL-003,1010,Bank - GTBank,Fee,F-1,,10.00'].join('\n'),
    );
    const second = await a.pullOpenEntries({ period, cursor: first.cursor });
    const r = await apply(second, 'csv:gl.csv');
    expect(r).toMatchObject({ inserted: 1, closed: 1 });
    expect(await stored()).toEqual([
      ['INV-2024-007', 'open', null],
      ['INV-0091', 'void', 'gone'],
      ['OLD-1', 'open', null],
      ['F-1', 'open', null],
    ]);
    // Unchanged file: nothing comes back and nothing is closed.
    expect(await a.pullOpenEntries({ period, cursor: second.cursor })).toEqual({ entries: [], cursor: second.cursor });
  });
});

const hledger = await requireComponent('hledger', hledgerAvailable, 'hledger and hledger-web (Debian packages)');

describe.runIf(hledger)('hledger-web source (real hledger-web)', () => {
  let server: RunningHledgerWeb | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  it('a posting cleared in the journal closes its entry; one deleted from the journal closes as gone', async () => {
    server = await startHledgerWeb(FIXTURE_JOURNAL);
    const a = hledgerWebLedgerAdapter.create(
      hledgerWebConfigSchema.parse({
        url: server.url,
        bankAccount: 'Assets:Bank:GTBank',
        currency: 'NGN',
        journalPath: 'books.journal',
      }),
      { baseDir: server.dir },
    );
    const MARCH = { from: '2024-03-01', to: '2024-03-31' };
    const first = await a.pullOpenEntries({ period: MARCH });
    await apply(first, 'hledger');
    const invoice = first.entries.find((e) => e.reference === 'INV-1001')!;
    await a.markReconciled!([invoice.id]);
    const second = await a.pullOpenEntries({ period: MARCH, cursor: first.cursor });
    expect(second.closed).toContainEqual({ id: invoice.id, reason: 'paid' });
    expect(second.complete).toEqual({ ...MARCH, ledgerAccount: 'Assets:Bank:GTBank' });
    const r = await apply(second, 'hledger');
    expect(r.closed).toBe(1);
    const byId = await db.db.selectFrom('ledger_entries').selectAll().execute();
    expect(byId.find((e) => e.external_id === invoice.id)).toMatchObject({ status: 'void', closed_reason: 'paid' });
    expect(byId.filter((e) => e.status === 'open')).toHaveLength(first.entries.length - 1);

    // The cheque is deleted from the journal by hand: the next full read no longer lists it.
    const journal = readFileSync(server.journalPath, 'utf8');
    const cheque = first.entries.find((e) => e.description?.startsWith('Cheque'))!;
    writeFileSync(server.journalPath, journal.replace(/2024-03-07 ! Cheque[^]*?\n\n/, ''));
    const third = await a.pullOpenEntries({ period: MARCH, cursor: second.cursor });
    await apply(third, 'hledger');
    const after = await db.db.selectFrom('ledger_entries').selectAll().execute();
    expect(after.find((e) => e.external_id === cheque.id)).toMatchObject({ status: 'void', closed_reason: 'gone' });
  });
});
