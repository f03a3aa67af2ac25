/**
 * Review of session 39's operator changes (e2a8f63 … df18d8b: the storage watch under the reconciliation and nightly
 * activities, the Retry-After hold shared through the database, a held call as a wait). Each defect found is a test
 * that failed before its fix; what was wrong is in each comment.
 */
import { ApplicationFailure } from '@temporalio/common';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toTemporalFailure } from '../../activities/mono-failures.js';
import { MonoError, RetryAfterHold, type RetryAfterHoldStore } from '../../adapters/mono/index.js';
import { readMonoRateHold, recordMonoRateHold } from '../../db/mono-rate-hold-repository.js';
import { databaseRefusal } from '../../db/storage-refusal.js';
import { refusedWrite } from '../../web/refused-write.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

const HOST = 'api.withmono.com';
const kinds = await databaseKinds();

describe.each(kinds)('the shared Retry-After hold on $name', ({ name, open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  // A process whose clock ran ahead (a day here; any skew does it for as long as the skew) recorded its 429's hold
  // with an `until` in the others' future. The row is replaced only by a hold ending later as text, so every 429 the
  // other processes met afterwards was recorded nowhere: for the length of the skew (for ever, with a clock set years
  // ahead) the hold was shared no more, and each process met Mono's 429s on its own again.
  it("a hold from a process whose clock runs ahead does not stop the others' later 429s being shared", async () => {
    const store: RetryAfterHoldStore = {
      record: (x) => recordMonoRateHold(h.db, x),
      read: (host) => readMonoRateHold(h.db, host),
    };
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const proc = (skewMs = 0) => new RetryAfterHold({ store, gates: new Map(), now: () => clock.ms + skewMs });
    const ahead = proc(24 * 3_600_000);
    const [writer, reader] = [proc(), proc()];
    await ahead.hold(HOST, 60_000);
    // (less the moment since the write by the database's clock, which the row's age says since session 40)
    expect(await reader.left(HOST)).toBeGreaterThan(59_000);
    expect(await reader.left(HOST)).toBeLessThanOrEqual(60_000);
    clock.ms += 120_000;
    expect(await reader.left(HOST)).toBe(0);
    // two minutes on, a process with the right time meets a 429 of 30 s: the reader is held by it
    await writer.hold(HOST, 30_000);
    expect((await readMonoRateHold(h.db, HOST))?.holdMs).toBe(30_000);
    clock.ms += 1_000;
    expect(await reader.left(HOST)).toBe(29_000);
  });

  // A hold was dated by the clock of the process that met the 429, and a reader could only cap it at its length: a
  // process started after the hold ended (a deploy, `start --once` from cron) whose clock is behind the writer's by
  // more than the time since still saw a hold running, and kept every Mono call back for up to its length (60 s)
  // for nothing. Fixed in session 40: the database dates the row with its own clock (0028 recorded_ms) and a read
  // says how long ago that was by the same clock, so the reader takes only what is left of the hold's length.
  it("a process started after a hold ended is not held by it, whatever the writer's clock", async () => {
    const store: RetryAfterHoldStore = {
      record: (x) => recordMonoRateHold(h.db, x),
      read: (host) => readMonoRateHold(h.db, host),
    };
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const ahead = new RetryAfterHold({ store, gates: new Map(), now: () => clock.ms + 10 * 60_000 });
    await ahead.hold(HOST, 60_000);
    // five minutes after the hold ended, a process with the right time starts: six minutes pass for the database too
    // (its clock is the real one; the row is dated back as the passing time would have)
    clock.ms += 6 * 60_000;
    await h.db
      .updateTable('mono_rate_holds')
      .set((eb) => ({ recorded_ms: eb('recorded_ms', '-', 6 * 60_000) }))
      .execute();
    const started = new RetryAfterHold({ store, gates: new Map(), now: () => clock.ms });
    expect(await started.left(HOST)).toBe(0);
  });

  // A read-only PostgreSQL (a managed server that turns read-only when its storage fills, or a URL that reaches a
  // standby after a failover) answers every write with SQLSTATE 25006. It was not a refusal: the activities retried it
  // for ever under a worker that went on running, and the web app answered "something went wrong on our side".
  it('a write the database refuses as read-only is its refusal', async () => {
    let err: unknown;
    await h.db
      .transaction()
      .execute(async (trx) => {
        if (name === 'postgres') await sql`set transaction read only`.execute(trx);
        else await sql`pragma query_only = on`.execute(trx);
        await trx.insertInto('mono_rate_holds').values({ host: HOST, hold_until: 'x', hold_ms: 1 }).execute();
      })
      .catch((e: unknown) => (err = e));
    if (name === 'sqlite') await sql`pragma query_only = off`.execute(h.db);
    expect(err).toBeDefined();
    expect(databaseRefusal(err)).not.toBeNull();
    expect(refusedWrite(err)).toMatch(/^Not saved: the database refused the write \(.*read-only/);
  });
});

describe('the shared Retry-After hold as the Mono calls see it', () => {
  // Every Mono call of the process that came while the once-a-second read of the shared hold was in flight waited for
  // that read, with no bound: a database slow to answer (PostgreSQL's pool taken by the feeds' writes, a server gone
  // quiet on the network: pg has no connect or query timeout by default; SQLite's one connection inside a long
  // reconciliation) held every bank call of every feed in the process for as long, though the read is only a
  // courtesy between processes (Mono's own 429 still paces each one).
  it('a read of the shared hold that does not answer holds no call for longer than a moment', async () => {
    let reads = 0;
    const hung: RetryAfterHoldStore = {
      record: async () => {},
      read: () => {
        reads++;
        return new Promise(() => {});
      },
    };
    const hold = new RetryAfterHold({ store: hung, gates: new Map() });
    const started = Date.now();
    const calls = await Promise.race([
      Promise.all(Array.from({ length: 100 }, () => hold.left(HOST))),
      new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 3_000)),
    ]);
    expect(calls).not.toBe('stuck');
    expect(new Set(calls as number[])).toEqual(new Set([0]));
    expect(Date.now() - started).toBeLessThan(1_500);
    // still one read in flight, whatever the number of callers; a call after its moment does not wait for it again
    expect(reads).toBe(1);
    const later = Date.now();
    expect(await hold.left(HOST)).toBe(0);
    expect(Date.now() - later).toBeLessThan(100);
    expect(reads).toBe(1);
  });

  // The same for recording: the call that met Mono's 429 waited, with no bound, for its hold to be written to the
  // database before its answer (and its activity's end) came back.
  it('a record of a hold that does not answer keeps back neither the 429 that met it nor the hold', async () => {
    const hung: RetryAfterHoldStore = { record: () => new Promise(() => {}), read: () => new Promise(() => {}) };
    const hold = new RetryAfterHold({ store: hung, gates: new Map() });
    const started = Date.now();
    const done = await Promise.race([
      hold.hold(HOST, 5_000).then(() => 'held'),
      new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 3_000)),
    ]);
    expect(done).toBe('held');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await hold.left(HOST)).toBeGreaterThan(3_000);
  });

  it('a slow read that answers later still holds the calls after it', async () => {
    let answer: (v: { host: string; until: string; holdMs: number }) => void = () => {};
    const slow: RetryAfterHoldStore = {
      record: async () => {},
      read: () => new Promise((r) => (answer = r)),
    };
    const hold = new RetryAfterHold({ store: slow, gates: new Map() });
    expect(await hold.left(HOST)).toBe(0);
    answer({ host: HOST, until: new Date(Date.now() + 10_000).toISOString(), holdMs: 10_000 });
    await new Promise((r) => setTimeout(r, 10));
    expect(await hold.left(HOST)).toBeGreaterThan(9_000);
  });
});

