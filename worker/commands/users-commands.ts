import { userInfo } from 'node:os';
import { createUserAdmin, UserAdminError } from '../../web/auth/user-admin.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../exit-codes.js';
import { ConfigError } from '../settings.js';
import { formatTable } from '../table.js';

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
      return EXIT.badInput;
    }
    throw e;
  }
}

/** `bankfeed users add`: prints a generated password once unless one came on stdin. */
export async function addUserCommand(
  ctx: CliContext,
  username: string,
  o: { role: string; name?: string; passwordStdin?: boolean },
): Promise<number> {
  return guarded(async () => {
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
  });
}

/** `bankfeed users list`. */
export async function listUsersCommand(ctx: CliContext, o: { json?: boolean }): Promise<number> {
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
}

/** `bankfeed users disable`: ends the person's sessions too. */
export async function disableUserCommand(ctx: CliContext, username: string): Promise<number> {
  return guarded(async () => {
    await (await admin(ctx)).disable(username, actor());
    out(`${username} is disabled and signed out everywhere\n`);
    return 0;
  });
}

/** `bankfeed users enable`. */
export async function enableUserCommand(ctx: CliContext, username: string): Promise<number> {
  return guarded(async () => {
    await (await admin(ctx)).enable(username, actor());
    out(`${username} can sign in again\n`);
    return 0;
  });
}

/** `bankfeed users reset`: a new password, printed once unless one came on stdin; ends the person's sessions. */
export async function resetUserCommand(
  ctx: CliContext,
  username: string,
  o: { passwordStdin?: boolean },
): Promise<number> {
  return guarded(async () => {
    const password = o.passwordStdin ? await readStdinPassword() : undefined;
    const r = await (await admin(ctx)).reset(username, actor(), password);
    out(`new password for ${r.username}${r.generated ? ` (shown once): ${r.password}` : ' set'}\n`);
    return 0;
  });
}

/** `bankfeed users role`. */
export async function setUserRoleCommand(ctx: CliContext, username: string, role: string): Promise<number> {
  return guarded(async () => {
    await (await admin(ctx)).setRole(username, role, actor());
    out(`${username} is now a ${role}\n`);
    return 0;
  });
}
