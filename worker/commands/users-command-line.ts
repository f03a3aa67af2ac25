import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';

type Run = (fn: (ctx: CliContext) => Promise<number>) => Promise<void>;

// The command line only: the work (and the password hashing it loads) is imported when a command runs.
const work = () => import('./users-commands.js');

/** `bankfeed users add|list|disable|enable|reset|role`: the people who sign in to the review web app. */
export function registerUserCommands(program: Command, run: Run): void {
  const users = program
    .command('users')
    .description('people who sign in to the review web app (viewer, reviewer, admin)');
  users
    .command('add <username>')
    .description('add a person; prints a generated password once (or use --password-stdin)')
    .option('--role <role>', 'viewer, reviewer or admin', 'reviewer')
    .option('--name <name>', 'the name shown in the app and the audit trail')
    .option('--password-stdin', 'read the password from stdin instead of generating one')
    .action((username: string, o: { role: string; name?: string; passwordStdin?: boolean }) =>
      run(async (ctx) => (await work()).addUserCommand(ctx, username, o)),
    );
  users
    .command('list')
    .option('--json', 'machine-readable output')
    .action((o: { json?: boolean }) => run(async (ctx) => (await work()).listUsersCommand(ctx, o)));
  users
    .command('disable <username>')
    .description('stop a person signing in; ends their sessions')
    .action((username: string) => run(async (ctx) => (await work()).disableUserCommand(ctx, username)));
  users
    .command('enable <username>')
    .action((username: string) => run(async (ctx) => (await work()).enableUserCommand(ctx, username)));
  users
    .command('reset <username>')
    .description('issue a new password (printed once, or --password-stdin); ends their sessions')
    .option('--password-stdin', 'read the new password from stdin')
    .action((username: string, o: { passwordStdin?: boolean }) =>
      run(async (ctx) => (await work()).resetUserCommand(ctx, username, o)),
    );
  users
    .command('role <username> <role>')
    .description('change a person’s role (viewer, reviewer, admin)')
    .action((username: string, role: string) =>
      run(async (ctx) => (await work()).setUserRoleCommand(ctx, username, role)),
    );
}
