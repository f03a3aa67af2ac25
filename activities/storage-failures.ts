import { ApplicationFailure } from '@temporalio/common';
import { MonoError } from '../adapters/mono/index.js';
import { databaseRefusal } from '../db/storage-refusal.js';

/** The failure type of an activity whose database write the disk refused. */
export const STORAGE_WRITE_REFUSED = 'StorageWriteRefused';

/** A write the disk refused: where (the database as a message names it), its code and the code in words. */
export interface StorageRefused {
  path: string;
  code: string;
  said: string;
}

/** What an activity factory is given to report a refused write: the database's name and who hears of it. */
export interface StorageRefusalDeps {
  /** The database as a failure names it (the SQLite file, or the PostgreSQL server without its password). */
  database?: string;
  /** Told when the disk refuses an activity's write (reportStorageRefusal): the process stops on it. */
  onStorageRefused?: (r: StorageRefused) => void;
}

/**
 * Runs an activity so that a write the disk refuses (the database full, over quota, read-only) is reported: `report`
 * is told, so that `start` and `worker` stop in order and exit 1 naming the database, as for the log on a full disk,
 * and the attempt fails as a StorageWriteRefused naming it. That failure stays retryable: the activity is attempted
 * again once a worker with room runs, so nothing the feed was doing is dropped (a non-retryable one ended it for good,
 * and a feed waiting for re-authorisation never asked for its link again). Mono's failures and Temporal's own pass
 * through untouched (their messages are no disk's), and so does a file's own refusal (a report's or a ledger file's
 * ENOSPC: Node's E… codes), which is not the database's and which the nightly run names as its report folder's.
 */
export async function reportStorageRefusal<T>(
  where: string,
  report: ((r: StorageRefused) => void) | undefined,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ApplicationFailure || e instanceof MonoError) throw e;
    const refused = databaseRefusal(e);
    if (!refused) throw e;
    report?.({ path: where, ...refused });
    throw ApplicationFailure.create({
      type: STORAGE_WRITE_REFUSED,
      message: `cannot write ${where}: ${refused.said} (${refused.code})`,
      nonRetryable: false,
      details: [{ path: where, code: refused.code }],
    });
  }
}

/**
 * reportStorageRefusal bound to one factory's deps: every activity that writes to the database runs under it, so each
 * reports a refused write the same way (feed, reconciliation and nightly activities alike).
 */
export function storageReporter(deps: StorageRefusalDeps): <T>(run: () => Promise<T>) => Promise<T> {
  return (run) => reportStorageRefusal(deps.database ?? 'the database', deps.onStorageRefused, run);
}

/**
 * Whether `err` is a StorageWriteRefused (already reported): a loop that counts one item's failure and goes on (the
 * nightly chunk) lets it through instead, so the attempt fails, retryably, and the item is not marked failed.
 */
export function isStorageWriteRefused(err: unknown): boolean {
  return err instanceof ApplicationFailure && err.type === STORAGE_WRITE_REFUSED;
}
