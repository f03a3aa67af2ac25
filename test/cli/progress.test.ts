import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../db/account-repository.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import {
  databaseProgress,
  etaText,
  fullScanWindows,
  trackStep,
  waitForFirstPass,
} from '../../worker/first-pass-progress.js';
import type { FeedStatus } from '../../workflows/messages.js';

const A = '6600000000000000000e1331';
const B = '6600000000000000000e1332';
let dir: string;
let db: DbHandle;

function sink() {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  }) as unknown as NodeJS.WriteStream;
  return { out, lines };
}

let txn = 0;
async function store(accountId: string, n: number, removed = 0): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < n + removed; i++) {
    txn++;
    await db.db
      .insertInto('bank_transactions')
      .values({
        account_id: accountId,
        provider_txn_id: `t${txn}`,
        fingerprint: `f${txn}`,
        amount_minor: -100, // a debit is negative
        currency: 'NGN',
        direction: 'debit',
        business_date: '2026-11-01',
        booked_at: now,
        narration: 'x',
        reference: null,
        counterparty_name: null,
        counterparty_account: null,
        balance_minor: null,
        category: null,
        status: i < n ? 'posted' : 'removed',
        raw: null,
        first_seen_at: now,
        updated_at: now,
      })
      .execute();
  }
}

async function windowDone(accountId: string, kind = 'full', status = 'succeeded'): Promise<void> {
  const now = new Date().toISOString();
  await db.db
    .insertInto('sync_runs')
    .values({
      account_id: accountId,
      kind,
      window_from: '2026-10-01',
      window_to: '2026-10-31',
      started_at: now,
      finished_at: now,
      status,
      fetched: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      error: null,
    })
    .execute();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-progress-'));
  db = await openDb({ url: join(dir, 'bankfeed.db') });
  for (const [id, name] of [
    [A, 'Adebayo Foods'],
    [B, 'Okafor Studio'],
  ] as const)
    await upsertAccount(
      db.db,
      {
        id,
        name,
        institutionName: 'GTBank',
        institutionCode: '058',
        accountNumberMasked: null,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        accountType: null,
        customerId: null,
        dataStatus: 'AVAILABLE',
        balanceMinor: null,
        balanceAsOf: null,
      },
      new Date().toISOString(),
    );
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const feed = (state: FeedStatus['state'], backfilled: boolean) =>
  ({ state, backfilled, counts: { inserted: 0 } }) as unknown as FeedStatus;

describe('first-pass progress from the database', () => {
  it('counts stored transactions and committed full-scan windows per account', async () => {
    await store(A, 30, 5);
    await windowDone(A);
    await windowDone(A);
    await windowDone(A, 'incremental'); // not part of a full scan
    await windowDone(A, 'full', 'running'); // not committed yet
    const p = await databaseProgress(db.db, { historyDays: 365, backfillWindowDays: 31 })([A, B]);
    expect(fullScanWindows({ historyDays: 365, backfillWindowDays: 31 })).toBe(12); // 366 days
    expect(p.get(A)).toEqual({ name: 'Adebayo Foods', stored: 30, windowsDone: 2, windowsTotal: 12 });
    expect(p.get(B)).toEqual({ name: 'Okafor Studio', stored: 0, windowsDone: 0, windowsTotal: 12 });
  });

  it('shows windows and transactions per account and an ETA from the measured rate', async () => {
    const progress = databaseProgress(db.db, { historyDays: 365, backfillWindowDays: 31 });
    const t0 = Date.now();
    let tick = 0;
    const { out, lines } = sink();
    const ids = await waitForFirstPass({
      listIds: async () => [A, B],
      // B pauses for re-authorisation at once; A commits a window (and 10 rows) per tick until it has all 12.
      status: async (id) => {
        if (id === B) return feed('REAUTH_REQUIRED', false);
        const p = (await progress([A])).get(A)!;
        return p.windowsDone >= 12 ? feed('ACTIVE', true) : feed('BACKFILLING', false);
      },
      progress: async (want) => {
        if (tick++ > 0 && ((await progress([A])).get(A)?.windowsDone ?? 0) < 12) {
          await windowDone(A);
          await store(A, 10);
        }
        return progress(want);
      },
      deadline: t0 + 20_000,
      tickMs: 20,
      settleMs: 50,
      lineEveryMs: 0,
      out,
    });
    expect(ids).toEqual([A, B]);
    // Overall line: accounts, stored rows (from the database), windows and an ETA once windows move.
    expect(lines[0]).toMatch(
      /^first pass: 1\/2 accounts done, 30 transactions stored \(1 BACKFILLING, 1 REAUTH_REQUIRED\) — windows 2 done, ETA measuring…$/,
    );
    expect(lines).toContain('  Adebayo Foods: 2/12 windows, 30 transactions stored');
    expect(lines.some((l) => /windows 3 done, ETA \d+s$/.test(l))).toBe(true);
    expect(lines).toContain('  Adebayo Foods: 11/12 windows, 120 transactions stored');
    expect(lines.some((l) => l.includes('Okafor Studio:'))).toBe(false); // paused: nothing left to count
    expect(lines.at(-1)).toMatch(/^first pass: 2\/2 accounts done, 130 transactions stored .*ETA 0s$/);
  });

  it('an ETA is the remaining work at the rate measured so far', () => {
    expect(etaText(10_000, 2, 6)).toBe('30s');
    expect(etaText(60_000, 1, 3)).toBe('3m 0s');
    expect(etaText(5_000, 0, 6)).toBeNull();
    expect(etaText(5_000, 3, 0)).toBe('0s');
  });
});

describe('step progress (reconciliation, reports)', () => {
  it('prints the count it reads and an ETA, and a last line when stopped', async () => {
    let n = 0;
    const { out, lines } = sink();
    const stop = trackStep({ label: 'reconciling', total: 4, done: async () => n, out, everyMs: 20 });
    await new Promise((r) => setTimeout(r, 60));
    n = 2;
    await new Promise((r) => setTimeout(r, 60));
    n = 4;
    await stop();
    expect(lines[0]).toBe('reconciling: 0/4 accounts, ETA measuring…');
    expect(lines.some((l) => /^reconciling: 2\/4 accounts, ETA \d+s$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('reconciling: 4/4 accounts, ETA 0s');
  });
});
