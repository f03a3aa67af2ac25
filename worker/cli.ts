import { Command, CommanderError } from 'commander';
import { createLogger } from './logger.js';
import { ConfigError, loadSettings } from './settings.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, config: 3, unavailable: 4 } as const;

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code: number = EXIT.ok;
  program
    .name('bankfeed')
    .description('Bank feeds from Mono into your books: durable sync, reconciliation and reports')
    .exitOverride()
    .showHelpAfterError();

  program
    .command('start')
    .description('run everything on this machine: embedded Temporal, the Mono sandbox and demo (without MONO_SECRET_KEY), worker, webhooks, reports')
    .option('--once', 'exit after the first pass (backfill, reconcile, reports); non-zero on failure')
    .action(async (o: { once?: boolean }) => {
      const settings = loadSettings();
      const logger = createLogger({ dataDir: settings.dataDir, level: process.env.BANKFEED_LOG_LEVEL ?? 'warn' });
      const { runStartCommand } = await import('./commands/start-command.js');
      code = await runStartCommand(settings, logger, { once: o.once });
    });

  program
    .command('worker')
    .description('run the Temporal worker and the webhook receiver (scale out by running several)')
    .option('--no-schedule', 'do not create or update the nightly schedule')
    .action(async (o: { schedule: boolean }) => {
      const settings = loadSettings();
      const logger = createLogger({ dataDir: settings.dataDir });
      const { runWorkerCommand } = await import('./commands/worker-command.js');
      code = await runWorkerCommand(settings, logger, { schedule: o.schedule });
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof ConfigError) {
      process.stderr.write(`bankfeed: ${e.message}\n`);
      return EXIT.config;
    }
    process.stderr.write(`bankfeed: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.failure;
  }
}
