import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from '../../db/connection.js';
import { requireComponent } from './components.js';

/** The PostgreSQL server the tests use; a fresh database is created in it for each test. */
export const TEST_PG_URL = process.env.BANKFEED_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

let pgAvailable: boolean | undefined;

export async function postgresAvailable(): Promise<boolean> {
  if (pgAvailable !== undefined) return pgAvailable;
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    pgAvailable = true;
  } catch {
    pgAvailable = false;
  } finally {
    await client.end().catch(() => undefined);
  }
  return pgAvailable;
}

export interface TestDb extends DbHandle {
  /** Drops the database (PostgreSQL) or closes the in-memory file (SQLite). */
  dispose(): Promise<void>;
}

export async function openSqliteTestDb(): Promise<TestDb> {
  const handle = await openDb({ url: ':memory:' });
  return { ...handle, dispose: () => handle.close() };
}

export async function openPostgresTestDb(): Promise<TestDb> {
  const name = `bankfeed_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString(), poolSize: 4 });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: TEST_PG_URL });
      await a.connect();
      // pool.end() resolves before its clients' sockets close; forcing the drop then kills a closing client, whose
      // FATAL 57P01 surfaces as an unhandled error. Wait (briefly) for the test's sessions to go first.
      for (let i = 0; i < 50; i++) {
        const r = await a.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

function missingRequiredPg(): never {
  throw new Error(
    `PostgreSQL at ${TEST_PG_URL.replace(/:[^:@/]+@/, ':***@')} is required in this run (BANKFEED_REQUIRE_PG=1) but is not available`,
  );
}

/**
 * The database kinds a repository test runs on: SQLite always, PostgreSQL when a server answers.
 * With BANKFEED_REQUIRE_PG=1 (CI) a missing server is a failure, never a silent skip.
 */
export async function databaseKinds(): Promise<Array<{ name: 'sqlite' | 'postgres'; open: () => Promise<TestDb> }>> {
  const kinds: Array<{ name: 'sqlite' | 'postgres'; open: () => Promise<TestDb> }> = [
    { name: 'sqlite', open: openSqliteTestDb },
  ];
  // The and README's flag is BANKFEED_REQUIRE_PG; requireComponent itself knows BANKFEED_REQUIRE_POSTGRES.
  const probe = async () =>
    (await postgresAvailable()) || (process.env.BANKFEED_REQUIRE_PG === '1' ? missingRequiredPg() : false);
  if (await requireComponent('postgres', probe, `PostgreSQL at ${TEST_PG_URL.replace(/:[^:@/]+@/, ':***@')}`)) {
    kinds.push({ name: 'postgres', open: openPostgresTestDb });
  }
  return kinds;
}
