import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFeedActivities, type SyncInput } from '../../activities/feed-activities.js';
import { createNightlyActivities, type NightlyChunkResult } from '../../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { getAccount, updateAccount } from '../../db/account-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { statusReport } from '../../worker/commands/status-command.js';
import { createLogger } from '../../worker/logger.js';
import type { BankfeedSettings } from '../../worker/settings.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// The feed and the nightly run each keep their own error on the account: a nightly failure must not overwrite the
// feed's (a Mono 503), a good sync must not erase the nightly failure before anyone saw it, and only the next good
// night clears it. Real feed activities against the Mono sandbox, real nightly activities, SQLite and PostgreSQL.

const logger = createLogger({ silent: true });
const UNSET = 'BANKFEED_TEST_NIGHTLY_APART_UNSET_PASSWORD';
const FEED_ERROR = 'Mono: 503 Service Unavailable from /v2/accounts/{id}/transactions';
const kinds = await databaseKinds();
let sb: Sandbox;

beforeAll(async () => {
  delete process.env[UNSET];
  sb = await startSandbox({ seed: 57, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
});
afterAll(async () => {
  await sb?.close();
});

/** The account bound to a CSV general ledger (reconciles) or to a Tryton whose password is not set (fails). */
function config(accountId: string, sourceId: 'gl' | 'erp'): LedgerConfig {
  return {
    sources: [
      { id: 'gl', kind: 'csv', path: 'gl.csv', currency: 'NGN', ledgerAccount: '1010' },
      {
        id: 'erp',
        kind: 'tryton',
        url: 'http://127.0.0.1:9',
        database: 'books',
        login: 'bankfeed',
        passwordEnv: UNSET,
        bankJournal: 'GTBank current account',
        currency: 'NGN',
      },
    ],
    bindings: [{ accountId, sourceId, ledgerAccount: sourceId === 'gl' ? '1010' : '1.1.1' }],
  } as unknown as LedgerConfig;
}

const syncInput = (accountId: string): SyncInput => ({
  accountId,
  mode: 'full',
  watermark: null,
  lastFullScanAt: null,
  historyDays: 20,
  windowDays: 30,
  overlapDays: 3,
  fullRescanIntervalMs: 24 * 3_600_000,
});

async function statusOutput(db: TestDb, dataDir: string, json: boolean): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  try {
    const settings = { dataDir, reauthLinkTtlMs: 24 * 3_600_000 } as BankfeedSettings;
    const code = await statusReport({ settings, db: db.db }, { json, wide: true });
    return { code, stdout };
  } finally {
    spy.mockRestore();
  }
}

describe.each(kinds)('nightly error apart from the feed error on $name', ({ name, open }) => {
  let db: TestDb;
  let dir: string;
  beforeEach(async () => {
    db = await open();
    dir = mkdtempSync(join(tmpdir(), 'bankfeed-nightly-apart-'));
    copyFileSync(join(import.meta.dirname, '../fixtures/ledger/general-ledger.csv'), join(dir, 'gl.csv'));
  });
  afterEach(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  function night(accountId: string, sourceId: 'gl' | 'erp', day: string): Promise<NightlyChunkResult> {
    const reportSink = fileReportSink(join(dir, `reports-${day}`));
    const ledger = { config: config(accountId, sourceId), baseDir: dir };
    const reconcile = createReconcileActivities({ db: db.db, logger, dataDir: dir, reportSink, ledger });
    const acts = createNightlyActivities({ db: db.db, logger, reportSink, reconcile, ledger });
    return new MockActivityEnvironment().run(acts.nightlyReconcileChunk, {
      runKey: `night-${day}`,
      day,
      part: 'p0',
      accountIds: [accountId],
    });
  }

  it('each side writes and clears only its own error, and status shows both', async () => {
    const id = await sb.linkAccount({
      id: `nightly-apart-${name}`,
      institution: 'GTBank',
      kind: 'business',
      historyDays: 15,
      txnsPerDay: 3,
    });
    const feed = createFeedActivities({
      db: db.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const env = new MockActivityEnvironment();
    const row = async () => (await getAccount(db.db, id))!;
    await env.run(feed.describeAccount, id);
    await env.run(feed.syncAccount, syncInput(id));
    // The feed fails as the workflow records it.
    await env.run(feed.recordFeedState, { accountId: id, state: 'ACTIVE', lastError: FEED_ERROR });

    // Night one fails on the ledger source: the feed's error stays as it was.
    expect(await night(id, 'erp', '2026-12-01')).toMatchObject({ reconciled: 0, failed: 1 });
    let a = await row();
    expect(a.last_error).toBe(FEED_ERROR);
    expect(a.nightly_error).toMatch(
      new RegExp(`^nightly reconciliation 2026-12-01: ledger source "erp": Tryton: environment variable ${UNSET}`),
    );
    expect(Number.isNaN(Date.parse(a.nightly_failed_at ?? ''))).toBe(false);

    // Status shows both problems, in its table and in its JSON, and asks for a person.
    const text = await statusOutput(db, dir, false);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(FEED_ERROR);
    expect(text.stdout).toContain('nightly reconciliation 2026-12-01: ledger source "erp"');
    const json = await statusOutput(db, dir, true);
    const listed = (JSON.parse(json.stdout) as Array<Record<string, unknown>>).find((x) => x.id === id)!;
    expect(listed).toMatchObject({ lastError: FEED_ERROR, nightlyFailedAt: a.nightly_failed_at });
    expect(listed.nightlyError).toBe(a.nightly_error);

    // The feed recovers: a good sync and the workflow's mirror of it clear the feed's error, not the night's.
    await env.run(feed.syncAccount, syncInput(id));
    await env.run(feed.recordFeedState, { accountId: id, state: 'ACTIVE', lastError: null });
    a = await row();
    expect(a.last_error).toBeNull();
    expect(a.nightly_error).toMatch(/^nightly reconciliation 2026-12-01: /);
    const stillNeeded = await statusOutput(db, dir, false);
    expect(stillNeeded.code).toBe(1);
    expect(stillNeeded.stdout).toContain('nightly reconciliation 2026-12-01');

    // The feed fails again; an admin binds the account to the general ledger export instead (the night recorded
    // its first binding on the account), and night two succeeds: it clears its own failure, not the feed's error.
    await env.run(feed.recordFeedState, { accountId: id, state: 'ACTIVE', lastError: FEED_ERROR });
    await updateAccount(db.db, id, {
      ledger_binding: JSON.stringify({ sourceId: 'gl', ledgerAccount: '1010', writeBack: false }),
    });
    expect(await night(id, 'gl', '2026-12-02')).toMatchObject({ reconciled: 1, failed: 0 });
    a = await row();
    expect(a.nightly_error).toBeNull();
    expect(a.nightly_failed_at).toBeNull();
    expect(a.last_error).toBe(FEED_ERROR);

    // With the feed mended too, nothing needs a person.
    await env.run(feed.recordFeedState, { accountId: id, state: 'ACTIVE', lastError: null });
    expect((await statusOutput(db, dir, false)).code).toBe(0);
  }, 120_000);

  it('never stores an account number or a secret key a failure carried', async () => {
    const id = await sb.linkAccount({ id: `nightly-scrub-${name}`, institution: 'GTBank', kind: 'business' });
    const feed = createFeedActivities({
      db: db.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    await new MockActivityEnvironment().run(feed.describeAccount, id);
    const reportSink = fileReportSink(join(dir, 'reports'));
    const acts = createNightlyActivities({
      db: db.db,
      logger,
      reportSink,
      reconcile: {
        reconcileAccountFeed: async () => {
          throw new Error('books refused account 0123456789 (BVN 22212345678) with key live_sk_abcDEF123');
        },
        accountReport: async () => {
          throw new Error('not reached');
        },
      },
      ledger: { config: config(id, 'gl'), baseDir: dir },
    });
    const r = await new MockActivityEnvironment().run(acts.nightlyReconcileChunk, {
      runKey: 'night',
      day: '2026-12-01',
      part: 'p0',
      accountIds: [id],
    });
    expect(r).toMatchObject({ failed: 1 });
    const stored = (await getAccount(db.db, id))!.nightly_error ?? '';
    expect(stored).toMatch(/^nightly reconciliation 2026-12-01: ledger source "gl": books refused account/);
    expect(stored).toContain('6789');
    for (const secret of ['0123456789', '22212345678', 'live_sk_abcDEF123']) expect(stored).not.toContain(secret);
  });
});
