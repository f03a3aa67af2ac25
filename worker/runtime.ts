import { join } from 'node:path';
import { DefaultLogger, makeTelemetryFilterString, Runtime, type LogEntry } from '@temporalio/worker';
import type { Logger } from 'pino';
import { ApplicationFailure } from '@temporalio/common';
import { isHeldByRetryAfter } from '../activities/mono-failures.js';
import { heldWaitMs } from '../domain/held-call.js';
import { temporalSettings, type TemporalSettings } from '../temporal.config.js';
import { openDb, type DbHandle } from '../db/connection.js';
import { startDevServer, type DevServer } from './temporal-dev-server.js';
import type { TemporalEndpoint } from './temporal-connection.js';
import type { BankfeedSettings } from './settings.js';

export interface TemporalRuntime {
  endpoint: TemporalEndpoint;
  taskQueue: string;
  uiUrl: string | null;
  server: DevServer | null;
  stop(): Promise<void>;
}

/** Connects to the configured cluster, or starts the embedded dev server persisted under the data directory. */
export async function startTemporal(
  settings: BankfeedSettings,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TemporalRuntime> {
  const t: TemporalSettings = temporalSettings(env);
  if (t.mode === 'external') {
    logger.info({ address: t.address, namespace: t.namespace }, 'using the configured Temporal cluster');
    return {
      endpoint: {
        address: t.address!,
        addressFrom: 'TEMPORAL_ADDRESS',
        namespace: t.namespace,
        ...(t.apiKey ? { apiKey: t.apiKey } : {}),
        ...(t.tls ? { tls: t.tls } : {}),
      },
      taskQueue: t.taskQueue,
      uiUrl: null,
      server: null,
      stop: async () => undefined,
    };
  }
  const server = await startDevServer({
    cliPath: t.cliPath,
    dir: join(settings.dataDir, 'temporal'),
    persist: true,
    namespace: t.namespace,
    readyTimeoutMs: t.readyTimeoutMs,
  });
  logger.info({ address: server.address, ui: server.uiUrl }, 'embedded Temporal dev server ready');
  return {
    endpoint: { address: server.address, namespace: t.namespace },
    taskQueue: t.taskQueue,
    uiUrl: server.uiUrl,
    server,
    stop: () => server.stop(),
  };
}

export async function openConfiguredDb(settings: BankfeedSettings, logger: Logger): Promise<DbHandle> {
  const db = await openDb({ url: settings.databaseUrl });
  logger.info({ database: db.location, dialect: db.dialect }, 'database ready');
  return db;
}

/** The Temporal SDK's log levels in pino's words. */
const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** Until when the console last said Mono's Retry-After hold keeps calls back (ms since the epoch). */
let holdSaidUntil = 0;

/**
 * The one console line for a Retry-After hold, or undefined while the hold already said so is still on: every call it
 * keeps back (one per waiting account and activity) ends its attempt, and each is a wait, not a failure (README).
 */
function holdNotice(err: ApplicationFailure): string | undefined {
  const now = Date.now();
  if (now < holdSaidUntil) return undefined;
  holdSaidUntil = now + (heldWaitMs(err.details?.[0]) ?? 0);
  return `Mono asked bankfeed to wait (Retry-After): calls to it are kept back until ${new Date(holdSaidUntil).toISOString()}, then tried again (a wait, not a failure)`;
}

/**
 * One console line for an SDK record a person should hear about, or undefined. An activity that failed is "a sync
 * failed and will retry" (or will not); a re-authorisation failure is left to the notifier, which prints the link; a
 * call Mono's Retry-After hold kept back is a wait, said once per hold.
 */
export function sdkNotice(message: string, meta: Record<string, unknown>): string | undefined {
  if (message !== 'Activity failed') return undefined;
  if (meta.error instanceof ApplicationFailure && isHeldByRetryAfter(meta.error)) return holdNotice(meta.error);
  const err = meta.error as { message?: string; type?: string; nonRetryable?: boolean; name?: string } | undefined;
  const text = (err?.message ?? 'unknown error').split('\n')[0]!;
  if (/reauth/i.test(`${err?.type ?? ''} ${text}`)) return undefined;
  const wf = typeof meta.workflowId === 'string' ? meta.workflowId : '';
  const account = wf.startsWith('account-feed:') ? wf.slice('account-feed:'.length) : null;
  const what = account ? `sync of account ${account}` : `${String(meta.activityType ?? 'an activity')}`;
  const retry = err?.nonRetryable ? 'it will not be retried' : 'it will be retried';
  return `${what} failed (${String(meta.activityType ?? 'activity')}, attempt ${String(meta.attempt ?? '?')}); ${retry}: ${text}`;
}

let runtimeInstalled = false;
/**
 * The Temporal SDK's own logs (activity failures with their stack traces, the core's connection warnings) go to our
 * logger, so they land in the JSON log file with every detail and reach the console only as one line each (or with
 * --verbose). BANKFEED_TEMPORAL_LOG_LEVEL (default WARN) sets how much the SDK says. Installed once per process.
 */
export function installTemporalRuntime(logger: Logger): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  const level = (process.env.BANKFEED_TEMPORAL_LOG_LEVEL ?? 'WARN').toUpperCase() as keyof typeof PINO_LEVEL;
  const sdk = logger.child({ sdk: 'temporal' });
  try {
    Runtime.install({
      logger: new DefaultLogger(level in PINO_LEVEL ? level : 'WARN', (entry: LogEntry) => {
        const { error, taskToken: _token, ...rest } = (entry.meta ?? {}) as Record<string, unknown>;
        const notice = sdkNotice(entry.message, entry.meta ?? {});
        sdk[PINO_LEVEL[entry.level]](
          { ...rest, ...(error !== undefined ? { err: error } : {}), ...(notice ? { notice } : {}) },
          entry.message,
        );
      }),
      telemetryOptions: {
        logging: { forward: {}, filter: makeTelemetryFilterString({ core: level, other: 'ERROR' }) },
      },
    });
  } catch {
    // Already installed by the host process (a test's own worker): keep that one.
  }
}
