import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import {
  acquireDataDirLock,
  currentHolder,
  DataDirLockedError,
  lastRun,
  lockFile,
} from '../../worker/data-dir-lock.js';
import { exitCodeOf } from '../../worker/exit-codes.js';

const root = new URL('../../', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];

function freshDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bankfeed-lock-'));
  dirs.push(d);
  return d;
}

/** A process that is alive (and not us) for as long as the test needs it. */
function sleeper(): ChildProcess {
  const c = spawn('sleep', ['600'], { stdio: 'ignore' });
  children.push(c);
  return c;
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const ds = dirs.splice(0);
  process.once('exit', () => ds.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

describe('data directory lock', () => {
  it('refuses while a live process holds it, naming its pid and start time (exit 3)', () => {
    const dir = freshDir();
    const holder = sleeper();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: holder.pid, startedAt: '2026-12-01T09:00:00.000Z', command: 'start' }),
    );
    let err: unknown;
    try {
      acquireDataDirLock(dir, 'worker');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataDirLockedError);
    expect((err as Error).message).toContain(`already running (pid ${holder.pid} since 2026-12-01T09:00:00.000Z)`);
    expect(exitCodeOf(err)).toBe(3);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(holder.pid); // untouched
  });

  it('takes over the lock of a dead process and records that run as not stopped cleanly', async () => {
    const dir = freshDir();
    const dead = spawn('true');
    await new Promise((r) => dead.once('exit', r));
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: dead.pid, startedAt: '2026-12-01T08:00:00.000Z', command: 'start' }),
    );
    expect(currentHolder(dir)).toBeNull();
    expect(lastRun(dir)).toEqual({ startedAt: '2026-12-01T08:00:00.000Z', stoppedAt: null });
    const lock = acquireDataDirLock(dir, 'worker', () => new Date('2026-12-02T01:00:00.000Z'));
    expect(currentHolder(dir)).toEqual({ pid: process.pid, startedAt: '2026-12-02T01:00:00.000Z', command: 'worker' });
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    expect(currentHolder(dir)).toBeNull();
    expect(lastRun(dir)?.startedAt).toBe('2026-12-02T01:00:00.000Z');
    expect(lastRun(dir)?.stoppedAt).not.toBeNull();
  });

  it('does not remove a lock another process took over after ours', () => {
    const dir = freshDir();
    const lock = acquireDataDirLock(dir, 'worker');
    const other = sleeper();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: other.pid, startedAt: '2026-12-02T02:00:00.000Z', command: 'start' }),
    );
    lock.release();
    expect(currentHolder(dir)?.pid).toBe(other.pid);
  });
});

/** Runs the CLI to its end. */
function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two long-running bankfeeds on one data directory', () => {
  const dataDir = freshDir();
  let sandbox: Sandbox;
  let env: NodeJS.ProcessEnv;
  let worker: ChildProcess;
  let stderr = '';

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1313 });
    env = {
      ...process.env,
      BANKFEED_DATA_DIR: dataDir,
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      BANKFEED_TASK_QUEUE: `lock-${process.pid}-${Date.now()}`,
      MONO_BASE_URL: sandbox.url,
      MONO_SECRET_KEY: sandbox.secretKey,
      MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
      BANKFEED_WEBHOOK_PORT: '0',
      BANKFEED_WEB_PORT: '0',
      BANKFEED_LOG_LEVEL: 'warn',
    };
    delete env.BANKFEED_LEDGER_CONFIG;
    worker = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule', '--no-web'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(worker);
    worker.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      worker.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('"ready":true')) resolve();
      });
      worker.on('exit', (code) => reject(new Error(`bankfeed worker exited ${code}: ${stderr.slice(-2000)}`)));
    });
  }, 180_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker.once('exit', r));
      worker.kill('SIGKILL');
      await exited;
    }
    await sandbox?.close();
  });

  it('a second worker and a start exit 3 with the holder; status keeps working and names it', async () => {
    const second = await runCli(['worker', '--no-schedule', '--no-web'], env);
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(
      new RegExp(`already running \\(pid ${worker.pid} since \\d{4}-\\d\\d-\\d\\dT[^)]+\\)`),
    );

    const start = await runCli(['start', '--once', '--no-web'], env);
    expect(start.code).toBe(3);
    expect(start.stderr).toContain(`already running (pid ${worker.pid} since`);

    const status = await runCli(['status'], env);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`bankfeed worker running (pid ${worker.pid} since`);

    expect(worker.exitCode).toBeNull(); // the first one is untouched
  }, 120_000);

  it('Ctrl-C stops the worker with exit 130 (as a shell reports it), and status says since when no worker runs', async () => {
    const exited = new Promise<number | null>((r) => worker.once('exit', (c) => r(c)));
    worker.kill('SIGINT');
    expect(await exited, stderr.slice(-2000)).toBe(130);
    expect(existsSync(lockFile(dataDir))).toBe(false);
    const status = await runCli(['status'], env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^no worker running since \d{4}-\d\d-\d\dT/);
  }, 60_000);
});
