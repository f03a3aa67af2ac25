import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { inject } from 'vitest';
import { temporalSettings } from '../../temporal.config.js';

/**
 * With BANKFEED_RECORD_HISTORIES=1, saves one feed's history as the replay fixture `name`
 * (test/fixtures/histories/<name>.json, replayed by test/feed/replay.test.ts), exported by the pinned Temporal CLI in
 * the JSON format historyFromJSON reads, as test/support/feed-harness.ts records the others.
 */
export async function recordHistoryFixture(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.BANKFEED_RECORD_HISTORIES !== '1') return;
  const { runId } = await handle.describe();
  const r = spawnSync(
    temporalSettings().cliPath,
    [
      'workflow',
      'show',
      '--address',
      inject('temporalAddress'),
      '--namespace',
      inject('temporalNamespace'),
      '--workflow-id',
      handle.workflowId,
      '--run-id',
      runId,
      '--output',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`temporal workflow show failed: ${r.stderr}`);
  writeFileSync(join(new URL('../fixtures/histories/', import.meta.url).pathname, `${name}.json`), r.stdout);
}
