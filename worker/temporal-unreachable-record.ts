import { realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';
import {
  clearTemporalUnreachable,
  recordTemporalUnreachable,
  type DataDirOnHost,
  type LockHolderId,
} from '../db/temporal-unreachable-repository.js';

/*
 * `bankfeed status` runs as its own process and cannot ask the worker whether Temporal answers, so the worker leaves
 * it in the database (temporal_unreachable) while it lasts. No Temporal SDK here: status imports this module.
 */

/**
 * The key a data directory's record is kept under, the same for the worker and for `status` on that directory however
 * each names it (relative to another working directory, through a symbolic link).
 */
export function dataDirOnHost(dataDir: string): DataDirOnHost {
  let path: string;
  try {
    path = realpathSync(dataDir);
  } catch {
    path = resolve(dataDir); // not there (yet): nothing to follow
  }
  return { host: hostname(), dataDir: path };
}

export interface TemporalUnreachableRecorder {
  /** Told when the server stops (false) or starts (true) answering. */
  onChange(reachable: boolean): void;
  /** Waits for the writes under way and removes the record (a stopped worker reaches nothing). */
  close(): Promise<void>;
}

/**
 * Keeps the record of the worker holding `dataDir`'s lock: written when the server stops answering, removed when it
 * answers again and when the worker stops. A record left by an earlier worker on the directory (killed while its
 * server was down) is removed at once. Writes run one at a time in order, so a quick down-and-up ends with no
 * record; a write the database refuses is logged and dropped (the worker goes on; status then says less).
 */
export function recordTemporalUnreachableFor(opts: {
  db: Kysely<Database>;
  dataDir: string;
  holder: LockHolderId;
  address: string;
  logger: Logger;
  now?: () => Date;
}): TemporalUnreachableRecorder {
  const where = dataDirOnHost(opts.dataDir);
  const now = opts.now ?? (() => new Date());
  let chain: Promise<void> = Promise.resolve();
  const then = (what: string, write: () => Promise<void>) => {
    chain = chain.then(write).catch((e: unknown) => {
      opts.logger.warn({ err: e instanceof Error ? e.message : String(e) }, `could not ${what}`);
    });
  };
  then('remove the Temporal record an earlier worker left', () => clearTemporalUnreachable(opts.db, where));
  return {
    onChange(reachable) {
      if (reachable) then('clear the Temporal record', () => clearTemporalUnreachable(opts.db, where, opts.holder));
      else {
        const since = now().toISOString();
        then('record that Temporal is unreachable', () =>
          recordTemporalUnreachable(opts.db, where, { holder: opts.holder, address: opts.address, since }),
        );
      }
    },
    async close() {
      then('clear the Temporal record', () => clearTemporalUnreachable(opts.db, where, opts.holder));
      await chain;
    },
  };
}
