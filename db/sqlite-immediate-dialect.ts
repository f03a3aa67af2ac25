import type { Database as SqliteDatabase } from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDialectConfig,
} from 'kysely';

/** How long a statement waits, in all, for another connection's write lock before it fails. */
const BUSY_WAIT_MS = 30_000;
/**
 * SQLite's own busy wait blocks the thread, so the process's event loop with it: kept short, and the rest of the
 * wait is done here asynchronously, letting the holder of the lock (a bulk job on another connection in this same
 * process, yielding between its chunks) go on meanwhile.
 */
export const SQLITE_BLOCKING_BUSY_MS = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A statement that finds the file locked by another connection is tried again after an asynchronous pause. Only a
 * statement run outside a transaction (an autocommit write, or the `begin immediate` that opens one) is retried: it
 * failed whole, so running it again is safe. Inside a transaction the write lock is already held, so no statement
 * there waits for another connection.
 */
class BusyRetryConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly sqlite: SqliteDatabase,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const outside = !this.sqlite.inTransaction;
      try {
        return await this.inner.executeQuery<R>(query);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        const busy = typeof code === 'string' && code.startsWith('SQLITE_BUSY');
        if (!busy || !outside || this.sqlite.inTransaction || Date.now() >= deadline) throw e;
        await sleep(pause);
      }
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/**
 * Transactions that take SQLite's write lock when they begin (`begin immediate`) instead of at their first write.
 * Another connection writes to the same file (the webhook receiver's thread commits to the outbox; a bulk review
 * job runs on its own connection): a deferred transaction that read before that commit and writes after it fails at
 * once with SQLITE_BUSY_SNAPSHOT, which no busy timeout can wait out. Taken at `begin`, the lock is waited for and
 * the transaction then reads and writes one consistent state.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly sqlite: SqliteDatabase,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new BusyRetryConnection(await super.acquireConnection(), this.sqlite);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #sqlite: SqliteDatabase;

  constructor(config: SqliteDialectConfig & { database: SqliteDatabase }) {
    super(config);
    this.#config = config;
    this.#sqlite = config.database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#sqlite);
  }
}
