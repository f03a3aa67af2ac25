import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '@temporalio/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { temporalSettings } from '../../temporal.config.js';
import { freePort, startDevServer, TemporalCliMissingError, type DevServer } from '../../worker/temporal-dev-server.js';

const cliPath = temporalSettings({ ...process.env, TEMPORAL_ADDRESS: '' }).cliPath;
const childScript = fileURLToPath(new URL('./start-server-child.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const START_MS = 120_000; // a loaded 2-core machine can take tens of seconds to bring the server up

const dirs: string[] = [];
const servers: DevServer[] = [];
const groups: number[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-launcher-'));
  dirs.push(dir);
  return dir;
}

/** Live `temporal server start-dev` processes (the binary itself, not the watchdog shell) using this data folder. */
function devServersIn(dir: string): Array<{ pid: number; pgid: number }> {
  const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .filter((m) => m[3]!.startsWith(`${cliPath} server start-dev`) && m[3]!.includes(join(dir, 'temporal.db')))
    .map((m) => ({ pid: Number(m[1]), pgid: Number(m[2]) }));
}

/**
 * Whether a process still runs. A killed process whose new parent has not reaped it yet is a zombie: it no longer
 * runs (ps shows it as defunct) but still answers kill 0, so its state is read from /proc.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitFor(what: string, ms: number, check: () => boolean): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

async function answers(address: string): Promise<boolean> {
  const conn = await Connection.connect({ address, connectTimeout: '5s' });
  try {
    const ns = await conn.workflowService.describeNamespace({ namespace: 'default' });
    return ns.namespaceInfo?.name === 'default';
  } finally {
    await conn.close();
  }
}

async function portRefuses(address: string): Promise<boolean> {
  const [host, port] = address.split(':');
  return new Promise((resolve) => {
    const sock = connect({ host: host!, port: Number(port) });
    sock.once('connect', () => {
      sock.destroy();
      resolve(false);
    });
    sock.once('error', () => resolve(true));
  });
}

/** Starts the server in a separate `npx tsx` process and resolves with what it printed once the server is ready. */
async function startInChild(
  dir: string,
): Promise<{ child: ChildProcess; pid: number; watchdogPid: number; address: string }> {
  const child = spawn('npx', ['tsx', childScript, dir], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.push(child.pid!);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not report a server in time: ${err}`)), START_MS);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line && out.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, ...(JSON.parse(line) as { pid: number; watchdogPid: number; address: string }) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}) before reporting a server: ${err}`));
    });
  });
}

afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
});

