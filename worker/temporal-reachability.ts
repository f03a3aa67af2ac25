import type { Client } from '@temporalio/client';

/** How often the server is asked, and how long one question may take. */
const PROBE_EVERY_MS = 2_000;
const PROBE_TIMEOUT_MS = 1_500;

export interface TemporalReachability {
  /** Whether the last question reached the server (true before the first answer, when a client exists). */
  reachable(): boolean;
  stop(): void;
}

/**
 * Whether the Temporal server answers, asked every few seconds: a client object exists as long as the worker runs,
 * whether its server is up or not, so `GET /health` must ask the server, not look for the client.
 */
export function watchTemporalReachability(client: () => Client | null): TemporalReachability {
  let reachable = true;
  let stopped = false;
  let asking = false;
  const ask = async () => {
    const c = client();
    if (!c || asking) return;
    asking = true;
    try {
      await c.connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () => c.workflowService.getSystemInfo({}));
      reachable = true;
    } catch {
      reachable = false;
    } finally {
      asking = false;
    }
  };
  void ask();
  const timer = setInterval(() => void ask(), PROBE_EVERY_MS);
  timer.unref();
  return {
    reachable: () => !stopped && client() !== null && reachable,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
