import type { Logger } from 'pino';
import { startStack, type Stack } from '../composition-root.js';
import { ensureNightlySchedule } from '../nightly-schedule.js';
import { ConfigError, type BankfeedSettings } from '../settings.js';
import { signalExitCode, watchShutdown, type ShutdownWatch } from '../shutdown.js';
import { reissueExpiredReauthLinks } from './reauth-links.js';
import { databaseWhere, storageWriteErrorOf, type StorageWriteError } from '../storage-errors.js';

/**
 * `bankfeed worker`: the stack's processes only, against the configured Mono and Temporal. Like `start`, the first
 * Ctrl-C (or SIGTERM) at any moment stops the worker, the receiver and the optional servers in order and exits with
 * the signal's code (130 / 143); a second one forces the exit.
 */
export async function runWorkerCommand(
  settings: BankfeedSettings,
  logger: Logger,
  opts: {
    schedule?: boolean;
    disabled?: readonly string[];
    storageFailed?: Promise<StorageWriteError>;
    /** Where a feed activity reports the disk refusing the database a write (the same watch as storageFailed's). */
    onStorageRefused?: (err: StorageWriteError) => void;
  } = {},
): Promise<number> {
  if (settings.mono.mode !== 'real') {
    throw new ConfigError(
      'bankfeed worker needs MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (or MONO_BASE_URL for a sandbox); `bankfeed start` runs the embedded demo stack instead',
    );
  }
  // Listening from the very start: a signal while the stack is still starting must not be lost (nor kill it hard).
  const shutdown = watchShutdown();
  // A log the disk refuses (full) stops the worker as a signal does, then fails the command naming the file.
  let failure: StorageWriteError | null = null;
  const stop = Promise.race([
    shutdown.requested,
    (opts.storageFailed ?? new Promise<never>(() => undefined)).then((e) => {
      failure = e;
      shutdown.stopping();
    }),
  ]);
  const starting = startStack(settings, logger, {
    mono: settings.mono,
    ...(opts.disabled ? { disabled: opts.disabled } : {}),
    ...(opts.onStorageRefused ? { onStorageRefused: opts.onStorageRefused } : {}),
  });
  try {
    const stack = await Promise.race([starting, stop.then(() => null)]);
    if (!stack) {
      // The stack was still starting: let it finish (or fail), then stop what it started.
      await (await starting.catch(() => null))?.shutdown();
      if (failure) throw failure;
      return signalExitCode(shutdown.signal()!);
    }
    const code = await runStarted(stack, settings, logger, opts, shutdown, stop);
    if (failure) throw failure;
    return code;
  } catch (e) {
    throw storageWriteErrorOf(e, databaseWhere(settings.databaseUrl)) ?? e;
  } finally {
    shutdown.dispose();
  }
}

async function runStarted(
  stack: Stack,
  settings: BankfeedSettings,
  logger: Logger,
  opts: { schedule?: boolean },
  shutdown: ShutdownWatch,
  stop: Promise<unknown>,
): Promise<number> {
  try {
    if (opts.schedule !== false) {
      const r = await ensureNightlySchedule(stack.client, {
        cron: settings.nightly.cron,
        timezone: settings.nightly.timezone,
        taskQueue: stack.taskQueue,
        syncWaitMs: settings.nightly.syncWaitMs,
      });
      logger.info({ schedule: r }, 'nightly schedule in place');
    }
    // Feeds that waited for re-authorisation while no worker ran: a link that expired meanwhile is issued again.
    await reissueExpiredReauthLinks({
      db: stack.db,
      mono: stack.worker.mono,
      logger,
      ...(settings.reauthRedirectUrl ? { redirectUrl: settings.reauthRedirectUrl } : {}),
      ...(settings.reauthLinkTtlMs ? { ttlMs: settings.reauthLinkTtlMs } : {}),
    });
  } catch (e) {
    await stack.shutdown();
    throw e;
  }
  logger.info(
    {
      taskQueue: stack.taskQueue,
      webhook: stack.worker.receiver?.url,
      ledger: stack.ledger !== null,
      notice: `worker running on task queue ${stack.taskQueue}; webhooks at ${stack.worker.receiver?.url ?? '(none)'}; Ctrl-C stops it (details in ${settings.dataDir}/logs/bankfeed.log)`,
    },
    'worker and webhook receiver running; Ctrl-C stops them',
  );
  // Ready line for supervisors and tests.
  const urls = Object.fromEntries(stack.processes.map((p) => [p.name, p.url ?? null]));
  process.stdout.write(
    `${JSON.stringify({ ready: true, webhookUrl: stack.worker.receiver?.url ?? null, processes: urls, pid: process.pid })}\n`,
  );
  const signal = await Promise.race([stop.then(() => shutdown.signal()), stack.worker.running.then(() => null)]);
  logger.info({ signal: signal ?? 'worker stopped' }, 'shutting down');
  await stack.shutdown();
  // The SDK also stops the worker on SIGINT/SIGTERM, so `running` may win the race: the signal still decides the code.
  const sig = shutdown.signal();
  return sig ? signalExitCode(sig) : 0;
}
