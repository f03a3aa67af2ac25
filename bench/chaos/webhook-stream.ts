import { randomUUID } from 'node:crypto';
import type { Rng } from '../../sandbox/prng.js';

export interface StreamOptions {
  url: string;
  secret: string;
  rng: Rng;
  /** Accounts an event may name (live ones; the caller decides). */
  accounts: () => string[];
  eventsPerSecond: number;
  burstEveryMs: number;
  burstSize: number;
  duplicateProbability: number;
  wrongSecretProbability: number;
  malformedProbability: number;
}

export interface StreamStats {
  requests: number;
  validEvents: number;
  duplicatesSent: number;
  wrongSecretSent: number;
  malformedSent: number;
  bursts: number;
  /** Valid events acknowledged with 200 (each counted once, however many deliveries it took). */
  accepted: number;
  /** Deliveries of valid events answered non-200 (503, busy, receiver down): they are retried, as Mono does. */
  refusedThenRetried: number;
  refusedWhileTemporalDown: number;
  /** Hostile requests refused with 4xx or a closed connection. */
  rejected: number;
  /** Hostile requests answered 200: must stay zero. */
  wronglyAccepted: number;
}

interface ValidEvent {
  key: string;
  body: string;
  acked: boolean;
}

const RETRY = { baseMs: 500, factor: 2, maxMs: 8_000 };

/**
 * The webhook stream of the chaos run: valid account_updated events (retried until acknowledged), duplicate
 * re-deliveries, wrong secrets, malformed bodies and bursts, all against the receiver of the worker under test.
 */
export class WebhookStream {
  readonly stats: StreamStats = {
    requests: 0,
    validEvents: 0,
    duplicatesSent: 0,
    wrongSecretSent: 0,
    malformedSent: 0,
    bursts: 0,
    accepted: 0,
    refusedThenRetried: 0,
    refusedWhileTemporalDown: 0,
    rejected: 0,
    wronglyAccepted: 0,
  };
  readonly events: ValidEvent[] = [];
  readonly hostileKeys = new Set<string>();
  temporalDown = false;
  private inFlight = new Set<Promise<unknown>>();
  private timers: NodeJS.Timeout[] = [];
  private stopped = false;
  private halted = false;

  constructor(private readonly o: StreamOptions) {}

  start(): void {
    const tick = Math.max(20, Math.round(1000 / this.o.eventsPerSecond));
    this.timers.push(setInterval(() => this.one(), tick));
    if (this.o.burstEveryMs > 0) this.timers.push(setInterval(() => this.burst(), this.o.burstEveryMs));
  }

  /** Stops generating; deliveries of valid events still retrying carry on until drain(). */
  stopGenerating(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
  }

  /** Waits until every valid event is acknowledged or the deadline passes; returns the unacknowledged ones. */
  async drain(deadline: number): Promise<ValidEvent[]> {
    while (this.inFlight.size > 0 && Date.now() < deadline)
      await Promise.race([...this.inFlight, new Promise((r) => setTimeout(r, 500))]);
    this.stopped = true;
    this.halted = true;
    return this.events.filter((e) => !e.acked);
  }

  burst(): void {
    if (this.stopped) return;
    this.stats.bursts++;
    for (let i = 0; i < this.o.burstSize; i++) this.one();
  }

  private one(): void {
    if (this.stopped) return;
    const { rng } = this.o;
    const acked = this.events.filter((e) => e.acked);
    const r = rng.next();
    let p = this.o.duplicateProbability;
    if (r < p && acked.length > 0) {
      this.stats.duplicatesSent++;
      this.track(this.post(rng.pick(acked).body, this.o.secret).then((s) => this.afterDuplicate(s)));
      return;
    }
    p += this.o.wrongSecretProbability;
    if (r < p) {
      this.stats.wrongSecretSent++;
      const ev = this.makeEvent();
      this.hostileKeys.add(ev.key);
      const wrong = rng.pick([
        this.o.secret.slice(0, -1),
        `${this.o.secret}x`,
        '',
        'x'.repeat(this.o.secret.length),
        this.o.secret.toUpperCase(),
      ]);
      this.track(this.post(ev.body, wrong).then((s) => this.afterHostile(s)));
      return;
    }
    p += this.o.malformedProbability;
    if (r < p) {
      this.stats.malformedSent++;
      const ev = this.makeEvent();
      this.hostileKeys.add(ev.key);
      const bad = rng.pick([
        ev.body.slice(0, Math.floor(ev.body.length / 2)),
        ev.body.replace('"event"', '"evnt"'),
        `[${ev.body}]`,
        ev.body.replace(/"data":\{/, '"data":["'),
      ]);
      this.track(this.post(bad, this.o.secret).then((s) => this.afterHostile(s)));
      return;
    }
    const ev = this.makeEvent();
    if (!ev.key) return;
    this.events.push(ev);
    this.stats.validEvents++;
    this.track(this.deliver(ev, 1));
    // A second copy at once: two deliveries of one event racing each other.
    if (rng.chance(this.o.duplicateProbability / 3)) {
      this.stats.duplicatesSent++;
      this.track(this.deliver(ev, 1));
    }
  }

  private makeEvent(): ValidEvent {
    const accounts = this.o.accounts();
    const key = randomUUID();
    if (accounts.length === 0) return { key: '', body: '', acked: false };
    const body = JSON.stringify({
      event: 'mono.events.account_updated',
      event_id: key,
      timestamp: new Date().toISOString(),
      data: {
        account: { _id: this.o.rng.pick(accounts) },
        meta: { data_status: 'AVAILABLE', auth_method: 'internet_banking', has_new_data: true },
      },
    });
    return { key, body, acked: false };
  }

  private async deliver(ev: ValidEvent, attempt: number): Promise<void> {
    for (let a = attempt; ; a++) {
      if (ev.acked || this.halted) return;
      const downAtSend = this.temporalDown;
      const status = await this.post(ev.body, this.o.secret);
      if (status === 200) {
        if (!ev.acked) this.stats.accepted++;
        ev.acked = true;
        return;
      }
      this.stats.refusedThenRetried++;
      if (downAtSend) this.stats.refusedWhileTemporalDown++;
      await new Promise((r) => setTimeout(r, Math.min(RETRY.baseMs * RETRY.factor ** (a - 1), RETRY.maxMs)));
    }
  }

  private afterDuplicate(_status: number | null): void {
    // A duplicate's answer does not matter to the sender: the first delivery already counted.
  }

  private afterHostile(status: number | null): void {
    if (status === 200) this.stats.wronglyAccepted++;
    else this.stats.rejected++;
  }

  private async post(body: string, secret: string): Promise<number | null> {
    this.stats.requests++;
    try {
      const res = await fetch(this.o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { 'mono-webhook-secret': secret } : {}) },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch {
      return null;
    }
  }

  private track(p: Promise<unknown>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }
}
