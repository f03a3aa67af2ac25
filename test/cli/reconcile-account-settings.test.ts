import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-in-process.js';
import { openDb } from '../../db/connection.js';
import { createWebRuleRepository } from '../../db/web-rule-repository.js';
import { withAccountSettings } from '../../worker/commands/input-account-settings.js';
import { seedAccount, seedBank, seedLedger } from '../reconciliation/seed.js';

// A one-off `bankfeed reconcile --account` ran with the engine's defaults while the feeds ran with BANKFEED_MATCH_*,
// so re-running one account could answer differently from the nightly run. It now takes the running settings the
// composition root resolves (buildServices), as the worker does; a `reconcile --input` document keeps its own options.
// `reconcile --input --account` ignored --account; it now matches the document with that account's settings, the
// document's own options winning.

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
  return runCli(...argv);
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
    expect(JSON.stringify(groups[0]!.evidence)).toContain('written off to Bank charges only with an override');
  });

  it('does not apply a naira fixed tolerance to a shilling account', async () => {
    const groups = await reconcileWith(ENV, 'acc-kes');
    expect(groups.map((x) => [x.status, x.differenceMinor, x.writeOff])).toEqual([['suggested', -3_000, null]]);
    expect(JSON.stringify(groups[0]!.evidence)).toContain('written off to 6120 Short payments only with an override');
  });

  it('stops with exit 3 naming the variable when a value is bad, before any run', async () => {
    const r = await run({ BANKFEED_MATCH_DATE_WINDOW_DAYS: 'two weeks' }, 'reconcile', '--account', 'acc-ngn');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('BANKFEED_MATCH_DATE_WINDOW_DAYS: must be a whole number of days from 0 to 366');
    expect((await run({}, 'matches', 'list', 'acc-ngn', '--json')).stdout.trim()).toBe('[]');
  });
});

/** A case of the account's shortfall: ₦30.00 short of INV-2026-0101, quoting it; `bank` adds lines. */
function doc(options: Record<string, unknown>, bank: Array<Record<string, unknown>> = []) {
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
        ...bank,
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
}

interface InputStatement {
  matches: Array<{ bank: string[]; writeOff: unknown; rule: string | null; proposed: { account: string } | null }>;
  suggestions: Array<{ bank: string[] }>;
  bankLines: Array<{ id: string; date: string }>;
  audit: Array<{ detail: string }>;
}

