import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import * as XLSX from 'xlsx';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFeedActivities, type SyncInput } from '../../activities/feed-activities.js';
import { createNightlyActivities, type NightlyChunkResult } from '../../activities/nightly-activities.js';
import {
  awaitFeedSyncs,
  notSyncedText,
  stillToSync,
  syncedSince,
  type AccountSyncTime,
} from '../../activities/nightly-sync-check.js';
import { createReconcileActivities, fileReportSink } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { getAccount, updateAccount } from '../../db/account-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { statusReport } from '../../worker/commands/status-command.js';
import { createLogger } from '../../worker/logger.js';
import { loadSettings, type BankfeedSettings } from '../../worker/settings.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// The nightly run says which accounts it reported without a sync since it began: the wait for the feeds' syncs
// (pure, then as the activity over the store), and the chunk that marks such an account (its workbook's statement,
// its summary row, its nightly error, the chunk's count) yet still reports it, and clears the mark on a synced night.

const logger = createLogger({ silent: true });

describe('the nightly sync check', () => {
  const RUN = '2026-12-07T02:49:00.000Z';

  it('counts a sync at or after the run as synced, anything else (none, earlier, unreadable) as not', () => {
    expect(syncedSince('2026-12-07T02:49:00.000Z', RUN)).toBe(true);
    expect(syncedSince('2026-12-07T02:50:12.345Z', RUN)).toBe(true);
    expect(syncedSince('2026-12-07T02:45:00.000Z', RUN)).toBe(false);
    expect(syncedSince(null, RUN)).toBe(false);
    expect(syncedSince('not a time', RUN)).toBe(false);
  });

  it('waits for no feed that cannot sync (re-authorisation pending, unlinked) nor for an account not on record', () => {
    const rows: AccountSyncTime[] = [
      { id: 'a', state: 'ACTIVE', last_synced_at: '2026-12-07T02:45:00.000Z' },
      { id: 'b', state: 'ACTIVE', last_synced_at: '2026-12-07T02:51:00.000Z' },
      { id: 'c', state: 'REAUTH_REQUIRED', last_synced_at: null },
      { id: 'd', state: 'UNLINKED', last_synced_at: null },
      { id: 'e', state: 'BACKFILLING', last_synced_at: null },
    ];
    expect(stillToSync(rows, RUN)).toEqual(['a', 'e']);
  });

  it('says when the run began and what the statement is as of, in words', () => {
    const base = { day: '2026-12-07', runStartedAt: RUN };
    expect(notSyncedText({ ...base, lastSyncedAt: '2026-12-07T02:41:07.120Z', state: 'ACTIVE' })).toBe(
      'nightly reconciliation 2026-12-07: no sync since the nightly run began at 2026-12-07 02:49:00 UTC; the statement is as of the last sync at 2026-12-07 02:41:07 UTC',
    );
    expect(notSyncedText({ ...base, lastSyncedAt: null, state: 'ACTIVE' })).toMatch(
      /began at 2026-12-07 02:49:00 UTC; the feed has never completed a sync$/,
    );
    expect(notSyncedText({ ...base, lastSyncedAt: '2026-12-05T10:00:00.000Z', state: 'REAUTH_REQUIRED' })).toMatch(
      /as of the last sync at 2026-12-05 10:00:00 UTC \(the account awaits re-authorisation\)$/,
    );
  });

  it('takes its bound from BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS, else leaves it to the run (120 s)', () => {
    expect(loadSettings({ BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS: '600' }).nightly.syncWaitMs).toBe(600_000);
    expect(loadSettings({}).nightly.syncWaitMs).toBeUndefined();
  });

  /** A store whose accounts sync at given instants of a fake clock. */
  function fakeStore(syncAt: Record<string, number | null>) {
    let now = 0;
    const reads: number[] = [];
    const deps = {
      read: async (ids: readonly string[]) => {
        reads.push(now);
        return ids.map((id) => {
          const at = syncAt[id];
          return {
            id,
            state: 'ACTIVE',
            last_synced_at: at !== null && at !== undefined && at <= now ? new Date(1_000 + at).toISOString() : null,
          };
        });
      },
      now: () => now,
      sleep: async (ms: number) => {
        now += ms;
      },
      beat: vi.fn(),
    };
    return { deps, reads };
  }
  const since = new Date(1_000).toISOString();

  it('stops as soon as every feed has synced, reading only those still waited for', async () => {
    const { deps, reads } = fakeStore({ a: 0, b: 4_500 });
    const read = vi.spyOn(deps, 'read');
    const waiting = await awaitFeedSyncs(deps, { accountIds: ['a', 'b'], since, until: 60_000, pollMs: 2_000 });
    expect(waiting).toEqual([]);
    expect(reads).toEqual([0, 2_000, 4_000, 6_000]);
    expect(read.mock.calls.map(([ids]) => ids)).toEqual([['a', 'b'], ['b'], ['b'], ['b']]);
    expect(deps.beat).toHaveBeenCalledTimes(4);
  });

  it('gives up at the deadline, not after it, and returns the feeds that did not sync', async () => {
    const { deps, reads } = fakeStore({ a: 0, b: null });
    const waiting = await awaitFeedSyncs(deps, { accountIds: ['a', 'b'], since, until: 5_000, pollMs: 2_000 });
    expect(waiting).toEqual(['b']);
    expect(reads).toEqual([0, 2_000, 4_000, 5_000]);
  });

  it('past its deadline already (a retried wait), looks once and returns', async () => {
    const { deps, reads } = fakeStore({ a: null });
    expect(await awaitFeedSyncs(deps, { accountIds: ['a'], since, until: -1, pollMs: 2_000 })).toEqual(['a']);
    expect(reads).toEqual([0]);
  });
});

