import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-in-process.js';
import { getAccount, updateAccount, upsertAccount } from '../../db/account-repository.js';
import { openDb } from '../../db/connection.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';

const ACCOUNT = '6600000000000000000e1313';
const OLD_LINK = 'http://127.0.0.1:1/expired-reauth-session';
let sandbox: Sandbox;
let dir: string;
const saved = { ...process.env };

const run = runCli;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-reauth-'));
  sandbox = await startSandbox({ seed: 1313 });
  await sandbox.linkAccount({ id: ACCOUNT, institution: 'Access', kind: 'business', historyDays: 10, txnsPerDay: 1 });
  for (const k of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'BANKFEED_LEDGER_CONFIG']) delete process.env[k];
  Object.assign(process.env, {
    BANKFEED_DATA_DIR: dir,
    MONO_SECRET_KEY: sandbox.secretKey,
    MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
    MONO_BASE_URL: sandbox.url,
    BANKFEED_REAUTH_REDIRECT_URL: 'https://books.example.com/reauthorised',
  });
  const db = await openDb({ url: join(dir, 'bankfeed.db') });
  const at = '2026-11-01T00:00:00.000Z';
  await upsertAccount(
    db.db,
    {
      id: ACCOUNT,
      name: 'Kumasi Cocoa Traders',
      institutionName: 'Access Bank',
      institutionCode: '044',
      accountNumberMasked: '******5512',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      accountType: null,
      customerId: null,
      dataStatus: 'AVAILABLE',
      balanceMinor: null,
      balanceAsOf: null,
    },
    at,
  );
  await updateAccount(db.db, ACCOUNT, { state: 'REAUTH_REQUIRED', reauth_url: OLD_LINK, reauth_required_at: at });
  await db.close();
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await sandbox?.close();
  const d = dir;
  process.once('exit', () => rmSync(d, { recursive: true, force: true }));
});

describe('bankfeed reauth --new', () => {
  it('asks Mono for a fresh, working link with its expiry, stores it and prints it; an expired one is never shown', async () => {
    // Issued a month ago: past its expiry, so it is not shown; the command says how to get a fresh one.
    const before = await run('reauth', '5512');
    expect(before.code).toBe(0);
    expect(before.stdout).not.toContain(OLD_LINK);
    expect(before.stdout).toContain('--new');

    const r = await run('reauth', '5512', '--new', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { reauthUrl: string; issuedAt: string; expiresAt: string };
    expect(Date.parse(out.expiresAt)).toBeGreaterThan(Date.now());
    // The fresh link works: the sandbox serves its re-authorisation page.
    expect((await fetch(out.reauthUrl)).status).toBe(200);
    expect(out.reauthUrl).not.toBe(OLD_LINK);
    expect(out.reauthUrl).toMatch(/^https?:\/\//);
    expect(Date.parse(out.issuedAt)).toBeGreaterThan(Date.parse('2026-11-01T00:00:00.000Z'));

    const db = await openDb({ url: join(dir, 'bankfeed.db') });
    try {
      expect((await getAccount(db.db, ACCOUNT))?.reauth_url).toBe(out.reauthUrl);
    } finally {
      await db.close();
    }
    const after = await run('reauth', 'kumasi cocoa traders');
    expect(after.stdout).toContain(out.reauthUrl);
    expect(after.stdout).not.toContain(OLD_LINK);
  });
});
