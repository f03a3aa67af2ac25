import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MonoClient, MonoError, RetryAfterHold } from '../../adapters/mono/index.js';
import { ENDED_HOLD_KEPT_MS, readMonoRateHold, recordMonoRateHold } from '../../db/mono-rate-hold-repository.js';
import { sharedRetryAfterHold } from '../../worker/shared-retry-after-hold.js';
import { json, scriptedServer } from '../mono/scripted-server.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// A 429's Retry-After held only the process that met it: with several workers (and `start`) on one database and one
// Mono key, the others went on calling Mono inside the time it asked the business to wait. The hold is shared through
// the database (mono_rate_holds), each process reading it at most once a second.

const kinds = await databaseKinds();
const SECRET = 'test_sk_shared_hold_SECRET42';
const ACC = '66141b98aaa34e17e8cfdb76';
const balance = { status: 'successful', data: { id: ACC, balance: 1, currency: 'NGN' } };

async function refused(p: Promise<unknown>): Promise<MonoError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MonoError);
    return e as MonoError;
  }
  throw new Error('expected a refusal');
}

describe.each(kinds)('the Mono Retry-After hold shared through the database on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('keeps the later of two holds of a host', async () => {
    const host = 'api.withmono.com';
    await recordMonoRateHold(h.db, { host, until: '2026-12-07T09:00:20.000Z', holdMs: 20_000 });
    await recordMonoRateHold(h.db, { host, until: '2026-12-07T09:00:05.000Z', holdMs: 5_000 });
    expect(await readMonoRateHold(h.db, host)).toEqual({
      host,
      until: '2026-12-07T09:00:20.000Z',
      holdMs: 20_000,
      ageMs: expect.any(Number),
    });
    await recordMonoRateHold(h.db, { host, until: '2026-12-07T09:00:59.500Z', holdMs: 60_000 });
    expect(await readMonoRateHold(h.db, host)).toEqual({
      host,
      until: '2026-12-07T09:00:59.500Z',
      holdMs: 60_000,
      ageMs: expect.any(Number),
    });
    expect(await readMonoRateHold(h.db, 'other.example:443')).toBeUndefined();
  });

  it("a 429 one process meets holds another process's calls to that host, sent nowhere, for the time left", async () => {
    const own = await scriptedServer();
    // two processes: each its own in-process gate, both on this database
    const hold = () =>
      new RetryAfterHold({
        gates: new Map(),
        store: { record: (x) => recordMonoRateHold(h.db, x), read: (host) => readMonoRateHold(h.db, host) },
      });
    const a = new MonoClient({
      baseUrl: `${own.url}/v2-proxy/cap_token_XYZ`,
      secretKey: SECRET,
      retryAfterHold: hold(),
    });
    const b = new MonoClient({ baseUrl: own.url, secretKey: SECRET, retryAfterHold: hold() });
    try {
      own.handle((_req, res) =>
        json(res, 429, { status: 'failed', message: 'Too many requests' }, { 'retry-after': '2' }),
      );
      const met = await refused(a.getBalance(ACC));
      expect([met.kind, met.retryAfterMs, met.held]).toEqual(['rate_limited', 2_000, false]);
      own.handle((_req, res) => json(res, 200, balance));
      const sent = own.seen.length;
      const held = await refused(b.getBalance(ACC));
      expect([held.kind, held.held]).toEqual(['rate_limited', true]);
      expect(held.retryAfterMs).toBeGreaterThan(1_000);
      expect(held.retryAfterMs).toBeLessThanOrEqual(2_000);
      expect(own.seen.length).toBe(sent);
      // on record: the host and the instant, never the key nor the URL's path (a proxy's capability token)
      const rows = await h.db.selectFrom('mono_rate_holds').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.host).toBe(new URL(own.url).host);
      expect(Math.abs(Date.parse(rows[0]!.hold_until) - (Date.now() + 2_000))).toBeLessThan(1_500);
      expect(JSON.stringify(rows)).not.toMatch(/SECRET42|cap_token|v2-proxy/);
      // once the time is up, the other process calls Mono again
      await new Promise((r) => setTimeout(r, held.retryAfterMs! + 50));
      await expect(b.getBalance(ACC)).resolves.toMatchObject({ balanceMinor: 1 });
      expect(own.seen.length).toBe(sent + 1);
    } finally {
      await a.close();
      await b.close();
      await own.close();
    }
  });

  it("the worker's clients (one hold per database) record the 429 they meet for the other processes", async () => {
    expect(sharedRetryAfterHold(h.db)).toBe(sharedRetryAfterHold(h.db));
    const own = await scriptedServer();
    const c = new MonoClient({ baseUrl: own.url, secretKey: SECRET, retryAfterHold: sharedRetryAfterHold(h.db) });
    try {
      own.handle((_req, res) => json(res, 429, { status: 'failed', message: 'Too many' }, { 'retry-after': '1' }));
      await refused(c.getBalance(ACC));
      expect(await readMonoRateHold(h.db, new URL(own.url).host)).toMatchObject({ holdMs: 1_000 });
    } finally {
      await c.close();
      await own.close();
    }
  });

  // Session 40: rows were never deleted. Each host that ever met a 429 kept its row for ever (a demo's sandbox has a
  // new port every run, so its table grew by a row a run). A hold that ended long ago is swept when the next one is
  // recorded, by the database's own clock (0028 recorded_ms), or by `until` for a row written before that.
  it('sweeps the holds that ended long ago when a hold is recorded, keeping the recent ones', async () => {
    const dateBack = (host: string, ms: number) =>
      h.db
        .updateTable('mono_rate_holds')
        .set((eb) => ({ recorded_ms: eb('recorded_ms', '-', ms) }))
        .where('host', '=', host)
        .execute();
    const now = Date.now();
    const at = (ms: number) => new Date(now + ms).toISOString();
    await recordMonoRateHold(h.db, { host: 'old.example:1', until: at(30_000), holdMs: 30_000 });
    await dateBack('old.example:1', ENDED_HOLD_KEPT_MS + 60_000);
    await recordMonoRateHold(h.db, { host: 'recent.example:2', until: at(30_000), holdMs: 30_000 });
    await dateBack('recent.example:2', 10 * 60_000);
    // rows from before the database dated them: by their `until` at the writer's clock
    await h.db
      .insertInto('mono_rate_holds')
      .values([
        { host: 'legacy-old.example:3', hold_until: at(-ENDED_HOLD_KEPT_MS - 60_000), hold_ms: 60_000 },
        { host: 'legacy-recent.example:4', hold_until: at(-60_000), hold_ms: 60_000 },
      ])
      .execute();
    // what a read says of a dated row: its age by the database's clock
    expect((await readMonoRateHold(h.db, 'recent.example:2'))?.ageMs).toBeGreaterThanOrEqual(10 * 60_000);
    expect((await readMonoRateHold(h.db, 'legacy-recent.example:4'))?.ageMs).toBeUndefined();

    await recordMonoRateHold(h.db, { host: 'api.withmono.com', until: at(5_000), holdMs: 5_000 });
    const hosts = (await h.db.selectFrom('mono_rate_holds').select('host').orderBy('host').execute()).map(
      (r) => r.host,
    );
    expect(hosts).toEqual(['api.withmono.com', 'legacy-recent.example:4', 'recent.example:2']);
  });

  // Session 40: a reader whose clock is behind the writer's took up a hold that had ended (review-s39-ops): the row
  // is dated by the database's clock, and a read says how long ago by the same clock.
  it('a reader takes only what is left of a hold by the database clock, whatever its own clock says', async () => {
    const host = 'api.withmono.com';
    // the writer's clock 10 minutes ahead: `until` is 10 min 40 s off at the reader's
    const writerNow = Date.now() + 10 * 60_000;
    await recordMonoRateHold(h.db, { host, until: new Date(writerNow + 40_000).toISOString(), holdMs: 40_000 });
    // 30 s pass, by the database's clock
    await h.db
      .updateTable('mono_rate_holds')
      .set((eb) => ({ recorded_ms: eb('recorded_ms', '-', 30_000) }))
      .execute();
    const reader = new RetryAfterHold({
      gates: new Map(),
      store: { record: (x) => recordMonoRateHold(h.db, x), read: (x) => readMonoRateHold(h.db, x) },
    });
    const left = await reader.left(host);
    expect(left).toBeGreaterThan(8_000);
    expect(left).toBeLessThanOrEqual(10_000);
  });
});
