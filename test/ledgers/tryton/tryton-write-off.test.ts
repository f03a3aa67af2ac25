import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleHeldMatches } from '../../../activities/ledger-settlements.js';
import { createLedgerAdapter } from '../../../adapters/ledger/registry.js';
import { TrytonRpc } from '../../../adapters/ledger/tryton/tryton-rpc.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { syncLedgerEntries } from '../../../db/ledger-sync-repository.js';
import type { Decimal } from '../../../domain/money.js';
import { createLogger } from '../../../worker/logger.js';
import { seedAccount, seedBank, seedWriteOffMatch } from '../../reconciliation/seed.js';
import { requireComponent } from '../../support/components.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../../support/tryton-server.js';

// A short payment a person accepted with a write-off: write-back books the gap on the write-off account as a
// statement line, then pays the invoice in full, once each, so Tryton's bank account moves by what the bank moved.

const logger = createLogger({ silent: true });
let tryton: RunningTryton | undefined;
let available = false;
let db: TestDb;

beforeAll(async () => {
  available = await requireComponent('tryton', trytonAvailable, 'Tryton 8.2 in .tools/tryton');
  if (!available) return;
  tryton = await startTryton({
    today: '2026-11-20',
    invoices: [{ type: 'out', party: 'Kumasi Cocoa Ltd', amount: '100000.00', date: '2026-11-02', reference: 'PO-5' }],
  });
  db = await openSqliteTestDb();
}, 240_000);

afterAll(async () => {
  await tryton?.stop();
  await db?.dispose();
});

describe('write-off on write-back to a real Tryton 8.2', () => {
  it('pays the invoice in full and writes the gap to its account as a second statement line, once', async (ctx) => {
    if (!available) ctx.skip();
    const adapter: LedgerAdapter = createLedgerAdapter(
      {
        id: 'erp',
        kind: 'tryton',
        url: tryton!.url,
        database: tryton!.database,
        login: tryton!.login,
        password: tryton!.password,
        bankJournal: 'GTBank current account',
        currency: 'NGN',
      },
      { baseDir: '.' },
    );
    const pulled = await adapter.pullOpenEntries({ period: { from: '2026-06-01', to: '2026-12-31' } });
    await syncLedgerEntries(db.db, { sourceId: 'erp', label: 'tryton', entries: pulled.entries });
    const entry = await db.db.selectFrom('ledger_entries').select(['id', 'external_id']).executeTakeFirstOrThrow();
    await seedAccount(db.db, 'acc_wo');
    // The customer paid 99,250.00: 750.00 short (a bank charge on their side), accepted as a write-off.
    const [bankId] = await seedBank(db.db, 'acc_wo', [
      { date: '2026-11-12', amountMinor: 9_925_000, narration: 'TRF FROM KUMASI COCOA PO-5' },
    ]);
    const writeOffAccount = tryton!.books.expenseAccount.code;
    await seedWriteOffMatch(db.db, {
      accountId: 'acc_wo',
      bankId: bankId!,
      bankMinor: 9_925_000,
      entryId: Number(entry.id),
      dueMinor: 10_000_000,
      account: writeOffAccount,
    });

    const input = { accountId: 'acc_wo', sourceId: 'erp', bankAccount: '1.1.1', adapter };
    const first = await settleHeldMatches({ db: db.db, logger }, input);
    expect(first).toMatchObject({ written: 1, created: 1, rejected: 0, writtenOff: 1 });
    // A retry (the activity ran again) writes nothing.
    expect(await settleHeldMatches({ db: db.db, logger }, input)).toMatchObject({ written: 0, writtenOff: 0 });

    // Read back over Tryton's API, independent of the adapter.
    const rpc = new TrytonRpc({
      url: tryton!.url,
      database: tryton!.database,
      login: tryton!.login,
      password: tryton!.password,
      timeoutMs: 30_000,
    });
    const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
    const invoiceId = Number(entry.external_id.split(':')[1]);
    const [inv] = await rpc.call<Array<{ state: string; amount_to_pay: Decimal }>>('model.account.invoice.read', [
      [invoiceId],
      ['state', 'amount_to_pay'],
      c,
    ]);
    const lines = await rpc.call<
      Array<{ amount: Decimal; 'account.': { code: string }; 'statement.': { state: string } }>
    >('model.account.statement.line.search_read', [
      [],
      0,
      null,
      [['id', 'ASC']],
      ['amount', 'account.code', 'statement.state'],
      c,
    ]);
    await rpc.close();
    await adapter.close?.();
    expect(inv!.state).toBe('paid');
    // The write-off line is written first: the invoice is settled in full only once its gap is booked.
    expect(lines.map((l) => [l.amount.toFixed(2), l['statement.'].state])).toEqual([
      ['-750.00', 'validated'],
      ['100000.00', 'validated'],
    ]);
    expect(lines[0]!['account.'].code).toBe(writeOffAccount);
    // Both lines together move the bank account by what the bank moved.
    expect(lines.reduce((s, l) => s.plus(l.amount), lines[0]!.amount.minus(lines[0]!.amount)).toFixed(2)).toBe(
      '99250.00',
    );
  }, 240_000);
});
