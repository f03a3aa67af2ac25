import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';
import {
  acquireOutboxLease,
  markHandedOffWhileLeased,
  pendingWebhookEvents,
  releaseOutboxLease,
  type PendingWebhookEvent,
  type RelayLinkNote,
  type RelayOutcome,
} from '../db/webhook-event-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { FeedEvent } from '../workflows/messages.js';
import { deliverFeedEvents } from './feed-client.js';

export interface WebhookRelayOptions {
  db: Kysely<Database>;
  /** Temporal client; null while Temporal is unreachable (the relay waits and retries). */
  temporal: () => Client | null;
  taskQueue: string;
  logger: Logger;
  feedConfig?: Partial<AccountFeedConfig>;
  /** Events read per round (default 5,000). */
  batchSize?: number;
  /** Accounts handed off at once within a round (default 64); each account gets one signal per round. */
  concurrency?: number;
  /**
   * Events one signal carries at most (default 250, about 35 KB at worst): an account's further events go with its next
   * hand-off. The server also force-fails a workflow task past 2 MiB of signals buffered behind it.
   */
  maxEventsPerSignal?: number;
  /**
   * An account handed off less than this long ago waits (default 250 ms): under a flood its events gather into one
   * signal every interval instead of one per round, which bounds the signals a feed gets to a few a second.
   */
  accountIntervalMs?: number;
  /** How often an idle relay looks for events committed by another process (default 200 ms). */
  pollMs?: number;
  leaseMs?: number;
  /**
   * Asks Mono whether an account we have no record of exists. Without it, such an account's events start nothing
   * (except `account_connected`, a new link).
   */
  confirmAccount?: AccountConfirmer;
}

/**
 * Whether Mono knows an account: 'exists', or 'unknown' when Mono answered that it does not. Throws when Mono could
 * not be asked (the events then wait and are tried again, like a failed hand-off).
 */
export type AccountConfirmer = (accountId: string) => Promise<'exists' | 'unknown'>;

export interface WebhookRelayStats {
  /** Events handed to feeds. */
  signalled: number;
  /** Signals sent (each carries one account's events of one hand-off). */
  signals: number;
  ignored: number;
  /** Events for accounts neither on record nor known to Mono: recorded, nothing started. */
  unknownAccount: number;
  failedAttempts: number;
  rounds: number;
  /** Receipt-to-hand-off delay of the last event handed off, in ms. */
  lastLagMs: number;
  holdsLease: boolean;
}

export interface WebhookRelay {
  stats: WebhookRelayStats;
  /** Called after a commit in this process: look now rather than at the next poll. */
  wake(): void;
  stop(): Promise<void>;
}

const LEASE_NAME = 'webhook-relay';
const MAX_BACKOFF_MS = 5_000;
/** How long Mono's answer about an account is trusted (the feed records the account soon after it starts). */
const CONFIRMATION_TTL_MS = 5 * 60_000;
const MAX_CONFIRMATIONS_KEPT = 10_000;
/** Accounts left out of the pending-events query at most (past that they are left out after reading). */
const MAX_SKIPPED_IN_QUERY = 1_000;
/** A round that handed nothing off is followed by at least this pause: commits cannot spin the relay. */
const MIN_IDLE_MS = 20;

/** What one account's hand-off decided: event ids per outcome, and the error when it failed. */
interface AccountResult {
  accountId: string;
  decided: Record<RelayOutcome, number[]>;
  /** Receipt time of the newest event signalled. */
  newestSignalledAt: string | null;
  /** When its signal succeeded (the account rests from then). */
  signalledAt: number | null;
  failure: { error: string; ids: number[] } | null;
  /** What its signal changed about the link of an account recorded UNLINKED (written with the round's marks). */
  link: RelayLinkNote | null;
}

/** Whether an event received at `receivedAt` came before `instant` (false when there is none). */
function receivedBefore(receivedAt: string, instant: string | null): boolean {
  return instant !== null && Date.parse(receivedAt) < Date.parse(instant);
}

/**
 * When a connection handed off for an account recorded UNLINKED began its link: the connection's receipt, or just
 * after the unlink on record when the old feed recorded that later (a slow worker): that unlink was the link before's.
 */
