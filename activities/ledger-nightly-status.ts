import type { Kysely } from 'kysely';
import { sanitizeMessage } from '../adapters/mono/errors.js';
import { clearAccountNightlyFailure, recordAccountNightlyFailure } from '../db/account-repository.js';
import { nowIso } from '../db/connection.js';
import type { Database } from '../db/schema.js';

/** How a nightly failure's words start, so a person reading them knows which run wrote them. */
export const NIGHTLY_ERROR_PREFIX = 'nightly reconciliation';

/**
 * Records on the account (its nightly error, shown by `bankfeed status`, the web app and the organisation summary)
 * that the night's reconciliation of it failed, naming the ledger source and the reason in the adapter's words.
 * Never the feed's `last_error`: each side clears only its own. The reason passes through the same scrubbing as the
 * feed's Mono errors (secret keys out, long digit runs masked to their last four, length capped): it is stored and
 * shown to people, so an account number or a key a vendor echoed must not reach it.
 */
export async function recordNightlyFailure(
  db: Kysely<Database>,
  input: { accountId: string; error: string },
): Promise<void> {
  await recordAccountNightlyFailure(db, input.accountId, input.error, nowIso());
}

/** How long a night's reason is kept and shown: generous, for a refused file's name, row, column and value found. */
export const NIGHTLY_REASON_MAX = 600;
/** What a longer reason keeps of its end: a file's refusal ends with the value found and why it was refused. */
const NIGHTLY_REASON_TAIL = 200;

/**
 * A reason within NIGHTLY_REASON_MAX: a longer one keeps its beginning (the file, its row and column) and its end (the
 * value found and why), with "…" where words were left out, so that what the person must find in the file is kept.
 */
function boundedReason(text: string): string {
  if (text.length <= NIGHTLY_REASON_MAX) return text;
  return `${text.slice(0, NIGHTLY_REASON_MAX - NIGHTLY_REASON_TAIL - 3)} … ${text.slice(-NIGHTLY_REASON_TAIL)}`;
}

/** The words stored and shown for one account's failed night: the run's day, the ledger source, the reason. */
export function nightlyFailureText(input: {
  day: string;
  sourceId: string | null;
  message: string;
  /** what failed when it was not the ledger source (the report folder) */
  where?: string;
}): string {
  const where = input.where ?? (input.sourceId ? `ledger source "${input.sourceId}"` : 'no ledger source');
  return `${NIGHTLY_ERROR_PREFIX} ${input.day}: ${where}: ${boundedReason(sanitizeMessage(input.message, [], Infinity))}`;
}

/** A good night clears a failure an earlier night recorded; the feed's own error is not the nightly run's to clear. */
export async function clearNightlyFailure(db: Kysely<Database>, accountId: string): Promise<void> {
  await clearAccountNightlyFailure(db, accountId, nowIso());
}
