import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** Runs `bankfeed sandbox …` from another working directory, as an installed command would run. */
function sandbox(args: string[], untilText?: string) {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'sandbox', ...args], {
    cwd: tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (untilText && stdout.includes(untilText)) child.kill('SIGINT');
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('bankfeed sandbox', () => {
  it('--help prints the sandbox options and exits 0', async () => {
    const r = await sandbox(['--help']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const flag of ['--port', '--seed', '--time-scale', '--accounts', '--faults', '--quirks'])
      expect(r.stdout).toContain(flag);
  }, 120_000);

  it('takes its documented options and serves', async () => {
    const r = await sandbox(
      ['--port', '0', '--seed', '7', '--accounts', '1', '--time-scale', '10'],
      'linked accounts:',
    );
    expect(r.stdout).toMatch(/Mono sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/linked accounts: [0-9a-f]{24}/);
  }, 180_000);

  it('a bad option value is refused by the sandbox, naming the option', async () => {
    const r = await sandbox(['--port', 'eighty']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--port');
  }, 120_000);
});
