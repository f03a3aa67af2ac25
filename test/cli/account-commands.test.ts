import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-in-process.js';
import { updateAccount, upsertAccount } from '../../db/account-repository.js';
import { openDb } from '../../db/connection.js';

const root = new URL('../../', import.meta.url).pathname;
const ACTIVE = '6600000000000000000d1301';
const PAUSED = '6600000000000000000d1302';
const GONE = '6600000000000000000d1303';
let dir: string;
const saved = { ...process.env };

const run = runCli;

/** A re-authorisation link issued an hour ago: it still works (links are trusted for 24 hours by default). */
const linkIssued = () => new Date(Date.now() - 3_600_000).toISOString();

/** A port nothing listens on: the "Temporal server" a crashed `start` left in its endpoint file. */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-accounts-'));
  for (const k of ['MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL', 'DATABASE_URL', 'TEMPORAL_ADDRESS'])
    delete process.env[k];
  Object.assign(process.env, {
    BANKFEED_DATA_DIR: dir,
    BANKFEED_LEDGER_CONFIG: join(root, 'examples/bankfeed.ledger.json'),
  });
  const db = await openDb({ url: join(dir, 'bankfeed.db') });
  const now = '2026-11-30T08:00:00.000Z';
  const accounts = [
    { id: ACTIVE, name: 'Adebayo Foods Operating Account With A Very Long Trading Name Ltd', last4: '4821' },
    { id: PAUSED, name: 'Okafor Studio', last4: '7730' },
    { id: GONE, name: 'Lekki Logistics', last4: '1190' },
  ];
  for (const a of accounts)
    await upsertAccount(
      db.db,
      {
        id: a.id,
        name: a.name,
        institutionName: 'Guaranty Trust Bank of Nigeria Plc (GTBank), Victoria Island Business Branch',
        institutionCode: '058',
        accountNumberMasked: `******${a.last4}`,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        accountType: 'BUSINESS_BANKING',
        customerId: null,
        dataStatus: 'AVAILABLE',
        balanceMinor: 123_456_78,
        balanceAsOf: now,
      },
      now,
    );
  // synced an hour ago: status flags a last sync over 2 days old whether a worker runs or not
  const lastSync = new Date(Date.now() - 3_600_000).toISOString();
  await updateAccount(db.db, ACTIVE, {
    state: 'ACTIVE',
    last_synced_at: lastSync,
    synced_through: lastSync.slice(0, 10),
  });
  await updateAccount(db.db, PAUSED, {
    state: 'REAUTH_REQUIRED',
    reauth_url: 'https://connect.mono.co/reauth-session-test',
    reauth_required_at: linkIssued(),
  });
  await updateAccount(db.db, GONE, { state: 'UNLINKED', unlinked_at: '2026-11-29T10:00:00.000Z' });
  await db.close();
  // A previous `start` left its embedded server's address; that server is gone (the 77-second `status` case).
  mkdirSync(join(dir, 'temporal'), { recursive: true });
  writeFileSync(
    join(dir, 'temporal', 'endpoint.json'),
    JSON.stringify({ address: `127.0.0.1:${await deadPort()}`, namespace: 'default', taskQueue: 'x', uiUrl: null }),
  );
}, 60_000);

afterAll(() => {
  process.env = saved;
  // The log transport's thread may still be opening its file: remove the folder when this test process ends.
  const d = dir;
  process.once('exit', () => rmSync(d, { recursive: true, force: true }));
});

describe('bankfeed status without a worker', () => {
  it('answers from the database quickly, says no worker is running, and exits 1 for the paused account', async () => {
    const r = await run('status');
    console.log(`[bankfeed tests] status with no worker answered in ${r.ms} ms`);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stdout).toMatch(/^no worker running/);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Okafor Studio needs re-authorisation');
    // a capability URL: a piped stdout (this test's, cron's) gets the command that shows it (walk-ops-s34)
    expect(r.stdout).not.toContain('https://connect.mono.co/reauth-session-test');
    expect(r.stdout).toContain('bankfeed reauth');
    expect(r.stdout).toContain('unlinked since 2026-11-29');
  });

  it('exits 0 when no account needs attention', async () => {
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    await updateAccount(db.db, PAUSED, { state: 'ACTIVE', reauth_url: null, reauth_required_at: null });
    try {
      const r = await run('status', '--json');
      expect(r.code).toBe(0);
      const list = JSON.parse(r.stdout) as Array<{ id: string; alias: string; state: string }>;
      expect(list.map((a) => a.alias)).toEqual(['4821', '7730', '1190']);
    } finally {
      await updateAccount(db.db, PAUSED, {
        state: 'REAUTH_REQUIRED',
        reauth_url: 'https://connect.mono.co/reauth-session-test',
        reauth_required_at: linkIssued(),
      });
      await db.close();
    }
  });
});

