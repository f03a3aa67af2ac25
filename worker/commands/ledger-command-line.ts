import { Option, type Command } from 'commander';
import type { CliContext } from '../cli-context.js';

type Run = (fn: (ctx: CliContext) => Promise<number>) => Promise<void>;

// The command line only: the ledger adapters and the composition root load when a command
// runs, so `bankfeed --help` never waits for them.
const work = () => import('./ledger-commands.js');

/** Registers `ledgers kinds` and `ledgers test` (worker/cli.ts calls this once). */
export function registerLedgerCommands(program: Command, run: Run): void {
  const ledgers = program.command('ledgers').description('ledger sources: the kinds available, and checking a source');
  const cfg = () => new Option('--config <file>', 'the ledger configuration (default: BANKFEED_LEDGER_CONFIG)');
  ledgers
    .command('kinds')
    .description('list the ledger kinds (built-in and plugins) and what each can do')
    .addOption(new Option('--json', 'machine-readable output'))
    .addOption(cfg())
    .action((o: { json?: boolean; config?: string }) => run(async (ctx) => (await work()).kindsCommand(ctx, o)));
  ledgers
    .command('test <source>')
    .description('check a configured source: credentials, reachability, the bank account; says what is wrong')
    .addOption(new Option('--json', 'machine-readable output'))
    .addOption(cfg())
    .action((source: string, o: { json?: boolean; config?: string }) =>
      run(async (ctx) => (await work()).testSourceCommand(ctx, source, o)),
    );
}
