import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS_PATH, workflowBundle } from '../../worker/bankfeed-worker.js';

const dir = new URL('../fixtures/histories/', import.meta.url).pathname;

/**
 * Recorded histories of real feeds (backfill, webhook sync, duplicate delivery, MFA pause and resume, unlink,
 * continue-as-new) replayed against the current workflow code: a change that would break running feeds fails here.
 * Re-record with BANKFEED_RECORD_HISTORIES=1 npx vitest run test/feed/account-feed.test.ts after an intended change
 * (and use patching for feeds already running in production).
 */
describe('workflow determinism', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });
  it.each(files)('replays %s', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(WORKFLOWS_PATH).toMatch(/workflows/);
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file.replace(/\.json$/, ''));
  });
});
