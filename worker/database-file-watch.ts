import { statSync } from 'node:fs';
import type { DbHandle } from '../db/connection.js';
import { StorageWriteError } from './storage-errors.js';

/**
 * Which file a path names: device and inode, as text (bigint stat: exact on any file system, and a string crosses to
 * the webhook receiver's thread as it is). A database's is its file's and, after a "|", its write-ahead log's when
 * it had one (empty when not): SQLite's committed writes live in the -wal until a checkpoint.
 */
export type FileIdentity = string;

/** The identity of the file at `path` now, or null when nothing is there. */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT' || (e as { code?: unknown }).code === 'ENOTDIR') return null;
    throw e;
  }
}

const LOST = 'what bankfeed wrote since then is lost';

/**
 * Whether `path` still names the SQLite file opened as `opened`: null when it does, else a StorageWriteError saying
 * what became of it. SQLite goes on writing into a file that was removed (or renamed over) under it, and every write
 * succeeds into a file nobody will open again; so a write that went in is only durable while the path names it.
 */
export function databaseFileChange(path: string, opened: FileIdentity): StorageWriteError | null {
  const [main, wal = ''] = opened.split('|');
  const changed = fileChange(path, main!);
  return changed ?? (wal === '' ? null : fileChange(`${path}-wal`, wal));
}

/** databaseFileChange of one file: the database's or its write-ahead log's. */
function fileChange(path: string, opened: string): StorageWriteError | null {
  let now: FileIdentity | null;
  try {
    now = fileIdentity(path);
  } catch {
    // Cannot tell (a folder turned unreadable): the writes themselves will say if the disk refuses them.
    return null;
  }
  if (now === opened) return null;
  return now === null
    ? new StorageWriteError(
        path,
        'ENOENT',
        'the file was removed while bankfeed had it open',
        `${LOST}: restore it there and start again, or start again without it, which creates a new database at that path (the feeds read their history again; bindings made by hand, review decisions and users are not in it)`,
      )
    : new StorageWriteError(
        path,
        '',
        'another file took its place while bankfeed had it open',
        `${LOST}: start again, which opens the file now at that path (or put the original back there first)`,
      );
}

export interface DatabaseFileWatch {
  /** The SQLite file watched, as configured. */
  path: string;
  /** The file bankfeed opened at `path`. */
  opened: FileIdentity;
  /** Checks at once (a webhook, before its acknowledgement); reports a change once. Null while the file is in place. */
  check(): StorageWriteError | null;
  stop(): void;
}

export interface DatabaseFileWatchOptions {
  path: string;
  /** The identity taken when the database was opened; now's, by default. */
  opened?: FileIdentity;
  /** Told once when the path no longer names the opened file: the command stops on it as on a full disk. */
  onChanged(err: StorageWriteError): void;
  /** How often a quiet process checks by itself (default 2 s; 0: only when asked). */
  everyMs?: number;
}

export const DATABASE_FILE_CHECK_MS = 2_000;

/**
 * Watches the SQLite file under a running `start` or `worker`: the path must go on naming the file opened there. Each
 * check is one stat. The timer does not keep the process alive.
 */
export function watchDatabaseFile(opts: DatabaseFileWatchOptions): DatabaseFileWatch {
  const opened = opts.opened ?? databaseIdentity(opts.path);
  if (opened === null) throw new Error(`the database file ${opts.path} is not there to watch`);
  let changed: StorageWriteError | null = null;
  const check = () => {
    if (changed) return changed;
    changed = databaseFileChange(opts.path, opened);
    if (changed) {
      clearInterval(timer);
      opts.onChanged(changed);
    }
    return changed;
  };
  const every = opts.everyMs ?? DATABASE_FILE_CHECK_MS;
  const timer = every > 0 ? setInterval(check, every) : undefined;
  timer?.unref();
  return { path: opts.path, opened, check, stop: () => clearInterval(timer) };
}

/** The database at `path` now (its file's identity, and its -wal's when there is one), or null when it is not there. */
export function databaseIdentity(path: string): FileIdentity | null {
  const main = fileIdentity(path);
  return main === null ? null : `${main}|${fileIdentity(`${path}-wal`) ?? ''}`;
}

/**
 * The watch for a database just opened: its SQLite file's, or null for PostgreSQL (no file) and an in-memory SQLite.
 * Taken right after the open, so the identity is the file SQLite has open.
 */
export function watchOpenedDatabase(
  handle: Pick<DbHandle, 'dialect' | 'location'>,
  onChanged: (err: StorageWriteError) => void,
  everyMs?: number,
): DatabaseFileWatch | null {
  if (handle.dialect !== 'sqlite' || handle.location === ':memory:' || handle.location === '') return null;
  return watchDatabaseFile({ path: handle.location, onChanged, ...(everyMs !== undefined ? { everyMs } : {}) });
}
