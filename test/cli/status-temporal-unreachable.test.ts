import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTemporalUnreachable, recordTemporalUnreachable } from '../../db/temporal-unreachable-repository.js';
import { statusReport } from '../../worker/commands/status-command.js';
import { acquireDataDirLock, lockFile, type DataDirLock } from '../../worker/data-dir-lock.js';
import { createLogger } from '../../worker/logger.js';
import type { BankfeedSettings } from '../../worker/settings.js';
import { dataDirOnHost, recordTemporalUnreachableFor } from '../../worker/temporal-unreachable-record.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { until } from '../support/until.js';

// `bankfeed status` said all was well (exit 0) while the running worker could not reach its Temporal server: the
// worker told only /health and its console. It now records it in the database while it lasts, and status says it
// and exits 1, believing the record only while the process that wrote it holds the data directory's lock.

const logger = createLogger({ silent: true });
const ADDRESS = '10.20.30.40:7233';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bankfeed-status-temporal-'));
  dirs.push(d);
  return d;
}

async function status(
  db: TestDb,
  dataDir: string,
  json = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const settings = { dataDir, reauthLinkTtlMs: 24 * 3_600_000 } as BankfeedSettings;
    return { code: await statusReport({ settings, db: db.db }, { json }), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('bankfeed status and the worker that cannot reach Temporal', () => {
  let db: TestDb;
  let dir: string;
  let lock: DataDirLock;
  beforeEach(async () => {
    db = await openSqliteTestDb();
    dir = freshDir();
    // this test process stands in for the worker holding the data directory
    lock = acquireDataDirLock(dir, 'worker');
  });
  afterEach(async () => {
    lock.release();
    await db.dispose();
  });

  it('says it with the address and since when, and exits 1 while it lasts; 0 once Temporal answers again', async () => {
    const since = new Date('2026-12-07T03:10:00.000Z');
    const rec = recordTemporalUnreachableFor({
      db: db.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger,
      now: () => since,
    });
    expect((await status(db, dir)).code).toBe(0);

    rec.onChange(false);
    await until(async () => (await readTemporalUnreachable(db.db, dataDirOnHost(dir))) !== undefined);
    const down = await status(db, dir);
    expect(down.code).toBe(1);
    const lines = down.stdout.split('\n');
    expect(lines[0]).toMatch(/^bankfeed worker running \(pid \d+ since /);
    expect(lines[1]).toBe(
      `the worker cannot reach Temporal at ${ADDRESS} since 2026-12-07T03:10:00.000Z: nothing syncs and no nightly run starts until it answers (webhooks wait in the outbox)`,
    );

    // --json: the list of accounts as ever, the Temporal line on stderr, and the exit code
    const json = await status(db, dir, true);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toContain(`the worker cannot reach Temporal at ${ADDRESS} since 2026-12-07T03:10:00.000Z`);

    rec.onChange(true);
    await until(async () => (await readTemporalUnreachable(db.db, dataDirOnHost(dir))) === undefined);
    const up = await status(db, dir);
    expect(up.code).toBe(0);
    expect(up.stdout).not.toMatch(/Temporal/);
    await rec.close();
  });

  it('finds the record however the data directory is named (relative, through a symbolic link)', async () => {
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    dirs.push(link);
    const rec = recordTemporalUnreachableFor({
      db: db.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger,
    });
    rec.onChange(false);
    await until(async () => (await readTemporalUnreachable(db.db, dataDirOnHost(dir))) !== undefined);
    expect(dataDirOnHost(link)).toEqual(dataDirOnHost(dir));
    expect(dataDirOnHost(relative(process.cwd(), dir))).toEqual(dataDirOnHost(dir));
    expect((await status(db, link)).code).toBe(1);
    await rec.close();
  });

  it('a quick down-and-up ends with no record, and a worker that stops removes its own', async () => {
    const rec = recordTemporalUnreachableFor({
      db: db.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger,
    });
    rec.onChange(false);
    rec.onChange(true);
    rec.onChange(false);
    rec.onChange(true);
    await rec.close();
    expect(await readTemporalUnreachable(db.db, dataDirOnHost(dir))).toBeUndefined();

    const again = recordTemporalUnreachableFor({
      db: db.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger,
    });
    again.onChange(false);
    await until(async () => (await readTemporalUnreachable(db.db, dataDirOnHost(dir))) !== undefined);
    await again.close();
    expect(await readTemporalUnreachable(db.db, dataDirOnHost(dir))).toBeUndefined();
    expect((await status(db, dir)).code).toBe(0);
  });

  it('does not believe a record left by a worker that is gone, and the next worker removes it', async () => {
    // a worker killed while its Temporal was down: its record stays, its pid is gone
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    const pid = gone.pid!;
    await new Promise((r) => gone.once('close', r));
    const where = dataDirOnHost(dir);
    const left = {
      holder: { pid, startedAt: '2026-12-06T22:00:00.000Z' },
      address: ADDRESS,
      since: '2026-12-06T23:00:00Z',
    };
    await recordTemporalUnreachable(db.db, where, left);
    // with this process's lock running: the record names another holder
    expect((await status(db, dir)).code).toBe(0);
    // a record naming the running holder's pid but an earlier lock (the pid reused) is not believed either
    await recordTemporalUnreachable(db.db, where, {
      ...left,
      holder: { pid: process.pid, startedAt: left.holder.startedAt },
    });
    expect((await status(db, dir)).code).toBe(0);

    // with no worker running at all (the killed one's lock left behind), status says that, not Temporal
    lock.release();
    writeFileSync(lockFile(dir), JSON.stringify({ pid, startedAt: left.holder.startedAt, command: 'worker' }));
    await recordTemporalUnreachable(db.db, where, left);
    const dead = await status(db, dir);
    expect(dead.stdout).not.toMatch(/cannot reach Temporal/);
    expect(dead.stdout).toMatch(/did not stop cleanly/);

    // the next worker on the directory takes the lock and removes the record at once
    lock = acquireDataDirLock(dir, 'worker');
    const rec = recordTemporalUnreachableFor({
      db: db.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger,
    });
    await until(async () => (await readTemporalUnreachable(db.db, where)) === undefined);
    await rec.close();
  });

  it('a write the database refuses is logged, and the worker goes on', async () => {
    const warn = vi.fn();
    const refusing = createLogger({ silent: true });
    refusing.warn = warn as unknown as typeof refusing.warn;
    const closed = await openSqliteTestDb();
    await closed.dispose();
    const rec = recordTemporalUnreachableFor({
      db: closed.db,
      dataDir: dir,
      holder: lock.holder,
      address: ADDRESS,
      logger: refusing,
    });
    rec.onChange(false);
    await rec.close();
    expect(warn).toHaveBeenCalled();
  });
});
