import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { createUserAdmin, UserAdminError } from '../../web/auth/user-admin.js';
import type { CliContext } from '../cli-context.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';

type Run = (fn: (ctx: CliContext) => Promise<number>) => Promise<void>;

function out(s: string): void {
  process.stdout.write(s);
}

/** Who ran the command, as the audit log names it ("cli:" + the operating-system user). */
function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** A password piped on stdin (never on the command line, where `ps` and shell history would keep it). */
async function readStdinPassword(): Promise<string> {
  if (process.stdin.isTTY) throw new ConfigError('--password-stdin: pipe the password in (echo … | bankfeed users …)');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function admin(ctx: CliContext) {
  return createUserAdmin({ db: (await ctx.db()).db });
}

/** Wraps user-admin errors as usage errors (exit 2) with their message. */
async function guarded(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserAdminError) {
      process.stderr.write(`bankfeed users: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

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
      run(async (ctx) =>
        guarded(async () => {
          const password = o.passwordStdin ? await readStdinPassword() : undefined;
          const r = await (
            await admin(ctx)
          ).add({
            username,
            role: o.role,
            actor: actor(),
            ...(o.name ? { displayName: o.name } : {}),
            ...(password !== undefined ? { password } : {}),
          });
          out(`added ${r.username} (${r.role})${r.generated ? `\npassword (shown once): ${r.password}` : ''}\n`);
          return 0;
        }),
      ),
    );
  users
    .command('list')
    .option('--json', 'machine-readable output')
    .action((o: { json?: boolean }) =>
      run(async (ctx) => {
        const list = await (await admin(ctx)).list();
        if (o.json) out(`${JSON.stringify(list, null, 2)}\n`);
        else
          out(
            formatTable(
              ['USERNAME', 'NAME', 'ROLE', 'STATE', 'PASSWORD SET', 'CREATED'],
              list.map((u) => [
                u.username,
                u.displayName,
                u.role,
                u.disabledAt ? `disabled ${u.disabledAt}` : 'active',
                u.passwordChangedAt,
                u.createdAt,
              ]),
            ),
          );
        return 0;
      }),
    );
  users
    .command('disable <username>')
    .description('stop a person signing in; ends their sessions')
    .action((username: string) =>
      run(async (ctx) =>
        guarded(async () => {
          await (await admin(ctx)).disable(username, actor());
          out(`${username} is disabled and signed out everywhere\n`);
          return 0;
        }),
      ),
    );
  users.command('enable <username>').action((username: string) =>
    run(async (ctx) =>
      guarded(async () => {
        await (await admin(ctx)).enable(username, actor());
        out(`${username} can sign in again\n`);
        return 0;
      }),
    ),
  );
  users
    .command('reset <username>')
    .description('issue a new password (printed once, or --password-stdin); ends their sessions')
    .option('--password-stdin', 'read the new password from stdin')
    .action((username: string, o: { passwordStdin?: boolean }) =>
      run(async (ctx) =>
        guarded(async () => {
          const password = o.passwordStdin ? await readStdinPassword() : undefined;
          const r = await (await admin(ctx)).reset(username, actor(), password);
          out(`new password for ${r.username}${r.generated ? ` (shown once): ${r.password}` : ' set'}\n`);
          return 0;
        }),
      ),
    );
  users
    .command('role <username> <role>')
    .description('change a person’s role (viewer, reviewer, admin)')
    .action((username: string, role: string) =>
      run(async (ctx) =>
        guarded(async () => {
          await (await admin(ctx)).setRole(username, role, actor());
          out(`${username} is now a ${role}\n`);
          return 0;
        }),
      ),
    );
}
