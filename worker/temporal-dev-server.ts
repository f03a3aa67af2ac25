import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { FEED_SEARCH_ATTRIBUTE_FLAGS } from '../workflows/messages.js';

export interface DevServerOptions {
  cliPath: string;
  /** Folder for the server's SQLite database, pid file and log. */
  dir: string;
  /** Persist workflow state across restarts (default true). */
  persist?: boolean;
  namespace?: string;
  port?: number;
  uiPort?: number;
  headless?: boolean;
  readyTimeoutMs?: number;
  /** Where the free ports the server is given come from (default freePort; a test hands out a taken one first). */
  freePort?: () => Promise<number>;
}

export interface DevServer {
  address: string;
  uiUrl: string | null;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** True while any process of the group lives: the watchdog may be gone while the server it started lingers. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process group still runs a `temporal server start-dev`; a recycled pid must never be signalled. */
function groupRunsDevServer(pgid: number): boolean {
  const ps = spawnSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8', timeout: 10_000 });
  if (ps.status !== 0) return false;
  return ps.stdout.split('\n').some((line) => {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    return m !== null && Number(m[1]) === pgid && /\bserver start-dev\b/.test(m[2]!);
  });
}

async function waitGroupGone(pgid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (groupAlive(pgid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * A server left behind by a killed run holds the port and the database lock: end its process group (the pid file
 * names the group) and wait until it is gone before starting anew.
 */
async function reapStale(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pgid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isSafeInteger(pgid) && pgid > 1 && groupAlive(pgid) && groupRunsDevServer(pgid)) {
    killGroup(pgid, 'SIGTERM');
    if (!(await waitGroupGone(pgid, 15_000))) {
      killGroup(pgid, 'SIGKILL');
      await waitGroupGone(pgid, 5_000);
    }
  }
  rmSync(pidFile, { force: true });
}

export class TemporalCliMissingError extends Error {
  constructor(path: string) {
    super(
      `the Temporal CLI was not found at "${path}". Run \`npm ci\` (it installs the pinned CLI into .tools/), ` +
        'set TEMPORAL_CLI_PATH to a temporal binary, or set TEMPORAL_ADDRESS to use an existing cluster.',
    );
    this.name = 'TemporalCliMissingError';
  }
}

/**
 * Starts `temporal server start-dev` on free loopback ports and waits for it with our own timeout. The server runs
 * under a small shell watchdog in its own process group: if this process dies, even by SIGKILL, the watchdog sees
 * the parent gone and stops the server, so no orphan is left holding the port or the database.
 */
export async function startDevServer(opts: DevServerOptions): Promise<DevServer> {
  const probe = spawnSync(opts.cliPath, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error || probe.status !== 0) throw new TemporalCliMissingError(opts.cliPath);

  mkdirSync(opts.dir, { recursive: true });
  const pidFile = join(opts.dir, 'temporal.pid');
  await reapStale(pidFile);
  // A free port found here can be taken by another process before the server binds it (servers starting side by
  // side): with ports of our own choosing, a start that lost that race is tried again on fresh ones.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(opts, pidFile);
    } catch (e) {
      if (!(e instanceof PortRaceLost) || attempt >= PORT_ATTEMPTS) throw e instanceof PortRaceLost ? e.failure : e;
    }
  }
}

const PORT_ATTEMPTS = 3;

/** A start that exited because a port it was given was taken meanwhile; `failure` is what the caller is told. */
class PortRaceLost extends Error {
  constructor(readonly failure: Error) {
    super(failure.message);
  }
}

async function launch(opts: DevServerOptions, pidFile: string): Promise<DevServer> {
  const logPath = join(opts.dir, 'temporal.log');
  const logStart = existsSync(logPath) ? statSync(logPath).size : 0;
  const nextPort = opts.freePort ?? freePort;
  const port = opts.port ?? (await nextPort());
  const uiPort = opts.headless ? undefined : (opts.uiPort ?? (await nextPort()));
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--http-port',
    String(await nextPort()),
    '--metrics-port',
    String(await nextPort()),
    '--namespace',
    opts.namespace ?? 'default',
    '--log-level',
    'warn',
    // Every feed tags itself with these (workflows/messages.ts); an unknown attribute would fail its workflow task.
    ...FEED_SEARCH_ATTRIBUTE_FLAGS.flatMap((f) => ['--search-attribute', f]),
  ];
  if (opts.persist !== false) args.push('--db-filename', join(opts.dir, 'temporal.db'));
  if (uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');

  const quoted = [opts.cliPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const watchdog =
    `${quoted} & child=$!; trap 'kill -TERM $child 2>/dev/null; wait $child; exit 0' TERM INT; ` +
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; ` +
    `kill -TERM $child 2>/dev/null; wait $child`;
  const logFd = openSync(logPath, 'a');
  const child: ChildProcess = spawn('sh', ['-c', watchdog], { detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd); // the child holds its own copy; ours would leak one descriptor per start
  child.unref();
  if (!child.pid) throw new Error('could not start the Temporal dev server');
  writeFileSync(pidFile, String(child.pid));
  const address = `127.0.0.1:${port}`;

  let exited = false;
  child.once('exit', () => (exited = true));

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (exited) {
      rmSync(pidFile, { force: true });
      const failure = new Error(`the Temporal dev server exited during start-up; see ${logPath}`);
      const chosen = opts.port === undefined && (opts.headless || opts.uiPort === undefined);
      throw chosen && portTakenIn(logPath, logStart) ? new PortRaceLost(failure) : failure;
    }
    try {
      const conn = await Connection.connect({ address, connectTimeout: '2s' });
      try {
        await conn.workflowService.describeNamespace({ namespace: opts.namespace ?? 'default' });
        await conn.close();
        break;
      } catch (e) {
        await conn.close();
        throw e;
      }
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  if (Date.now() >= deadline) {
    killGroup(child.pid, 'SIGKILL');
    rmSync(pidFile, { force: true });
    throw new Error(
      `the Temporal dev server did not become ready within ${opts.readyTimeoutMs ?? 60_000} ms: ${String(lastError)}`,
    );
  }

  const pid = child.pid;
  return {
    address,
    uiUrl: uiPort ? `http://127.0.0.1:${uiPort}` : null,
    pid,
    async stop() {
      if (!exited) {
        const done = new Promise<void>((r) => child.once('exit', () => r()));
        killGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 10_000);
        await done;
        clearTimeout(timer);
      }
      // The watchdog shell exits after the server, but make sure no member of the group outlives stop().
      if (!(await waitGroupGone(pid, 10_000))) {
        killGroup(pid, 'SIGKILL');
        await waitGroupGone(pid, 5_000);
      }
      rmSync(pidFile, { force: true });
    },
  };
}

/** Whether this start's part of the log (from byte `from`) says a port was in use. */
function portTakenIn(logPath: string, from: number): boolean {
  try {
    return readFileSync(logPath).subarray(from).toString('utf8').includes('address already in use');
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}
