import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedActivities, type SyncInput } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

// An unlink cancels the feed's bank call (workflows/feed-steps.ts untilUnlinked) and the feed records UNLINKED at
// once, while the cancelled activity learns of it only at its next heartbeat. It must then stop: neither hold its
// slot waiting on Mono nor write the account's sync state over the unlink.

let sb: Sandbox;
let db: TestDb;
const logger = createLogger({ silent: true });

beforeAll(async () => {
  sb = await startSandbox({ seed: 41, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
  db = await openSqliteTestDb();
});
afterAll(async () => {
  await sb?.close();
  await db?.close();
});

const input = (accountId: string): SyncInput => ({
  accountId,
  mode: 'full',
  watermark: null,
  lastFullScanAt: null,
  historyDays: 10,
  windowDays: 7,
  overlapDays: 3,
  fullRescanIntervalMs: 24 * 3_600_000,
});

async function linked(id: string) {
  const accountId = await sb.linkAccount({
    id,
    institution: 'GTBank',
    kind: 'business',
    historyDays: 8,
    txnsPerDay: 3,
  });
  return accountId;
}

describe('a bank call cancelled by an unlink', () => {
  it('does not write the sync state over UNLINKED', async () => {
    const id = await linked('cancel-sync');
    const mono = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    const acts = createFeedActivities({
      db: db.db,
      mono,
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const env = new MockActivityEnvironment();
    await env.run(acts.describeAccount, id);
    // The feed records UNLINKED while the sync's last call (the balance) is in flight; the cancellation has not
    // reached the activity yet (it would with its next heartbeat).
    const balance = mono.getBalance.bind(mono);
    mono.getBalance = async (accountId, opts) => {
      await acts.recordFeedState({ accountId, state: 'UNLINKED' });
      return balance(accountId, opts);
    };
    await env.run(acts.syncAccount, input(id)).catch(() => undefined);
    const row = await db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.state).toBe('UNLINKED');
    expect(row.last_synced_at).toBeNull();
    expect(row.synced_through).toBeNull();
  });

  it('stops a sync cancelled before its last call, writing nothing after it', async () => {
    const id = await linked('cancel-sync-2');
    const mono = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    const acts = createFeedActivities({
      db: db.db,
      mono,
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const env = new MockActivityEnvironment();
    await env.run(acts.describeAccount, id);
    let balanceAsked = false;
    const list = mono.listTransactions.bind(mono);
    const starts = new Set<string>();
    mono.listTransactions = async (accountId, filters) => {
      const r = await list(accountId, filters);
      if (filters?.start) starts.add(filters.start);
      // Cancelled during the last (second) window's read: the sync ends there.
      if (starts.size === 2) env.cancel();
      return r;
    };
    mono.getBalance = async () => {
      balanceAsked = true;
      throw new Error('a cancelled sync asked for the balance');
    };
    await expect(env.run(acts.syncAccount, input(id))).rejects.toThrow();
    expect(starts.size).toBe(2);
    expect(balanceAsked).toBe(false);
    const row = await db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.last_synced_at).toBeNull();
  });

  it('ends a refresh that Mono never answers as soon as it is cancelled', async () => {
    const id = await linked('cancel-refresh');
    const mono = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    let asked!: () => void;
    const inFlight = new Promise<void>((r) => (asked = r));
    mono.refresh = () => {
      asked();
      return new Promise(() => undefined);
    };
    const acts = createFeedActivities({
      db: db.db,
      mono,
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const env = new MockActivityEnvironment();
    const refresh = env.run(acts.refreshAccount, id);
    await inFlight;
    env.cancel();
    const outcome = await Promise.race([
      refresh.then(
        () => 'answered',
        () => 'cancelled',
      ),
      new Promise<string>((r) => setTimeout(() => r('still waiting'), 2_000).unref()),
    ]);
    expect(outcome).toBe('cancelled');
  });
});
