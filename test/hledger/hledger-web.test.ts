import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  hledgerWebLedgerAdapter,
  hledgerWebConfigSchema,
  idempotencyTagValue,
} from '../../adapters/ledger/hledger-web.js';
import type { LedgerAdapter, LedgerPosting } from '../../adapters/ledger/types.js';
import { requireComponent } from '../support/components.js';
import { FIXTURE_JOURNAL } from './fixture-journal.js';
import {
  hledgerAvailable,
  hledgerPrint,
  hledgerPrintJson,
  startHledgerWeb,
  type RunningHledgerWeb,
} from './hledger-web-server.js';

const available = await requireComponent('hledger', hledgerAvailable, 'hledger and hledger-web (Debian packages)');
const MARCH = { from: '2024-03-01', to: '2024-03-31' };

let server: RunningHledgerWeb | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function start(
  journal = FIXTURE_JOURNAL,
  withJournalPath = true,
): Promise<{ adapter: LedgerAdapter; srv: RunningHledgerWeb }> {
  server = await startHledgerWeb(journal);
  const config = hledgerWebConfigSchema.parse({
    url: server.url,
    bankAccount: 'Assets:Bank:GTBank',
    currency: 'NGN',
    ...(withJournalPath ? { journalPath: 'books.journal' } : {}),
  });
  return { adapter: hledgerWebLedgerAdapter.create(config, { baseDir: server.dir }), srv: server };
}

function posting(key: string, amountMinor: number, over: Partial<LedgerPosting> = {}): LedgerPosting {
  return {
    idempotencyKey: key,
    date: '2024-03-10',
    description: 'NIP TRANSFER FEE',
    amountMinor,
    currency: 'NGN',
    bankAccount: 'Assets:Bank:GTBank',
    contraAccount: 'Expenses:Bank Charges',
    ...over,
  };
}

