import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settleHeldMatches } from '../../activities/ledger-settlements.js';
import { LedgerPartialWriteError } from '../../adapters/ledger/oauth/errors.js';
import type { LedgerSettlement, LedgerSettlementResult } from '../../adapters/ledger/oauth/settlement.js';
import type { LedgerAdapter, LedgerPosting } from '../../adapters/ledger/types.js';
import { createLogger } from '../../worker/logger.js';
import { seedAccount, seedBank, seedLedger, seedWriteOffMatch } from '../reconciliation/seed.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

/**
 * Write-back of a match with a write-off, against books that record what they are sent: the entry is settled in
 * full only once its write-off line is written, with the gap signed by which way the payment missed, so the books'
 * bank account always moves by exactly what the bank moved.
 */
const logger = createLogger({ silent: true });
let db: TestDb;
beforeEach(async () => {
  db = await openSqliteTestDb();
  await seedAccount(db.db, 'acc');
});
afterEach(async () => {
  await db.dispose();
});

/** Books that take settlements and postings, refusing postings to accounts their chart does not have. */
function books(chart: string[]) {
  const settled: LedgerSettlement[] = [];
  const posted: LedgerPosting[] = [];
  const adapter: LedgerAdapter & { settleEntries(s: LedgerSettlement[]): Promise<LedgerSettlementResult[]> } = {
    kind: 'test-books',
    pullOpenEntries: async () => ({ entries: [], cursor: null }),
    async settleEntries(s) {
      settled.push(...s);
      return s.map((x) => ({
        idempotencyKey: x.idempotencyKey,
        status: 'written',
        externalId: `s-${x.idempotencyKey}`,
        created: true,
      }));
    },
    async postEntries(p) {
      const ok = p.filter((x) => chart.includes(x.contraAccount ?? ''));
      const refused = p.filter((x) => !ok.includes(x));
      posted.push(...ok);
      const written = ok.map((x) => ({
        idempotencyKey: x.idempotencyKey,
        externalId: `p-${x.idempotencyKey}`,
        created: true,
      }));
      if (refused.length)
        throw new LedgerPartialWriteError(
          'test-books',
          written,
          refused.map((x) => ({ idempotencyKey: x.idempotencyKey, vendorMessage: `no account ${x.contraAccount}` })),
        );
      return written;
    },
  };
  /** What the books' bank account moved by: settlements plus write-off lines, as the bank sees them. */
  const bankMoved = () =>
    settled.reduce((t, x) => t + x.amountMinor, 0) + posted.reduce((t, x) => t + x.amountMinor, 0);
  return { adapter, settled, posted, bankMoved };
}

async function matchWithWriteOff(bankMinor: number, dueMinor: number, account: string): Promise<void> {
  const [bankId] = await seedBank(db.db, 'acc', [
    { date: '2026-11-12', amountMinor: bankMinor, narration: 'TRF INV-9' },
  ]);
  const [entryId] = await seedLedger(db.db, 'books', [
    { date: '2026-11-02', amountMinor: dueMinor, reference: 'INV-9' },
  ]);
  await seedWriteOffMatch(db.db, {
    accountId: 'acc',
    bankId: bankId!,
    bankMinor,
    entryId: entryId!,
    dueMinor,
    account,
  });
}

const input = (adapter: LedgerAdapter) => ({ accountId: 'acc', sourceId: 'books', bankAccount: '1010', adapter });

describe('write-back of a match with a write-off', () => {
  it('an over-payment settles the invoice in full and books the extra as income, not the other way round', async () => {
    const b = books(['Other income']);
    await matchWithWriteOff(10_075_000, 10_000_000, 'Other income');
    const r = await settleHeldMatches({ db: db.db, logger }, input(b.adapter));
    expect(r).toMatchObject({ written: 1, rejected: 0, writtenOff: 1 });
    expect(b.settled.map((s) => s.amountMinor)).toEqual([10_000_000]);
    expect(b.posted.map((p) => p.amountMinor)).toEqual([75_000]);
    expect(b.bankMoved()).toBe(10_075_000);
  });

  it('a short payment settles in full with the gap written off', async () => {
    const b = books(['Bank charges']);
    await matchWithWriteOff(9_925_000, 10_000_000, 'Bank charges');
    await settleHeldMatches({ db: db.db, logger }, input(b.adapter));
    expect(b.settled.map((s) => s.amountMinor)).toEqual([10_000_000]);
    expect(b.posted.map((p) => p.amountMinor)).toEqual([-75_000]);
    expect(b.bankMoved()).toBe(9_925_000);
  });

  it('a write-off line the books refuse leaves the invoice settled by what the bank moved, and a retry adds nothing', async () => {
    const b = books([]);
    await matchWithWriteOff(9_925_000, 10_000_000, 'Taxes:Withholding tax receivable');
    const r = await settleHeldMatches({ db: db.db, logger }, input(b.adapter));
    expect(r).toMatchObject({ written: 1, writtenOff: 0 });
    expect(b.settled.map((s) => s.amountMinor)).toEqual([9_925_000]);
    expect(b.bankMoved()).toBe(9_925_000);
    expect(await settleHeldMatches({ db: db.db, logger }, input(b.adapter))).toMatchObject({
      written: 0,
      writtenOff: 0,
    });
    expect(b.bankMoved()).toBe(9_925_000);
  });
});
