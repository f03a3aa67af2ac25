import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../db/connection.js';
import { main } from '../../worker/cli.js';
import { seedAccount, seedBank, seedLedger } from '../reconciliation/seed.js';

// A one-off `bankfeed reconcile --account` ran with the engine's defaults while the feeds ran with BANKFEED_MATCH_*,
// so re-running one account could answer differently from the nightly run. It now takes the running settings the
// composition root resolves (buildServices), as the worker does; a `reconcile --input` document keeps its own options.

const MATCH_VARS = [
  'BANKFEED_MATCH_TOLERANCE',
  'BANKFEED_MATCH_WRITE_OFF_ACCOUNT',
  'BANKFEED_MATCH_DATE_WINDOW_DAYS',
  'BANKFEED_MATCH_AUTO_CONFIRM_THRESHOLD',
  'BANKFEED_MATCH_PRESETS',
];
const ENV = {
  BANKFEED_MATCH_TOLERANCE: '{"underFixedMinor":5000,"currency":"NGN"}',
  BANKFEED_MATCH_WRITE_OFF_ACCOUNT: '6120 Short payments',
};

const saved = { ...process.env };
let dir: string;

async function run(
  env: Record<string, string>,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  for (const k of MATCH_VARS) delete process.env[k];
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(['node', 'bankfeed', ...argv]);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

interface Group {
  status: string;
  differenceMinor: number;
  writeOff: { account: string; amountMinor: number } | null;
  ledgerIds: number[];
  evidence: unknown;
}

/** Reconciles the account once with `env`, then lists its stored groups, as an operator would. */
async function reconcileWith(env: Record<string, string>, accountId: string): Promise<Group[]> {
  const r = await run(env, 'reconcile', '--account', accountId);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^run \d+: /);
  const list = await run({}, 'matches', 'list', accountId, '--json');
  expect(list.code).toBe(0);
  return JSON.parse(list.stdout) as Group[];
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-reconcile-settings-'));
  for (const k of ['DATABASE_URL', 'BANKFEED_LEDGER_CONFIG', 'MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL'])
    delete process.env[k];
  process.env.BANKFEED_DATA_DIR = dir;
  const db = await openDb({ url: join(dir, 'bankfeed.db') });
  try {
    for (const [id, currency] of [
      ['acc-ngn', 'NGN'],
      ['acc-kes', 'KES'],
    ] as const) {
      await seedAccount(db.db, id, currency);
      const sourceId = `books-${id}`;
      await db.db
        .updateTable('accounts')
        .set({ ledger_binding: JSON.stringify({ sourceId, ledgerAccount: '1010' }) })
        .where('id', '=', id)
        .execute();
      await seedLedger(db.db, sourceId, [
        {
          date: '2026-10-01',
          amountMinor: 10_000_000,
          currency,
          reference: 'INV-2026-0101',
          party: 'Adebayo Stores',
          description: 'Receipt from Adebayo Stores',
        },
      ]);
      // Paid ₦/KSh 30.00 short, quoting the invoice.
      await seedBank(db.db, id, [
        { date: '2026-10-03', amountMinor: 9_997_000, currency, narration: 'TRF FROM ADEBAYO STORES INV-2026-0101' },
      ]);
    }
  } finally {
    await db.close();
  }
});

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  // The in-process CLI's log transport (a worker thread) may still open logs/bankfeed.log after the last command:
  // keep that folder so it never meets a missing directory; remove the rest.
  for (const name of readdirSync(dir)) if (name !== 'logs') rmSync(join(dir, name), { recursive: true, force: true });
});

describe('a one-off reconcile --account with the running matching settings', () => {
  it('writes a shortfall within the configured tolerance off to the configured account, as the feed does', async () => {
    const groups = await reconcileWith(ENV, 'acc-ngn');
    const g = groups.find((x) => x.ledgerIds.length > 0);
    expect(g).toMatchObject({ status: 'auto', writeOff: { account: '6120 Short payments', amountMinor: 3_000 } });
  });

  it('without the variables, leaves the same shortfall to a person, as before', async () => {
    const groups = await reconcileWith({}, 'acc-ngn');
    expect(groups.map((x) => [x.status, x.differenceMinor, x.writeOff])).toEqual([['suggested', -3_000, null]]);
    expect(JSON.stringify(groups[0]!.evidence)).toContain('outside the tolerance');
    expect(JSON.stringify(groups[0]!.evidence)).toContain('writes it off to Bank charges');
  });

  it('does not apply a naira fixed tolerance to a shilling account', async () => {
    const groups = await reconcileWith(ENV, 'acc-kes');
    expect(groups.map((x) => [x.status, x.differenceMinor, x.writeOff])).toEqual([['suggested', -3_000, null]]);
    expect(JSON.stringify(groups[0]!.evidence)).toContain('writes it off to 6120 Short payments');
  });

  it('stops with exit 3 naming the variable when a value is bad, before any run', async () => {
    const r = await run({ BANKFEED_MATCH_DATE_WINDOW_DAYS: 'two weeks' }, 'reconcile', '--account', 'acc-ngn');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('BANKFEED_MATCH_DATE_WINDOW_DAYS: must be a whole number of days from 0 to 366');
    expect((await run({}, 'matches', 'list', 'acc-ngn', '--json')).stdout.trim()).toBe('[]');
  });
});

describe('reconcile --input with the matching settings set', () => {
  const doc = (options: Record<string, unknown>) => {
    const file = join(dir, 'case.json');
    writeFileSync(
      file,
      JSON.stringify({
        options,
        bank: [
          {
            id: 'b1',
            date: '2026-10-03',
            amount: '99970.00',
            currency: 'NGN',
            narration: 'TRF FROM ADEBAYO STORES INV-2026-0101',
          },
        ],
        ledger: [
          {
            id: 'INV-2026-0101',
            date: '2026-10-01',
            amount: '100000.00',
            currency: 'NGN',
            reference: 'INV-2026-0101',
            party: 'Adebayo Stores',
          },
        ],
      }),
    );
    return file;
  };
  const statementOf = async (file: string) => {
    const r = await run(ENV, 'reconcile', '--input', file, '--json');
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { statements: Array<{ matches: Array<{ writeOff: unknown }> }> }).statements[0]!;
  };

  it("runs with the document's options, not the variables", async () => {
    // No tolerance in the document: the engine's none, whatever BANKFEED_MATCH_TOLERANCE says.
    expect((await statementOf(doc({}))).matches).toEqual([]);
    const s = await statementOf(doc({ tolerance: { under: { fixed: '40.00' } }, writeOffAccount: 'Discounts' }));
    expect(s.matches.map((m) => m.writeOff)).toEqual([
      expect.objectContaining({ account: 'Discounts', amountMinor: 3_000 }),
    ]);
  });
});
