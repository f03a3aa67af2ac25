import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedActivities, type SyncInput, type SyncOutcome } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// Chaos seed 53440483: a sync heard "re-authorisation required" from Mono while the Temporal server was down, so it
// could not report it; the server retried the attempt and the retry called the bank again. The answer is recorded on
// the account at once, and no data-calling activity calls Mono for that account until the re-authorisation completes.

const logger = createLogger({ silent: true });
const kinds = await databaseKinds();

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 53, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
});
afterAll(async () => {
  await sb?.close();
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

/** A Mono client that counts every call the activities make through it (and through its signal-bound views). */
function countingMono(): { mono: MonoClient; calls: string[] } {
  const calls: string[] = [];
  const counting = (client: MonoClient): MonoClient =>
    new Proxy(client, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function') return v;
        if (prop === 'withSignal') return (signal: AbortSignal) => counting(target.withSignal(signal));
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return { mono: counting(new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey })), calls };
}

async function failureType(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    return e instanceof ApplicationFailure ? (e.type ?? null) : `not an ApplicationFailure: ${String(e)}`;
  }
}

describe.each(kinds)('re-authorisation on record ($name)', ({ name, open }) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const setup = async (id: string) => {
    const accountId = await sb.linkAccount({
      id: `${id}-${name}`,
      institution: 'GTBank',
      kind: 'business',
      historyDays: 8,
      txnsPerDay: 3,
    });
    const { mono, calls } = countingMono();
    const acts = createFeedActivities({
      db: db.db,
      mono,
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    await new MockActivityEnvironment().run(acts.describeAccount, accountId);
    const recorded = async () =>
      (await db.db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow())
        .bank_reauth_required_at;
    return { accountId, acts, calls, recorded };
  };

  it('a retried sync makes no bank call after Mono said re-authorisation is required, and calls again once re-authorised', async () => {
    const { accountId, acts, calls, recorded } = await setup('reauth-retry');
    sb.requireReauth(accountId);

    // Attempt 1 hears Mono's answer; whether or not its failure reaches the server, the answer is on record.
    expect(await failureType(new MockActivityEnvironment({ attempt: 1 }).run(acts.syncAccount, input(accountId)))).toBe(
      'ReauthRequired',
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(await recorded()).not.toBeNull();

    // Attempt 2 (the server's retry) and every other data-calling activity answer the same, with no call to Mono.
    calls.length = 0;
    const before = sb.counters().dataCallsByAccount[accountId] ?? 0;
    expect(await failureType(new MockActivityEnvironment({ attempt: 2 }).run(acts.syncAccount, input(accountId)))).toBe(
      'ReauthRequired',
    );
    expect(await failureType(new MockActivityEnvironment().run(acts.refreshAccount, accountId))).toBe('ReauthRequired');
    expect(
      await failureType(new MockActivityEnvironment().run(acts.getRefreshJob, { accountId, jobId: 'job-1' })),
    ).toBe('ReauthRequired');
    expect(await failureType(new MockActivityEnvironment().run(acts.describeAccount, accountId))).toBe(
      'ReauthRequired',
    );
    expect(await new MockActivityEnvironment().run(acts.legacySyncAccount, accountId)).toEqual({
      code: 'REAUTHORISATION_REQUIRED',
      hasNewData: null,
    });
    expect(calls).toEqual([]);
    expect(sb.counters().dataCallsByAccount[accountId] ?? 0).toBe(before);

    // The user re-authorises; the feed records it (what awaitReauthorisation does) and the bank is called again.
    await sb.completeReauth(accountId);
    await acts.recordFeedState({ accountId, state: 'ACTIVE', clearReauth: true, lastError: null });
    expect(await recorded()).toBeNull();
    const outcome = (await new MockActivityEnvironment().run(acts.syncAccount, input(accountId))) as SyncOutcome;
    expect(outcome.fetched).toBeGreaterThan(0);
    expect(calls).toContain('listTransactions');
    expect(calls).toContain('getBalance');
  });

  it("records legacy sync's REAUTHORISATION_REQUIRED code, and the next sync makes no bank call", async () => {
    const { accountId, acts, calls, recorded } = await setup('reauth-legacy');
    sb.requireReauth(accountId);
    const legacy = (await new MockActivityEnvironment().run(acts.legacySyncAccount, accountId)) as { code: string };
    expect(legacy.code).toBe('REAUTHORISATION_REQUIRED');
    expect(await recorded()).not.toBeNull();
    calls.length = 0;
    expect(await failureType(new MockActivityEnvironment().run(acts.syncAccount, input(accountId)))).toBe(
      'ReauthRequired',
    );
    expect(calls).toEqual([]);
  });

  it('a sync already running makes no further bank call once re-authorisation is on record (a webhook said so)', async () => {
    const { accountId, acts, calls, recorded } = await setup('reauth-midsync');
    // The webhook's record lands while the sync reads its first window (as the receiver writes it).
    const seen = calls.length;
    const watch = setInterval(() => {
      if (calls.length > seen)
        void db.db
          .updateTable('accounts')
          .set({ bank_reauth_required_at: new Date().toISOString() })
          .where('id', '=', accountId)
          .execute();
    }, 0);
    let outcome: string | null;
    try {
      outcome = await failureType(new MockActivityEnvironment().run(acts.syncAccount, input(accountId)));
    } finally {
      clearInterval(watch);
    }
    expect(outcome).toBe('ReauthRequired');
    expect(await recorded()).not.toBeNull();
    // Ten days in windows of seven: the second window and the balance were never asked for.
    expect(calls).not.toContain('getBalance');
    expect(calls.filter((c) => c === 'listTransactions').length).toBe(1);
  });

  it('an unlink clears the record, and an answer after the unlink is not recorded', async () => {
    const { accountId, acts, recorded } = await setup('reauth-unlink');
    sb.requireReauth(accountId);
    await new MockActivityEnvironment().run(acts.refreshAccount, accountId).catch(() => undefined);
    expect(await recorded()).not.toBeNull();
    await acts.recordFeedState({ accountId, state: 'UNLINKED' });
    expect(await recorded()).toBeNull();
    await new MockActivityEnvironment().run(acts.refreshAccount, accountId).catch(() => undefined);
    expect(await recorded()).toBeNull();
  });
});
