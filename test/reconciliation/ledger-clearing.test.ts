import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markSignedMatchesCleared } from '../../activities/ledger-clearing.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank, seedLedger, seedSignedStatement } from './seed.js';

// Books that mark entries cleared (hledger's `*`) are told which: the entries matches hold in a signed bank
// reconciliation, never an open period's (a person may still undo those); a mark no signed match holds any longer
// (the period reopened, the match undone) is taken back.

const ACCOUNT = 'acc-clearing';
const logger = createLogger({ silent: true });
let h: TestDb;
beforeEach(async () => {
  h = await openSqliteTestDb();
  await seedAccount(h.db, ACCOUNT, 'GHS');
});
afterEach(async () => h.dispose());

function books(refuse?: string) {
  const marked: string[][] = [];
  const unmarked: string[][] = [];
  const adapter: LedgerAdapter = {
    kind: 'test-books',
    pullOpenEntries: async () => ({ entries: [], cursor: null }),
    async markReconciled(ids) {
      if (refuse) throw new Error(refuse);
      marked.push(ids);
    },
    async unmarkReconciled(ids) {
      if (refuse) throw new Error(refuse);
      unmarked.push(ids);
    },
  };
  return { adapter, marked, unmarked };
}

async function matched(date: string, amountMinor: number) {
  const [line] = await seedBank(h.db, ACCOUNT, [{ date, amountMinor, narration: `GIP ${date}` }]);
  const [entry] = await seedLedger(h.db, 'books', [{ date, amountMinor, currency: 'GHS' }]);
  await createMatchRepository(h.db).insertGroup({
    accountId: ACCOUNT,
    runId: null,
    kind: 'exact',
    status: 'auto',
    confidence: 1,
    currency: 'GHS',
    differenceMinor: 0,
    writeOff: null,
    evidence: [],
    ruleId: null,
    proposed: null,
    rank: null,
    candidateSet: null,
    idempotencyKey: `m-${date}`,
    decidedBy: null,
    decidedAt: null,
    createdAt: '2026-11-02T08:00:00Z',
    items: [
      { side: 'bank', itemId: line!, amountMinor },
      { side: 'ledger', itemId: entry!, amountMinor },
    ],
  });
  return (
    await h.db.selectFrom('ledger_entries').select('external_id').where('id', '=', entry!).executeTakeFirstOrThrow()
  ).external_id!;
}

const signedThrough = (periodEnd: string) =>
  seedSignedStatement(h.db, { accountId: ACCOUNT, periodFrom: '2026-10-01', periodEnd, currency: 'GHS' });

const statusOf = async (externalId: string) =>
  (
    await h.db
      .selectFrom('ledger_entries')
      .select('status')
      .where('external_id', '=', externalId)
      .executeTakeFirstOrThrow()
  ).status;

describe('marking matched entries cleared in the books', () => {
  it('marks nothing before a reconciliation is signed, then only what the signed period holds, once', async () => {
    const october = await matched('2026-10-20', 150_000);
    const november = await matched('2026-11-03', 80_000);
    const { adapter, marked } = books();
    expect(
      await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter }),
    ).toEqual({
      marked: 0,
      unmarked: 0,
      refused: null,
    });
    await signedThrough('2026-10-31');
    expect(
      await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter }),
    ).toEqual({
      marked: 1,
      unmarked: 0,
      refused: null,
    });
    expect(marked).toEqual([[october]]);
    // the store's entry stays open, held by its match (undone after a reopening, it is free to match again)
    expect(await statusOf(october)).toBe('open');
    expect(await statusOf(november)).toBe('open');
    // the next run asks for nothing again
    await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter });
    expect(marked).toHaveLength(1);
  });

  it('leaves the entries open when the books refuse, to try again next run, and says why', async () => {
    const october = await matched('2026-10-20', 150_000);
    await signedThrough('2026-10-31');
    const { adapter } = books('set journalPath');
    expect(
      await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter }),
    ).toEqual({
      marked: 0,
      unmarked: 0,
      refused: 'set journalPath',
    });
    expect(await statusOf(october)).toBe('open');
  });

  it('takes the mark back when the signed period is reopened, and again when its match is undone after signing anew', async () => {
    const october = await matched('2026-10-20', 150_000);
    const { adapter, marked, unmarked } = books();
    const run = () =>
      markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter });
    const signed = await signedThrough('2026-10-31');
    await run();
    expect(marked).toEqual([[october]]);
    // reopened: the match may be undone now, and the books no longer say it is cleared
    await h.db
      .updateTable('statement_reconciliations')
      .set({ reopened_by: 'akosua', reopened_at: '2026-11-05T09:00:00Z' })
      .where('id', '=', signed)
      .execute();
    expect(await run()).toEqual({ marked: 0, unmarked: 1, refused: null });
    expect(unmarked).toEqual([[october]]);
    // signed again: marked again; then the match undone (a person's reopening and undo): taken back once
    await signedThrough('2026-10-31');
    expect(await run()).toMatchObject({ marked: 1, unmarked: 0 });
    await h.db.updateTable('match_items').set({ active: 0 }).execute();
    await h.db.updateTable('match_groups').set({ status: 'undone' }).execute();
    expect(await run()).toMatchObject({ marked: 0, unmarked: 1 });
    expect(await run()).toMatchObject({ marked: 0, unmarked: 0 });
    expect(unmarked).toEqual([[october], [october]]);
  });

  it('leaves books that settle matches (Xero, QuickBooks, Zoho) and books that cannot mark alone', async () => {
    await matched('2026-10-20', 150_000);
    await signedThrough('2026-10-31');
    const settling = { ...books().adapter, settleEntries: async () => [] } as LedgerAdapter;
    const plain: LedgerAdapter = { kind: 'csv', pullOpenEntries: async () => ({ entries: [], cursor: null }) };
    for (const adapter of [settling, plain])
      expect(
        await markSignedMatchesCleared({ db: h.db, logger }, { accountId: ACCOUNT, sourceId: 'books', adapter }),
      ).toBeNull();
  });
});
