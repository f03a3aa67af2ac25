import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHledgerWeb {
  url: string;
  journalPath: string;
  dir: string;
  stop(): Promise<void>;
}

/** True when hledger-web and hledger are installed (the Debian packages). */
export function hledgerAvailable(): boolean {
  const web = spawnSync('hledger-web', ['--version'], { encoding: 'utf8' });
  const cli = spawnSync('hledger', ['--version'], { encoding: 'utf8' });
  return web.status === 0 && cli.status === 0;
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hledger-web exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(`${url}/version`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`hledger-web did not answer on ${url} within 30 s: ${log()}`);
}

/** Starts hledger-web (API only, view+add) on a free loopback port over a copy of the journal in a temp dir. */
export async function startHledgerWeb(journal: string): Promise<RunningHledgerWeb> {
  const dir = await mkdtemp(join(tmpdir(), 'bankfeed-hledger-'));
  const journalPath = join(dir, 'books.journal');
  await writeFile(journalPath, journal);
  // A port can be taken between probing and binding; a second attempt on a new port covers that race.
  for (let attempt = 0; ; attempt++) {
    const port = await freeLoopbackPort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      'hledger-web',
      ['--serve-api', '--host', '127.0.0.1', '--port', String(port), '--capabilities=view,add', '-f', journalPath],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const stop = async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    };
    try {
      await waitUntilServing(url, child, () => output.slice(-500));
      return {
        url,
        journalPath,
        dir,
        stop: async () => {
          await stop();
          await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (err) {
      await stop();
      if (attempt >= 1) {
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
}

/** `hledger print` of a journal, as text: hledger's own reading of the file. */
export function hledgerPrint(journalPath: string, ...query: string[]): string {
  const res = spawnSync('hledger', ['print', '-f', journalPath, ...query], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`hledger print failed: ${res.stderr}`);
  return res.stdout;
}

/** `hledger print -O json`: hledger's own reading of the journal, posting statuses included. */
export function hledgerPrintJson(
  journalPath: string,
): Array<{ tdescription: string; tstatus: string; tpostings: Array<{ paccount: string; pstatus: string }> }> {
  return JSON.parse(hledgerPrint(journalPath, '-O', 'json')) as ReturnType<typeof hledgerPrintJson>;
}
