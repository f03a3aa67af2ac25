import { ApplicationFailure } from '@temporalio/activity';

/**
 * A ledger source's own failures (credentials refused or revoked, books not set up as configured, the vendor still
 * down after the adapter's own retries, a rate limit) are not fixed by Temporal retrying the activity: retried
 * forever they would hold the feed inside its reconciliation step. They end the step at once, non-retryable, with
 * the adapter's message, which the feed shows as its last error; the next sync tries the books again.
 */
export function asLedgerFailure(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('LEDGER_')) {
    const e = err as Error;
    return ApplicationFailure.create({ type: e.name, message: e.message, nonRetryable: true });
  }
  return err;
}
