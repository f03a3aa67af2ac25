/**
 * Operations walk, session 39: a database that refuses writes (full, read-only) under the reconciliation and nightly
 * activities, and under the review app's decisions. Each was written as a test that failed before its fix; steps,
 * what was seen and what it should be are in each comment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNightlyActivities, type NightlyChunkResult } from '../../activities/nightly-activities.js';
import {
  createReconcileActivities,
  fileReportSink,
  type FeedReconcileOutcome,
} from '../../activities/reconcile-activities.js';
import type { StorageRefused, StorageRefusalDeps } from '../../activities/storage-failures.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { getAccount } from '../../db/account-repository.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { activityStorage } from '../../worker/bankfeed-worker.js';
import { createLogger } from '../../worker/logger.js';
import type { StorageWriteError } from '../../worker/storage-errors.js';
import { seedAccount, seedBank } from '../reconciliation/seed.js';

const logger = createLogger({ silent: true });
const ACCOUNTS = ['acc_s39_a', 'acc_s39_b'];
const LINES = 150;

let dir: string;
let file: string;
let handle: DbHandle;
let refused: StorageRefused[];

/** The database may not grow past the pages it has now: its next write needing a page answers SQLITE_FULL. */
async function fillUp(db: Kysely<Database>): Promise<void> {
  const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  await sql.raw(`pragma max_page_count = ${pages.rows[0]!.page_count}`).execute(db);
}

async function makeRoom(db: Kysely<Database>): Promise<void> {
  await sql.raw('pragma max_page_count = 1073741823').execute(db);
}

/** Each account's bank lines and, in its own CSV general ledger, the receipts they pay (enough rows to need pages). */
function config(): LedgerConfig {
  return {
    sources: ACCOUNTS.map((id) => ({ id: `gl-${id}`, kind: 'csv', path: `${id}.csv`, currency: 'NGN' })),
    bindings: ACCOUNTS.map((id) => ({ accountId: id, sourceId: `gl-${id}`, ledgerAccount: '1010' })),
  } as unknown as LedgerConfig;
}

function day(i: number): string {
  return new Date(Date.UTC(2026, 9, 1) + (i % 28) * 86_400_000).toISOString().slice(0, 10);
}

function activities(storage: StorageRefusalDeps) {
  const reportSink = fileReportSink(join(dir, 'reports'));
  const ledger = { config: config(), baseDir: dir };
  const reconcile = createReconcileActivities({ ...storage, db: handle.db, logger, dataDir: dir, reportSink, ledger });
  const nightly = createNightlyActivities({ ...storage, db: handle.db, logger, reportSink, reconcile, ledger });
  return { reconcile, nightly };
}

const watched = () => ({ database: file, onStorageRefused: (r: StorageRefused) => void refused.push(r) });

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-ops39-'));
  file = join(dir, 'bankfeed.db');
  handle = await openDb({ url: file });
  refused = [];
  for (const id of ACCOUNTS) {
    await seedAccount(handle.db, id);
    const rows = ['Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit'];
    const lines = [];
    for (let i = 0; i < LINES; i++) {
      const amount = 10_000 + i * 137;
      lines.push({ date: day(i), amountMinor: amount * 100, narration: `TRF FROM CUSTOMER ${i} INV-${id}-${i}` });
      rows.push(
        `${day(i)},JNL-${i},1010,Bank - GTBank,Receipt from customer ${i} for services rendered,INV-${id}-${i},"${amount}.00",`,
      );
    }
    await seedBank(handle.db, id, lines);
    writeFileSync(join(dir, `${id}.csv`), rows.join('\n') + '\n');
  }
});
afterEach(async () => {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a database that fills under reconciliation (real activities, SQLite)', () => {
  // What I did: `bankfeed worker` with a ledger binding and the data directory on a small tmpfs, and a sync that
  // filled it: the feed's reconciliation (reconcileAccountFeed) pulled the books and stored its run.
  // What I saw: the feed's own activities stopped the worker naming the database (session 38), but reconcileAccountFeed
  // threw the raw "SqliteError: database or disk is full", retried by Temporal a minute apart for ever under a worker
  // that went on running; nobody was told.
  // What it should be: as the feed's activities: the attempt fails as a retryable StorageWriteRefused naming the
  // database, and the command's storage watch hears of it (start and worker stop in order, exit 1 naming it). Cause:
  // activities/reconcile-activities.ts ran outside reportStorageRefusal.
  it('reconcileAccountFeed fails retryably as StorageWriteRefused naming the database, and reports it', async () => {
    const { reconcile } = activities(watched());
    await fillUp(handle.db);
    const failure = await failureOf(
      new MockActivityEnvironment({ attempt: 1 }).run(reconcile.reconcileAccountFeed, {
        accountId: ACCOUNTS[0]!,
        trigger: 'sync' as const,
      }),
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      type: 'StorageWriteRefused',
      nonRetryable: false,
      message: `cannot write ${file}: database or disk is full (SQLITE_FULL)`,
    });
    expect(refused).toEqual([{ path: file, code: 'SQLITE_FULL', said: 'database or disk is full' }]);
    // once the disk has room, the retry goes through
    await makeRoom(handle.db);
    const r: FeedReconcileOutcome | null = await new MockActivityEnvironment({ attempt: 2 }).run(
      reconcile.reconcileAccountFeed,
      {
        accountId: ACCOUNTS[0]!,
        trigger: 'sync' as const,
      },
    );
    expect(r?.runId).toEqual(expect.any(Number));
  });

  // The same for the report activities (the binding a first use records, the workbook's report): a read-only
  // database (SQLITE_READONLY) is met by writeAccountReport's first write.
  it('writeAccountReport meeting a read-only database reports it', async () => {
    const { reconcile } = activities(watched());
    await sql.raw('pragma query_only = 1').execute(handle.db);
    try {
      const failure = await failureOf(
        new MockActivityEnvironment().run(reconcile.writeAccountReport, { accountId: ACCOUNTS[0]! }),
      );
      expect(failure).toMatchObject({
        type: 'StorageWriteRefused',
        nonRetryable: false,
        message: `cannot write ${file}: the database is read-only (SQLITE_READONLY)`,
      });
      expect(refused).toEqual([{ path: file, code: 'SQLITE_READONLY', said: 'the database is read-only' }]);
    } finally {
      await sql.raw('pragma query_only = 0').execute(handle.db);
    }
  });
});

