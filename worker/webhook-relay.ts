import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';
import {
  acquireOutboxLease,
  markWebhookEventsHandedOff,
  pendingWebhookEvents,
  recordWebhookRelayFailure,
  releaseOutboxLease,
  type PendingWebhookEvent,
} from '../db/webhook-event-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { FeedEvent } from '../workflows/messages.js';
import { deliverFeedEvent } from './feed-client.js';

export interface WebhookRelayOptions {
  db: Kysely<Database>;
  /** Temporal client; null while Temporal is unreachable (the relay waits and retries). */
  temporal: () => Client | null;
  taskQueue: string;
  logger: Logger;
  feedConfig?: Partial<AccountFeedConfig>;
  /** Events read per round (default 500). */
  batchSize?: number;
  /** Accounts handed off at once within a round (default 32); each account's events go one after another. */
  concurrency?: number;
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
  signalled: number;
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

/** Events an ended (unlinked) feed still takes: a new connection starts it again. */
function forFeed(e: PendingWebhookEvent): FeedEvent | null {
  if (!e.accountId || !e.feedEvent) return null;
  const event = JSON.parse(e.feedEvent) as FeedEvent;
  if (e.accountState === 'UNLINKED' && event.type !== 'account_connected') return null;
  return event;
}

/**
 * An event for an account we have no record of starts its feed only when it is a new link (`account_connected`) or
 * Mono confirms the account; a forged or stale account id must not start a workflow that polls Mono forever.
 */
function needsConfirmation(e: PendingWebhookEvent, event: FeedEvent): boolean {
  return e.accountState === null && event.type !== 'account_connected';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Hands committed webhook events to Temporal: oldest first, each account's events in the order they were committed,
 * many accounts at once. An account whose hand-off fails is backed off (its later events wait behind the failed one);
 * when Temporal is down every hand-off fails and the whole relay backs off, up to 5 s between attempts. Delivery is
 * at least once (a crash between the signal and the mark repeats the signal); the feed drops a repeated event key.
 * One process at a time holds the relay lease, so several workers on one database never reorder an account's events.
 */
export function startWebhookRelay(opts: WebhookRelayOptions): WebhookRelay {
  const batchSize = opts.batchSize ?? 500;
  const concurrency = opts.concurrency ?? 32;
  const pollMs = opts.pollMs ?? 200;
  const leaseMs = opts.leaseMs ?? 15_000;
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const log = opts.logger;
  const stats: WebhookRelayStats = {
    signalled: 0,
    ignored: 0,
    unknownAccount: 0,
    failedAttempts: 0,
    rounds: 0,
    lastLagMs: 0,
    holdsLease: false,
  };
  /** Account → time before which it is not tried again. */
  const backoff = new Map<string, { until: number; ms: number }>();
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

  async function confirmed(accountId: string): Promise<'exists' | 'unknown'> {
    const earlier = confirmations.get(accountId);
    if (earlier && Date.now() - earlier.at < CONFIRMATION_TTL_MS) return earlier.answer;
    const answer = opts.confirmAccount ? await opts.confirmAccount(accountId) : 'unknown';
    // Only "exists" is remembered: an account Mono did not know a moment ago may be one it is still creating, and
    // its next event asks again (webhooks passed the secret check, so this is not a path for forged floods).
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

  /** Hands one account's events off in order; returns how many succeeded (the rest stay pending). */
  async function deliverAccount(client: Client, accountId: string, events: PendingWebhookEvent[]): Promise<void> {
    const signalled: number[] = [];
    const ignored: number[] = [];
    const unknown: number[] = [];
    let failure: string | null = null;
    let i = 0;
    for (; i < events.length; i++) {
      const e = events[i]!;
      const feedEvent = forFeed(e);
      if (!feedEvent) {
        ignored.push(e.id);
        continue;
      }
      try {
        if (needsConfirmation(e, feedEvent) && (await confirmed(accountId)) === 'unknown') {
          unknown.push(e.id);
          continue;
        }
        await deliverFeedEvent(client, opts.taskQueue, accountId, feedEvent, opts.feedConfig);
        signalled.push(e.id);
        // Its feed now runs and will record the account shortly: the events that follow (account_updated right after
        // account_connected) need not ask Mono meanwhile.
        if (e.accountState === null) known(accountId);
      } catch (err) {
        failure = message(err);
        break;
      }
    }
    const now = new Date().toISOString();
    await markWebhookEventsHandedOff(opts.db, signalled, 'signalled', now);
    await markWebhookEventsHandedOff(opts.db, ignored, 'ignored', now);
    await markWebhookEventsHandedOff(opts.db, unknown, 'unknown-account', now);
    stats.signalled += signalled.length;
    stats.ignored += ignored.length;
    stats.unknownAccount += unknown.length;
    const last = events[i - 1];
    if (last) stats.lastLagMs = Date.now() - Date.parse(last.receivedAt);
    if (failure !== null) {
      stats.failedAttempts++;
      await recordWebhookRelayFailure(
        opts.db,
        events.slice(i).map((e) => e.id),
        failure,
      );
      const prev = backoff.get(accountId);
      const ms = Math.min(MAX_BACKOFF_MS, prev ? prev.ms * 2 : 100);
      backoff.set(accountId, { until: Date.now() + ms, ms });
      throw new Error(failure);
    }
    backoff.delete(accountId);
  }

  /** One round; resolves to whether there may be more to do right away. */
  async function round(): Promise<'more' | 'idle' | 'failing'> {
    if (!(await holdLease())) return 'idle';
    const now = Date.now();
    for (const [a, b] of backoff) if (b.until <= now) backoff.delete(a);
    // Past a few hundred backed-off accounts Temporal itself is the problem: the relay as a whole backs off instead.
    const skip = backoff.size <= 500 ? [...backoff.keys()] : [];
    const events = await pendingWebhookEvents(opts.db, { limit: batchSize, skipAccounts: skip });
    if (events.length === 0) return 'idle';
    stats.rounds++;
    const byAccount = new Map<string, PendingWebhookEvent[]>();
    const noAccount: number[] = [];
    for (const e of events) {
      if (!e.accountId) noAccount.push(e.id);
      else if (!backoff.has(e.accountId)) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
    }
    if (noAccount.length) {
      await markWebhookEventsHandedOff(opts.db, noAccount, 'ignored', new Date().toISOString());
      stats.ignored += noAccount.length;
    }
    const client = opts.temporal();
    if (!client) return byAccount.size > 0 ? 'failing' : 'more';
    const queue = [...byAccount];
    let failures = 0;
    let firstError = '';
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          try {
            await deliverAccount(client, next[0], next[1]);
          } catch (err) {
            failures++;
            firstError ||= message(err);
          }
        }
      }),
    );
    if (failures > 0 && failures === byAccount.size) {
      log.warn({ accounts: failures, err: firstError }, 'webhook hand-off to Temporal failed; retrying');
      return 'failing';
    }
    return 'more';
  }

  const running = (async () => {
    let failingMs = 0;
    while (!stopped) {
      let r: 'more' | 'idle' | 'failing';
      try {
        r = await round();
      } catch (err) {
        log.error({ err: message(err) }, 'webhook relay round failed');
        r = 'failing';
      }
      failing = r === 'failing';
      if (r === 'failing') {
        failingMs = Math.min(MAX_BACKOFF_MS, failingMs ? failingMs * 2 : 100);
        await idle(failingMs);
        continue;
      }
      failingMs = 0;
      if (r === 'idle') await idle(pollMs);
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
