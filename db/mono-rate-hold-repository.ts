import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A Mono host's Retry-After hold (the Mono client's MonoRateHold; db/ does not import adapters). */
export interface MonoRateHold {
  /** Host and port: never a path, a query or the key. */
  host: string;
  /** UTC instant, ISO 8601. */
  until: string;
  holdMs: number;
}

/** The longest any hold lasts (the Mono client's cap on a Retry-After). */
const LONGEST_HOLD_MS = 60_000;

/**
 * Records a Mono host's Retry-After hold for every process on this database. One statement: a hold ending later
 * replaces the row, an earlier one leaves it (ISO instants of one format compare as text on both dialects). A row
 * ending further off than any hold could from this writer's now was written by a clock running ahead: it is
 * replaced too, or no process's later 429 would be shared until that clock's future came.
 */
export async function recordMonoRateHold(db: Kysely<Database>, hold: MonoRateHold): Promise<void> {
  const beyondAnyHold = new Date(Date.parse(hold.until) - hold.holdMs + LONGEST_HOLD_MS).toISOString();
  await db
    .insertInto('mono_rate_holds')
    .values({ host: hold.host, hold_until: hold.until, hold_ms: hold.holdMs })
    .onConflict((oc) =>
      oc
        .column('host')
        .doUpdateSet({ hold_until: hold.until, hold_ms: hold.holdMs })
        .where((eb) =>
          eb.or([
            eb('mono_rate_holds.hold_until', '<', hold.until),
            eb('mono_rate_holds.hold_until', '>', beyondAnyHold),
          ]),
        ),
    )
    .execute();
}

/** The host's last recorded hold, running or over (the reader decides with its own clock). */
export async function readMonoRateHold(db: Kysely<Database>, host: string): Promise<MonoRateHold | undefined> {
  const row = await db
    .selectFrom('mono_rate_holds')
    .select(['host', 'hold_until', 'hold_ms'])
    .where('host', '=', host)
    .executeTakeFirst();
  return row ? { host: row.host, until: row.hold_until, holdMs: Number(row.hold_ms) } : undefined;
}