describe('a database that fills under the nightly run (real activities, SQLite)', () => {
  const chunk = { runKey: 'night-s39', day: '2026-10-28', part: 'p0', accountIds: ACCOUNTS };

  // What I did: the nightly schedule's run (nightlyReconcileChunk) on a data directory whose disk was full.
  // What I saw: every account of the chunk "failed" with "database or disk is full" in the log, recording each
  // account's nightly error failed too (logged), the chunk completed with failed = its size, the night's summary
  // listed every account as failed, and the worker went on running: nobody was told, and the night was not run again
  // when the disk had room.
  // What it should be: the refusal is reported (the process stops in order naming the database) and the chunk's
  // attempt fails as a retryable StorageWriteRefused, not counted as an account's failure; the retry resumes at that
  // account once a worker has room. Cause: activities/nightly-activities.ts counted every error as the account's.
  it('fails the chunk retryably, reports it once, marks no account failed, and a retry reconciles them all', async () => {
    const { nightly } = activities(watched());
    await fillUp(handle.db);
    const failure = await failureOf(
      new MockActivityEnvironment({ attempt: 1 }).run(nightly.nightlyReconcileChunk, chunk),
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({
      type: 'StorageWriteRefused',
      nonRetryable: false,
      message: `cannot write ${file}: database or disk is full (SQLITE_FULL)`,
    });
    expect(refused).toEqual([{ path: file, code: 'SQLITE_FULL', said: 'database or disk is full' }]);
    await makeRoom(handle.db);
    for (const id of ACCOUNTS) expect((await getAccount(handle.db, id))!.nightly_error).toBeNull();
    const r: NightlyChunkResult = await new MockActivityEnvironment({ attempt: 2 }).run(
      nightly.nightlyReconcileChunk,
      chunk,
    );
    expect(r).toMatchObject({ accounts: 2, reconciled: 2, failed: 0 });
  });

  // An account's own failure (its ledger source missing) is still counted and the run goes on; but when the disk
  // refuses the write of that account's nightly error, that refusal is reported as any other, not only logged.
  it("reports a refused write of an account's nightly error", async () => {
    const { nightly } = activities(watched());
    await handle.db
      .updateTable('accounts')
      .set({ ledger_binding: JSON.stringify({ sourceId: 'gone', ledgerAccount: '1010' }) })
      .where('id', '=', ACCOUNTS[0]!)
      .execute();
    await sql
      .raw(
        `create trigger ops39_full before update of nightly_error on accounts when new.nightly_error is not null
           begin select raise(abort, 'SQLITE_FULL: database or disk is full'); end`,
      )
      .execute(handle.db);
    const failure = await failureOf(new MockActivityEnvironment().run(nightly.nightlyReconcileChunk, chunk));
    expect(failure).toMatchObject({ type: 'StorageWriteRefused', nonRetryable: false });
    expect(refused).toEqual([{ path: file, code: 'SQLITE_FULL', said: 'database or disk is full' }]);
    // with room, the account's own failure is recorded and counted, the other account reconciled
    await sql.raw('drop trigger ops39_full').execute(handle.db);
    const r = await new MockActivityEnvironment().run(nightly.nightlyReconcileChunk, chunk);
    expect(r).toMatchObject({ accounts: 2, reconciled: 1, failed: 1 });
    expect((await getAccount(handle.db, ACCOUNTS[0]!))!.nightly_error).toMatch(/ledger source "gone"/);
  });
});

describe("the worker's storage watch reaches the reconciliation and nightly activities", () => {
  // worker/bankfeed-worker.ts gave the storage watch to the feed's activities only; activityStorage is what it now
  // gives every factory: the database's name, and a StorageWriteError (the command's exit line) told.
  it('tells the command a StorageWriteError naming the database', async () => {
    const told: StorageWriteError[] = [];
    const { nightly } = activities(activityStorage({ database: file, onRefused: (e) => told.push(e) }));
    await fillUp(handle.db);
    await expect(
      new MockActivityEnvironment().run(nightly.nightlyReconcileChunk, {
        runKey: 'night-s39-watch',
        day: '2026-10-28',
        part: 'p0',
        accountIds: ACCOUNTS,
      }),
    ).rejects.toMatchObject({ type: 'StorageWriteRefused' });
    expect(told).toHaveLength(1);
    expect(told[0]!.name).toBe('StorageWriteError');
    expect(told[0]!.message).toMatch(new RegExp(`^cannot write ${file}: database or disk is full \\(SQLITE_FULL\\)`));
  });
});