const kinds = await databaseKinds();
let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 4141, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
});
afterAll(async () => {
  await sb?.close();
});

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

describe.each(kinds)('the nightly run over accounts without a sync tonight on $name', ({ name, open }) => {
  let db: TestDb;
  let dir: string;
  beforeEach(async () => {
    db = await open();
    dir = mkdtempSync(join(tmpdir(), 'bankfeed-nightly-synced-'));
    copyFileSync(join(import.meta.dirname, '../fixtures/ledger/general-ledger.csv'), join(dir, 'gl.csv'));
  });
  afterEach(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A sandbox account synced once by the real feed activities; bound to the CSV general ledger when asked. */
  async function syncedAccount(tag: string): Promise<string> {
    const id = await sb.linkAccount({ id: `nsync-${tag}-${name}`, institution: 'GTBank', kind: 'business' });
    const feed = createFeedActivities({
      db: db.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const env = new MockActivityEnvironment();
    await env.run(feed.describeAccount, id);
    await env.run(feed.syncAccount, syncInput(id));
    return id;
  }

  function activities(bound: string[], reports: string) {
    const ledger = {
      config: {
        sources: [{ id: 'gl', kind: 'csv', path: 'gl.csv', currency: 'NGN', ledgerAccount: '1010' }],
        bindings: bound.map((accountId) => ({ accountId, sourceId: 'gl', ledgerAccount: '1010' })),
      } as unknown as LedgerConfig,
      baseDir: dir,
    };
    const reportSink = fileReportSink(join(dir, reports));
    const reconcile = createReconcileActivities({ db: db.db, logger, dataDir: dir, reportSink, ledger });
    return createNightlyActivities({ db: db.db, logger, reportSink, reconcile, ledger, syncPollMs: 20 });
  }

  function chunk(accountIds: string[], reports: string, syncedSince?: string): Promise<NightlyChunkResult> {
    return new MockActivityEnvironment().run(activities(accountIds.slice(0, 1), reports).nightlyReconcileChunk, {
      runKey: `night-${reports}`,
      day: '2026-12-07',
      part: 'p0',
      accountIds,
      ...(syncedSince ? { syncedSince } : {}),
    });
  }

  const workbookText = (file: string) => {
    const wb = XLSX.read(readFileSync(file));
    return wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n');
  };
  const summaryRows = (reports: string) => {
    const parts = join(dir, reports, '2026-12-07', '.nightly-parts');
    const runDir = join(parts, readdirSync(parts)[0]!);
    return JSON.parse(readFileSync(join(runDir, 'p0.json'), 'utf8')) as Array<{
      accountId: string;
      nightlyError: string | null;
    }>;
  };

  async function status(): Promise<{ code: number; stdout: string }> {
    let stdout = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      const settings = { dataDir: dir, reauthLinkTtlMs: 24 * 3_600_000 } as BankfeedSettings;
      return { code: await statusReport({ settings, db: db.db }, { json: false, wide: true }), stdout };
    } finally {
      spy.mockRestore();
    }
  }

  it('reports a stale account all the same, marked; counts it; records why; a synced night clears it', async () => {
    const bound = await syncedAccount('bound');
    const unbound = await syncedAccount('unbound');
    const lastSync = (await getAccount(db.db, bound))!.last_synced_at!;
    await updateAccount(db.db, unbound, { last_synced_at: lastSync });
    const runBegan = new Date(Date.parse(lastSync) + 60_000).toISOString();

    // Tonight neither feed synced after the run began.
    const stale = await chunk([bound, unbound], 'stale', runBegan);
    expect(stale).toMatchObject({ accounts: 2, reconciled: 1, failed: 0, notSynced: 2 });
    const words = `no sync since the nightly run began at ${runBegan.slice(0, 19).replace('T', ' ')} UTC; the statement is as of the last sync at ${lastSync.slice(0, 19).replace('T', ' ')} UTC`;
    for (const id of [bound, unbound])
      expect((await getAccount(db.db, id))!.nightly_error).toBe(`nightly reconciliation 2026-12-07: ${words}`);
    // the workbook is written, its statement saying so; the summary's rows carry it: both at the account's clock
    // (Lagos, an hour ahead of UTC all year), as every other time they show
    expect((await getAccount(db.db, bound))!.timezone).toBe('Africa/Lagos');
    const lagos = (iso: string) =>
      `${new Date(Date.parse(iso) + 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} Lagos time`;
    const local = `no sync since the nightly run began at ${lagos(runBegan)}; the statement is as of the last sync at ${lagos(lastSync)}`;
    expect(stale.files).toHaveLength(1);
    expect(workbookText(stale.files[0]!)).toContain(`Not synced tonight: ${local}.`);
    expect(summaryRows('stale').map((r) => r.nightlyError)).toEqual([
      `nightly reconciliation 2026-12-07: ${local}`,
      `nightly reconciliation 2026-12-07: ${local}`,
    ]);
    // `bankfeed status` asks for a person and says why
    const said = await status();
    expect(said.code).toBe(1);
    expect(said.stdout).toContain('no sync since the nightly run began at');

    // The next night both feeds synced after the run began: no mark, nothing counted, the old words cleared.
    const fresh = await chunk([bound, unbound], 'fresh', new Date(Date.parse(lastSync) - 60_000).toISOString());
    expect(fresh).toMatchObject({ accounts: 2, reconciled: 1, failed: 0, notSynced: 0 });
    for (const id of [bound, unbound]) expect((await getAccount(db.db, id))!.nightly_error).toBeNull();
    expect(workbookText(fresh.files[0]!)).not.toContain('Not synced tonight');
    expect(summaryRows('fresh').map((r) => r.nightlyError)).toEqual([null, null]);
    expect((await status()).code).toBe(0);
  }, 120_000);

  it('checks nothing for a chunk an older run scheduled (no run start given)', async () => {
    const id = await syncedAccount('older');
    const r = await chunk([id], 'older');
    expect(r).toMatchObject({ reconciled: 1, failed: 0, notSynced: 0 });
    expect((await getAccount(db.db, id))!.nightly_error).toBeNull();
  }, 120_000);

  it('the wait activity returns once the store shows every feed synced, and counts those it gave up on', async () => {
    const id = await syncedAccount('wait');
    const other = await syncedAccount('wait-other');
    // the run began after both feeds' last syncs
    const since = new Date(Date.now() + 500).toISOString();
    const acts = activities([], 'wait');
    const env = new MockActivityEnvironment();
    // the feed's sync lands while the activity waits
    const landing = setTimeout(() => {
      void updateAccount(db.db, id, { last_synced_at: new Date(Date.now() + 1_000).toISOString() });
    }, 100);
    const t0 = Date.now();
    const until = new Date(Date.now() + 30_000).toISOString();
    expect(await env.run(acts.nightlyAwaitFeedSyncs, { accountIds: [id], since, until })).toEqual({ waitingFor: 0 });
    expect(Date.now() - t0).toBeLessThan(10_000);
    clearTimeout(landing);
    // one that never syncs is waited for until the deadline only
    const soon = new Date(Date.now() + 300).toISOString();
    expect(await env.run(acts.nightlyAwaitFeedSyncs, { accountIds: [other], since, until: soon })).toEqual({
      waitingFor: 1,
    });
  }, 120_000);
});
