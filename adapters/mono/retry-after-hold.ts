import type { MonoLogger } from './types.js';

import { RETRY_AFTER_GATE_MAX_MS } from '../../domain/held-call.js';

export { RETRY_AFTER_GATE_MAX_MS };

/** How often a process re-reads the shared hold of a host it is about to call: once a second, not once per call. */
export const SHARED_HOLD_REREAD_MS = 1_000;

/** How long a call waits for that read (or for recording a 429's hold) before it goes on without it. */
export const SHARED_HOLD_READ_WAIT_MS = 250;

/** A Retry-After as other processes see it: the host (no path, no key) and until when, with its own length. */
export interface SharedRetryAfterHold {
  /** Mono's host and port. */
  host: string;
  /** UTC instant, ISO 8601, at the clock of the process that met the 429. */
  until: string;
  /** The hold's length as that process set it (capped), so a reader's clock skew cannot lengthen it. */
  holdMs: number;
  /**
   * On a read, when the store can tell: how long ago it was recorded, by one clock for writer and reader (the
   * database's), so a reader whose clock is behind the writer's does not take up a hold that has ended.
   */
  ageMs?: number;
}

/** Where processes sharing one Mono key leave Retry-After holds for each other (the database: db/). */
export interface RetryAfterHoldStore {
  /** Records the hold; a shorter one than the host's current one changes nothing. */
  record(hold: SharedRetryAfterHold): Promise<void>;
  read(host: string): Promise<SharedRetryAfterHold | undefined>;
}

/**
 * Per Mono host, until when (this process's clock) it is sent nothing: a 429's Retry-After applies to the business's
 * key, not to the one account whose call met it. Process-wide, as the rate limit is: every client of the process
 * shares it (clients bound to one activity's signal, separate clients of one host).
 */
const processGates = new Map<string, number>();

export interface RetryAfterHoldOptions {
  /** Shares holds with the other processes on the same Mono key; without it a hold is this process's alone. */
  store?: RetryAfterHoldStore;
  logger?: MonoLogger;
  now?: () => number;
  /** This process's holds: the process-wide map unless given (a test standing in for a second process). */
  gates?: Map<string, number>;
}

/**
 * The Retry-After hold a Mono client obeys. The in-process gate is the fast path; with a store, the host's shared
 * hold is re-read at most once a second (one read in flight, whatever the number of callers), so 100,000 feeds do not
 * each read the database.
 */
export class RetryAfterHold {
  private readonly gates: Map<string, number>;
  private readonly now: () => number;
  private readonly lastRead = new Map<string, number>();
  private readonly reading = new Map<string, Promise<void>>();
  /** The shared hold (its `until`) last taken per host: a hold is taken once, so re-reading never extends it. */
  private readonly taken = new Map<string, string>();

  constructor(private readonly opts: RetryAfterHoldOptions = {}) {
    this.gates = opts.gates ?? processGates;
    this.now = opts.now ?? Date.now;
  }

  /** Milliseconds `host` is still held for (0: call it). */
  async left(host: string): Promise<number> {
    const local = this.localLeft(host);
    if (local > 0 || !this.opts.store) return local;
    const due = this.now() - (this.lastRead.get(host) ?? -Infinity) >= SHARED_HOLD_REREAD_MS;
    const read = this.reading.get(host) ?? (due ? this.reread(host) : undefined);
    // Waited for a moment from when it began, not by every call: a database slow to answer must not hold the
    // process's bank calls (the read goes on, and a hold it finds holds the calls after it; Mono's own 429 paces this
    // process meanwhile).
    const since = this.now() - (this.lastRead.get(host) ?? this.now());
    if (read && since < SHARED_HOLD_READ_WAIT_MS) await within(read, SHARED_HOLD_READ_WAIT_MS - since);
    return this.localLeft(host);
  }

  /** Holds every call to `host` for Mono's Retry-After (capped), counted from now; a later, longer one extends it. */
  async hold(host: string, retryAfterMs: number): Promise<void> {
    const holdMs = Math.min(retryAfterMs, RETRY_AFTER_GATE_MAX_MS);
    const until = this.now() + holdMs;
    this.extend(host, until);
    const store = this.opts.store;
    if (!store) return;
    const shared = { host, until: new Date(until).toISOString(), holdMs };
    this.taken.set(host, shared.until);
    const recorded = store.record(shared).catch((e: unknown) => {
      // The hold still paces this process; the others meet Mono's 429 themselves.
      this.opts.logger?.warn({ err: errText(e) }, 'could not share a Mono Retry-After hold with the other processes');
    });
    // The 429's answer waits for the record a moment only: a database slow to answer must not hold the call that
    // met it.
    await within(recorded, SHARED_HOLD_READ_WAIT_MS);
  }

  private localLeft(host: string): number {
    const now = this.now();
    const left = (this.gates.get(host) ?? 0) - now;
    // Longer than any hold: the clock was set back while it ran (NTP, a resumed VM). Held a cap's length from now
    // at most, not for as long as the clock went back.
    if (left > RETRY_AFTER_GATE_MAX_MS) {
      this.gates.set(host, now + RETRY_AFTER_GATE_MAX_MS);
      return RETRY_AFTER_GATE_MAX_MS;
    }
    return Math.max(0, left);
  }

  private extend(host: string, until: number): void {
    if (until > (this.gates.get(host) ?? 0)) this.gates.set(host, until);
  }

  private reread(host: string): Promise<void> {
    this.lastRead.set(host, this.now());
    const p = this.takeShared(host).finally(() => this.reading.delete(host));
    this.reading.set(host, p);
    return p;
  }

  private async takeShared(host: string): Promise<void> {
    let shared: SharedRetryAfterHold | undefined;
    try {
      shared = await this.opts.store!.read(host);
    } catch (e) {
      // Mono's own 429 still paces this process: a database hiccup must not stop the feeds.
      this.opts.logger?.warn({ err: errText(e) }, 'could not read the shared Mono Retry-After hold');
      return;
    }
    if (!shared || this.taken.get(host) === shared.until) return;
    this.taken.set(host, shared.until);
    // `until` is the writer's clock: a reader behind it would hold longer, so never more than what is left of the
    // hold's own length by the store's clock (its age), nor the cap, from now, when this process first sees it.
    const now = this.now();
    const left = Math.min(Date.parse(shared.until) - now, shared.holdMs - (shared.ageMs ?? 0), RETRY_AFTER_GATE_MAX_MS);
    if (left > 0) this.extend(host, now + left);
  }
}

/** The hold of clients given none: this process's gate alone. */
export const processRetryAfterHold = new RetryAfterHold();

/** Resolves when `p` settles or after `ms`, whichever is first (the timer never keeps the process alive). */
function within(p: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    p.then(done, done);
  });
}

function errText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
