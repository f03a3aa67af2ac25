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
}

export interface WebhookRelayStats {
  signalled: number;
  ignored: number;
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

/** Events an ended (unlinked) feed still takes: a new connection starts it again. */
function forFeed(e: PendingWebhookEvent): FeedEvent | null {
  if (!e.accountId || !e.feedEvent) return null;
  const event = JSON.parse(e.feedEvent) as FeedEvent;
  if (e.accountState === 'UNLINKED' && event.type !== 'account_connected') return null;
  return event;
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
        await deliverFeedEvent(client, opts.taskQueue, accountId, feedEvent, opts.feedConfig);
        signalled.push(e.id);
      } catch (err) {
        failure = message(err);
        break;
      }
    }
    const now = new Date().toISOString();
    await markWebhookEventsHandedOff(opts.db, signalled, 'signalled', now);
    await markWebhookEventsHandedOff(opts.db, ignored, 'ignored', now);
    stats.signalled += signalled.length;
    stats.ignored += ignored.length;
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