function relinkInstant(connectionReceivedAt: string, unlinkedAt: string | null): string {
  const after = unlinkedAt === null ? -Infinity : Date.parse(unlinkedAt) + 1;
  return new Date(Math.max(Date.parse(connectionReceivedAt), after)).toISOString();
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Hands committed webhook events to Temporal: oldest first, many accounts at once, each account's events in commit
 * order as ONE signal per hand-off (a burst of webhooks is one signal and one history event for its feed, not one
 * each). An account handed off moments ago waits its interval, so its events gather. An account whose hand-off fails
 * is backed off and its events stay pending (they go again, still in order, with those that arrived meanwhile); when
 * Temporal is down every hand-off fails and the whole relay backs off, up to 5 s between attempts. Events are marked
 * handed off only after their signal succeeded: delivery is at least once (a crash between the signal and the mark
 * repeats the signal) and the feed drops a repeated event key, within one run of it (a run started anew, after an
 * unlink and a new link, remembers no keys of the run before). One process at a time holds the relay lease: a relay
 * signals only while it holds it (it renews it between accounts, stops taking accounts when it cannot, and bounds
 * each signal by a deadline short of the lease's expiry), so a relay that stalled does not signal after another has
 * taken over. The bound is each process's clock: clocks further apart than a quarter lease can still let an old
 * signal land after the new holder's, out of order.
 */
export function startWebhookRelay(opts: WebhookRelayOptions): WebhookRelay {
  const batchSize = opts.batchSize ?? 5_000;
  const concurrency = opts.concurrency ?? 64;
  const maxPerSignal = opts.maxEventsPerSignal ?? 250;
  const intervalMs = opts.accountIntervalMs ?? 250;
  const pollMs = opts.pollMs ?? 200;
  const leaseMs = opts.leaseMs ?? 15_000;
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const log = opts.logger;
  const stats: WebhookRelayStats = {
    signalled: 0,
    signals: 0,
    ignored: 0,
    unknownAccount: 0,
    failedAttempts: 0,
    rounds: 0,
    lastLagMs: 0,
    holdsLease: false,
  };
  /** Account → time before which it is not tried again. */
  const backoff = new Map<string, { until: number; ms: number }>();
  /** Account → when its last signal went: it rests until `intervalMs` after that. */
  const lastSignal = new Map<string, number>();
  let leaseCheckedAt = 0;
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  let failing = false;
  /** Accounts Mono confirmed (or that a new link announced), and when. */
  const confirmations = new Map<string, { answer: 'exists'; at: number }>();

  function known(accountId: string): void {
    if (confirmations.size >= MAX_CONFIRMATIONS_KEPT) confirmations.clear();
    confirmations.set(accountId, { answer: 'exists', at: Date.now() });
  }

  /**
   * A person linked the unlinked account again after its last unlink, from a widget code (`bankfeed link --code`) or
   * through Mono's widget (a connection this or an earlier relay handed off): the feed that link started takes its
   * events, though the record says UNLINKED until that feed runs. The link is on the account (`relinked_at`), so a
   * relay restarted meanwhile, or another that took the lease, knows it too. It ends when the feed records an unlink
   * after it, or when an unlink of it is handed off before that (the relay clears it).
   */
  function linkedAgainSince(unlinkedAt: string | null, relinkedAt: string | null): boolean {
    return relinkedAt !== null && (unlinkedAt === null || Date.parse(unlinkedAt) < Date.parse(relinkedAt));
  }

  function knownRecently(accountId: string): boolean {
    const earlier = confirmations.get(accountId);
    return !!earlier && Date.now() - earlier.at < CONFIRMATION_TTL_MS;
  }

  async function confirmed(accountId: string): Promise<'exists' | 'unknown'> {
    if (knownRecently(accountId)) return 'exists';
    const answer = opts.confirmAccount ? await opts.confirmAccount(accountId) : 'unknown';
    // Only "exists" is remembered: an account Mono did not know a moment ago may be one it is still creating, and
    // its next hand-off asks again (webhooks passed the secret check, so this is not a path for forged floods).
    if (answer === 'exists') known(accountId);
    if (answer === 'unknown')
      log.info({ accountId }, 'webhook for an account Mono does not know: recorded, nothing started');
    return answer;
  }

  // While Temporal is failing, new commits must not cut the back-off short.
  function wake(): void {
    if (failing) return;
    woken = true;
    wakeUp?.();
  }

  async function idle(ms: number): Promise<void> {
    if (woken) {
      woken = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(t);
        resolve();
      };
    });
    wakeUp = null;
    woken = false;
  }

  /** Until when this relay's signals may run: a quarter lease before the lease it last renewed expires. */
  function signalDeadline(): number {
    return leaseCheckedAt + leaseMs - leaseMs / 4;
  }

  let renewing: Promise<boolean> | null = null;

  /**
   * Between the accounts of a round: renews the lease when it is due (one renewal at a time for all of the round's
   * hand-offs), false when this relay no longer holds it or could not tell. A false stops the round taking accounts;
   * those not taken stay pending, unmarked, for whoever holds the lease.
   */
  async function stillLeased(): Promise<boolean> {
    if (!stats.holdsLease) return false;
    if (Date.now() - leaseCheckedAt < leaseMs / 3) return true;
    renewing ??= holdLease()
      .catch((err: unknown) => {
        log.warn({ err: message(err) }, 'webhook relay could not renew its lease mid-round; the round stops');
        return false;
      })
      .finally(() => (renewing = null));
    return renewing;
  }

  async function holdLease(): Promise<boolean> {
    const now = Date.now();
    // Renewed at a third of its length: a relay that stops renewing loses it within one lease.
    if (stats.holdsLease && now - leaseCheckedAt < leaseMs / 3) return true;
    const held = await acquireOutboxLease(opts.db, {
      name: LEASE_NAME,
      holder,
      now: new Date(now).toISOString(),
      expiresAt: new Date(now + leaseMs).toISOString(),
    });
    if (held !== stats.holdsLease)
      log.info({ holder, held }, held ? 'webhook relay lease taken' : 'webhook relay lease lost');
    stats.holdsLease = held;
    leaseCheckedAt = now;
    return held;
  }

  /**
   * Marks events handed off and notes failed hand-offs and the links the signals changed, renewing the lease in the
   * same transaction, only while this relay still holds it: a relay that stalled past its lease (another took it and
   * hands the same events off) writes nothing. False then: its signals the lease's deadline stopped were no failure of
   * Temporal, only of its lease.
   */
  async function markWhileLeased(
    marks: Array<{ outcome: RelayOutcome; ids: number[] }>,
    at: string,
    failures: Array<{ ids: number[]; error: string }> = [],
    links: RelayLinkNote[] = [],
  ): Promise<boolean> {
    if (marks.every((m) => m.ids.length === 0) && failures.length === 0 && links.length === 0) return true;
    const now = Date.now();
    const held = await markHandedOffWhileLeased(
      opts.db,
      { name: LEASE_NAME, holder, expiresAt: new Date(now + leaseMs).toISOString() },
      marks,
      at,
      failures,
      links,
    );
    if (held) leaseCheckedAt = now;
    else if (stats.holdsLease) {
      // No trouble to warn of, as when a renewal between accounts notices the loss: the new holder has the events.
      log.info({ holder }, 'webhook relay lease lost before marking a round: its events are left to the new holder');
      stats.holdsLease = false;
    }
    return held;
  }

  /**
   * Decides one account's events in commit order and sends those for its feed as one signal. An ended (unlinked)
   * feed takes only a new connection, and the events after it; an account not on record needs a new connection or
   * Mono's word first. Never throws: a failure leaves every event of the account pending.
   */
  async function handOff(client: Client, accountId: string, events: PendingWebhookEvent[]): Promise<AccountResult> {
    const result: AccountResult = {
      accountId,
      decided: { signalled: [], ignored: [], 'unknown-account': [] },
      newestSignalledAt: null,
      signalledAt: null,
      failure: null,
      link: null,
    };
    const toFeed: FeedEvent[] = [];
    const { accountState: state, accountUnlinkedAt: unlinkedAt, accountRelinkedAt: relinkedAt } = events[0]!;
    let live = state !== 'UNLINKED' || linkedAgainSince(unlinkedAt, relinkedAt);
    /** The last link event (connection or unlink) this signal carries. */
    let lastLink: { type: FeedEvent['type']; receivedAt: string } | null = null;
    let admitted = state !== null || knownRecently(accountId);
    let mono: 'exists' | 'unknown' | null = null;
    try {
      const parsed = events.map((e) => (e.feedEvent ? (JSON.parse(e.feedEvent) as FeedEvent) : null));
      // Of all the account's events read, not only those this signal carries: the connection may go in a later one.
      const lastConnection = parsed.findLastIndex((event) => event?.type === 'account_connected');
      for (const [i, e] of events.entries()) {
        if (toFeed.length >= maxPerSignal) break;
        const event = parsed[i]!;
        if (event?.type === 'account_connected') live = admitted = true;
        // An unlink received before the account's current link belongs to the link before: handed on, it would end
        // the feed the new link started (`bankfeed link` starts it directly, so no connection passed through here).
        // So does one a new connection follows in commit order: handed on with it, the feed would take the unlink,
        // end, and let the connection go.
        const stale =
          event?.type === 'account_unlinked' && (receivedBefore(e.receivedAt, relinkedAt) || i < lastConnection);
        if (!event || !live || stale) {
          result.decided.ignored.push(e.id);
          continue;
        }
        // Asked once per hand-off: the answer holds for all of this account's events read together.
        if (!admitted && (mono ??= await confirmed(accountId)) === 'unknown') {
          result.decided['unknown-account'].push(e.id);
          continue;
        }
        admitted = true;
        toFeed.push(event);
        if (event.type === 'account_connected' || event.type === 'account_unlinked')
          lastLink = { type: event.type, receivedAt: e.receivedAt };
        result.decided.signalled.push(e.id);
        result.newestSignalledAt = e.receivedAt;
      }
      if (toFeed.length > 0) {
        // A signal still running when the lease could have passed to another relay fails instead (its events stay
        // pending): a late one could land after the new holder's, e.g. an old unlink after a new link.
        await client.withDeadline(signalDeadline(), () =>
          deliverFeedEvents(client, opts.taskQueue, accountId, toFeed, opts.feedConfig),
        );
        result.signalledAt = Date.now();
        // Its feed now runs and records the account shortly: its next events need not ask Mono meanwhile.
        if (state === null) known(accountId);
        // The last link event handed off decides whether the account's next events go to a (re)started feed while
        // its record says UNLINKED; recorded on the account with the marks, it holds across relay restarts.
        if (state === 'UNLINKED' && lastLink?.type === 'account_connected')
          result.link = { accountId, relinkedAt: relinkInstant(lastLink.receivedAt, unlinkedAt) };
        else if (state === 'UNLINKED' && lastLink?.type === 'account_unlinked' && relinkedAt !== null)
          result.link = { accountId, relinkEnded: relinkedAt };
      }
    } catch (err) {
      // Nothing is marked: the account's events are decided again, in order, at its next hand-off.
      result.failure = { error: message(err), ids: events.map((e) => e.id) };
      result.decided = { signalled: [], ignored: [], 'unknown-account': [] };
      result.link = null;
    }
    return result;
  }

  /** One round; says whether to look again at once, or how long to rest first. */
  async function round(): Promise<{ next: 'more' } | { next: 'idle'; ms: number } | { next: 'failing' }> {
    if (!(await holdLease())) return { next: 'idle', ms: pollMs };
    const now = Date.now();
    for (const [a, b] of backoff) if (b.until <= now) backoff.delete(a);
    for (const [a, t] of lastSignal) if (now - t >= intervalMs) lastSignal.delete(a);
    const waiting = (a: string) => backoff.has(a) || lastSignal.has(a);
    // Past a few hundred backed-off accounts Temporal itself is the problem: the relay as a whole backs off instead.
    const skip = [...(backoff.size <= 500 ? backoff.keys() : []), ...lastSignal.keys()].slice(0, MAX_SKIPPED_IN_QUERY);
    // The soonest a resting account may go again (a pending event of one waits at most that long).
    const restMs = () => {
      let soonest = pollMs;
      for (const t of lastSignal.values()) soonest = Math.min(soonest, t + intervalMs - Date.now());
      return Math.max(0, soonest);
    };
    const events = await pendingWebhookEvents(opts.db, { limit: batchSize, skipAccounts: skip });
    if (events.length === 0) return { next: 'idle', ms: restMs() };
    stats.rounds++;
    const byAccount = new Map<string, PendingWebhookEvent[]>();
    const noAccount: number[] = [];
    for (const e of events) {
      if (!e.accountId) noAccount.push(e.id);
      else if (!waiting(e.accountId)) {
        const list = byAccount.get(e.accountId);
        if (list) list.push(e);
        else byAccount.set(e.accountId, [e]);
      }
    }
    if (noAccount.length) {
      if (!(await markWhileLeased([{ outcome: 'ignored', ids: noAccount }], new Date().toISOString())))
        return { next: 'idle', ms: pollMs };
      stats.ignored += noAccount.length;
    }
    if (byAccount.size === 0) return noAccount.length ? { next: 'more' } : { next: 'idle', ms: restMs() };
    const client = opts.temporal();
    if (!client) return { next: 'failing' };
    const queue = [...byAccount];
    const results: AccountResult[] = [];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        // Only while the lease holds: a round that outlasts it leaves the accounts it has not taken pending.
        while (queue.length > 0 && (await stillLeased())) {
          const next = queue.shift();
          if (next) results.push(await handOff(client, next[0], next[1]));
        }
      }),
    );
    // Marked once per round, after the signals, in one transaction with the lease: few write transactions beside the
    // receiver's commits, and none by a relay that has lost the lease meanwhile. Its failures go in the same
    // transaction: a relay that lost its lease mid-round (its late signals failed at their deadline) notes no failed
    // attempt on the new holder's events, backs off from nothing and does not report Temporal as failing.
    const decided = (outcome: RelayOutcome) => ({ outcome, ids: results.flatMap((r) => r.decided[outcome]) });
    const marks = [decided('signalled'), decided('ignored'), decided('unknown-account')];
    const failed = results.flatMap((r) => (r.failure ? [r.failure] : []));
    const links = results.flatMap((r) => (r.link ? [r.link] : []));
    if (!(await markWhileLeased(marks, new Date().toISOString(), failed, links))) return { next: 'idle', ms: pollMs };
    const done = Date.now();
    let failures = 0;
    let firstError = '';
    for (const r of results) {
      stats.signalled += r.decided.signalled.length;
      stats.ignored += r.decided.ignored.length;
      stats.unknownAccount += r.decided['unknown-account'].length;
      if (r.newestSignalledAt) stats.lastLagMs = done - Date.parse(r.newestSignalledAt);
      if (r.failure) {
        failures++;
        firstError ||= r.failure.error;
        stats.failedAttempts++;
        const prev = backoff.get(r.accountId);
        const ms = Math.min(MAX_BACKOFF_MS, prev ? prev.ms * 2 : 100);
        backoff.set(r.accountId, { until: done + ms, ms });
        continue;
      }
      backoff.delete(r.accountId);
      if (r.signalledAt !== null) {
        stats.signals++;
        lastSignal.set(r.accountId, r.signalledAt);
      }
    }
    if (failures > 0 && failures === results.length) {
      log.warn({ accounts: failures, err: firstError }, 'webhook hand-off to Temporal failed; retrying');
      return { next: 'failing' };
    }
    return { next: 'more' };
  }

  const running = (async () => {
    let failingMs = 0;
    while (!stopped) {
      let r: Awaited<ReturnType<typeof round>>;
      try {
        r = await round();
      } catch (err) {
        log.error({ err: message(err) }, 'webhook relay round failed');
        r = { next: 'failing' };
      }
      failing = r.next === 'failing';
      if (r.next === 'failing') {
        failingMs = Math.min(MAX_BACKOFF_MS, failingMs ? failingMs * 2 : 100);
        await idle(failingMs);
        continue;
      }
      failingMs = 0;
      if (r.next === 'idle') {
        // A commit wakes the relay, but not more often than every MIN_IDLE_MS while there is nothing to hand off.
        await new Promise((resolve) => setTimeout(resolve, Math.min(MIN_IDLE_MS, r.ms)));
        if (!stopped) await idle(Math.max(0, r.ms - MIN_IDLE_MS));
      }
    }
  })();

  return {
    stats,
    wake,
    async stop() {
      stopped = true;
      failing = false;
      wakeUp?.();
      await running;
      if (stats.holdsLease) await releaseOutboxLease(opts.db, LEASE_NAME, holder).catch(() => undefined);
      stats.holdsLease = false;
    },
  };
}
