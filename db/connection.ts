import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect, SQLITE_BLOCKING_BUSY_MS } from './sqlite-immediate-dialect.js';

// PostgreSQL returns bigint (int8) as strings; our bigints are money in minor units, always safe integers.
pg.types.setTypeParser(20, (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${v} exceeds the safe integer range`);
  return n;
});

export type Dialect = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, with any password removed (safe to log). */
  location: string;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** A postgres:// URL, or a SQLite file path (":memory:" for tests). */
  url: string;
  migrate?: boolean;
  poolSize?: number;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}

export async function openDb(opts: OpenDbOptions): Promise<DbHandle> {
  let handle: DbHandle;
  if (isPostgresUrl(opts.url)) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    handle = { db, dialect: 'postgres', location: redactUrl(opts.url), close: () => db.destroy() };
  } else {
    if (opts.url !== ':memory:') mkdirSync(dirname(opts.url), { recursive: true });
    const sqlite = new SQLite(opts.url);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // A short blocking wait; the dialect waits out longer locks asynchronously (see ImmediateSqliteDialect).
    sqlite.pragma(`busy_timeout = ${SQLITE_BLOCKING_BUSY_MS}`);
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    handle = { db, dialect: 'sqlite', location: opts.url, close: () => db.destroy() };
  }
  if (opts.migrate !== false) await migrateToLatest(handle.db);
  return handle;
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
