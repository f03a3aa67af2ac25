import { afterEach, expect, it, vi } from 'vitest';
import { main } from '../../worker/cli.js';

// The files mode writes its report to --out and prints a summary in words: it never reads --json. The check that
// refuses an option a mode would drop let --json through in every mode, so a script asking for JSON got text.

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { code: await main(['node', 'bankfeed', ...argv]), stderr };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

it('refuses --json on files, before anything is read', async () => {
  const r = await run('reconcile', '--bank', 'no-such.csv', '--ledger', 'no-such.csv', '--out', 'x.xlsx', '--json');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('reconcile on files (--bank, --ledger) does not read --json');
});

it('still takes --json and --out with a JSON case, and --out with files', async () => {
  const input = await run('reconcile', '--input', 'no-such.json', '--json', '--out', 'x.json');
  expect(input.stderr).not.toContain('does not read');
  const files = await run('reconcile', '--bank', 'no-such.csv', '--ledger', 'no-such.csv', '--out', 'x.xlsx');
  expect(files.stderr).not.toContain('does not read');
});
