/**
 * Operations walk, session 38: the defects walk-ops-s37 saw and left, each written as a test that failed before its
 * fix. Steps, what was seen and what it should be are in each comment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-in-process.js';

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
