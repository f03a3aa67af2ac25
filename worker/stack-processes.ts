import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ReportSink } from '../activities/reconcile-activities.js';
import type { LedgerConfig } from '../adapters/ledger/config.js';
import type { RetryAfterHold } from '../adapters/mono/index.js';
import type { Database } from '../db/schema.js';
import type { RunningSettings } from './running-settings.js';
import type { BankfeedSettings } from './settings.js';

/** What every process of the stack is built from: the same values in `start`, `worker` and stack-needing commands. */
export interface StackContext {
  settings: BankfeedSettings;
  /** What the process runs with, resolved once from the settings (the worker's reconciliation, the web app). */
  running: RunningSettings;
  logger: Logger;
  db: Kysely<Database>;
  /** Ledger sources and bindings (BANKFEED_LEDGER_CONFIG, or the demo books under `start`); null when none. */
  ledger: { config: LedgerConfig; baseDir: string } | null;
  /** The bank's clock (the sandbox's under the demo, the wall clock otherwise). */
  clock: () => Date;
  reportSink: ReportSink;
  temporal: { client: Client; taskQueue: string; uiUrl: string | null };
  /** How `start`/`worker` were asked to run (e.g. `--no-web` gives disabled: ['web']). */
  disabled: readonly string[];
  /** The Mono API the feeds talk to (for the web app's re-authorisation and new-link buttons). */
  mono?: { baseUrl: string; secretKey: string };
  /**
   * The Retry-After hold every Mono client of the process obeys, shared through the database with the other
   * processes on it: the worker's feeds, the web app's buttons and DirectPay, and the Mono data events alike.
   */
  retryAfterHold: RetryAfterHold;
}

/** A running optional process; `stop` is awaited at shutdown, in reverse start order. */
export interface StackProcess {
  name: string;
  /** How `start` names it next to its address, e.g. "Review" (default: the name). */
  label?: string;
  /** Printed by `start` and in the worker's ready line, e.g. the web app's address. */
  url?: string | null;
  stop(): Promise<void>;
}

/** An optional process of the stack (web app, outbox relay, ...). Return null to not run (e.g. not configured). */
export interface OptionalProcess {
  name: string;
  start(ctx: StackContext): Promise<StackProcess | null>;
}

/**
 * THE place where optional processes join the stack: add one entry here (a lazy import keeps the CLI fast). `start`
 * and `worker` both run every entry whose name is not in `disabled` (`--no-<name>`), after the Temporal worker and the
 * webhook receiver, and stop them first at shutdown.
 */
export const optionalProcesses: OptionalProcess[] = [
  { name: 'web', start: async (ctx) => (await import('../web/web-process.js')).startWebProcess(ctx) },
  { name: 'mono-data', start: async (ctx) => (await import('./mono-data-process.js')).startMonoDataProcess(ctx) },
];
