import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * Transactions that take SQLite's write lock when they begin (`begin immediate`) instead of at their first write.
 * Another connection writes to the same file (the webhook receiver's thread commits to the outbox): a deferred
 * transaction that read before that commit and writes after it fails at once with SQLITE_BUSY_SNAPSHOT, which no
 * busy timeout can wait out. Taken at `begin`, the lock waits (busy_timeout) for the other commit and the
 * transaction then reads and writes one consistent state.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
