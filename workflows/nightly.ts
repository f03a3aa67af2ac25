import {
  continueAsNew,
  executeChild,
  getExternalWorkflowHandle,
  ParentClosePolicy,
  patched,
  proxyActivities,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { NightlyActivities, NightlyChunkResult } from '../activities/nightly-activities.js';
import { accountFeedWorkflowId, syncRequestedSignal } from './messages.js';

export interface NightlyInput {
  /** Accounts per batch (one child workflow each). */
  pageSize?: number;
  /** Batches running at once: bounds the load the run puts on Mono, the books and the database. */
  maxConcurrentBatches?: number;
  /** Accounts per reconcile activity inside a batch, and how many of those run at once. */
  chunkSize?: number;
  chunkConcurrency?: number;
  /** Write the per-account workbooks and the organisation summary after asking the feeds to sync. */
  reports?: boolean;
  /**
   * How long a batch waits at most for its feeds' syncs before reading the books for the reports (120 s): the wait
   * ends as soon as every feed it asked has completed a sync since the run began.
   */
  settleMs?: number;
  /** Continue as new after this many batches (keeps each run's history short). */
  batchesPerRun?: number;
  /** Carried across continue-as-new; never set by callers. */
  carry?: NightlyCarry;
}

export interface NightlyTotals {
  batches: number;
  signalled: number;
  notRunning: number;
  accounts: number;
  reconciled: number;
  failed: number;
  /** Workbooks the full report folder refused, and accounts the summary lacks for it (absent in older carries). */
  notWritten?: number;
  unlisted?: number;
  /** Accounts reported without a sync since the run began (absent in older carries). */
  notSynced?: number;
}

interface NightlyCarry {
  day: string;
  afterId: string | null;
  totals: NightlyTotals;
  /** Workbook paths, kept only while the run is small enough to return them. */
  files: string[];
  /** When the run began (ISO), kept across continue-as-new; absent in older carries. */
  startedAt?: string;
}

export interface NightlyResult {
  signalled: number;
  notRunning: number;
  reports: {
    accounts: number;
    files: string[];
    reconciled: number;
    failed: number;
    /** Account workbooks not written: the report folder was full (each account's nightly error names it). */
    notWritten: number;
    /** Accounts the organisation summary does not list: the full folder refused their rows. */
    unlisted: number;
    /**
     * Accounts reported although their feed completed no sync since the run began: each workbook and summary row is
     * marked, and each account's nightly error says so (`bankfeed status` exits 1).
     */
    notSynced: number;
    /** Why the organisation summary was not written (the report folder full), when it was not. */
    summaryNotWritten: string | null;
  } | null;
  batches: number;
}

export interface NightlyBatchInput {
  runKey: string;
  day: string;
  batch: number;
  accountIds: string[];
  reports: boolean;
  settleMs: number;
  chunkSize: number;
  chunkConcurrency: number;
  /** When the run began (ISO): feeds that completed no sync since are waited for, then said to be so. */
  runStartedAt?: string;
}

export interface NightlyBatchResult extends NightlyChunkResult {
  signalled: number;
  notRunning: number;
}

const SIGNAL_WAVE = 50;

/**
 * Patch: a batch waits for its feeds' syncs (at most settleMs) instead of sleeping settleMs, and its chunks are told
 * when the run began, so an account reported without a sync tonight is said to be so. Older histories sleep.
 */
const WAIT_FOR_FEED_SYNCS = 'nightly-waits-for-feed-syncs';

/** File lists stop being returned past this many workbooks (a workflow result must stay small). */
const MAX_LISTED_FILES = 200;

const { nightlyBusinessDay, nightlyAccountPage, writeNightlySummary } = proxyActivities<NightlyActivities>({
  startToCloseTimeout: '10m',
  heartbeatTimeout: '2m',
  retry: { maximumInterval: '30s' },
});
const { nightlyReconcileChunk } = proxyActivities<NightlyActivities>({
  startToCloseTimeout: '1h',
  // A crashed worker is noticed within a minute; the retry resumes after the last finished account.
  heartbeatTimeout: '1m',
  retry: { maximumInterval: '1m' },
});

/**
 * One batch of the nightly run: asks each account's feed to sync (a feed that has ended is counted, not an error),
 * waits for their syncs (up to a bound), then reconciles and reports the accounts in chunks, a few chunks at a time.
 */
export async function nightlyBatch(input: NightlyBatchInput): Promise<NightlyBatchResult> {
  let signalled = 0;
  let notRunning = 0;
  const asked: string[] = [];
  // In waves: one workflow task answering hundreds of signal results at once can outlast the task timeout on a
  // loaded worker, and a timed-out task is redone from the start.
  for (let i = 0; i < input.accountIds.length; i += SIGNAL_WAVE) {
    await Promise.all(
      input.accountIds.slice(i, i + SIGNAL_WAVE).map(async (accountId) => {
        try {
          await getExternalWorkflowHandle(accountFeedWorkflowId(accountId)).signal(syncRequestedSignal, {
            reason: `nightly:${input.runKey}`,
          });
          signalled++;
          asked.push(accountId);
        } catch {
          notRunning++;
        }
      }),
    );
  }
  const result: NightlyBatchResult = {
    signalled,
    notRunning,
    accounts: 0,
    reconciled: 0,
    failed: 0,
    notWritten: 0,
    unlisted: 0,
    notSynced: 0,
    files: [],
  };
  if (!input.reports) return result;
  const since = input.runStartedAt ?? workflowInfo().startTime.toISOString();
  const checksSyncs = patched(WAIT_FOR_FEED_SYNCS);
  if (!checksSyncs) {
    if (input.settleMs > 0) await sleep(input.settleMs);
  } else if (asked.length > 0 && input.settleMs > 0) {
    // One activity, however long the wait: the batch's history stays the same size.
    const { nightlyAwaitFeedSyncs } = proxyActivities<NightlyActivities>({
      startToCloseTimeout: input.settleMs + 5 * 60_000,
      heartbeatTimeout: '1m',
      retry: { maximumInterval: '30s' },
    });
    await nightlyAwaitFeedSyncs({
      accountIds: asked,
      since,
      until: new Date(Date.now() + input.settleMs).toISOString(),
    });
  }
  const chunks: string[][] = [];
  for (let i = 0; i < input.accountIds.length; i += input.chunkSize)
    chunks.push(input.accountIds.slice(i, i + input.chunkSize));
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(input.chunkConcurrency, chunks.length) }, async () => {
      while (next < chunks.length) {
        const i = next++;
        const r = await nightlyReconcileChunk({
          runKey: input.runKey,
          day: input.day,
          part: `b${input.batch}-c${i}`,
          accountIds: chunks[i]!,
          ...(checksSyncs ? { syncedSince: since } : {}),
        });
        result.accounts += r.accounts;
        result.reconciled += r.reconciled;
        result.failed += r.failed;
        // (a chunk completed by an older worker counts neither)
        result.notWritten += r.notWritten ?? 0;
        result.unlisted += r.unlisted ?? 0;
        result.notSynced = (result.notSynced ?? 0) + (r.notSynced ?? 0);
        if (result.files.length < MAX_LISTED_FILES) result.files.push(...r.files);
      }
    }),
  );
  return result;
}

