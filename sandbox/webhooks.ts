/**
 * Webhook delivery as Mono does it: POST JSON {event, event_id, timestamp, data} with the `mono-webhook-secret`
 * header (or an HMAC-SHA512 hex digest of the body under the hmac quirk); anything but 200 is retried with
 * exponential backoff on the sandbox clock, always with the same event_id.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { SandboxClock } from './clock.js';

export interface RetryPolicy {
  baseMs: number;
  factor: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, factor: 2, maxMs: 4 * 3_600_000, maxAttempts: 25 };

export interface WebhookStats {
  sent: number;
  delivered: number;
  failedAttempts: number;
  pending: number;
}

export class WebhookEmitter {
  url: string | null;
  stats: WebhookStats = { sent: 0, delivered: 0, failedAttempts: 0, pending: 0 };
  private inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly clock: SandboxClock,
    private readonly secret: string,
    url: string | null,
    private readonly retry: RetryPolicy,
    private readonly useHmac: () => boolean,
  ) {
    this.url = url;
  }

  /** Queues an event for delivery; returns its event_id. Without a webhook URL nothing is sent. */
  emit(event: string, data: unknown): string {
    const eventId = randomUUID();
    const body = JSON.stringify({
      event,
      event_id: eventId,
      timestamp: new Date(this.clock.now()).toISOString(),
      data,
    });
    if (!this.url || this.closed) return eventId;
    this.stats.sent++;
    this.stats.pending++;
    this.attempt(body, 1);
    return eventId;
  }

  private attempt(body: string, attempt: number): void {
    const url = this.url;
    if (!url || this.closed) {
      this.stats.pending--;
      return;
    }
    const signature = this.useHmac() ? createHmac('sha512', this.secret).update(body).digest('hex') : this.secret;
    const p = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': signature },
      body,
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (res) => {
        await res.arrayBuffer().catch(() => undefined);
        return res.status === 200;
      })
      .catch(() => false)
      .then((ok) => {
        if (this.closed) return;
        if (ok) {
          this.stats.delivered++;
          this.stats.pending--;
          return;
        }
        this.stats.failedAttempts++;
        if (attempt >= this.retry.maxAttempts) {
          this.stats.pending--; // given up, as Mono does after its last attempt
          return;
        }
        const delay = Math.min(this.retry.baseMs * this.retry.factor ** (attempt - 1), this.retry.maxMs);
        this.clock.after(delay, () => this.attempt(body, attempt + 1));
      });
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
  }
}
