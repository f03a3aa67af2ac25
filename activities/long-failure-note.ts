import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { sanitizeMessage } from '../adapters/mono/errors.js';
import { clockText } from '../domain/dates.js';
import { isHeldByRetryAfter, NON_RETRYABLE_MONO_FAILURES } from './mono-failures.js';

/**
 * Failed attempts in a row before a feed read's failure goes on the account's record: each attempt of a sync has
 * already asked for its page a few times (pageWithRetries), so three are about 15 s of refusals, or about 3 minutes of a
 * Mono that does not answer (each attempt two tries of the client's 30 s timeout), not one bad answer.
 */
export const ATTEMPTS_BEFORE_NOTE = 3;

/**
 * What the account's record says about a feed read that keeps failing, in the words of the accounts list and `status`
 * (`what`: "sync" for the transactions, else the account's details), at the account's clock; or null when this
 * failure is not one to note: an attempt too early, a cancellation, or a failure the feed handles itself (not found,
 * re-authorisation: non-retryable, so the feed records what follows). The feed retries these reads without limit and
 * records a failure only once an activity gives up, so without this note a Mono outage would never be on record.
 * "Since" is `failingSinceMs`, the read's first failed attempt (recordFeedFailing); without it (an attempt begun
 * before the instant was recorded), the first attempt's schedule, which overstates a failure that came late in it.
 */
export function longFailureNote(
  what: string,
  err: unknown,
  info: { attempt: number; scheduledTimestampMs: number; failingSinceMs?: number | null },
  timeZone?: string | null,
): string | null {
  if (!isLongFailure(err, info)) return null;
  const since = clockText(new Date(info.failingSinceMs ?? info.scheduledTimestampMs), timeZone);
  // Stored and shown to people (cron's mail): scrubbed as Mono's errors are (keys out, long digit runs masked), and
  // Mono's own words without the request line ("Mono GET /v2/accounts/{id}/transactions: … (HTTP 503)").
  const said = sanitizeMessage(err instanceof Error ? err.message : String(err))
    .replace(/^Mono [A-Z]+ \S+: /, '')
    .replace(/ \(HTTP \d{3}\)/, '');
  const subject =
    what === 'sync' ? "Mono has not sent this account's transactions" : 'Mono has not answered for this account';
  return `${subject} since ${since}; bankfeed keeps trying. Mono said: ${said}`;
}

/** Whether a failed attempt of a feed read is one longFailureNote notes (before the account's clock is looked up). */
export function isLongFailure(err: unknown, info: { attempt: number }): boolean {
  return info.attempt >= ATTEMPTS_BEFORE_NOTE && isFeedFailure(err);
}

/**
 * Whether a failed attempt, of any number, is the feed failing to read the bank: not a cancellation, nor a failure
 * the feed handles itself, nor a call the Retry-After hold kept back. Its first one is when the failing began (recordFeedFailing).
 */
export function isFeedFailure(err: unknown): boolean {
  if (err instanceof CancelledFailure) return false;
  if (!(err instanceof ApplicationFailure)) return true;
  // Held by a Retry-After (another feed's 429, maybe another process's): the read waits its turn; Mono refused nothing.
  if (isHeldByRetryAfter(err)) return false;
  const handled = (NON_RETRYABLE_MONO_FAILURES as readonly string[]).includes(err.type ?? '');
  return !err.nonRetryable && !handled;
}
