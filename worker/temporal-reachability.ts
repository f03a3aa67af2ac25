import type { Client } from '@temporalio/client';

/** How often the server is asked, and how long one question may take. */
const PROBE_EVERY_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_500;

export interface TemporalReachability {
  /** Whether the last question reached the server (true before the first answer, when a client exists). */
  reachable(): boolean;
  /** Stops asking; resolves once a question in flight has ended (its retries too), before the connection closes. */
  stop(): Promise<void>;
}

/**
 * Whether the Temporal server answers, asked every few seconds: a client object exists as long as the worker runs,
 * whether its server is up or not, so `GET /health` must ask the server, not look for the client.
 */
export function watchTemporalReachability(
  client: () => Client | null,
  opts: { onChange?: (reachable: boolean) => void } = {},
): TemporalReachability {
  let reachable = true;
  let stopped = false;
  let asking: Promise<void> | null = null;
  const ask = async () => {
    const c = client();
    if (!c || stopped) return;
    let answered: boolean;
    try {
      await c.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => c.workflowService.getSystemInfo({}));
      answered = true;
    } catch {
      answered = false;
    }
    if (stopped) return;
    const changed = answered !== reachable;
    reachable = answered;
    if (changed) opts.onChange?.(answered);
  };
  // one question at a time; a question left in flight would retry on a connection closed meanwhile, and the client's
  // retry timer throws where nobody can catch it
  const askOnce = () => {
    if (asking) return;
    asking = ask().finally(() => {
      asking = null;
    });
  };
  askOnce();
  const timer = setInterval(askOnce, PROBE_EVERY_MS);
  timer.unref();
  return {
    reachable: () => !stopped && client() !== null && reachable,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await asking;
    },
  };
}

/**
 * The console's line when the server stops or starts answering (logged with `notice`, once per change): the worker
 * and the relay keep retrying on their own, so the person is told, not asked to act. Only the address, which
 * carries no secret (an API key or client certificate is configured apart from it).
 */
export function temporalReachabilityNotice(address: string | undefined, reachable: boolean): string {
  const at = address ? `Temporal at ${address}` : 'Temporal';
  return reachable
    ? `${at} answers again`
    : `${at} is not answering; bankfeed keeps retrying (webhooks are still accepted and wait in the outbox)`;
}
