/** The disk's refusals of a write, by code, in words: a full disk, a quota, a read-only or failing one. */
const SAID: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  SQLITE_FULL: 'database or disk is full',
  SQLITE_IOERR: 'disk input/output error',
  SQLITE_READONLY: 'the database is read-only',
  // PostgreSQL's SQLSTATE disk_full (the server's disk: its message names no code)
  '53100': "the database server's disk is full",
  // read_only_sql_transaction: bankfeed opens no read-only transaction, so the server is (a managed one whose storage
  // filled, or a standby after a failover)
  '25006': 'the database server is read-only',
};

/**
 * The disk's refusal in `err`, if that is what it is: by its code, or by the code in its message (an error passed
 * from the log's worker thread keeps its message only). SQLite's extended codes (SQLITE_IOERR_WRITE) count as their
 * base code. No retry mends one: the disk stays full until someone frees it.
 */
export function storageRefusal(err: unknown): { code: string; said: string } | null {
  const e = err as { code?: unknown; message?: unknown } | null;
  const codes = [typeof e?.code === 'string' ? e.code : '', ...String(e?.message ?? '').matchAll(/\b[A-Z_]{3,}\b/g)];
  for (const c of codes) {
    const code = String(c);
    const base = Object.keys(SAID).find((k) => code === k || code.startsWith(`${k}_`));
    if (base) return { code: base, said: SAID[base]! };
  }
  return null;
}

/**
 * The database's own refusal of a write in `err` (SQLite's codes, PostgreSQL's SQLSTATE), if that is what it is. A
 * file's (Node's E… codes: a report, a ledger file, the log) is not the database's, and is left to whoever wrote it.
 */
export function databaseRefusal(err: unknown): { code: string; said: string } | null {
  const refused = storageRefusal(err);
  return refused && !/^E[A-Z]+$/.test(refused.code) ? refused : null;
}
