import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from './migrations/helpers.js';
import type { Database } from './schema.js';

/** A Mono host's Retry-After hold (the Mono client's MonoRateHold; db/ does not import adapters). */
export interface MonoRateHold {
  /** Host and port: never a path, a query or the key. */
  host: string;
  /** UTC instant, ISO 8601. */
  until: string;
  holdMs: number;
  /**
   * On a read: how long ago it was recorded, by the database's own clock (never negative); absent on a row recorded
   * before the database dated it (0028).
   */
  ageMs?: number;
}

/** The longest any hold lasts (the Mono client's cap on a Retry-After). */
const LONGEST_HOLD_MS = 60_000;

/**
 * How long an ended hold's row is kept: far past any hold's end (so no clock's quirk sweeps a running one), and short
 * enough that the table holds only the hosts that met a 429 lately (a demo's sandbox has a new port every run).
 */
export const ENDED_HOLD_KEPT_MS = 3_600_000;

/** Now, in epoch milliseconds, at the database's own clock (PostgreSQL's server; SQLite's machine). */
function databaseNowMs(db: Kysely<Database>): RawBuilder<number> {
  return isPostgres(db as Kysely<unknown>)
    ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`
    : sql<number>`cast(round((julianday('now') - 2440587.5) * 86400000) as integer)`;
}

/**
 * Records a Mono host's Retry-After hold for every process on this database, dated by the database's clock. One
 * statement: a hold ending later replaces the row, an earlier one leaves it (ISO instants of one format compare as
 * text on both dialects). A row ending further off than any hold could from this writer's now was written by a clock
 * running ahead: it is replaced too, or no process's later 429 would be shared until that clock's future came.
 * First, rows that ended long ago (ENDED_HOLD_KEPT_MS) are removed, so the table never outgrows the hosts met lately.
 */
export async function recordMonoRateHold(db: Kysely<Database>, hold: MonoRateHold): Promise<void> {
  await sweepEndedMonoRateHolds(db, Date.parse(hold.until) - hold.holdMs);
  const beyondAnyHold = new Date(Date.parse(hold.until) - hold.holdMs + LONGEST_HOLD_MS).toISOString();
  const recorded = databaseNowMs(db);
  await db
    .insertInto('mono_rate_holds')
    .values({ host: hold.host, hold_until: hold.until, hold_ms: hold.holdMs, recorded_ms: recorded })
    .onConflict((oc) =>
      oc
        .column('host')
        .doUpdateSet({ hold_until: hold.until, hold_ms: hold.holdMs, recorded_ms: recorded })
        .where((eb) =>
          eb.or([
            eb('mono_rate_holds.hold_until', '<', hold.until),
            eb('mono_rate_holds.hold_until', '>', beyondAnyHold),
          ]),
        ),
    )
    .execute();
}

/**
 * Removes the holds that ended long ago: by the database's clock, or (a row it did not date) by `until` at the
 * writer's clock `nowMs`. Bounded: one statement on a table of one row per host.
 */
export async function sweepEndedMonoRateHolds(db: Kysely<Database>, nowMs: number): Promise<void> {
  const before = new Date(nowMs - ENDED_HOLD_KEPT_MS).toISOString();
  await db
    .deleteFrom('mono_rate_holds')
    .where((eb) =>
      eb.or([
        eb('recorded_ms', '<', sql<number>`${databaseNowMs(db)} - ${ENDED_HOLD_KEPT_MS}`),
        eb.and([eb('recorded_ms', 'is', null), eb('hold_until', '<', before)]),
      ]),
    )
    .execute();
}

/** The host's last recorded hold, running or over, with its age at the database's clock (the reader decides). */
export async function readMonoRateHold(db: Kysely<Database>, host: string): Promise<MonoRateHold | undefined> {
  const row = await db
    .selectFrom('mono_rate_holds')
    .select(['host', 'hold_until', 'hold_ms'])
    .select(sql<number | string | null>`${databaseNowMs(db)} - recorded_ms`.as('age_ms'))
    .where('host', '=', host)
    .executeTakeFirst();
  if (!row) return undefined;
  const hold: MonoRateHold = { host: row.host, until: row.hold_until, holdMs: Number(row.hold_ms) };
  if (row.age_ms !== null) hold.ageMs = Math.max(0, Number(row.age_ms));
  return hold;
}