describe.runIf(available)('hledger-web ledger adapter (real hledger-web)', () => {
  beforeAll(() => {
    expect(hledgerWebLedgerAdapter.kind).toBe('hledger-web');
  });

  it('pulls the open postings to the bank account in the period, signed as they affect the bank', async () => {
    const { adapter } = await start();
    const { entries, cursor } = await adapter.pullOpenEntries({ period: MARCH });
    const view = entries.map((e) => [e.date, e.amountMinor, e.reference, e.party, e.description]);
    expect(view).toEqual([
      ['2024-03-04', 25_000_050, 'INV-1001', 'Acme Ltd', 'March invoice'],
      ['2024-03-05', -12_000_000, null, null, 'Officemart supplies'],
      ['2024-03-06', 1_000, null, null, 'Till float'],
      ['2024-03-07', -3_000_000, null, null, 'Cheque 000123 to Gamma Ltd'],
      // dated past the period: pulled all the same, as the cursor moves past its transaction
      ['2024-04-02', 500_000, null, null, 'April receipt'],
    ]);
    expect(entries.every((e) => e.currency === 'NGN' && e.account === 'Assets:Bank:GTBank')).toBe(true);
    expect(cursor).toMatch(/^v1:7:/);
    // Stable ids across pulls; another account is pulled when asked.
    const again = await adapter.pullOpenEntries({ period: MARCH });
    expect(again.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    const monie = await adapter.pullOpenEntries({ period: MARCH, ledgerAccount: 'Assets:Bank:MoniePoint' });
    expect(monie.entries.map((e) => e.amountMinor)).toEqual([-200_000]);
  });

  it('with a cursor returns only what was added since, and everything again when earlier transactions changed', async () => {
    const { adapter } = await start();
    const first = await adapter.pullOpenEntries({ period: MARCH });
    expect((await adapter.pullOpenEntries({ period: MARCH, cursor: first.cursor })).entries).toEqual([]);
    await adapter.postEntries!([posting('k-cursor', -5_375)]);
    const next = await adapter.pullOpenEntries({ period: MARCH, cursor: first.cursor });
    expect(next.entries.map((e) => e.amountMinor)).toEqual([-5_375]);
    await adapter.markReconciled!([first.entries[0]!.id]);
    const afterEdit = await adapter.pullOpenEntries({ period: MARCH, cursor: next.cursor });
    expect(afterEdit.entries).toHaveLength(5); // full pull: 3 old open, April's + the new one
  });

  it('posts bank lines with PUT /add exactly once per idempotency key, also across a retry by a fresh adapter', async () => {
    const { adapter, srv } = await start();
    const first = await adapter.postEntries!([
      posting('bankline:b3', -5_375),
      posting('bankline:b4', -5_000, { description: 'ELECTRONIC MONEY TRANSFER LEVY' }),
    ]);
    expect(first.map((r) => r.created)).toEqual([true, true]);
    // A retry after a crash: a new adapter instance, the same keys plus one new one.
    const retryAdapter = hledgerWebLedgerAdapter.create(
      hledgerWebConfigSchema.parse({ url: srv.url, bankAccount: 'Assets:Bank:GTBank', journalPath: srv.journalPath }),
      { baseDir: '/' },
    );
    const retry = await retryAdapter.postEntries!([
      posting('bankline:b3', -5_375),
      posting('bankline:b7', 1_234, {
        description: 'INTEREST; Q1',
        contraAccount: 'Income:Interest',
        reference: 'INT-Q1',
      }),
      posting('bankline:b4', -5_000),
    ]);
    expect(retry.map((r) => r.created)).toEqual([false, true, false]);
    expect(retry[0]!.externalId).toBe(first[0]!.externalId);
    expect(retry[2]!.externalId).toBe(first[1]!.externalId);

    const printed = hledgerPrint(srv.journalPath, 'tag:bankfeed-key');
    expect(printed.match(/bankfeed-key:bankline:b3/g)).toHaveLength(1);
    expect(printed.match(/bankfeed-key:bankline:b4/g)).toHaveLength(1);
    expect(printed).toMatch(
      /2024-03-10 \(INT-Q1\) INTEREST, Q1 +; bankfeed-key:bankline:b7\n +Assets:Bank:GTBank +₦12\.34\n +Income:Interest +₦-12\.34/,
    );
    expect(printed).toMatch(/Assets:Bank:GTBank +₦-53\.75\n +Expenses:Bank Charges +₦53\.75/);
    // The posted lines come back as open entries with the reported ids.
    const pulled = await adapter.pullOpenEntries({ period: MARCH });
    const ids = new Set(pulled.entries.map((e) => e.id));
    for (const r of retry) expect(ids.has(r.externalId)).toBe(true);
  });

  it('without the journal path (requests spaced a second apart) still posts once per key; unsafe keys become SHA-256', async () => {
    const { adapter, srv } = await start(FIXTURE_JOURNAL, false);
    const key = 'line, with comma\nand newline';
    const first = await adapter.postEntries!([posting(key, -100), posting('plain-key', -200)]);
    expect(first.map((r) => r.created)).toEqual([true, true]);
    const again = await adapter.postEntries!([posting(key, -100), posting(key, -100)]);
    expect(again.map((r) => r.created)).toEqual([false, false]);
    expect(
      hledgerPrint(srv.journalPath, `tag:bankfeed-key=${idempotencyTagValue(key)}`).match(/bankfeed-key/g),
    ).toHaveLength(1);
  });

  it('marks postings cleared in the journal, verified through the API and hledger print, changing nothing else', async () => {
    const { adapter, srv } = await start();
    const before = await readFile(srv.journalPath, 'utf8');
    const { entries } = await adapter.pullOpenEntries({ period: MARCH });
    const acme = entries.find((e) => e.reference === 'INV-1001')!;
    const cheque = entries.find((e) => e.description?.startsWith('Cheque'))!;
    await adapter.markReconciled!([acme.id, cheque.id]);

    const open = await adapter.pullOpenEntries({ period: MARCH });
    expect(open.entries.map((e) => e.id)).toEqual(entries.filter((e) => e !== acme && e !== cheque).map((e) => e.id));
    const after = await readFile(srv.journalPath, 'utf8');
    const changed = after
      .split('\n')
      .flatMap((l, i) => (l !== before.split('\n')[i] ? [[before.split('\n')[i], l]] : []));
    expect(changed).toEqual([
      ['    Assets:Bank:GTBank        ₦250,000.50', '    * Assets:Bank:GTBank        ₦250,000.50'],
      ['    Assets:Bank:GTBank', '    * Assets:Bank:GTBank'],
    ]);
    // hledger's own reading: exactly the two bank postings became Cleared, plus the one that already was.
    const cleared = hledgerPrintJson(srv.journalPath).flatMap((t) =>
      t.tpostings.filter((p) => p.pstatus === 'Cleared').map((p) => `${t.tdescription} → ${p.paccount}`),
    );
    expect(cleared).toEqual([
      'Acme Ltd | March invoice → Assets:Bank:GTBank',
      'Till float → Assets:Bank:GTBank',
      'Cheque 000123 to Gamma Ltd → Assets:Bank:GTBank',
    ]);
    expect(hledgerPrint(srv.journalPath, 'desc:Acme')).toMatch(/\n {4}\* Assets:Bank:GTBank +₦250,000\.50\n/);
    // Marking again is a no-op.
    await adapter.markReconciled!([acme.id]);
    expect(await readFile(srv.journalPath, 'utf8')).toBe(after);

    // Taken back (its signed period reopened): the journal is as it was, the posting open again; the one that was
    // cleared before bankfeed (a transaction's own mark or a posting's) is left, and unmarking again is a no-op.
    await adapter.unmarkReconciled!([acme.id, cheque.id]);
    expect(await readFile(srv.journalPath, 'utf8')).toBe(before);
    expect((await adapter.pullOpenEntries({ period: MARCH })).entries.map((e) => e.id)).toEqual(
      entries.map((e) => e.id),
    );
    await adapter.unmarkReconciled!([acme.id]);
    expect(await readFile(srv.journalPath, 'utf8')).toBe(before);
  });

  it('refuses a stale id after the journal was edited, and explains what markReconciled needs', async () => {
    const { adapter, srv } = await start();
    const { entries } = await adapter.pullOpenEntries({ period: MARCH });
    const text = await readFile(srv.journalPath, 'utf8');
    await writeFile(srv.journalPath, text.replace('Officemart supplies', 'Officemart stationery'));
    const officemart = entries.find((e) => e.description === 'Officemart supplies')!;
    await expect(adapter.markReconciled!([officemart.id])).rejects.toThrow(/no longer in the journal as it was pulled/);
    await expect(adapter.markReconciled!(['garbage'])).rejects.toThrow(/not an hledger-web entry id/);

    await server!.stop();
    const { adapter: noPath } = await start(FIXTURE_JOURNAL, false);
    const fresh = await noPath.pullOpenEntries({ period: MARCH });
    await expect(noPath.markReconciled!([fresh.entries[0]!.id])).rejects.toThrow(/cannot change them; set journalPath/);
  });

  it('names the transaction when the bank posting is in another commodity, and the endpoint when the server is gone', async () => {
    const { adapter, srv } = await start(
      FIXTURE_JOURNAL + '\n2024-03-20 Dollar receipt\n    Assets:Bank:GTBank        $100.00\n    Income:Sales\n',
    );
    await expect(adapter.pullOpenEntries({ period: MARCH })).rejects.toThrow(
      /transaction 8 \(2024-03-20 "Dollar receipt", .*books\.journal:\d+\).*must be one amount in ₦ \(NGN\), got \$/,
    );
    const remote = hledgerWebLedgerAdapter.create(
      hledgerWebConfigSchema.parse({ url: srv.url, bankAccount: 'Assets:Bank:GTBank' }),
      { baseDir: '/' },
    );
    await srv.stop();
    server = null;
    await expect(remote.pullOpenEntries({ period: MARCH })).rejects.toThrow(
      /hledger-web GET http:\/\/127\.0\.0\.1:\d+\/transactions/,
    );
  });

  it('refuses a posting in another currency before sending anything', async () => {
    const { adapter, srv } = await start();
    await expect(adapter.postEntries!([posting('k1', -100, { currency: 'GHS' })])).rejects.toThrow(
      /currency GHS, but this ledger is kept in NGN/,
    );
    expect(hledgerPrint(srv.journalPath)).not.toContain('bankfeed-key');
  });
});