describe('reconcile --input with the matching settings set', () => {
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

describe('reconcile --input --account: the account lends its settings, the document wins', () => {
  const withAccount = async (file: string, account = 'acc-ngn') => {
    const r = await run(ENV, 'reconcile', '--input', file, '--account', account, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { statements: InputStatement[] }).statements[0]!;
  };

  it("matches the document with the account's tolerance and write-off account, and stores nothing", async () => {
    const s = await withAccount(doc({}));
    expect(s.matches.map((m) => m.writeOff)).toEqual([
      expect.objectContaining({ account: '6120 Short payments', amountMinor: 3_000 }),
    ]);
    expect(s.audit[0]!.detail).toContain('with the matching settings of account acc-ngn (Account acc-ngn)');
    // the same account named another way (its name) gives the same answer
    expect((await withAccount(doc({}), 'account acc-ngn')).matches).toHaveLength(1);
    expect((await run({}, 'matches', 'list', 'acc-ngn', '--json')).stdout.trim()).toBe('[]');
  });

  it("lets each option the document states win: its tolerance as a whole, its write-off account, 'autoConfirm'", async () => {
    // ₦10.00 under is the document's whole tolerance: the account's ₦50.00 does not widen it
    const narrow = await withAccount(doc({ tolerance: { under: { fixed: '10.00' } } }));
    expect(narrow.matches).toEqual([]);
    expect(narrow.suggestions.map((x) => x.bank)).toEqual([['b1']]);
    const own = await withAccount(doc({ writeOffAccount: 'Discounts allowed' }));
    expect(own.matches.map((m) => m.writeOff)).toEqual([expect.objectContaining({ account: 'Discounts allowed' })]);
    const held = await withAccount(doc({ autoConfirm: false }));
    expect([held.matches, held.suggestions.map((x) => x.bank)]).toEqual([[], [['b1']]]);
  });

  it("reads instants in the account's time zone unless the document names one", async () => {
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    await db.db.updateTable('accounts').set({ timezone: 'Africa/Accra' }).where('id', '=', 'acc-ngn').execute();
    await db.close();
    const late = [{ id: 'b2', date: '2026-10-05T23:30:00.000Z', amount: '-50.00', currency: 'NGN' }];
    const dateOf = (s: InputStatement) => s.bankLines.find((l) => l.id === 'b2')!.date;
    expect(dateOf(await withAccount(doc({}, late)))).toBe('2026-10-05'); // Accra is on UTC
    expect(dateOf(await withAccount(doc({ timezone: 'Africa/Lagos' }, late)))).toBe('2026-10-06');
  });

  it("classifies with the rules people made for the account, after the document's own", async () => {
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    const rules = createWebRuleRepository(db.db);
    const sms = (id: string, ledgerAccount: string) => ({
      id,
      when: { narrationContains: 'SMS ALERT' },
      then: { ledgerAccount, autoConfirm: true },
    });
    await rules.insert({
      rule: sms('web-sms', 'Bank charges:SMS'),
      accountId: 'acc-ngn',
      createdBy: 'ada',
      at: '2026-10-01',
    });
    await db.close();
    const line = [{ id: 'b2', date: '2026-10-04', amount: '-4.00', currency: 'NGN', narration: 'SMS ALERT CHARGES' }];
    const ruleOf = (s: InputStatement) => {
      const m = s.matches.find((x) => x.bank[0] === 'b2');
      return [m?.rule, m?.proposed?.account];
    };
    expect(ruleOf(await withAccount(doc({ presets: { nigerianBankCharges: false } }, line)))).toEqual([
      'web-sms',
      'Bank charges:SMS',
    ]);
    const file = doc({ presets: { nigerianBankCharges: false } }, line);
    const withOwn = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...withOwn, rules: [sms('doc-sms', 'Expenses:SMS')] }));
    expect(ruleOf(await withAccount(file))).toEqual(['doc-sms', 'Expenses:SMS']);
  });

  it('merges presets switch by switch and keeps what the document does not state from the account', () => {
    const account = {
      accountId: 'acc-ngn',
      accountName: 'Payroll',
      currency: 'NGN' as const,
      timezone: 'Africa/Lagos',
      options: {
        dateWindowDays: 3,
        autoConfirmThreshold: 0.95,
        tolerance: { underFixedMinor: 5_000, overFixedMinor: 5_000 },
        presets: { nigerianBankCharges: true, ghanaianBankCharges: false },
      },
      rules: [],
    };
    expect(
      withAccountSettings(
        { autoConfirmThreshold: 0.9, tolerance: { underPercent: '1' }, presets: { nigerianBankCharges: false } },
        account,
      ),
    ).toEqual({
      timezone: 'Africa/Lagos',
      dateWindowDays: 3,
      autoConfirmThreshold: 0.9,
      tolerance: { underPercent: '1' },
      presets: { nigerianBankCharges: false, ghanaianBankCharges: false },
      rules: [],
    });
  });

  it('refuses an unknown account and a document in another currency with exit 2, writing nothing', async () => {
    const out = join(dir, 'report.json');
    const unknown = await run(ENV, 'reconcile', '--input', doc({}), '--account', 'nope', '--out', out);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no linked account "nope"');
    const kes = await run(ENV, 'reconcile', '--input', doc({}), '--account', 'acc-kes', '--out', out);
    expect(kes.code).toBe(2);
    expect(kes.stderr).toContain('$.bank[0].currency: NGN (1 bank line), but --account acc-kes is in KES');
    expect(existsSync(out)).toBe(false);
  });

  it("stops with exit 3 naming the variable when the account's settings are bad", async () => {
    const r = await run(
      { BANKFEED_MATCH_DATE_WINDOW_DAYS: 'two weeks' },
      'reconcile',
      '--input',
      doc({}),
      '--account',
      'acc-ngn',
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('BANKFEED_MATCH_DATE_WINDOW_DAYS');
  });
});
