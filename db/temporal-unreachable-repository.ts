import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Which data directory's worker a record is about: the machine and the directory's absolute path. */
export interface DataDirOnHost {
  host: string;
  dataDir: string;
}

/** The process holding that data directory's lock: its pid and when it took the lock. */
export interface LockHolderId {
  pid: number;
  startedAt: string;
}

/** A running worker that cannot reach its Temporal server. */
export interface TemporalUnreachable {
  holder: LockHolderId;
  /** The server's address (host:port; no key or certificate). */
  address: string;
  /** When the worker first found it not answering (ISO, UTC). */
  since: string;
}

/** Records that the data directory's worker cannot reach Temporal, replacing whatever its directory had on record. */
export async function recordTemporalUnreachable(
  db: Kysely<Database>,
  where: DataDirOnHost,
  rec: TemporalUnreachable,
): Promise<void> {
  const values = {
    pid: rec.holder.pid,
    lock_started_at: rec.holder.startedAt,
    address: rec.address,
    since: rec.since,
  };
  await db
    .insertInto('temporal_unreachable')
    .values({ host: where.host, data_dir: where.dataDir, ...values })
    .onConflict((oc) => oc.columns(['host', 'data_dir']).doUpdateSet(values))
    .execute();
}

/**
 * Removes the data directory's record: only the one `holder` wrote when given (a worker clearing its own), any when
 * not (a worker that just took the lock: the record's writer is gone).
 */
export async function clearTemporalUnreachable(
  db: Kysely<Database>,
  where: DataDirOnHost,
  holder?: LockHolderId,
): Promise<void> {
  let q = db.deleteFrom('temporal_unreachable').where('host', '=', where.host).where('data_dir', '=', where.dataDir);
  if (holder) q = q.where('pid', '=', holder.pid).where('lock_started_at', '=', holder.startedAt);
  await q.execute();
}

/** The data directory's record, whoever wrote it (the reader checks that its writer still runs). */
export async function readTemporalUnreachable(
  db: Kysely<Database>,
  where: DataDirOnHost,
): Promise<TemporalUnreachable | undefined> {
  const row = await db
    .selectFrom('temporal_unreachable')
    .select(['pid', 'lock_started_at', 'address', 'since'])
    .where('host', '=', where.host)
    .where('data_dir', '=', where.dataDir)
    .executeTakeFirst();
  return row
    ? { holder: { pid: Number(row.pid), startedAt: row.lock_started_at }, address: row.address, since: row.since }
    : undefined;
}