/**
 * The nightly run for any number of accounts: pages through linked accounts in id order and runs each page as a
 * child workflow (nightlyBatch), a bounded number at a time; continues as new every few batches so no history grows
 * with the number of accounts; at the end writes the organisation summary from every batch's rows.
 */
export async function nightlyRun(input: NightlyInput = {}): Promise<NightlyResult> {
  const pageSize = input.pageSize ?? 500;
  const maxConcurrent = input.maxConcurrentBatches ?? 4;
  const batchesPerRun = input.batchesPerRun ?? 40;
  const reports = input.reports !== false;
  const runKey = workflowInfo().workflowId;
  const carry: NightlyCarry = input.carry ?? {
    day: await nightlyBusinessDay(),
    afterId: null,
    totals: { batches: 0, signalled: 0, notRunning: 0, accounts: 0, reconciled: 0, failed: 0 },
    files: [],
    startedAt: workflowInfo().startTime.toISOString(),
  };
  // (a carry from before it was kept: this run's start, later than the first's, so no stale account passes for fresh)
  carry.startedAt ??= workflowInfo().startTime.toISOString();
  const t = carry.totals;
  const running = new Set<Promise<void>>();
  let startedThisRun = 0;
  let exhausted = false;
  while (!exhausted && startedThisRun < batchesPerRun) {
    const ids = await nightlyAccountPage({ afterId: carry.afterId, limit: pageSize });
    if (ids.length === 0) break;
    carry.afterId = ids[ids.length - 1]!;
    exhausted = ids.length < pageSize;
    const batch = t.batches++;
    startedThisRun++;
    const p = executeChild(nightlyBatch, {
      workflowId: `${runKey}/batch-${batch}`,
      parentClosePolicy: ParentClosePolicy.TERMINATE,
      args: [
        {
          runKey,
          day: carry.day,
          batch,
          accountIds: ids,
          reports,
          settleMs: input.settleMs ?? 120_000,
          chunkSize: input.chunkSize ?? 25,
          chunkConcurrency: input.chunkConcurrency ?? 2,
          runStartedAt: carry.startedAt,
        },
      ],
    }).then((r) => {
      t.signalled += r.signalled;
      t.notRunning += r.notRunning;
      t.accounts += r.accounts;
      t.reconciled += r.reconciled;
      t.failed += r.failed;
      t.notWritten = (t.notWritten ?? 0) + (r.notWritten ?? 0);
      t.unlisted = (t.unlisted ?? 0) + (r.unlisted ?? 0);
      t.notSynced = (t.notSynced ?? 0) + (r.notSynced ?? 0);
      if (carry.files.length < MAX_LISTED_FILES) carry.files.push(...r.files);
      running.delete(p);
    });
    running.add(p);
    if (running.size >= maxConcurrent) await Promise.race(running);
  }
  // Children finish before the run continues as new or ends: their totals are part of the carried state.
  await Promise.all(running);
  if (!exhausted && startedThisRun >= batchesPerRun) {
    await continueAsNew<typeof nightlyRun>({ ...input, carry });
  }
  // The same activity as before, whose result now may say the full report folder refused the summary: the run's
  // commands are unchanged, so running histories replay without a patch.
  let summary: string | null = null;
  let summaryNotWritten: string | null = null;
  if (reports) {
    const written = await writeNightlySummary({ runKey, day: carry.day });
    summary = written.file;
    summaryNotWritten = written.notWritten ?? null;
  }
  return {
    signalled: t.signalled,
    notRunning: t.notRunning,
    batches: t.batches,
    reports: reports
      ? {
          accounts: t.accounts,
          reconciled: t.reconciled,
          failed: t.failed,
          notWritten: t.notWritten ?? 0,
          unlisted: t.unlisted ?? 0,
          notSynced: t.notSynced ?? 0,
          summaryNotWritten,
          files: [...(summary ? [summary] : []), ...carry.files],
        }
      : null,
  };
}
