import type { Kysely } from 'kysely';
import { RetryAfterHold, type MonoLogger } from '../adapters/mono/index.js';
import { readMonoRateHold, recordMonoRateHold } from '../db/mono-rate-hold-repository.js';
import type { Database } from '../db/schema.js';

const perDatabase = new WeakMap<Kysely<Database>, RetryAfterHold>();

/**
 * The Retry-After hold the Mono clients of this process obey, shared through the database with every other process
 * on it (workers and `start` on one Mono key): a 429 one of them meets paces them all. One per database, so the
 * process reads the shared hold at most once a second, whatever the number of its clients and feeds.
 */
export function sharedRetryAfterHold(db: Kysely<Database>, logger?: MonoLogger): RetryAfterHold {
  let hold = perDatabase.get(db);
  if (!hold) {
    hold = new RetryAfterHold({
      store: { record: (h) => recordMonoRateHold(db, h), read: (host) => readMonoRateHold(db, host) },
      ...(logger ? { logger } : {}),
    });
    perDatabase.set(db, hold);
  }
  return hold;
}
