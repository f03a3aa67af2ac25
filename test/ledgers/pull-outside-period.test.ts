import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { MockActivityEnvironment } from '@temporalio/testing';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconcileActivities } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { registerLedgerAdapter } from '../../adapters/ledger/registry.js';
import type { LedgerAdapterFactory, LedgerPullQuery } from '../../adapters/ledger/types.js';
import { listOpenPostingIdsOutside } from '../../db/ledger-sync-repository.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank, seedLedger } from '../reconciliation/seed.js';

// A pull reads the books' postings over its period; the postings an earlier pull stored outside it are named to it
// (LedgerPullQuery.openPostingsOutside), so an adapter that can look them up by id learns of their deletion.

const ACCOUNT = 'acc-outside';
let db: TestDb;
let dir: string;
const asked: LedgerPullQuery[] = [];

/**
 * Closes every posting it is told of, as gone: what an adapter answers when the books deleted them all; and says it
 * read them all (a note, as an adapter says it left some for a later pull).
 */
const probe: LedgerAdapterFactory = {
  kind: 'test-outside-probe',
  configSchema: z.object({}).passthrough(),
  create: () => ({
    kind: 'test-outside-probe',
    pullOpenEntries: (q) => {
      asked.push(q);
      return Promise.resolve({
        entries: [],
        cursor: null,
        closed: (q.openPostingsOutside ?? []).map((id) => ({ id, reason: 'gone' as const })),
        notes: [`probe: ${q.openPostingsOutside?.length ?? 0} postings read again`],
      });
    },
  }),
};

beforeEach(async () => {
  asked.length = 0;
  registerLedgerAdapter(probe);
  db = await openSqliteTestDb();
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-outside-'));
  await seedAccount(db.db, ACCOUNT);
});
afterEach(async () => {
  await db.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function entries(rows: Array<{ date: string; kind?: 'document'; status?: 'void' }>): Promise<string[]> {
  const ids = await seedLedger(
    db.db,
    'probe',
    rows.map((r) => ({ date: r.date, amountMinor: -65_000, ...(r.status ? { status: r.status } : {}) })),
  );
  for (const [i, r] of rows.entries())
    if (r.kind) await db.db.updateTable('ledger_entries').set({ kind: r.kind }).where('id', '=', ids[i]!).execute();
  const stored = await db.db
    .selectFrom('ledger_entries')
    .select(['id', 'external_id'])
    .where('id', 'in', ids)
    .execute();
  return ids.map((id) => stored.find((s) => Number(s.id) === id)!.external_id);
}

describe('postings stored outside the period a pull reads', () => {
  it('are the open postings of the source dated before or after it, not its documents nor what is closed', async () => {
    const [before, , after] = await entries([
      { date: '2026-05-04' },
      { date: '2026-10-20' },
      { date: '2027-02-01' },
      { date: '2026-05-04', kind: 'document' },
      { date: '2026-05-04', status: 'void' },
    ]);
    expect(await listOpenPostingIdsOutside(db.db, 'probe', { from: '2026-07-01', to: '2026-11-30' })).toEqual([
      before,
      after,
    ]);
    expect(await listOpenPostingIdsOutside(db.db, 'other', { from: '2026-07-01', to: '2026-11-30' })).toEqual([]);
  });

  it("are named to the adapter by the run's pull, which closes those the books no longer hold", async () => {
    await seedBank(db.db, ACCOUNT, [{ date: '2026-11-10', amountMinor: -65_000, narration: 'CHQ 452' }]);
    // the run pulls from 90 business days before the first line (early July) to today
    const [early, inside] = await entries([{ date: '2026-03-02' }, { date: '2026-11-09' }]);
    const ledger = {
      config: {
        sources: [{ id: 'probe', kind: 'test-outside-probe' }],
        bindings: [{ accountId: ACCOUNT, sourceId: 'probe', ledgerAccount: '1.1.1' }],
      } as unknown as LedgerConfig,
      baseDir: dir,
    };
    const logged: Array<{ level: number; msg: string; sourceId?: string }> = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
          logged.push(JSON.parse(line) as { level: number; msg: string; sourceId?: string });
        done();
      },
    });
    const acts = createReconcileActivities({
      db: db.db,
      logger: createLogger({ stream }),
      dataDir: dir,
      ledger,
      clock: () => new Date('2026-11-20T10:00:00Z'),
    });
    await new MockActivityEnvironment().run(acts.reconcileAccountFeed, {
      accountId: ACCOUNT,
      trigger: 'manual' as const,
    });
    expect(asked[0]!.period.to).toBe('2026-11-20');
    expect(asked[0]!.openPostingsOutside).toEqual([early]);
    // with the date each is stored under, for books read by date
    expect(asked[0]!.openPostingDates).toEqual({ [early!]: '2026-03-02' });
    // what the adapter says it left for later is logged as a warning
    expect(logged.filter((r) => r.msg.startsWith('probe:'))).toMatchObject([
      { level: 40, msg: 'probe: 1 postings read again', sourceId: 'probe' },
    ]);
    const rows = await db.db
      .selectFrom('ledger_entries')
      .select(['external_id', 'status', 'closed_reason'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.external_id, r.status, r.closed_reason])).toEqual([
      [early, 'void', 'gone'],
      [inside, 'open', null],
    ]);
  });
});
