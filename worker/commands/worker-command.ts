import type { Logger } from 'pino';
import { startBankfeedWorker } from '../bankfeed-worker.js';
import { ensureNightlySchedule } from '../nightly-schedule.js';
import { openConfiguredDb, startTemporal } from '../runtime.js';
import { ConfigError, type BankfeedSettings } from '../settings.js';
import { untilSignal } from '../shutdown.js';

/** `bankfeed worker`: the Temporal worker and the webhook receiver only, against configured Mono and Temporal. */
export async function runWorkerCommand(
  settings: BankfeedSettings,
  logger: Logger,
  opts: { schedule?: boolean } = {},
): Promise<number> {
  if (settings.mono.mode !== 'real') {
    throw new ConfigError(
      'bankfeed worker needs MONO_SECRET_KEY and MONO_WEBHOOK_SECRET (or MONO_BASE_URL for a sandbox); `bankfeed start` runs the embedded demo stack instead',
    );
  }
  const temporal = await startTemporal(settings, logger);
  const db = await openConfiguredDb(settings, logger);
  const w = await startBankfeedWorker({
    db: db.db,
    dataDir: settings.dataDir,
    temporal: temporal.endpoint,
    taskQueue: temporal.taskQueue,
    mono: { baseUrl: settings.mono.baseUrl, secretKey: settings.mono.secretKey },
    webhook: {
      secret: settings.mono.webhookSecret,
      host: settings.webhook.host,
      port: settings.webhook.port,
      verifyMode: settings.webhook.verifyMode,
    },
    logger,
    feedConfig: settings.feed,
    ...(settings.reauthRedirectUrl ? { reauthRedirectUrl: settings.reauthRedirectUrl } : {}),
  });
  if (opts.schedule !== false) {
    const r = await ensureNightlySchedule(w.client, {
      cron: settings.nightly.cron,
      timezone: settings.nightly.timezone,
      taskQueue: temporal.taskQueue,
    });
    logger.info({ schedule: r }, 'nightly schedule in place');
  }
  logger.info(
    { taskQueue: temporal.taskQueue, webhook: w.receiver?.url },
    'worker and webhook receiver running; Ctrl-C stops them',
  );
  // Ready line for supervisors and tests.
  process.stdout.write(`${JSON.stringify({ ready: true, webhookUrl: w.receiver?.url ?? null, pid: process.pid })}\n`);
  const signal = await Promise.race([untilSignal(), w.running.then(() => 'worker-stopped' as const)]);
  logger.info({ signal }, 'shutting down');
  await w.shutdown();
  await db.close();
  await temporal.stop();
  return 0;
}
