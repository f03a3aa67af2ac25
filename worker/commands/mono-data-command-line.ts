import { Option, type Command } from 'commander';
import type { CliContext } from '../cli-context.js';

type Run = (fn: (ctx: CliContext) => Promise<number>) => Promise<void>;

// The command line only: the Mono client and the activities load when a command
// runs, so `bankfeed --help` never waits for them.
const work = () => import('./mono-data-commands.js');

/** Registers `accounts show`, `income` and `statement` (worker/cli.ts calls this once). */
export function registerMonoDataCommands(program: Command, run: Run): void {
  const json = () => new Option('--json', 'machine-readable output');
  const accounts = program.commands.find((c) => c.name() === 'accounts') ?? program.command('accounts');
  accounts
    .command('show <account>')
    .description("an account with its holder's identity (BVN masked) and whether the holder is who it should be")
    .option('--refresh', 'fetch the identity from Mono again')
    .option('--expect <name>', 'the company or person this account should belong to (remembered)')
    .addOption(json())
    // `accounts` has its own --json, which commander gives the parent: read it from there too.
    .action((account: string, o: { expect?: string; refresh?: boolean; json?: boolean }, cmd: Command) =>
      run(async (ctx) =>
        (await work()).showAccountCommand(ctx, account, {
          ...o,
          json: o.json ?? (cmd.parent?.opts() as { json?: boolean }).json,
        }),
      ),
    );
  program
    .command('income <account>')
    .description(
      "start Mono's income analysis of an account and show the latest report (streams, stability, last payment)",
    )
    .option('--months <n>', 'analyse the last N months (default: all history)')
    .option('--no-request', 'only show the reports on record')
    .option('--records', "read Mono's past analyses (income-records) instead of starting a new one")
    .option('--wait <seconds>', 'wait up to this long for the result', '0')
    .addOption(json())
    .action((account: string, o) => run(async (ctx) => (await work()).incomeCommand(ctx, account, o)));
  program
    .command('statement <account>')
    .description("fetch Mono's statement of the last 1-12 months: XLSX/CSV in the report layout, or Mono's PDF")
    .requiredOption('--months <n>', 'months, 1 to 12')
    .option('--pdf', "Mono's PDF statement (built by a statement job, stored under the data dir)")
    .option('--out <file>', 'statement.xlsx or statement.csv (default: under the data dir)')
    .addOption(json())
    .action((account: string, o) => run(async (ctx) => (await work()).statementCommand(ctx, account, o)));
}
