import { randomUUID } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../db/connection.js';
import {
  databaseFileChange,
  databaseIdentity,
  fileIdentity,
  watchDatabaseFile,
  watchOpenedDatabase,
} from '../../worker/database-file-watch.js';
import { createLogger } from '../../worker/logger.js';
import type { StorageWriteError } from '../../worker/storage-errors.js';
import { startWebhookReceiver } from '../../worker/webhook-receiver.js';
import { accountUpdatedWebhook } from '../support/webhook-outbox.js';

// SQLite writes on into a file removed (or renamed over) under it, and every write succeeds into a file that vanishes
// at the next start (walk-ops-s40b). The watch compares what the path names now with the file opened there.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-db-file-watch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the database file watch', () => {
  it('says nothing while the path names the file opened, even as it is written', () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    const opened = fileIdentity(file)!;
    writeFileSync(file, 'ab');
    expect(databaseFileChange(file, opened)).toBeNull();
  });

  it('names the file and says to restore it or start again when it is removed', () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    const opened = fileIdentity(file)!;
    rmSync(file);
    const err = databaseFileChange(file, opened)!;
    expect(err.name).toBe('StorageWriteError');
    expect(err.path).toBe(file);
    expect(err.message).toBe(
      `cannot write ${file}: the file was removed while bankfeed had it open (ENOENT); what bankfeed wrote since then is lost: restore it there and start again, or start again without it, which creates a new database at that path (the feeds read their history again; bindings made by hand, review decisions and users are not in it)`,
    );
  });

  it('names the write-ahead log when it is removed, and says nothing of a database that had none', () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    expect(databaseIdentity(file)).toMatch(/\|$/);
    writeFileSync(`${file}-wal`, 'w');
    const opened = databaseIdentity(file)!;
    writeFileSync(`${file}-wal`, 'ww');
    expect(databaseFileChange(file, opened)).toBeNull();
    rmSync(`${file}-wal`);
    expect(databaseFileChange(file, opened)!.path).toBe(`${file}-wal`);
    // a database opened without one: a -wal made later is SQLite's own
    expect(databaseFileChange(file, `${fileIdentity(file)!}|`)).toBeNull();
  });

  it('says another file took its place when one is renamed over it', () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    const opened = fileIdentity(file)!;
    writeFileSync(join(dir, 'restored.db'), 'b');
    renameSync(join(dir, 'restored.db'), file);
    const err = databaseFileChange(file, opened)!;
    expect(err.message).toContain(`cannot write ${file}: another file took its place while bankfeed had it open;`);
    expect(err.message).toContain('start again, which opens the file now at that path');
  });

  it('says so when the file was removed and another made at the path', () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    const opened = fileIdentity(file)!;
    // Keep the old inode alive (as SQLite's open descriptor does), so the new file cannot reuse its number.
    renameSync(file, join(dir, 'old.db'));
    writeFileSync(file, 'a');
    expect(databaseFileChange(file, opened)?.message).toContain('another file took its place');
  });

  it('tells once, by itself within its period, and stops looking', async () => {
    const file = join(dir, 'bankfeed.db');
    writeFileSync(file, 'a');
    const told: StorageWriteError[] = [];
    const watch = watchDatabaseFile({ path: file, onChanged: (e) => told.push(e), everyMs: 20 });
    try {
      await sleep(80);
      expect(told).toEqual([]);
      rmSync(file);
      for (const until = Date.now() + 2_000; told.length === 0 && Date.now() < until;) await sleep(10);
      await sleep(80);
      expect(told).toHaveLength(1);
      expect(told[0]!.path).toBe(file);
      // Asked again (a webhook), it answers with the same change and tells no one twice.
      expect(watch.check()).toBe(told[0]);
      writeFileSync(file, 'back');
      expect(watch.check()).toBe(told[0]);
      expect(told).toHaveLength(1);
    } finally {
      watch.stop();
    }
  });

  it('is none for PostgreSQL and in-memory SQLite', () => {
    const said = () => undefined;
    expect(watchOpenedDatabase({ dialect: 'postgres', location: 'postgres://h/db' }, said)).toBeNull();
    expect(watchOpenedDatabase({ dialect: 'sqlite', location: ':memory:' }, said)).toBeNull();
  });
});

describe('the webhook receiver over a database file removed under it', () => {
  const SECRET = 'whsec_file_watch_0123456789abcdef';
  const logger = createLogger({ silent: true });
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await openDb({ url: join(dir, 'bankfeed.db') });
  });
  afterEach(async () => {
    await handle.close();
  });

  for (const thread of [true, false]) {
    it(`acknowledges nothing once the file is gone (${thread ? 'its own thread' : 'in process'})`, async () => {
      const told: StorageWriteError[] = [];
      // No timer: only the receiver's own look before each acknowledgement can catch it here.
      const watch = watchOpenedDatabase(handle, (e) => told.push(e), 0)!;
      const receiver = await startWebhookReceiver({
        db: handle.db,
        temporal: () => null,
        taskQueue: 'unused',
        secret: SECRET,
        logger,
        relay: false,
        thread,
        databaseFile: watch,
      });
      const post = async () => {
        const key = `gone-${randomUUID()}`;
        const res = await fetch(receiver.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'mono-webhook-secret': SECRET },
          body: JSON.stringify(accountUpdatedWebhook(key, 'acc_file_watch', false)),
        });
        return res.status;
      };
      const health = async () => (await fetch(new URL('/health', receiver.url))).status;
      try {
        expect(await post()).toBe(200);
        expect(await health()).toBe(200);
        for (const f of ['', '-wal', '-shm']) rmSync(join(dir, `bankfeed.db${f}`), { force: true });
        expect(await post()).toBe(503);
        expect(await post()).toBe(503);
        expect(await health()).toBe(503);
        // The process's watch heard it (from the thread, by message): the command stops on it.
        for (const until = Date.now() + 2_000; told.length === 0 && Date.now() < until;) await sleep(10);
        expect(told).toHaveLength(1);
        expect(told[0]!.path).toBe(join(dir, 'bankfeed.db'));
      } finally {
        await receiver.close();
        watch.stop();
      }
    }, 60_000);
  }
});
