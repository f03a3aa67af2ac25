import type { AccountRow } from '../db/schema.js';
import { clockText } from '../domain/dates.js';

type AccountFacts = Pick<
  AccountRow,
  | 'id'
  | 'name'
  | 'account_number_masked'
  | 'state'
  | 'timezone'
  | 'last_error'
  | 'feed_failing_since'
  | 'bank_reauth_required_at'
  | 'reauth_required_at'
  | 'unlink_set_aside'
  | 'unlink_set_aside_at'
> & { alias?: string | null };

/** What is wrong with an account's feed, for a person who asks it to sync (the web's "Sync now", `bankfeed sync`). */
export interface FeedTrouble {
  /**
   * `reauth`: the bank waits for the holder and a sync fetches nothing; `failing`: reads fail and the feed retries;
   * `unlink`: Mono reported the account unlinked and the feed set that aside (it could not confirm it with Mono, or
   * Mono then knew the account): the feed goes on.
   */
  kind: 'reauth' | 'failing' | 'unlink';
  /** The trouble in a few words, after the feed's state in the accounts list ("Active · failing"). */
  short: string;
  /** When it began, at the account's clock; null when the record does not say. */
  since: string | null;
  /** What is wrong and since when, in a sentence. */
  what: string;
  /** The feed's error or note as recorded (not for reauth), for the person to read; null when none. */
  reason: string | null;
  /** What `reason` is, to put before it: "The feed's last error", "What the feed recorded". */
  reasonLabel: string;
  /** What to do about it, or that it needs nothing from them. */
  todo: string;
}

/**
 * Whether the account's feed is in trouble a sync cannot fix by itself, and what to tell the person who asked for one:
 * a bank that asked for re-authorisation (no bank call is made until the holder signs in again), or reads that keep
 * failing (an outage, a refused answer: the feed retries by itself, and the sync asked for waits behind it), or an
 * unlink Mono reported that the feed set aside (setAsideUnlink: an `account_unlinked` webhook on the record in its own
 * column until it is settled, whatever the feed's reads do; a not-found answer as the feed's last error, but no
 * failing read). The unlink comes before a failing read: it waits for a person's decision, the outage does not. Null
 * when the feed is well or has ended (unlinked).
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
      short: 'needs re-authorisation',
      reason: null,
      reasonLabel: "The feed's last error",
      todo: 'Send them the re-authorisation link; the feed catches up by itself once they have signed in.',
    };
  }
  const recorded = a.unlink_set_aside ? setAsideUnlink(a, a.unlink_set_aside, at(a.unlink_set_aside_at)) : null;
  if (recorded) return recorded;
  if (!a.last_error) return null;
  const unlink = setAsideUnlink(a, a.last_error, null);
  if (unlink) return unlink;
  const since = at(a.feed_failing_since);
  return {
    kind: 'failing',
    since,
    short: 'failing',
    reasonLabel: "The feed's last error",
    what: `${a.name}'s feed is failing${since ? ` and has been since ${since}` : ''}: it has not been able to read the bank.`,
    reason: a.last_error,
    todo: 'bankfeed retries by itself and syncs once the bank answers; new lines appear then. If it goes on for long, tell whoever runs bankfeed.',
  };
}

/**
 * The notes the feed records on the account when it sets aside an unlink Mono reported, by their fixed words
 * (workflows/feed-steps.ts, unlinkStands and notFoundStands; test/web/sync-set-aside-unlink.test.ts holds the two to
 * the same words): an account_unlinked webhook (unlink_set_aside; last_error in feeds from before
 * record-set-aside-unlink) or a not-found answer to a bank call (last_error) that Mono could not be asked to confirm,
 * or a not-found answer Mono contradicted when asked.
 */
const UNCONFIRMED_WEBHOOK = /^an account_unlinked webhook was set aside: Mono could not be asked whether the account/;
const UNCONFIRMED_NOT_FOUND =
  /^Mono answered a bank call not found \(.*\) and could not be asked whether the account is still linked/s;
const CONTRADICTED_NOT_FOUND = /^Mono answered a bank call not found \(.*\) but still knows the account/s;

/** How a command names the account: its alias, else its last four digits, else its id (as the CLI's tables do). */
function commandName(a: AccountFacts): string {
  const lastFour = a.account_number_masked?.replace(/\D/g, '').slice(-4);
  return a.alias ?? (lastFour && lastFour.length === 4 ? lastFour : a.id);
}

/**
 * An unlink the feed set aside, for the person who asks for a sync: not a failing feed (its reads may be fine), but
 * Mono's word that the account is unlinked, waiting to be confirmed, and what they can do about it. `since` is when
 * the feed set it aside (unlink_set_aside_at): a note from that column is an unconfirmed webhook, whatever its words.
 */
function setAsideUnlink(a: AccountFacts, note: string, since: string | null): FeedTrouble | null {
  const onRecord = a.unlink_set_aside === note;
  const heard =
    UNCONFIRMED_WEBHOOK.test(note) || onRecord
      ? `Mono reported ${a.name}'s account unlinked (an account_unlinked notice)`
      : UNCONFIRMED_NOT_FOUND.test(note)
        ? `Mono answered a bank call for ${a.name} "not found", as it does for an account unlinked at Mono,`
        : null;
  const relinkOrConfirm = `link the account again to keep its feed (Link a new account on the accounts page, or the command bankfeed link), or confirm the unlink to end the feed (the command bankfeed unlink ${commandName(a)}; its data is kept)`;
  if (heard)
    return {
      kind: 'unlink',
      since,
      short: 'unlink to confirm',
      what: `${heard} and could not be asked to confirm it: the unlink waits to be confirmed, and the feed goes on meanwhile.`,
      reason: note,
      reasonLabel: 'What the feed recorded',
      todo: `If the holder did unlink it at Mono, ${relinkOrConfirm}. If not, nothing: the feed asks Mono again at its next bank call.`,
    };
  if (!CONTRADICTED_NOT_FOUND.test(note)) return null;
  return {
    kind: 'unlink',
    since: null,
    short: 'Mono said not found',
    what: `Mono answered a bank call for ${a.name} "not found", as it does for an account unlinked at Mono, but still knew the account when asked: the answer was set aside and the feed goes on.`,
    reason: note,
    reasonLabel: 'What the feed recorded',
    todo: `Nothing, unless it keeps happening: if the holder did unlink the account at Mono, ${relinkOrConfirm}.`,
  };
}
