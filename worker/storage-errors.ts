import { EXIT, registerExitCode } from './exit-codes.js';

/**
 * A write the disk refused (full, over quota, read-only, failing) to a file bankfeed needs: the log or the database.
 * A long-running command stops in order on it (releasing its lock) and exits 1 naming the file, where it used to
 * die on an unhandled 'error' event from the log stream with no path (walk-ops-s37b).
 */
export class StorageWriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    said: string,
  ) {
    super(
      `cannot write ${path}: ${said} (${code}); free some space there (or set BANKFEED_DATA_DIR to another disk) and start again`,
    );
    this.name = 'StorageWriteError';
  }
}
registerExitCode('StorageWriteError', EXIT.failure);

const SAID: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  SQLITE_FULL: 'database or disk is full',
  SQLITE_IOERR: 'disk input/output error',
  SQLITE_READONLY: 'the database is read-only',
};

/**
 * The disk's refusal in `err`, if that is what it is: by its code, or by the code in its message (an error passed
 * from the log's worker thread keeps its message only). SQLite's extended codes (SQLITE_IOERR_WRITE) count as their
 * base code.
 */
function refusal(err: unknown): string | null {
  const e = err as { code?: unknown; message?: unknown } | null;
  const codes = [typeof e?.code === 'string' ? e.code : '', ...String(e?.message ?? '').matchAll(/\b[A-Z_]{3,}\b/g)];
  for (const c of codes) {
    const code = String(c);
    const base = Object.keys(SAID).find((k) => code === k || code.startsWith(`${k}_`));
    if (base) return base;
  }
  return null;
}

/** `err` as a StorageWriteError naming `path` (the error's own path if it has one), or null when it is not one. */
export function storageWriteErrorOf(err: unknown, path: string): StorageWriteError | null {
  if (err instanceof StorageWriteError) return err;
  const code = refusal(err);
  if (!code) return null;
  const own = (err as { path?: unknown }).path;
  return new StorageWriteError(typeof own === 'string' ? own : path, code, SAID[code]!);
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

/** The database as an error names it: the SQLite file, or the PostgreSQL server without its password. */
export function databaseWhere(databaseUrl: string): string {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return databaseUrl;
  try {
    const u = new URL(databaseUrl);
    u.password = '';
    return u.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
