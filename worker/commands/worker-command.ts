import type { Logger } from 'pino';
import { startStack } from '../composition-root.js';
import { ensureNightlySchedule } from '../nightly-schedule.js';
import { ConfigError, type BankfeedSettings } from '../settings.js';
import { untilSignal } from '../shutdown.js';

/** `bankfeed worker`: the stack's processes only, against the configured Mono and Temporal. */
export async function runWorkerCommand(
  settings: BankfeedSettings,
  logger: Logger,
  opts: { schedule?: boolean; disabled?: readonly string[] } = {},
): Promise<number> {
  if (settings.mono.mode !== 'real') {
    throw new ConfigError(
      'bankfeed worker needs MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (or MONO_BASE_URL for a sandbox); `bankfeed start` runs the embedded demo stack instead',
    );
  }
  const stack = await startStack(settings, logger, {
    mono: settings.mono,
    ...(opts.disabled ? { disabled: opts.disabled } : {}),
  });
  try {
    if (opts.schedule !== false) {
      const r = await ensureNightlySchedule(stack.client, {
        cron: settings.nightly.cron,
        timezone: settings.nightly.timezone,
        taskQueue: stack.taskQueue,
      });
      logger.info({ schedule: r }, 'nightly schedule in place');
    }
  } catch (e) {
    await stack.shutdown();
    throw e;
  }
  logger.info(
    { taskQueue: stack.taskQueue, webhook: stack.worker.receiver?.url, ledger: stack.ledger !== null },
    'worker and webhook receiver running; Ctrl-C stops them',
  );
  // Ready line for supervisors and tests.
  const urls = Object.fromEntries(stack.processes.map((p) => [p.name, p.url ?? null]));
  process.stdout.write(
    `${JSON.stringify({ ready: true, webhookUrl: stack.worker.receiver?.url ?? null, processes: urls, pid: process.pid })}\n`,
  );
  const signal = await Promise.race([untilSignal(), stack.worker.running.then(() => 'worker-stopped' as const)]);
  logger.info({ signal }, 'shutting down');
  await stack.shutdown();
  return 0;
}
