import type { Kysely } from 'kysely';
import { clearAccountLastErrorStartingWith, setAccountLastError } from '../db/account-repository.js';
import { nowIso } from '../db/connection.js';
import type { Database } from '../db/schema.js';

/** How a nightly failure starts on the account's last error, so a later good night clears only its own words. */
export const NIGHTLY_ERROR_PREFIX = 'nightly reconciliation';

/** Long vendor answers are cut: the status line is read by people, the full text is in the worker's log. */
const MAX_MESSAGE = 500;

/**
 * Records on the account (its last error, shown by `bankfeed status` and the web app) that the night's
 * reconciliation of it failed, naming the ledger source and the reason in the adapter's words. Adapter messages
 * never carry tokens or secrets (adapters/ledger/oauth/errors.ts).
 */
export async function recordNightlyFailure(
  db: Kysely<Database>,
  input: { accountId: string; day: string; sourceId: string | null; message: string },
): Promise<void> {
  const where = input.sourceId ? `ledger source "${input.sourceId}"` : 'no ledger source';
  const message = input.message.length > MAX_MESSAGE ? `${input.message.slice(0, MAX_MESSAGE)}…` : input.message;
  await setAccountLastError(
    db,
    input.accountId,
    `${NIGHTLY_ERROR_PREFIX} ${input.day}: ${where}: ${message}`,
    nowIso(),
  );
}

/** A good night clears a failure an earlier night recorded; the feed's own errors stay. */
export async function clearNightlyFailure(db: Kysely<Database>, accountId: string): Promise<void> {
  await clearAccountLastErrorStartingWith(db, accountId, `${NIGHTLY_ERROR_PREFIX} `, nowIso());
}
