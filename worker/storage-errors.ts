import { storageRefusal } from '../db/storage-refusal.js';
import { EXIT, registerExitCode } from './exit-codes.js';

/**
 * A write the disk refused (full, over quota, read-only, failing) to a file bankfeed needs: the log or the database;
 * or the SQLite file removed or replaced under the process (worker/database-file-watch.ts), whose writes go nowhere.
 * A long-running command stops in order on it (releasing its lock) and exits 1 naming the file, where it used to
 * die on an unhandled 'error' event from the log stream with no path (walk-ops-s37b).
 */
export class StorageWriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    said: string,
    /** What to do; a full disk's by default (a database file removed under the worker has its own). */
    advice = 'free some space there (or set BANKFEED_DATA_DIR to another disk) and start again',
  ) {
    super(`cannot write ${path}: ${said}${code ? ` (${code})` : ''}; ${advice}`);
    this.name = 'StorageWriteError';
  }
}
registerExitCode('StorageWriteError', EXIT.failure);

/** `err` as a StorageWriteError naming `path` (the error's own path if it has one), or null when it is not one. */
export function storageWriteErrorOf(err: unknown, path: string): StorageWriteError | null {
  if (err instanceof StorageWriteError) return err;
  const refused = storageRefusal(err);
  if (!refused) return null;
  const own = (err as { path?: unknown }).path;
  return new StorageWriteError(typeof own === 'string' ? own : path, refused.code, refused.said);
}

/** The first storage failure a long-running command must stop on: reported by the logger, awaited by the command. */
export interface StorageWatch {
  failed: Promise<StorageWriteError>;
  report(err: StorageWriteError): void;
}

export function watchStorage(): StorageWatch {
  let report!: (err: StorageWriteError) => void;
  const failed = new Promise<StorageWriteError>((r) => (report = r));
  return { failed, report };
}

/**
 * The database as an error names it: the SQLite file, or the PostgreSQL server without its password and without its
 * query string (node-postgres reads every parameter there, `password` and `sslpassword` among them). The name goes
 * into messages, logs, Temporal's history and the account's record.
 */
export function databaseWhere(databaseUrl: string): string {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return databaseUrl;
  try {
    const u = new URL(databaseUrl);
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