afterAll(() => {
  // Whatever a failed test left behind: the child process groups and any server still using our folders.
  for (const g of groups) {
    try {
      process.kill(-g, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  for (const dir of dirs) {
    for (const p of devServersIn(dir)) {
      try {
        process.kill(-p.pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('embedded Temporal dev server launcher', () => {
  it('starts on free ports, answers, leaves an unrelated pid-file process alone, and stop() leaves nothing behind', async () => {
    const dir = freshDir();
    // A pid file naming a live process that is not a dev server (a recycled pid): it must not be signalled.
    const bystander = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
    groups.push(bystander.pid!);
    writeFileSync(join(dir, 'temporal.pid'), String(bystander.pid));

    const started = Date.now();
    const server = await startDevServer({ cliPath, dir, headless: true, readyTimeoutMs: START_MS });
    servers.push(server);
    console.info(`[launcher] dev server ready in ${Date.now() - started} ms`);

    expect(alive(bystander.pid!)).toBe(true);
    expect(server.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(server.uiUrl).toBeNull();
    expect(await answers(server.address)).toBe(true);
    expect(readFileSync(join(dir, 'temporal.pid'), 'utf8')).toBe(String(server.pid));
    expect(devServersIn(dir)).toHaveLength(1);

    const stopping = Date.now();
    await server.stop();
    console.info(`[launcher] stop() took ${Date.now() - stopping} ms`);
    expect(devServersIn(dir)).toEqual([]);
    expect(alive(server.pid)).toBe(false);
    expect(existsSync(join(dir, 'temporal.pid'))).toBe(false);
    expect(await portRefuses(server.address)).toBe(true);
    await server.stop(); // a second stop is harmless
    bystander.kill('SIGKILL');
  });

  it('two servers side by side get different ports', async () => {
    const a = await startDevServer({
      cliPath,
      dir: freshDir(),
      headless: true,
      persist: false,
      readyTimeoutMs: START_MS,
    });
    servers.push(a);
    const b = await startDevServer({
      cliPath,
      dir: freshDir(),
      headless: true,
      persist: false,
      readyTimeoutMs: START_MS,
    });
    servers.push(b);
    expect(a.address).not.toBe(b.address);
    expect(await answers(a.address)).toBe(true);
    expect(await answers(b.address)).toBe(true);
  });

  it('a port taken between finding it free and the server binding it is given up for a fresh one', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const taken = (blocker.address() as AddressInfo).port;
    let handedOut = 0;
    try {
      const server = await startDevServer({
        cliPath,
        dir: freshDir(),
        headless: true,
        persist: false,
        readyTimeoutMs: START_MS,
        // the first port handed out is the taken one, as when another process wins the race for it
        freePort: async () => (handedOut++ === 0 ? taken : freePort()),
      });
      servers.push(server);
      expect(server.address).not.toBe(`127.0.0.1:${taken}`);
      expect(await answers(server.address)).toBe(true);
    } finally {
      blocker.close();
    }
  });

  it('when the parent process is killed with SIGKILL, the server is gone within a few seconds', async () => {
    const dir = freshDir();
    const run = await startInChild(dir);
    expect(await answers(run.address)).toBe(true);
    const [server] = devServersIn(dir);
    expect(server).toBeDefined();

    process.kill(run.pid, 'SIGKILL');
    // ps stops listing the server by its arguments while it is still exiting (its command line is gone before it is a
    // zombie), so the wait is for both: unlisted and no longer running
    const gone = await waitFor(
      'the orphaned dev server to end',
      15_000,
      () => devServersIn(dir).length === 0 && !alive(server!.pid),
    );
    console.info(`[launcher] server gone ${gone} ms after its parent was SIGKILLed`);
    expect(alive(server!.pid)).toBe(false);
    expect(await portRefuses(run.address)).toBe(true);
  });

  it('a stale pid file from a killed run is reaped on the next start', async () => {
    const dir = freshDir();
    const run = await startInChild(dir);
    const [orphan] = devServersIn(dir);
    expect(orphan).toBeDefined();
    // Kill the parent and its watchdog at once, the way `kill -9` on both would: the server itself survives,
    // holding its port and the database file, with only the pid file left to find it by.
    process.kill(run.watchdogPid, 'SIGKILL');
    process.kill(run.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(alive(orphan!.pid)).toBe(true);
    expect(await answers(run.address)).toBe(true);

    const server = await startDevServer({ cliPath, dir, headless: true, readyTimeoutMs: START_MS });
    servers.push(server);
    expect(alive(orphan!.pid)).toBe(false);
    expect(await portRefuses(run.address)).toBe(true);
    expect(await answers(server.address)).toBe(true);
    expect(devServersIn(dir).map((p) => p.pid)).not.toContain(orphan!.pid);
    expect(devServersIn(dir)).toHaveLength(1);
  });

  it('a server that cannot start (port taken) fails with a pointer to its log and leaves nothing behind', async () => {
    const dir = freshDir();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as AddressInfo).port;
    try {
      await expect(startDevServer({ cliPath, dir, headless: true, port, readyTimeoutMs: START_MS })).rejects.toThrow(
        `the Temporal dev server exited during start-up; see ${join(dir, 'temporal.log')}`,
      );
      expect(devServersIn(dir)).toEqual([]);
      expect(existsSync(join(dir, 'temporal.pid'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('a missing CLI gives the clear TemporalCliMissingError, quickly and without leaving a pid file', async () => {
    const dir = freshDir();
    const missing = join(dir, 'no-such-temporal');
    const attempt = startDevServer({ cliPath: missing, dir, readyTimeoutMs: 5_000 });
    await expect(attempt).rejects.toThrow(TemporalCliMissingError);
    await expect(startDevServer({ cliPath: missing, dir })).rejects.toThrow(
      `the Temporal CLI was not found at "${missing}". Run \`npm ci\``,
    );
    await expect(startDevServer({ cliPath: missing, dir })).rejects.toThrow(/TEMPORAL_CLI_PATH.*TEMPORAL_ADDRESS/);
    // A file that is not executable is as good as missing.
    writeFileSync(missing, 'not a binary');
    await expect(startDevServer({ cliPath: missing, dir })).rejects.toThrow(TemporalCliMissingError);
    expect(existsSync(join(dir, 'temporal.pid'))).toBe(false);
  });
});
