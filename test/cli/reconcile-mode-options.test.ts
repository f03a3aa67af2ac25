import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../worker/cli.js';

// `reconcile --bank … --ledger … --account acc` ran on the files and dropped --account without a word, as --input
// dropped --from or --ledger-account: an option the chosen mode does not read is now refused by name, before anything
// is read or written.

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

describe('reconcile refuses an option its mode would ignore', () => {
  it('files with --account', async () => {
    const r = await run(
      'reconcile',
      '--bank',
      'no-such.csv',
      '--ledger',
      'no-such.csv',
      '--out',
      'x.xlsx',
      '--account',
      'acc-1',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reconcile on files (--bank, --ledger) does not read --account');
  });

  it('a JSON case with --from and --ledger-account', async () => {
    const r = await run('reconcile', '--input', 'no-such.json', '--from', '2026-01-01', '--ledger-account', '1010');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reconcile on a JSON case (--input) does not read --from, --ledger-account');
  });

  it('a linked account with --preset', async () => {
    const r = await run('reconcile', '--account', 'acc-1', '--preset', 'xero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reconcile on a linked account (--account) does not read --preset');
  });

  it('says what reconcile needs when no mode is given', async () => {
    const r = await run('reconcile', '--preset', 'xero');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reconcile needs --input, or --bank and --ledger, or --account');
  });
});
