import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Runs `bankfeed worker` as a child process and keeps it running: SIGKILL on demand, restart on demand, and a
 * restart whenever it stops by itself (it may give up while Temporal is down). Its output goes to the run's log
 * folder, never to the console.
 */
export class WorkerProcess {
  private child: ChildProcess | null = null;
  private wanted = false;
  private starting: Promise<void> | null = null;
  kills = 0;
  starts = 0;
  unexpectedExits = 0;
  startMs: number[] = [];
  stderrTail = '';

  constructor(private readonly env: Record<string, string>) {}

  /** Every child still running (normally one), for a last-resort SIGKILL. */
  readonly running = new Set<ChildProcess>();

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /** Starts the worker and waits for its ready line; retries while Temporal is unreachable, until `deadline`. */
  async start(deadline = Date.now() + 120_000): Promise<void> {
    this.wanted = true;
    if (this.child && this.child.exitCode === null && this.child.signalCode === null && !this.starting) return;
    this.starting ??= this.startLoop(deadline).finally(() => (this.starting = null));
    return this.starting;
  }

  private async startLoop(deadline: number): Promise<void> {
    for (;;) {
      try {
        await this.spawnOnce();
        return;
      } catch (e) {
        if (Date.now() > deadline)
          throw new Error(`the worker did not start: ${(e as Error).message}\n${this.stderrTail}`, { cause: e });
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  }

  private spawnOnce(): Promise<void> {
    const t0 = Date.now();
    const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule'], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.running.add(child);
    this.starts++;
    return new Promise((resolve, reject) => {
      let out = '';
      let ready = false;
      child.stdout!.on('data', (d: Buffer) => {
        if (ready) return;
        out += d.toString();
        if (out.includes('"ready":true')) {
          ready = true;
          this.startMs.push(Date.now() - t0);
          resolve();
        }
      });
      child.stderr!.on('data', (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString()).slice(-4_000)));
      child.once('exit', (code, signal) => {
        this.running.delete(child);
        if (this.child === child) this.child = null;
        if (!ready) {
          reject(new Error(`worker exited before it was ready (code ${code}, signal ${signal})`));
          return;
        }
        // Stopped on its own (not by kill()): bring it back, as a process supervisor would.
        if (signal !== 'SIGKILL' && this.wanted) {
          this.unexpectedExits++;
          void this.start().catch(() => undefined);
        }
      });
    });
  }

  /** SIGKILL, wait for the exit; no restart. */
  async kill(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await gone;
    this.kills++;
  }

  /** Graceful stop at the end of the run. */
  async stop(): Promise<void> {
    this.wanted = false;
    await this.starting?.catch(() => undefined);
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    const t = setTimeout(() => c.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(t);
  }
}
