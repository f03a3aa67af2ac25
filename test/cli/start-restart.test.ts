import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/connection.js';
import { DEMO_ACCOUNTS } from '../../worker/demo/demo-accounts.js';
import { lockFile } from '../../worker/data-dir-lock.js';

const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const ds = dirs.splice(0);
  process.once('exit', () => ds.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** The environment of a new user: no configuration but the data directory (and what a test adds). */
function demoEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BANKFEED_DATA_DIR: dataDir, ...extra };
  for (const k of ['TEMPORAL_ADDRESS', 'DATABASE_URL', 'MONO_SECRET_KEY', 'MONO_BASE_URL', 'BANKFEED_LEDGER_CONFIG'])
    delete env[k];
  if (!extra.MONO_WEBHOOK_SECRET) delete env.MONO_WEBHOOK_SECRET;
  return env;
}

interface Running {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  waitFor(text: string | RegExp, ms: number): Promise<void>;
}

function spawnCli(args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    out: () => stdout,
    err: () => stderr,
    exited,
    async waitFor(text, ms) {
      const until = Date.now() + ms;
      const seen = () => (typeof text === 'string' ? stdout.includes(text) : text.test(stdout));
      while (!seen()) {
        if (child.exitCode !== null)
          throw new Error(`bankfeed ${args.join(' ')} exited ${child.exitCode}: ${stderr.slice(-1500)}`);
        if (Date.now() > until)
          throw new Error(`timed out waiting for ${String(text)}; stdout: ${stdout.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
  };
}

async function runCli(args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnCli(args, env);
  const code = await r.exited;
  return { code, stdout: r.out(), stderr: r.err() };
}

async function stateOf(dataDir: string, id: string): Promise<string | undefined> {
  const db = await openDb({ url: join(dataDir, 'bankfeed.db') });
  try {
    return (await db.db.selectFrom('accounts').select('state').where('id', '=', id).executeTakeFirst())?.state;
  } finally {
    await db.close();
  }
}

describe('bankfeed start, day to day', () => {
  it('Ctrl-C during the first pass stops everything and exits 130; the lock is released', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-sigint-'));
    dirs.push(dataDir);
    const start = spawnCli(['start', '--no-web'], demoEnv(dataDir));
    await start.waitFor('first pass:', 240_000);
    expect(start.out()).not.toContain('Running:');
    start.child.kill('SIGINT');
    const sent = Date.now();
    expect(await start.exited, start.err().slice(-3000)).toBe(130);
    console.log(`[bankfeed tests] start stopped ${Date.now() - sent} ms after Ctrl-C during the first pass`);
    expect(Date.now() - sent).toBeLessThan(60_000); // loose: "a few seconds" on an idle machine
    expect(existsSync(lockFile(dataDir))).toBe(false);
  }, 300_000);

  it('prints its webhook secret and port, keeps an unlinked account unlinked across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-restart-'));
    dirs.push(dataDir);
    const port = await freePort();
    // The console is a pipe here: BANKFEED_CONSOLE_LINKS=1 says it is private, so the summary shows the link.
    const env = demoEnv(dataDir, {
      BANKFEED_WEBHOOK_PORT: String(port),
      MONO_WEBHOOK_SECRET: 'whsec-demo-issue13',
      BANKFEED_CONSOLE_LINKS: '1',
    });
    const start = spawnCli(['start', '--no-web'], env);
    await start.waitFor('Running:', 420_000);
    expect(start.out()).toContain('Webhook secret (header mono-webhook-secret): whsec-demo-issue13');
    expect(start.out()).toContain(`Webhooks: POST http://127.0.0.1:${port}/`);

    const gone = DEMO_ACCOUNTS.find((a) => a.spec.institution !== 'Access Bank')!.spec.id!;
    const unlink = await runCli(['unlink', gone], env);
    expect(unlink.code, unlink.stderr).toBe(0);

    const status = await runCli(['status'], env);
    expect(status.stdout).toContain(`bankfeed start running (pid ${start.child.pid} since`);

    start.child.kill('SIGINT');
    expect(await start.exited).toBe(130);
    expect(await stateOf(dataDir, gone)).toBe('UNLINKED');

    const again = await runCli(['start', '--once', '--no-web'], env);
    expect(again.code, again.stderr.slice(-2000)).toBe(0);
    expect(await stateOf(dataDir, gone)).toBe('UNLINKED');
    // The Access feed still waits for re-authorisation: the restart issued it a fresh link from the running sandbox
    // (the first run's link died with its sandbox), with its expiry, and never the old one.
    const linkOf = (out: string) =>
      /needs re-authorisation at Access Bank: (\S+) \(works until \d{4}-[^)]+\)/.exec(out)?.[1];
    const oldLink = linkOf(start.out());
    const newLink = linkOf(again.stdout);
    expect(oldLink, start.out().slice(-1500)).toBeTruthy();
    expect(newLink, again.stdout.slice(-1500)).toBeTruthy();
    expect(newLink).not.toBe(oldLink);
    expect(again.stdout).not.toContain(oldLink!);

    const sync = await runCli(['sync', gone], env);
    expect(sync.code, sync.stderr.slice(-2000)).toBe(2);
    expect(sync.stderr).toMatch(new RegExp(`account ${gone} \\(.+\\) is unlinked \\(since \\d{4}-`));
  }, 900_000);
});
