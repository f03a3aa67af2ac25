import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { isMonoError } from '../adapters/mono/index.js';
import { dueMonoDataEvents, recordMonoDataOutcome, type MonoDataEvent } from '../db/mono-data-event-repository.js';
import type { Database } from '../db/schema.js';

/** A handler's answer: what became of the event (stored as its outcome). Throwing schedules another attempt. */
export type MonoDataHandler = (e: MonoDataEvent, body: Record<string, unknown>) => Promise<string>;

/** A failure that another attempt cannot fix (bad payload): recorded as the outcome, never retried. */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentEventError';
  }
}

export interface MonoDataProcessorOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** Event name → handler. */
  handlers: Record<string, MonoDataHandler>;
  pollMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  clock?: () => Date;
}

export interface MonoDataProcessor {
  /** One pass over the due events; resolves to how many were looked at. */
  runOnce(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
  stats: { handled: number; retried: number; failed: number };
}

const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Reads the webhook outbox for the events the account feeds do not act on (income results, DirectPay payments,
 * new connections for identity) and hands each to its handler, at least once, in receipt order. A handler that
 * throws is retried with backoff (Mono verify down, account not yet on record); a PermanentEventError, or too many
 * attempts, settles the event with the reason. Several processes may run it: every handler is idempotent.
 */
export function startMonoDataProcessor(opts: MonoDataProcessorOptions): MonoDataProcessor {
  const pollMs = opts.pollMs ?? 500;
  const batchSize = opts.batchSize ?? 100;
  const maxAttempts = opts.maxAttempts ?? 20;
  const clock = opts.clock ?? (() => new Date());
  const events = Object.keys(opts.handlers);
  const stats = { handled: 0, retried: 0, failed: 0 };
  let stopped = false;
  let wakeUp: (() => void) | null = null;

  async function handleOne(e: MonoDataEvent): Promise<void> {
    const handler = opts.handlers[e.event]!;
    const attempts = e.attempts + 1;
    const at = clock();
    try {
      const parsed = JSON.parse(e.body) as unknown;
      if (typeof parsed !== 'object' || parsed === null) throw new PermanentEventError('body is not a JSON object');
      const outcome = await handler(e, parsed as Record<string, unknown>);
      await recordMonoDataOutcome(opts.db, {
        id: e.id,
        outcome,
        detail: null,
        attempts,
        nextAttemptAt: null,
        now: at.toISOString(),
      });
      stats.handled++;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const permanent =
        err instanceof PermanentEventError || (isMonoError(err) && !err.retryable) || attempts >= maxAttempts;
      if (permanent) {
        stats.failed++;
        opts.logger.warn({ webhookEventId: e.id, event: e.event, attempts }, 'mono data event settled as failed');
        await recordMonoDataOutcome(opts.db, {
          id: e.id,
          outcome: 'failed',
          detail: reason,
          attempts,
          nextAttemptAt: null,
          now: at.toISOString(),
        });
        return;
      }
      stats.retried++;
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** (attempts - 1));
      await recordMonoDataOutcome(opts.db, {
        id: e.id,
        outcome: null,
        detail: reason,
        attempts,
        nextAttemptAt: new Date(Date.now() + delay).toISOString(),
        now: at.toISOString(),
      });
    }
  }

  async function runOnce(): Promise<number> {
    // Retry times are wall-clock (how long to leave Mono alone), not the bank's clock.
    const due = await dueMonoDataEvents(opts.db, { events, now: new Date().toISOString(), limit: batchSize });
    for (const e of due) await handleOne(e);
    return due.length;
  }

  const running = (async () => {
    while (!stopped) {
      let n = 0;
      try {
        n = await runOnce();
      } catch (err) {
        opts.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'mono data pass failed');
      }
      if (n > 0 || stopped) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, pollMs);
        wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();

  return {
    runOnce,
    stats,
    wake: () => wakeUp?.(),
    async stop() {
      stopped = true;
      wakeUp?.();
      await running;
    },
  };
}
