import { ApplicationFailure } from '@temporalio/common';
import { MonoError } from '../adapters/mono/index.js';
import { storageRefusal } from '../db/storage-refusal.js';

/** The failure type of an activity whose database write the disk refused. */
export const STORAGE_WRITE_REFUSED = 'StorageWriteRefused';

/** A write the disk refused: where (the database as a message names it), its code and the code in words. */
export interface StorageRefused {
  path: string;
  code: string;
  said: string;
}

/**
 * Runs an activity so that a write the disk refuses (the database full, over quota, read-only) is reported: `report`
 * is told, so that `start` and `worker` stop in order and exit 1 naming the database, as for the log on a full disk,
 * and the attempt fails as a StorageWriteRefused naming it. That failure stays retryable: the activity is attempted
 * again once a worker with room runs, so nothing the feed was doing is dropped (a non-retryable one ended it for good,
 * and a feed waiting for re-authorisation never asked for its link again). Mono's failures and Temporal's own pass
 * through untouched (their messages are no disk's).
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
    const refused = storageRefusal(e);
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
