import type { AccountRow } from '../db/schema.js';
import { clockText } from '../domain/dates.js';

type AccountFacts = Pick<
  AccountRow,
  'name' | 'state' | 'timezone' | 'last_error' | 'feed_failing_since' | 'bank_reauth_required_at' | 'reauth_required_at'
>;

/** What is wrong with an account's feed, for a person who asks it to sync (the web's "Sync now", `bankfeed sync`). */
export interface FeedTrouble {
  /** `reauth`: the bank waits for the holder and a sync fetches nothing; `failing`: reads fail and the feed retries. */
  kind: 'reauth' | 'failing';
  /** When it began, at the account's clock; null when the record does not say. */
  since: string | null;
  /** What is wrong and since when, in a sentence. */
  what: string;
  /** The feed's error as recorded (failing only), for the person to read; null when none. */
  reason: string | null;
  /** What to do about it, or that it needs nothing from them. */
  todo: string;
}

/**
 * Whether the account's feed is in trouble a sync cannot fix by itself, and what to tell the person who asked for one:
 * a bank that asked for re-authorisation (no bank call is made until the holder signs in again), or reads that keep
 * failing (an outage, a refused answer: the feed retries by itself, and the sync asked for waits behind it). Null when
 * the feed is well or has ended (unlinked).
 */
export function feedTrouble(a: AccountFacts): FeedTrouble | null {
  if (a.state === 'UNLINKED') return null;
  const at = (iso: string | null | undefined) => (iso ? clockText(iso, a.timezone) : null);
  if (a.state === 'REAUTH_REQUIRED' || a.bank_reauth_required_at) {
    const since = at(a.bank_reauth_required_at ?? a.reauth_required_at);
    return {
      kind: 'reauth',
      since,
      what: `${a.name}'s bank has asked the holder to sign in again${since ? ` (since ${since})` : ''}: a sync fetches nothing until they re-authorise.`,
      reason: null,
      todo: 'Send them the re-authorisation link; the feed catches up by itself once they have signed in.',
    };
  }
  if (!a.last_error) return null;
  const since = at(a.feed_failing_since);
  return {
    kind: 'failing',
    since,
    what: `${a.name}'s feed is failing${since ? ` and has been since ${since}` : ''}: it has not been able to read the bank.`,
    reason: a.last_error,
    todo: 'bankfeed retries by itself and syncs once the bank answers; new lines appear then. If it goes on for long, tell whoever runs bankfeed.',
  };
}
