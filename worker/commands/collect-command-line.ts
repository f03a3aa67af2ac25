import { Option, type Command } from 'commander';
import type { CliContext } from '../cli-context.js';

type Run = (fn: (ctx: CliContext) => Promise<number>) => Promise<void>;

// The command line only: the DirectPay client and the report writers load when a command
// runs, so `bankfeed --help` never waits for them.
const work = () => import('./collect-commands.js');

/** Registers `collect` and `collections` (worker/cli.ts calls this once). */
export function registerCollectCommands(program: Command, run: Run): void {
  const json = () => new Option('--json', 'machine-readable output');
  program
    .command('collect <invoiceRef>')
    .description('collect an invoice by Mono DirectPay: prints the payment link for the payer')
    .requiredOption('--amount <amount>', 'naira amount to collect, e.g. 150000.00')
    .requiredOption('--customer <name>', "the payer's name")
    .requiredOption('--email <email>', "the payer's email")
    .option('--account <id>', 'the linked account the settlement lands in (default: the one bound to the books)')
    .option('--description <text>', 'what the payer sees (default: "Invoice <ref>")')
    .option('--redirect-url <url>', 'where Mono sends the payer afterwards (default BANKFEED_DIRECTPAY_REDIRECT_URL)')
    .addOption(json())
    .action((invoiceRef: string, o) => run(async (ctx) => (await work()).collectCommand(ctx, invoiceRef, o)));
  program
    .command('collections')
    .description('DirectPay collections: requested, paid, failed, settled and reconciled')
    .option('--account <id>', 'only those settling into this account')
    .option('--out <file>', 'write the report as .xlsx or .csv')
    .addOption(json())
    .action((o) => run(async (ctx) => (await work()).collectionsCommand(ctx, o)));
}
