import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS_PATH, workflowBundle } from '../../worker/bankfeed-worker.js';
import { replayStrictly } from '../support/strict-replay.js';

const dir = new URL('../fixtures/histories/', import.meta.url).pathname;
/** Histories the current code must NOT replay: each proves the check below can fail. */
const badDir = new URL('../fixtures/nondeterministic-histories/', import.meta.url).pathname;

/**
 * Recorded histories of real feeds (backfill, webhook sync, duplicate delivery, MFA pause and resume, unlink,
 * continue-as-new) replayed against the current workflow code: a change that would break running feeds fails here.
 * Re-record with BANKFEED_RECORD_HISTORIES=1 npx vitest run test/feed/account-feed.test.ts after an intended change
 * (and use patching for feeds already running in production). Each is replayed strictly (test/support/strict-replay.ts):
 * a plain Worker.runReplayHistory does not report a nondeterminism in a history's last workflow task.
 */
/** The patch ids a recorded history's markers carry (each marker's details hold {"id": …} as JSON payloads). */
function patchesIn(file: string): string[] {
  const history = historyFromJSON(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return (history.events ?? []).flatMap((e) =>
    Object.values(e.markerRecordedEventAttributes?.details ?? {}).flatMap((d) =>
      (d.payloads ?? []).flatMap((p) => {
        const v: unknown = JSON.parse(Buffer.from(p.data ?? new Uint8Array()).toString('utf8'));
        return typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' ? [v.id] : [];
      }),
    ),
  );
}

describe('workflow determinism', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  // Each of these patches is replayed from a recorded history that took its new path (recorded by
  // test/feed/unlink-during-bank-call.test.ts, unlink-during-reconcile.test.ts, stale-mono-unlink.test.ts,
  // signal-order.test.ts, not-found-confirm.test.ts and set-aside-unlink-record.test.ts with
  // BANKFEED_RECORD_HISTORIES=1).
  // accountFeed-15-not-found-ends-before-check.json was recorded on the code before confirm-mono-not-found (a feed
  // that one not-found answer ended): it replays only because that patch keeps the old path. So were 18 to 20 on the
  // code before hold-unlink-before-asking and answer-sync-after-unlink-check (a person's unlink dropped before the
  // question to Mono; a syncNow caller answered `unlinked` on a 404, and on a stale webhook, that the feed set aside).
  // 22 was recorded on the code before record-set-aside-unlink: an account_unlinked set aside unconfirmed (its note the
  // feed's last error only), then good syncs that ask Mono nothing; it replays because the patch keeps that path.
  // nightlyBatch-01 and nightlyRun-01 were recorded on the code before nightly-waits-for-feed-syncs (a batch that slept
  // settleMs); their -02 took the new path (the wait activity). Recorded with one feed signalled and one not running.
  it.each([
    'unlink-cancels-bank-call',
    'unlink-skips-reconcile',
    'confirm-mono-unlink',
    'wait-then-decide',
    'hold-job-webhooks',
    'confirm-mono-not-found',
    'hold-unlink-before-asking',
    'answer-sync-after-unlink-check',
    'record-set-aside-unlink',
    'nightly-waits-for-feed-syncs',
  ])('has a recorded history with the %s marker', (id) => {
    const marked = files.filter((f) => patchesIn(f).includes(id));
    expect(marked.length).toBeGreaterThan(0);
  });
  it.each(files)('replays %s', async (file) => {
    expect(WORKFLOWS_PATH).toMatch(/workflows/);
    await replayStrictly({ workflowBundle: await workflowBundle() }, join(dir, file), file.replace(/\.json$/, ''));
  });

  // chaos-timer-3-was-4.json: the chaos run's feed (seed 53440483, account 51231226…) whose workflow task failed forever with
  // "Timer fired event did not have expected timer id 3, it was 4!" (docs/sync-guarantee.md).
  const bad = readdirSync(badDir).filter((f) => f.endsWith('.json'));
  it.each(bad)('reports %s as nondeterministic', async (file) => {
    const replay = replayStrictly({ workflowBundle: await workflowBundle() }, join(badDir, file), 'account-feed:x');
    await expect(replay).rejects.toBeInstanceOf(DeterminismViolationError);
  });
  // Why the strict replay: SDK 1.24's own replay resolves on the same history. Should this start failing after an
  // SDK upgrade, the SDK reports such histories itself and strict-replay.ts may go.
  it.each(bad)('(the plain SDK replay passes %s)', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(badDir, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, 'account-feed:x');
  });
});
