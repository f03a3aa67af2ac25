import { Writable } from 'node:stream';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFeedActivities,
  type SyncInput,
  type SyncOutcome,
  type SyncProgress,
} from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// walk-ops-s41: the database file removed and bankfeed started again on a new one; the feeds still running in Temporal
// failed every sync for ever ("account … is not stored; describeAccount must run first"). A sync whose account is not
// stored describes it again from Mono, as a fresh link does, and reads its whole history, so the new database loses
// none of the bank's lines; the console says what only the old database knew (a binding made by hand).

const kinds = await databaseKinds();

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 41, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
});
afterAll(async () => {
  await sb?.close();
});

const base = {
  historyDays: 10,
  windowDays: 7,
  overlapDays: 3,
  fullRescanIntervalMs: 24 * 3_600_000,
};

/** A first sync (a backfill), or one before any watermark. */
const first = (accountId: string, mode: SyncInput['mode']): SyncInput => ({
  accountId,
  mode,
  watermark: null,
  lastFullScanAt: null,
  ...base,
});

/** The incremental sync a running feed asks for: its watermark and last re-scan from the database that is gone. */
const incremental = (accountId: string, o: SyncOutcome): SyncInput => ({
  accountId,
  mode: 'auto',
  watermark: o.newestRowAt,
  lastFullScanAt: o.scannedAt,
  ...base,
});

/** A logger whose records are kept, to read the console's notice. */
function recordingLogger() {
  const records: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) records.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ stream }), records };
}

/** A Mono client whose transaction listing fails while `failing.on` (a Mono that dies mid-sync). */
function breakableMono(): { mono: MonoClient; failing: { on: boolean } } {
  const failing = { on: false };
  const wrap = (client: MonoClient): MonoClient =>
    new Proxy(client, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver);
        if (prop === 'withSignal') return (signal: AbortSignal) => wrap(target.withSignal(signal));
        if (prop === 'listTransactions' && typeof v === 'function')
          return (...args: unknown[]) => {
            if (failing.on) throw new Error('connection reset');
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        return v;
      },
    });
  return { mono: wrap(new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey })), failing };
}

describe.each(kinds)('a feed whose account is not in the database ($name)', ({ name, open }) => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.dispose();
  });
  const fresh = async () => {
    const d = await open();
    dbs.push(d);
    return d;
  };

  /** An account linked and backfilled on a first database: what the feed knew before the file was removed. */
  const linkedBefore = async (id: string) => {
    const accountId = await sb.linkAccount({
      id: `${id}-${name}`,
      institution: 'GTBank',
      kind: 'business',
      historyDays: 8,
      txnsPerDay: 3,
    });
    const old = await fresh();
    const acts = createFeedActivities({
      db: old.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    await new MockActivityEnvironment().run(acts.describeAccount, accountId);
    const backfill: SyncOutcome = await new MockActivityEnvironment().run(acts.syncAccount, first(accountId, 'full'));
    const row = await old.db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();
    const lines = await old.db
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'amount_minor', 'business_date'])
      .where('account_id', '=', accountId)
      .orderBy('provider_txn_id')
      .execute();
    return { accountId, backfill, row, lines };
  };

  it('describes the account again, as a fresh link does, and reads its whole history into the new database', async () => {
    const before = await linkedBefore('redescribe');
    expect(before.lines.length).toBeGreaterThan(10);
    const db = await fresh();
    const { logger, records } = recordingLogger();
    const acts = createFeedActivities({
      db: db.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });

    // The running feed's next sync, incremental from its watermark: it was "is not stored" for ever.
    const o: SyncOutcome = await new MockActivityEnvironment().run(
      acts.syncAccount,
      incremental(before.accountId, before.backfill),
    );
    expect(o.full).toBe(true);
    expect(o.complete).toBe(true);
    expect(o.inserted).toBe(before.lines.length);

    const lines = await db.db
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'amount_minor', 'business_date'])
      .where('account_id', '=', before.accountId)
      .orderBy('provider_txn_id')
      .execute();
    expect(lines).toEqual(before.lines);

    // What a fresh link stores: the same name, bank, masked number, currency and time zone; no binding.
    const row = await db.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', before.accountId)
      .executeTakeFirstOrThrow();
    for (const k of [
      'name',
      'institution_name',
      'account_number_masked',
      'currency',
      'timezone',
      'customer_id',
    ] as const)
      expect(row[k]).toBe(before.row[k]);
    expect(row.ledger_binding).toBeNull();
    expect(row.last_synced_at).not.toBeNull();
    expect(row.last_error).toBeNull();
    // the new database's own watermark and re-scan, as after a backfill
    expect(row.data_watermark).toBe(o.newestRowAt);
    expect(row.last_full_scan_at).toBe(o.scannedAt);

    // One console line says so, and what could not be known: a binding made by hand.
    const notice = records.find((r) => typeof r.notice === 'string' && r.accountId === before.accountId);
    expect(notice?.notice).toMatch(/not in the database/);
    expect(notice?.notice).toMatch(/bind it again/);

    // The next sync finds it stored: incremental again, nothing re-described, nothing new.
    const records0 = records.length;
    const next: SyncOutcome = await new MockActivityEnvironment().run(
      acts.syncAccount,
      incremental(before.accountId, o),
    );
    expect(next.full).toBe(false);
    expect(next.inserted).toBe(0);
    expect(records.slice(records0).some((r) => typeof r.notice === 'string')).toBe(false);
  });

  it('a retry of that sync reads in full too, though the account is stored by then', async () => {
    const before = await linkedBefore('redescribe-retry');
    const db = await fresh();
    const { mono, failing } = breakableMono();
    const acts = createFeedActivities({
      db: db.db,
      mono,
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });

    // Attempt 1 describes the account, then Mono fails before the first window is read.
    failing.on = true;
    const env1 = new MockActivityEnvironment({ attempt: 1 });
    let beat: SyncProgress | undefined;
    env1.on('heartbeat', (d: unknown) => {
      if (d) beat = d as SyncProgress;
    });
    await expect(env1.run(acts.syncAccount, incremental(before.accountId, before.backfill))).rejects.toThrow(
      /connection reset/,
    );
    expect(
      await db.db.selectFrom('accounts').select('id').where('id', '=', before.accountId).executeTakeFirst(),
    ).toBeTruthy();
    expect(beat?.restored).toBe(true);

    // Attempt 2 resumes from that heartbeat: the account is stored now, and the sync still reads the whole history.
    failing.on = false;
    const o: SyncOutcome = await new MockActivityEnvironment({ attempt: 2, heartbeatDetails: beat }).run(
      acts.syncAccount,
      incremental(before.accountId, before.backfill),
    );
    expect(o.full).toBe(true);
    const n = await db.db
      .selectFrom('bank_transactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', before.accountId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(before.lines.length);
  });

  it("an account Mono does not know fails the sync as Mono's not found, for the feed's unlink check; nothing stored", async () => {
    const db = await fresh();
    const acts = createFeedActivities({
      db: db.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
    });
    const accountId = `gone-${name}`;
    let type: string | null = null;
    try {
      await new MockActivityEnvironment().run(acts.syncAccount, first(accountId, 'auto'));
    } catch (e) {
      type = e instanceof ApplicationFailure ? (e.type ?? null) : String(e);
    }
    expect(type).toBe('MonoNotFound');
    expect(
      await db.db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst(),
    ).toBeUndefined();
  });
});
