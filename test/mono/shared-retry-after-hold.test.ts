import { describe, expect, it } from 'vitest';
import {
  RETRY_AFTER_GATE_MAX_MS,
  RetryAfterHold,
  type RetryAfterHoldStore,
  type SharedRetryAfterHold,
} from '../../adapters/mono/retry-after-hold.js';

const HOST = 'api.withmono.com';

/** The database as two processes share it, counting the reads. */
function memoryStore(): RetryAfterHoldStore & { rows: Map<string, SharedRetryAfterHold>; reads: number } {
  const rows = new Map<string, SharedRetryAfterHold>();
  const store = {
    rows,
    reads: 0,
    async record(h: SharedRetryAfterHold) {
      const was = rows.get(h.host);
      if (!was || was.until < h.until) rows.set(h.host, h);
    },
    async read(host: string) {
      store.reads++;
      return rows.get(host);
    },
  };
  return store;
}

/** A process: its own gates (as a separate process has) and its own clock, on the shared store. */
function processOn(store: RetryAfterHoldStore, clock: { ms: number }, skewMs = 0) {
  return new RetryAfterHold({ store, gates: new Map(), now: () => clock.ms + skewMs });
}

describe('a Retry-After hold shared between processes', () => {
  it('holds another process for the time left, reading the shared hold at most once a second', async () => {
    const store = memoryStore();
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const [a, b] = [processOn(store, clock), processOn(store, clock)];
    expect(await b.left(HOST)).toBe(0);
    expect(store.reads).toBe(1);
    await a.hold(HOST, 2_000);
    // b read nothing a moment ago and re-reads only once a second: 100,000 feeds cost one read
    for (let i = 0; i < 1_000; i++) expect(await b.left(HOST)).toBe(0);
    expect(store.reads).toBe(1);
    clock.ms += 1_000;
    const calls = await Promise.all(Array.from({ length: 1_000 }, () => b.left(HOST)));
    expect(new Set(calls)).toEqual(new Set([1_000]));
    expect(store.reads).toBe(2);
    // while held, the in-process gate answers: no read at all
    clock.ms += 500;
    expect(await b.left(HOST)).toBe(500);
    expect(store.reads).toBe(2);
    clock.ms += 500;
    expect(await b.left(HOST)).toBe(0);
    // what is shared is the host and the instant, nothing else
    expect(store.rows.get(HOST)).toEqual({ host: HOST, until: '2026-12-07T09:00:02.000Z', holdMs: 2_000 });
  });

  it('caps a long Retry-After at the cap for every process', async () => {
    const store = memoryStore();
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const [a, b] = [processOn(store, clock), processOn(store, clock)];
    await a.hold(HOST, 3_600_000);
    expect(await a.left(HOST)).toBe(RETRY_AFTER_GATE_MAX_MS);
    expect(await b.left(HOST)).toBe(RETRY_AFTER_GATE_MAX_MS);
  });

  it("a reader's clock behind the writer's never holds longer than the hold (nor the cap), however often it reads", async () => {
    const store = memoryStore();
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    // the writer's clock is 10 minutes ahead: its `until` is 10 minutes and 2 s away at the reader's clock
    const writer = processOn(store, clock, 10 * 60_000);
    const reader = processOn(store, clock);
    await writer.hold(HOST, 2_000);
    expect(await reader.left(HOST)).toBe(2_000);
    let heldFor = 0;
    while ((await reader.left(HOST)) > 0) {
      clock.ms += 250;
      heldFor += 250;
    }
    expect(heldFor).toBe(2_000);
    expect(store.reads).toBeGreaterThan(1);
    // the same with a Retry-After past the cap: a minute at most
    await writer.hold(HOST, 3_600_000);
    clock.ms += 1_000;
    heldFor = 0;
    while ((await reader.left(HOST)) > 0) {
      clock.ms += 1_000;
      heldFor += 1_000;
    }
    expect(heldFor).toBe(RETRY_AFTER_GATE_MAX_MS);
  });

  it('a store that fails neither stops the calls nor loses the process its own hold', async () => {
    const clock = { ms: Date.parse('2026-12-07T09:00:00Z') };
    const warned: string[] = [];
    const broken: RetryAfterHoldStore = {
      record: () => Promise.reject(new Error('SQLITE_BUSY')),
      read: () => Promise.reject(new Error('SQLITE_BUSY')),
    };
    const logger = { debug: () => {}, info: () => {}, warn: (_o: unknown, m: string) => void warned.push(m) };
    const p = new RetryAfterHold({ store: broken, gates: new Map(), now: () => clock.ms, logger });
    expect(await p.left(HOST)).toBe(0);
    await p.hold(HOST, 1_000);
    expect(await p.left(HOST)).toBe(1_000);
    expect(warned).toHaveLength(2);
  });
});
