import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../db/connection.js';

/**
 * Two connections to one SQLite file in one process (the app's and a bulk review job's): while one holds the write
 * lock across an asynchronous pause, a write on the other must wait without stopping the event loop, then succeed.
 * SQLite's own busy wait would block the thread, and with it the lock holder, until the timeout.
 */
let dir: string;
let a: DbHandle;
let b: DbHandle;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-busy-'));
  a = await openDb({ url: join(dir, 'bankfeed.db') });
  b = await openDb({ url: join(dir, 'bankfeed.db'), migrate: false });
  await sql`create table probe (n integer not null)`.execute(a.db);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a write that finds the file locked by another connection of the process', () => {
  it('waits asynchronously for the lock, the event loop turning meanwhile, then succeeds', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLock = new Promise<void>((r) => (locked = r));
    const holder = a.db.transaction().execute(async (trx) => {
      await sql`insert into probe (n) values (1)`.execute(trx);
      locked();
      await held;
    });
    await hasLock;
    const write = sql`insert into probe (n) values (2)`.execute(b.db);
    const transaction = b.db.transaction().execute(async (trx) => sql`insert into probe (n) values (3)`.execute(trx));
    const before = ticks;
    await new Promise((r) => setTimeout(r, 400));
    // The writers are still waiting, and the loop kept turning while they did.
    expect(ticks - before).toBeGreaterThan(5);
    release();
    await holder;
    await write;
    await transaction;
    clearInterval(timer);
    const rows = await sql<{ n: number }>`select n from probe order by n`.execute(a.db);
    expect(rows.rows.map((r) => r.n)).toEqual([1, 2, 3]);
  });
});
