import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockFile } from '../../worker/data-dir-lock.js';
import { runCli } from '../support/cli-in-process.js';

// `bankfeed status` on a data directory whose database file had been removed (a clean-up script, `rm` in the wrong
// folder) said "nothing has run with this data directory" beside the worker's own stop note, log and reports, and sent
// the operator to check cron's environment. It now says so only where nothing has run; where something has, it says
// the file is missing, that what it held is gone unless restored from a backup, and what to do. Exit 3 either way,
// and nothing is created.

const savedEnv = { ...process.env };
const dirs: string[] = [];
afterEach(() => {
  process.env = { ...savedEnv };
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bankfeed-status-nodb-'));
  dirs.push(d);
  return d;
}

async function statusOn(dataDir: string, databaseUrl?: string) {
  process.env.BANKFEED_DATA_DIR = dataDir;
  for (const k of ['DATABASE_URL', 'MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL', 'TEMPORAL_ADDRESS'])
    delete process.env[k];
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  return runCli('status');
}

describe('bankfeed status with no database file where it looks', () => {
  it('where nothing has run, says so and sends the operator to the variable', async () => {
    const dir = join(freshDir(), 'srv-bankfeed-typo');
    const r = await statusOn(dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`no bankfeed database at ${join(dir, 'bankfeed.db')}`);
    expect(r.stderr).toMatch(/nothing has run with this data directory; set BANKFEED_DATA_DIR \(or DATABASE_URL\)/);
    expect(existsSync(dir)).toBe(false);
  });

  it('where a worker ran and stopped cleanly, says the file is missing, what is lost and what to do', async () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, 'worker', () => new Date('2026-12-06T21:14:03.000Z'));
    lock.release();
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'bankfeed.log'), '');
    mkdirSync(join(dir, 'reports'));
    const r = await statusOn(dir);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toMatch(/nothing has run/);
    expect(r.stderr).toContain(`no bankfeed database at ${join(dir, 'bankfeed.db')}`);
    expect(r.stderr).toContain('its last worker stopped at 2026-12-06T21:14:03.000Z');
    expect(r.stderr).toContain('found bankfeed.stopped, logs, reports');
    expect(r.stderr).toMatch(
      /the database file is missing, removed or moved, and what it held is gone unless restored/,
    );
    expect(r.stderr).toMatch(
      /Restore it there \(with the worker stopped\), or start the worker again, which creates an/,
    );
    expect(r.stderr).not.toContain('DATABASE_URL does not name');
    expect(existsSync(join(dir, 'bankfeed.db'))).toBe(false);
  });

  it('where the last worker died, says that, and under DATABASE_URL that it may name another file', async () => {
    const dir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: Number(dead.stdout), startedAt: '2026-12-06T17:09:25.408Z', command: 'worker' }),
    );
    const file = join(freshDir(), 'elsewhere.db');
    const r = await statusOn(dir, file);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`no bankfeed database at ${file} (DATABASE_URL,`);
    expect(r.stderr).toContain('its last worker started 2026-12-06T17:09:25.408Z and did not stop cleanly');
    expect(r.stderr).toContain('found bankfeed.lock');
    expect(r.stderr).toContain('(or DATABASE_URL does not name the file the worker uses)');
    expect(existsSync(file)).toBe(false);
  });
});
