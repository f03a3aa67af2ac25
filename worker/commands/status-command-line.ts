import { Option, type Command } from 'commander';

/** The `status` command on a commander program (the full CLI, or status-command.ts's fast path). */
export function registerStatusCommand(program: Command, done: (code: number) => void): void {
  program
    .command('status')
    .description(
      'per account: state, last sync, last reconciliation, matched %, suggestions, unmatched (from the database; exit 1 when an account needs attention)',
    )
    .option('--wide', 'every column, at full width')
    .addOption(new Option('--json', 'machine-readable output'))
    // Loaded when the command runs: the database driver is not needed for `bankfeed --help`.
    .action(async (o: { json?: boolean; wide?: boolean }) =>
      done(await (await import('./status-command.js')).runStatusCommand(o)),
    );
}
