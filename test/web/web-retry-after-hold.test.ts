/**
 * Operations, session 40: the review app's Mono calls (a fresh re-authorisation link, a hosted link for a new account,
 * an identity fetch) were made by clients of their own, on the process's in-memory Retry-After hold alone: a 429 the
 * app met was not shared with the feeds of the other processes on the database, and a hold they shared did not keep
 * the app's calls back, so the app went on calling a Mono that had asked the business's key to wait. It is now given
 * the composition root's hold (worker/stack-processes.ts StackContext.retryAfterHold), shared through the database.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMonoRateHold, recordMonoRateHold } from '../../db/mono-rate-hold-repository.js';
import { sharedRetryAfterHold } from '../../worker/shared-retry-after-hold.js';
import { createFeedActions } from '../../worker/web-feed-actions.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

let db: TestDb;
let server: Server;
let host: string;
let calls: number;

/** A Mono that answers every call 429 with Retry-After: 30. */
beforeEach(async () => {
  db = await openSqliteTestDb();
  calls = 0;
  server = createServer((_req, res) => {
    calls++;
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' });
    res.end(JSON.stringify({ status: 'failed', message: 'Too many requests' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await db.dispose();
});

const actions = () =>
  createFeedActions({
    client: {} as Client, // not used by a link request
    db: db.db,
    mono: { baseUrl: `http://${host}`, secretKey: 'test_sk_web_hold' },
    retryAfterHold: sharedRetryAfterHold(db.db),
    linkReturnsToApp: true,
  });

const customer = { name: 'Tema Fisheries', email: 'ops@tema.example' };

describe("the review app's Mono calls share the database's Retry-After hold", () => {
  it('a 429 the app meets is recorded for the other processes', async () => {
    await expect(actions().linkAccount(customer, 'http://127.0.0.1:8788/')).rejects.toMatchObject({
      kind: 'rate_limited',
    });
    expect(calls).toBe(1);
    expect(await readMonoRateHold(db.db, host)).toMatchObject({ host, holdMs: 30_000 });
  });

  it('a hold another process recorded keeps the app’s call back: nothing is sent to Mono', async () => {
    const now = Date.now();
    await recordMonoRateHold(db.db, { host, until: new Date(now + 30_000).toISOString(), holdMs: 30_000 });
    await expect(actions().linkAccount(customer, 'http://127.0.0.1:8788/')).rejects.toMatchObject({
      kind: 'rate_limited',
      held: true,
    });
    expect(calls).toBe(0);
  });
});
