import { Option, type Command } from 'commander';

/** The `status` command on a commander program (the full CLI, or status-command.ts's fast path). */
export function registerStatusCommand(program: Command, done: (code: number) => void): void {
  program
    .command('status')
    .description(
      'per account: state, last sync, last reconciliation, matched %, suggestions, unmatched (from the database, worker running or not)',
    )
    // A cron check is written from this text: every exit code status gives, as status-command.ts returns them.
    .addHelpText(
      'after',
      [
        '',
        'Exit codes:',
        '  exit 0 when every account is fine and no worker died on this data directory',
        '  exit 1 when an account needs attention (re-authorisation, a feed error, an unlink to confirm, a nightly',
        '         failure), when the worker on this data directory died (no clean stop on record), when that worker',
        '         is running but cannot reach its Temporal server, or when no account that should sync has synced for',
        '         over 2 days, a worker running or not (stopped, or running elsewhere against PostgreSQL)',
        '  exit 2 on bad usage (an unknown option)',
        '  exit 3 when there is no database where it looks (BANKFEED_DATA_DIR, DATABASE_URL; where bankfeed ran in',
        '         that data directory, it says the file is missing and how to recover) or the configuration is wrong',
        '',
      ].join('\n'),
    )
    .option('--wide', 'every column, at full width')
    .addOption(new Option('--json', 'machine-readable output'))
    // Loaded when the command runs: the database driver is not needed for `bankfeed --help`.
    .action(async (o: { json?: boolean; wide?: boolean }) =>
      done(await (await import('./status-command.js')).runStatusCommand(o)),
    );
}