describe('tables fit 120 columns', () => {
  for (const cmd of ['status', 'accounts']) {
    it(`${cmd} fits 120 columns and --wide shows every column`, async () => {
      const narrow = await run(cmd);
      for (const line of narrow.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
      expect(narrow.stdout).toContain('4821');
      const wide = await run(cmd, '--wide');
      expect(wide.stdout).toContain(ACTIVE);
      expect(wide.stdout).toContain('Adebayo Foods Operating Account With A Very Long Trading Name Ltd');
      expect(Math.max(...wide.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(120);
    });
  }
});

describe('accounts shows the balance with the moment it describes', () => {
  it('in --wide and --json', async () => {
    expect((await run('accounts', '--wide')).stdout).toContain('2026-11-30 08:00Z');
    const list = JSON.parse((await run('accounts', '--json')).stdout) as Array<{ id: string; balanceAsOf: string }>;
    expect(list.find((a) => a.id === ACTIVE)?.balanceAsOf).toBe('2026-11-30T08:00:00.000Z');
  });
});

describe('accounts bind', () => {
  it('refuses an unknown source with exit 2 and names the known ones', async () => {
    const r = await run('accounts', 'bind', ACTIVE, '--source', 'nosuch', '--ledger-account', '1010');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown ledger source "nosuch"');
    expect(r.stderr).toContain('"adebayo-books"');
  });

  it('binds by alias to a configured source', async () => {
    const r = await run('accounts', 'bind', '4821', '--source', 'adebayo-books', '--ledger-account', '1010');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`account ${ACTIVE} now reconciles against adebayo-books / 1010`);
  });

  it('audits a re-bind with the binding before and after, as stored', async () => {
    const r = await run('accounts', 'bind', ACTIVE, '--source', 'adebayo-books', '--ledger-account', '1020');
    expect(r.code).toBe(0);
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    try {
      const row = await db.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'account.bind')
        .where('account_id', '=', ACTIVE)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(row.before).toBe('{"sourceId":"adebayo-books","ledgerAccount":"1010","writeBack":false}');
      expect(row.after).toBe('{"sourceId":"adebayo-books","ledgerAccount":"1020","writeBack":false}');
      expect(row.detail).toBeNull();
    } finally {
      await db.close();
    }
  });

  it('without a ledger configuration, says which variable to set', async () => {
    delete process.env.BANKFEED_LEDGER_CONFIG;
    process.env.MONO_SECRET_KEY = 'test_sk_cli13';
    process.env.MONO_WEBHOOK_SECRET = 'whsec-cli13';
    try {
      const r = await run('accounts', 'bind', ACTIVE, '--source', 'adebayo-books', '--ledger-account', '1010');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('BANKFEED_LEDGER_CONFIG');
    } finally {
      process.env.BANKFEED_LEDGER_CONFIG = join(root, 'examples/bankfeed.ledger.json');
      delete process.env.MONO_SECRET_KEY;
      delete process.env.MONO_WEBHOOK_SECRET;
    }
  });
});

describe('link', () => {
  it('without a redirect URL names the option and the variable before asking Mono', async () => {
    process.env.MONO_SECRET_KEY = 'test_sk_cli13';
    process.env.MONO_WEBHOOK_SECRET = 'whsec-cli13';
    process.env.MONO_BASE_URL = 'http://127.0.0.1:9';
    try {
      const r = await run('link', '--name', 'Ada Obi', '--email', 'ada@example.com');
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--redirect-url');
      expect(r.stderr).toContain('BANKFEED_REAUTH_REDIRECT_URL');
    } finally {
      for (const k of ['MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL']) delete process.env[k];
    }
  });
});

describe('account references and unlinked accounts', () => {
  it('an unlinked account is refused in our words, by id or alias', async () => {
    for (const ref of [GONE, '1190', 'lekki logistics']) {
      for (const argv of [
        ['sync', ref],
        ['unlink', ref],
        ['reauth', ref],
      ]) {
        const r = await run(...argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr).toContain(`account ${GONE} (Lekki Logistics) is unlinked (since 2026-11-29T10:00:00.000Z)`);
        expect(r.stderr).not.toMatch(/workflow execution/i);
      }
    }
  });

  it('reauth prints the stored link by alias without a worker', async () => {
    const r = await run('reauth', '7730');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('https://connect.mono.co/reauth-session-test');
  });

  it('an unknown reference says what can be given', async () => {
    const r = await run('sync', '9999');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('last four digits');
  });
});

describe('re-authorisation links carry their expiry', () => {
  it('status, reauth and accounts never show a link past its expiry, and say how to get a fresh one', async () => {
    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    try {
      const live = await run('reauth', '7730', '--json');
      const shown = JSON.parse(live.stdout) as { reauthUrl: string; expiresAt: string };
      expect(shown.reauthUrl).toBe('https://connect.mono.co/reauth-session-test');
      expect(Date.parse(shown.expiresAt)).toBeGreaterThan(Date.now());
      // status --json piped (a monitor, a log) names the command, never the live link; a console that may show links does
      const piped = JSON.parse((await run('status', '--json')).stdout) as Array<Record<string, unknown>>;
      expect(JSON.stringify(piped)).not.toContain('reauth-session-test');
      expect(piped.find((a) => a.id === PAUSED)).toMatchObject({
        reauthUrl: null,
        reauthCommand: `bankfeed reauth ${PAUSED}`,
      });
      process.env.BANKFEED_CONSOLE_LINKS = '1';
      try {
        const shownJson = JSON.parse((await run('status', '--json')).stdout) as Array<{
          id: string;
          reauthUrl: string;
        }>;
        expect(shownJson.find((a) => a.id === PAUSED)?.reauthUrl).toBe('https://connect.mono.co/reauth-session-test');
      } finally {
        delete process.env.BANKFEED_CONSOLE_LINKS;
      }

      // Issued two days ago: past the 24-hour default.
      await updateAccount(db.db, PAUSED, { reauth_required_at: new Date(Date.now() - 2 * 86_400_000).toISOString() });
      const status = await run('status');
      expect(status.code).toBe(1); // still needs a person
      expect(status.stdout).not.toContain('reauth-session-test');
      expect(status.stdout).toContain('link expired');
      const json = JSON.parse((await run('status', '--json')).stdout) as Array<{
        id: string;
        reauthUrl: string | null;
      }>;
      expect(json.find((a) => a.id === PAUSED)?.reauthUrl).toBeNull();
      const reauth = await run('reauth', '7730');
      expect(reauth.code).toBe(0);
      expect(reauth.stdout).not.toContain('reauth-session-test');
      expect(reauth.stdout).toContain('has expired');
      expect(reauth.stdout).toContain('--new');
      expect((await run('accounts', '--json')).stdout).not.toContain('reauth-session-test');

      // A recorded expiry earlier than the default is honoured too.
      await updateAccount(db.db, PAUSED, {
        reauth_required_at: linkIssued(),
        reauth_expires_at: new Date(Date.now() - 60_000).toISOString(),
      });
      expect((await run('status')).stdout).not.toContain('reauth-session-test');
    } finally {
      await updateAccount(db.db, PAUSED, { reauth_required_at: linkIssued(), reauth_expires_at: null });
      await db.close();
    }
  });
});

describe('an alias given at bind', () => {
  it('names the account in every command, in any case, and is refused when another account answers to it', async () => {
    const r = await run(
      'accounts',
      'bind',
      '7730',
      '--source',
      'adebayo-books',
      '--ledger-account',
      '1010',
      '--alias',
      'Studio',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('it answers to "studio"');

    const reauth = await run('reauth', 'STUDIO', '--json');
    expect(reauth.code).toBe(0);
    expect(JSON.parse(reauth.stdout).accountId).toBe(PAUSED);
    const list = JSON.parse((await run('accounts', '--json')).stdout) as Array<{ id: string; alias: string }>;
    expect(list.find((a) => a.id === PAUSED)?.alias).toBe('studio');
    expect((await run('status')).stdout).toMatch(/^studio\s+Okafor/m);
    const matches = await run('matches', 'list', 'studio', '--json');
    expect(matches.stderr).not.toContain('bankfeed:'); // (many in-process runs may draw Node's listener warning)
    expect(matches.code).toBe(0);

    const taken = await run(
      'accounts',
      'bind',
      '4821',
      '--source',
      'adebayo-books',
      '--ledger-account',
      '1010',
      '--alias',
      'studio',
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`alias "studio" already names account ${PAUSED}`);
    const digits = await run(
      'accounts',
      'bind',
      '4821',
      '--source',
      'adebayo-books',
      '--ledger-account',
      '1010',
      '--alias',
      '7730',
    );
    expect(digits.code).toBe(2);
    expect(digits.stderr).toContain('start with a letter');
  });
});
