import { ApplicationFailure } from '@temporalio/common';
import { heldWaitMs } from '../domain/held-call.js';
import { MonoError } from '../adapters/mono/index.js';

/** Failure types the feed workflow handles itself; Temporal must not retry them. */
export const NON_RETRYABLE_MONO_FAILURES = [
  'MonoInvalidKey',
  'MonoNotFound',
  'ReauthRequired',
  'MonoBadRequest',
  'MonoPaymentRequired',
] as const;

/**
 * Turns a Mono client error into the Temporal failure with the right retry behaviour: the workflow handles invalid
 * keys, unlinked accounts and re-authorisation; rate limits retry after Mono's Retry-After; outages, timeouts and
 * truncated bodies retry with the activity's backoff. Messages never carry secrets (the client guarantees it).
 */
export function toTemporalFailure(err: unknown): unknown {
  if (!(err instanceof MonoError)) return err;
  const details = [{ kind: err.kind, status: err.status ?? null, endpoint: err.endpoint }];
  switch (err.kind) {
    case 'invalid_key':
      return ApplicationFailure.create({ type: 'MonoInvalidKey', message: err.message, nonRetryable: true, details });
    case 'not_found':
      return ApplicationFailure.create({ type: 'MonoNotFound', message: err.message, nonRetryable: true, details });
    case 'reauth_required':
      return ApplicationFailure.create({ type: 'ReauthRequired', message: err.message, nonRetryable: true, details });
    case 'bad_request':
      return ApplicationFailure.create({ type: 'MonoBadRequest', message: err.message, nonRetryable: true, details });
    case 'payment_required':
      return ApplicationFailure.create({
        type: 'MonoPaymentRequired',
        message: err.message,
        nonRetryable: true,
        details,
      });
    case 'rate_limited':
      return ApplicationFailure.create({
        type: 'MonoRateLimited',
        message: err.message,
        // `held`: the client's Retry-After hold answered, nothing was sent (isFeedFailure, the feed's refresh)
        details: err.held ? [{ ...details[0], held: true, retryAfterMs: err.retryAfterMs ?? null }] : details,
        ...(err.retryAfterMs !== undefined
          ? { nextRetryDelay: err.held ? spreadAfter(err.retryAfterMs) : err.retryAfterMs }
          : {}),
      });
    default:
      return ApplicationFailure.create({ type: `Mono_${err.kind}`, message: err.message, details });
  }
}

/** The longest a held call's retry is put off past the hold's end, to spread the calls it kept back. */
const HELD_RETRY_SPREAD_MAX_MS = 10_000;

/**
 * When a call the hold kept back is tried again: after the hold's end (never before: Mono said when), at a random
 * point within a quarter of its length (at most 10 s). Every call kept back by one hold, in every process sharing it,
 * would otherwise come due at its last millisecond together: a burst that meets Mono's limit again.
 */
function spreadAfter(leftMs: number): number {
  return leftMs + Math.floor(Math.random() * Math.min(leftMs / 4, HELD_RETRY_SPREAD_MAX_MS));
}

/** Whether a failure is a call the client's Retry-After hold answered without sending it: a wait, not a refusal. */
export function isHeldByRetryAfter(err: unknown): boolean {
  return err instanceof ApplicationFailure && heldWaitMs(err.details?.[0]) !== null;
}

/**
 * The failure a bank call answers, without calling, for an account Mono has already said needs re-authorisation (the
 * answer on record since `at`): the same type as Mono's own answer, so the feed handles both alike.
 */
export function reauthOnRecordFailure(at: string): ApplicationFailure {
  return ApplicationFailure.create({
    type: 'ReauthRequired',
    message: `Mono said at ${at} that this account needs re-authorisation; no bank call until it is re-authorised`,
    nonRetryable: true,
    details: [{ kind: 'reauth_required', status: null, endpoint: null, onRecordSince: at }],
  });
}

export async function mapMonoErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toTemporalFailure(e);
  }
}