describe("a Retry-After hold and the process's own clock", () => {
  // The in-process gate is an instant of the wall clock: set back while a hold ran (an NTP step, a VM resumed from a
  // snapshot), every Mono call of the process was held for as long as the clock went back (an hour here), and each
  // held call's activity retry was put off as long (nextRetryDelay is the time left), whatever the 60 s cap.
  it('a clock set back while a hold runs holds the calls at most the cap longer', async () => {
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const hold = new RetryAfterHold({ gates: new Map(), now: () => clock.ms });
    await hold.hold(HOST, 30_000);
    clock.ms -= 3_600_000;
    expect(await hold.left(HOST)).toBeLessThanOrEqual(60_000);
    clock.ms += 60_000;
    expect(await hold.left(HOST)).toBe(0);
  });
});

describe('the calls a Retry-After hold keeps back', () => {
  // Every call held back (each feed's, in every process, now that the hold is shared) failed its attempt with
  // nextRetryDelay = the time left, so all their retries came due at the same instant, the hold's end: a burst of as
  // many calls as the workers run at once, which meets Mono's limit again and starts the next hold. The held calls'
  // retries are spread after the end (never before it: Mono is not called before it said).
  it("held calls' retries are spread after the hold's end, not all at its last millisecond", () => {
    const delays = Array.from({ length: 200 }, () => {
      const held = new MonoError({
        kind: 'rate_limited',
        endpoint: 'GET /v2/accounts/{id}/transactions',
        retryAfterMs: 30_000,
        held: true,
      });
      const f = toTemporalFailure(held) as ApplicationFailure;
      return Number(f.nextRetryDelay);
    });
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(30_000);
    expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(1_000);
    // the call that met Mono's 429 itself retries when Mono said
    const met = new MonoError({ kind: 'rate_limited', endpoint: 'GET /v2/accounts/{id}', retryAfterMs: 30_000 });
    expect((toTemporalFailure(met) as ApplicationFailure).nextRetryDelay).toBe(30_000);
  });
});
