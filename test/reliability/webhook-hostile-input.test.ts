import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyMonoWebhook } from '../../adapters/mono/index.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { createLogger } from '../../worker/logger.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';
import { rawRequest } from './raw-http.js';

const SECRET = 'whsec_reliability_0123456789abcdef';
const LIMIT = 64 * 1024;
let db: DbHandle;
let receiver: WebhookReceiver;
let port: number;

beforeAll(async () => {
  db = await openDb({ url: ':memory:' });
  // No Temporal and no relay: every hostile request must be refused before it reaches the outbox.
  receiver = await startWebhookReceiver({
    db: db.db,
    temporal: () => null,
    taskQueue: 'hostile',
    secret: SECRET,
    logger: createLogger({ silent: true }),
    maxBodyBytes: LIMIT,
    relay: false,
  });
  port = Number(new URL(receiver.url).port);
});
afterAll(async () => {
  await receiver?.close();
  await db?.close();
});
beforeEach(async () => {
  await db.db.deleteFrom('webhook_events').execute();
});

async function stored(): Promise<number> {
  const r = await db.db
    .selectFrom('webhook_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function post(body: string | Uint8Array, headers: Record<string, string>) {
  return fetch(receiver.url, { method: 'POST', headers, body });
}

const json = (o: unknown) => JSON.stringify(o);
const valid = (id: string) =>
  json({ event: 'mono.events.some_future_event', event_id: id, data: { note: 'no account' } });

function head(lines: string[]): string {
  return `POST /webhooks/mono HTTP/1.1\r\nHost: 127.0.0.1\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`;
}

describe('the webhook receiver under hostile input', () => {
  it('stores a well-formed, correctly signed event (the control: the checks below can see a stored row)', async () => {
    const res = await post(valid('control-1'), { 'content-type': 'application/json', 'mono-webhook-secret': SECRET });
    expect(res.status).toBe(200);
    expect(await stored()).toBe(1);
  });

  it('keeps the audit copy of a body without the full account number or BVN (masked to the last four)', async () => {
    const body = json({
      event: 'mono.events.account_updated',
      event_id: 'mask-1',
      data: {
        account: {
          _id: 'acc_mask_1',
          accountNumber: '0123456789',
          account_number: 9876543210,
          bvn: '22123456789',
          name: 'Ada',
        },
        meta: { data_status: 'AVAILABLE' },
      },
    });
    // No Temporal here: committed to the outbox and acknowledged; the stored copy is what we check.
    expect((await post(body, { 'content-type': 'application/json', 'mono-webhook-secret': SECRET })).status).toBe(200);
    const row = await db.db
      .selectFrom('webhook_events')
      .select('body')
      .where('event_key', '=', 'mask-1')
      .executeTakeFirstOrThrow();
    for (const secret of ['0123456789', '9876543210', '22123456789']) expect(row.body).not.toContain(secret);
    expect(JSON.parse(row.body)).toMatchObject({
      data: {
        account: {
          _id: 'acc_mask_1',
          accountNumber: '******6789',
          account_number: '******3210',
          bvn: '******6789',
          name: 'Ada',
        },
      },
    });
  });

  it('answers 413 to bodies far over the limit, declared or streamed, and stores nothing', async () => {
    const declared = await rawRequest(
      port,
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        `Content-Length: ${50 * 1024 * 1024}`,
      ]) + '{"event":"',
    );
    expect(declared.status).toBe(413);
    const chunk = `{"event":"mono.events.x","pad":"${'A'.repeat(LIMIT)}"}`;
    const chunked = await rawRequest(
      port,
      head(['Content-Type: application/json', `mono-webhook-secret: ${SECRET}`, 'Transfer-Encoding: chunked']) +
        `${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n` +
        `${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n0\r\n\r\n`,
    );
    expect(chunked.status).toBe(413);
    const big = await post(`{"event":"mono.events.x","pad":"${'B'.repeat(LIMIT * 4)}"}`, {
      'content-type': 'application/json',
      'mono-webhook-secret': SECRET,
    });
    expect(big.status).toBe(413);
    expect(await stored()).toBe(0);
  });

  it('answers 415 to wrong content types and stores nothing', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
      'application/json-patch+json',
      '',
    ]) {
      const headers: Record<string, string> = { 'mono-webhook-secret': SECRET };
      if (type) headers['content-type'] = type;
      const res = await post(type ? valid(`ct-${type}`) : new TextEncoder().encode(valid('ct-none')), headers);
      expect(res.status, `content-type "${type}"`).toBe(415);
    }
    expect(await stored()).toBe(0);
  });

  it('answers 400 to deeply nested and malformed JSON, stays up, and stores nothing', async () => {
    const h = { 'content-type': 'application/json', 'mono-webhook-secret': SECRET };
    const depth = 30_000;
    const bodies = [
      '['.repeat(depth) + ']'.repeat(depth),
      `{"event":${'['.repeat(depth)}"x"${']'.repeat(depth)}}`,
      `{"event":"mono.events.account_connected","data":${'['.repeat(depth)}${']'.repeat(depth)}}`,
      '{"event":"mono.events.account_connected","data":{"id":"abc"}',
      '',
      'null',
      '{"event":""}',
      '{"event":"mono.events.account_connected","data":"not an object"}',
    ];
    for (const b of bodies) expect((await post(b, h)).status, b.slice(0, 60)).toBe(400);
    expect(await stored()).toBe(0);
    // Alive and accepting; Temporal is absent here, which the outbox absorbs.
    const health = await fetch(receiver.url.replace('/webhooks/mono', '/health'));
    expect([health.status, ((await health.json()) as { temporal: string }).temporal]).toEqual([200, 'unavailable']);
  });

  it('answers 400 to invalid UTF-8 instead of storing a body with replaced characters', async () => {
    const h = { 'content-type': 'application/json', 'mono-webhook-secret': SECRET };
    const prefix = Buffer.from('{"event":"mono.events.some_future_event","event_id":"utf8-');
    for (const bad of [[0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const body = Buffer.concat([prefix, Buffer.from(bad), Buffer.from('","data":{}}')]);
      expect((await post(body, h)).status, `bytes ${bad.join(',')}`).toBe(400);
    }
    expect(await stored()).toBe(0);
  });

  it('refuses header smuggling attempts and stores nothing', async () => {
    const body = valid('smuggle-1');
    const len = Buffer.byteLength(body);
    const attempts = [
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        `Content-Length: ${len}`,
        `Content-Length: ${len + 5}`,
      ]) +
        body +
        'XXXXX',
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        `Content-Length: ${len}`,
        'Transfer-Encoding: chunked',
      ]) + `${len.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        'Transfer-Encoding: chunked',
        'Transfer-Encoding: identity',
      ]) + `${len.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
      head(['Content-Type: application/json', `mono-webhook-secret: ${SECRET}`, `Content-Length : ${len}`]) + body,
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        `Content-Length: ${len}`,
        ` mono-webhook-secret: ${SECRET}`,
      ]) + body,
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}`,
        `mono-webhook-secret: ${SECRET}`,
        `Content-Length: ${len}`,
      ]) + body,
      head([
        'Content-Type: application/json',
        `mono-webhook-secret: ${SECRET}\r\nX-Injected: 1`,
        `Content-Length: -${len}`,
      ]) + body,
    ];
    for (const [i, a] of attempts.entries()) {
      const r = await rawRequest(port, a);
      expect(r.status === 400 || r.status === 401, `attempt ${i}: ${r.text.split('\r\n')[0]}`).toBe(true);
    }
    expect(await stored()).toBe(0);
  });

  it('answers 401 to secrets of every length (empty, prefixes, one wrong character, longer) and stores nothing', async () => {
    const guesses = new Set<string>();
    for (let n = 1; n <= SECRET.length + 16; n++) {
      guesses.add(SECRET.slice(0, n).padEnd(n, 'x'));
      guesses.add('z'.repeat(n));
    }
    for (let i = 0; i < SECRET.length; i++)
      guesses.add(SECRET.slice(0, i) + (SECRET[i] === 'q' ? 'r' : 'q') + SECRET.slice(i + 1));
    guesses.add(SECRET.toUpperCase());
    guesses.delete(SECRET);
    for (const g of guesses) {
      const res = await post(valid(`guess-${g.length}`), {
        'content-type': 'application/json',
        'mono-webhook-secret': g,
      });
      expect(res.status, `guess of length ${g.length}`).toBe(401);
    }
    expect((await post(valid('no-header'), { 'content-type': 'application/json' })).status).toBe(401);
    expect(await stored()).toBe(0);
  });

  it('takes as long to refuse a near-miss as a wild guess (timing-safe comparison)', () => {
    const body = Buffer.from(valid('timing'));
    const check = (guess: string) =>
      verifyMonoWebhook({ rawBody: body, headers: { 'mono-webhook-secret': guess }, secret: SECRET });
    const candidates = { short: 'a', nearMiss: `${SECRET.slice(0, -1)}!`, long: 'y'.repeat(4096), right: SECRET };
    const samples: Record<string, number[]> = { short: [], nearMiss: [], long: [], right: [] };
    // Interleaved batches, medians: robust against the scheduler noise of a shared machine.
    for (let round = 0; round < 60; round++) {
      for (const [k, g] of Object.entries(candidates)) {
        const t0 = performance.now();
        for (let i = 0; i < 200; i++) check(g);
        samples[k]!.push(performance.now() - t0);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const nearMiss = median(samples.nearMiss!);
    const short = median(samples.short!);
    const right = median(samples.right!);
    // The secret is compared as SHA-256 digests: equal work for a 1-character guess and for one that differs last.
    expect(nearMiss / short).toBeGreaterThan(1 / 3);
    expect(nearMiss / short).toBeLessThan(3);
    expect(right / nearMiss).toBeLessThan(3);
    expect(check(SECRET).ok).toBe(true);
    expect(check(candidates.nearMiss).ok).toBe(false);
  });
});
