import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { NativeConnection, Worker } from '@temporalio/worker';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createNightlyActivities } from '../../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink } from '../../activities/reconcile-activities.js';
import { upsertAccount } from '../../db/account-repository.js';
import { createLogger } from '../../worker/logger.js';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { NightlyResult } from '../../workflows/nightly.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

// The nightly fan-out on a real Temporal server: pages of accounts become child workflows, a bounded number at a
// time; the parent continues as new every few batches; the organisation summary lists every account once.

const logger = createLogger({ silent: true });
const N = 23;
let db: TestDb;
let dir: string;
const ids: string[] = [];

async function addAccounts(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const id = `acc_nightly_${String(i).padStart(3, '0')}`;
    ids.push(id);
    await upsertAccount(
      db.db,
      {
        id,
        name: `Account ${i}`,
        institutionName: 'GTBank',
        institutionCode: '058',
        accountNumberMasked: '******1234',
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        accountType: 'CURRENT',
        customerId: null,
        dataStatus: 'AVAILABLE',
        balanceMinor: 100_00 * (i + 1),
        balanceAsOf: '2026-12-01T00:00:00.000Z',
      },
      '2026-12-01T00:00:00.000Z',
    );
  }
}

beforeAll(async () => {
  db = await openSqliteTestDb();
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-nightly-'));
  await addAccounts(N);
});
afterAll(async () => {
  await db?.dispose();
  await rm(dir, { recursive: true, force: true });
});

function activities() {
  const reportSink = fileReportSink(join(dir, 'reports'));
  const reconcile = createReconcileActivities({ db: db.db, logger, dataDir: dir, reportSink });
  return createNightlyActivities({ db: db.db, logger, reportSink, reconcile });
}

describe('the nightly fan-out', () => {
  it('runs pages as bounded child batches, continues as new, and summarises every account once', async () => {
    const address = inject('temporalAddress');
    const namespace = inject('temporalNamespace');
    const taskQueue = `nightly-${randomUUID()}`;
    const native = await NativeConnection.connect({ address });
    const worker = await Worker.create({
      connection: native,
      namespace,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: activities(),
    });
    const connection = await Connection.connect({ address });
    const client = new Client({ connection, namespace });
    try {
      const workflowId = `nightly-test-${randomUUID()}`;
      const result = (await worker.runUntil(
        client.workflow.execute('nightlyRun', {
          taskQueue,
          workflowId,
          args: [{ pageSize: 5, maxConcurrentBatches: 2, batchesPerRun: 2, chunkSize: 2, settleMs: 10 }],
        }),
      )) as NightlyResult;
      // No feed runs on this queue: every account is counted as not running, none lost.
      expect(result).toMatchObject({ batches: Math.ceil(N / 5), signalled: 0, notRunning: N });
      expect(result.reports).toMatchObject({ accounts: N, failed: 0 });
      const summary = result.reports!.files[0]!;
      expect(summary).toMatch(/reconciliation\.xlsx$/);
      const wb = XLSX.read(await readFile(summary));
      const text = wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n');
      for (const id of ids) expect(text.split(id).length - 1, id).toBe(1);

      // Three runs of at most two batches each (5 batches): each history stays short. Visibility lags a little.
      let runs: number[] = [];
      for (let attempt = 0; attempt < 50 && runs.length < 3; attempt++) {
        runs = [];
        for await (const w of client.workflow.list({ query: `WorkflowId = '${workflowId}'` }))
          runs.push(w.historyLength);
        if (runs.length < 3) await new Promise((r) => setTimeout(r, 200));
      }
      expect(runs).toHaveLength(3);
      expect(Math.max(...runs)).toBeLessThan(200);
    } finally {
      await connection.close();
      await native.close();
    }
  }, 120_000);

  it('a retried chunk resumes after the last finished account and survives one account failing', async () => {
    const seen: string[] = [];
    const reportSink = fileReportSink(join(dir, 'reports-resume'));
    const acts = createNightlyActivities({
      db: db.db,
      logger,
      reportSink,
      reconcile: {
        async reconcileAccountFeed(input) {
          seen.push(input.accountId);
          return null;
        },
        accountReport() {
          return Promise.reject(new Error('not reached: nothing was reconciled'));
        },
      },
      // Every account bound, so the reconcile activity is asked for each one.
      ledger: {
        baseDir: dir,
        config: {
          sources: [],
          bindings: ids.map((accountId) => ({ accountId, sourceId: 'books', ledgerAccount: '1010' })),
        } as never,
      },
    });
    const chunk = [ids[0]!, ids[1]!, 'acc_missing', ids[3]!];
    const env = new MockActivityEnvironment({
      heartbeatDetails: { done: 2, rows: [], files: [], reconciled: 0, failed: 0 },
    });
    const r = await env.run(acts.nightlyReconcileChunk, {
      runKey: 'resume',
      day: '2026-12-01',
      part: 'p',
      accountIds: chunk,
    });
    expect(seen).toEqual([ids[3]]);
    expect(r).toMatchObject({ accounts: 4, failed: 1 });
  });
});
