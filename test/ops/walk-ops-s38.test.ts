/**
 * Operations walk, session 38: the defects walk-ops-s37 saw and left, each written as a test that failed before its
 * fix. Steps, what was seen and what it should be are in each comment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/index.js';
import { runCli } from '../support/cli-in-process.js';
import { useActivitySandbox } from '../support/feed-harness.js';

const dirs: string[] = [];
const savedEnv = { ...process.env };

afterAll(() => {
  process.env = savedEnv;
  const ds = dirs.splice(0);
  process.once('exit', () => ds.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

function freshDir(tag: string): string {
  const d = mkdtempSync(join(tmpdir(), `bankfeed-ops38-${tag}-`));
  dirs.push(d);
  return d;
}

describe('a data directory whose logs is a file', () => {
  // What I did: `touch $BANKFEED_DATA_DIR/logs` (a file where the log folder goes), then `bankfeed start --once` and
  // `bankfeed worker`.
  // What I saw: "bankfeed: EEXIST: file already exists, mkdir '/tmp/…/logs'", exit 1.
  // What it should be: a data directory bankfeed cannot use is configuration (exit 3 in the exit-code map), with a
  // message naming the path and what to do. Cause: worker/logger.ts makes the folder with a bare mkdirSync.
  for (const command of [['start', '--once', '--no-web'], ['worker']]) {
    it(`${command[0]} exits 3 naming the path`, async () => {
      const dir = freshDir('logs-file');
      writeFileSync(join(dir, 'logs'), 'not a folder');
      process.env.BANKFEED_DATA_DIR = dir;
      for (const k of ['MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL', 'DATABASE_URL', 'TEMPORAL_ADDRESS'])
        delete process.env[k];
      const r = await runCli(...command);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(join(dir, 'logs'));
      expect(r.stderr).toMatch(/BANKFEED_DATA_DIR/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  }
});

describe('the re-authorisation link and the unlink while Mono is slow (real activities, the sandbox)', () => {
  const s = useActivitySandbox({ seed: 3806, webhookUrl: null });

  /** A client of the sandbox whose link and unlink calls answer after `ms` (a hanging Mono, shortened). */
  function slowLinkCalls(ms: number): MonoClient {
    const real = new MonoClient({ baseUrl: s.sb.url, secretKey: s.sb.secretKey });
    const slow = Object.create(real) as MonoClient;
    const wait = () => new Promise((r) => setTimeout(r, ms));
    slow.initiateReauth = async (...a) => (await wait(), real.initiateReauth(...a));
    slow.unlink = async (...a) => (await wait(), real.unlink(...a));
    return slow;
  }

  // What I did: the sandbox's `slowMs` on Mono's link calls, an account needing re-authorisation, then `bankfeed
  // unlink` of another, and read the Temporal UI's pending activities.
  // What I saw: createReauthLink and unlinkAtMono sent no heartbeat while they waited for Mono: under the feed's
  // heartbeat timeout (30 s, no longer than the client's own) Temporal timed every such attempt out as a cancellation
  // before Mono's timeout failed it, as the sync's calls were before walk-ops-s37b.
  // What it should be: every activity of the feed that calls Mono heartbeats while it waits (withHeartbeats), so a
  // hanging Mono fails the attempt at the client's timeout and a dead worker is still noticed within the heartbeat
  // timeout. Cause: activities/feed-activities.ts called Mono in these two without withHeartbeats.
  for (const name of ['createReauthLink', 'unlinkAtMono'] as const) {
    it(`${name} heartbeats while it waits for Mono`, async () => {
      const id = await s.sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 3, txnsPerDay: 2 });
      const { acts } = s.feedActivities(slowLinkCalls(1_000));
      await new MockActivityEnvironment().run(acts.describeAccount, id);
      const env = new MockActivityEnvironment({ heartbeatTimeoutMs: 300 });
      let beats = 0;
      env.on('heartbeat', () => beats++);
      await env.run(acts[name], id);
      expect(beats).toBeGreaterThanOrEqual(3);
    });
  }
});
