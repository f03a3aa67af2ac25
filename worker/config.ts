import { join, resolve } from 'node:path';

/** Where bankfeed keeps its embedded state: SQLite database, Temporal dev-server database, logs, reports. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.BANKFEED_DATA_DIR ?? '.bankfeed');
}

/** DATABASE_URL (postgres://…) or the embedded SQLite file under the data directory. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : join(dataDir(env), 'bankfeed.db');
}
