import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEMO_ACCOUNTS } from '../../worker/demo/demo-accounts.js';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-e2e-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the command a new user runs, on a fresh data directory, with no configuration at all. */
function runStartOnce(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Port 0: the review app's default port may be held by another test or a developer's own `start`.
  const env: NodeJS.ProcessEnv = { ...process.env, BANKFEED_DATA_DIR: dataDir, BANKFEED_WEB_PORT: '0' };
  for (const k of [
    'TEMPORAL_ADDRESS',
    'DATABASE_URL',
    'MONO_SECRET_KEY',
    'MONO_WEBHOOK_SECRET',
    'BANKFEED_LEDGER_CONFIG',
    'BANKFEED_CONSOLE_LINKS',
  ])
    delete env[k];
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'start', '--once'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('bankfeed start --once, as a new user runs it', () => {
  it('links the demo accounts, backfills, reconciles, writes the workbook and prints the summary', async () => {
    const r = await runStartOnce();
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    for (const a of DEMO_ACCOUNTS) expect(r.stdout).toContain(a.spec.name!);
    expect(r.stdout).toMatch(/ACCOUNT\s+BANK\s+CCY\s+STATE\s+TRANSACTIONS\s+MATCHED\s+SUGGESTIONS\s+UNMATCHED/);
    // Its stdout is a pipe here, as it would be for a service: the link grants access, so it is not printed there.
    expect(r.stdout).toMatch(
      /Lekki Logistics Ltd needs re-authorisation at Access Bank: its link is not shown on a non-terminal console .*`bankfeed reauth \S+` shows it/,
    );
    expect(r.stdout).not.toMatch(/\/link\//);
    expect(r.stdout).toMatch(/Temporal UI: http:\/\/127\.0\.0\.1:\d+/);
    const matchedPercents = [...r.stdout.matchAll(/(\d+\.\d\d)%/g)].map((m) => Number(m[1]));
    expect(matchedPercents.length).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length);
    expect(Math.min(...matchedPercents)).toBeGreaterThan(0);

    const summaryPath = /Reports: (\S+reconciliation\.xlsx)/.exec(r.stdout)?.[1];
    expect(summaryPath).toBeDefined();
    expect(existsSync(summaryPath!)).toBe(true);
    const wb = XLSX.read(readFileSync(summaryPath!));
    const rows = XLSX.utils
      .sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 })
      .flat()
      .map(String)
      .join(' ');
    for (const a of DEMO_ACCOUNTS) expect(rows).toContain(a.spec.id);

    const accountBooks = readdirSync(join(summaryPath!, '..', 'accounts'));
    // Every bound account gets its workbook, the one paused for re-authorisation too (its stored lines are reconciled).
    expect(accountBooks.sort()).toEqual(DEMO_ACCOUNTS.map((a) => `${a.spec.id}.xlsx`).sort());
    const gt = XLSX.read(readFileSync(join(summaryPath!, '..', 'accounts', `${DEMO_ACCOUNTS[0]!.spec.id}.xlsx`)));
    expect(gt.SheetNames[0]).toBe('Summary');
    expect(gt.SheetNames.length).toBeGreaterThanOrEqual(6);

    // Nothing is left running: the embedded Temporal server stopped with the command.
    expect(existsSync(join(dataDir, 'temporal', 'temporal.pid'))).toBe(false);
    // Logs are JSON under the data directory, and carry no secret.
    const log = readFileSync(join(dataDir, 'logs', 'bankfeed.log'), 'utf8');
    expect(log).not.toMatch(/test_sk_|whsec_/);
  }, 600_000);
});
