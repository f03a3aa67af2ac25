/** The longest a Retry-After holds every call to its host: a bad header must not stop the feeds for hours. */
export const RETRY_AFTER_GATE_MAX_MS = 60_000;

/**
 * From a failed call's detail: how long a call the client's Retry-After hold answered without sending it had to wait
 * (capped as the hold is; 1 s when the detail says not), or null for any other detail (a refusal Mono sent). One
 * reading for the activities, which count such a call as a wait, and the feed workflow, which waits it out.
 */
export function heldWaitMs(detail: unknown): number | null {
  if (typeof detail !== 'object' || detail === null || !('held' in detail) || detail.held !== true) return null;
  const ms = 'retryAfterMs' in detail && typeof detail.retryAfterMs === 'number' ? detail.retryAfterMs : 1_000;
  return Math.min(ms, RETRY_AFTER_GATE_MAX_MS);
}
