import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../worker/cli.js';

// A mistyped action is bad input (exit 2, naming the action), whether or not a Temporal server is there to talk to.

let dir: string;
const saved = { ...process.env };

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(['node', 'bankfeed', ...argv]), stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-schedule-'));
  for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'BANKFEED_LEDGER_CONFIG', 'MONO_SECRET_KEY'])
    delete process.env[k];
  process.env.BANKFEED_DATA_DIR = dir;
});

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('bankfeed schedule', () => {
  it('refuses an unknown action as bad input before looking for a Temporal server', async () => {
    const r = await run('schedule', 'delete');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('schedule action must be create, update, pause or resume, not "delete"');
  });
});
