import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createAuditRepository } from '../../db/audit-repository.js';
import type { Database } from '../../db/schema.js';
import { createUserRepository, ROLES, type Role, type User } from '../../db/user-repository.js';
import { createWebSessionRepository } from '../../db/web-session-repository.js';
import { checkPasswordPolicy, hashPassword } from './passwords.js';
import { issuesInWords } from '../issue-words.js';

export class UserAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserAdminError';
  }
}

const MAX_DISPLAY_NAME = 100;

const usernameSchema = z
  .string()
  .trim()
  .min(2, 'must have at least 2 characters')
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._@-]*$/, 'lower-case letters, digits and . _ @ - only')
  // People decide under their own name: the engine's names are reserved in the audit trail.
  .refine((u) => u !== 'system' && !u.startsWith('rule:') && u !== 'cli', 'is reserved');

/** A readable random password: 20 characters from a 32-symbol alphabet (100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(20);
  return [...bytes].map((b) => alphabet[b % 32]!).join('');
}

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value))
    throw new UserAdminError(`role must be one of ${ROLES.join(', ')}, not "${value}"`);
  return value as Role;
}

/** People and roles: used by `bankfeed users` and the admin's Users screen alike; every change is audited. */
export function createUserAdmin(deps: { db: Kysely<Database>; now?: () => Date }) {
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();
  const users = createUserRepository(deps.db);

  async function find(username: string): Promise<User> {
    const u = await users.byUsername(username.trim());
    if (!u) throw new UserAdminError(`no user "${username}"`);
    return u;
  }

  async function audit(actor: string, action: string, u: { id: number; username: string }, detail?: unknown) {
    await createAuditRepository(deps.db).append({
      at: now(),
      actor,
      action,
      entityType: 'user',
      entityId: String(u.id),
      accountId: null,
      detail: { username: u.username, ...(detail as object) },
    });
  }

  return {
    async add(input: { username: string; displayName?: string; role: string; password?: string; actor: string }) {
      const parsed = usernameSchema.safeParse(input.username);
      if (!parsed.success) throw new UserAdminError(issuesInWords(parsed.error, 'username'));
      const username = parsed.data;
      // a name shown in every page's header and on each signed statement, not a paragraph
      if ((input.displayName?.trim().length ?? 0) > MAX_DISPLAY_NAME)
        throw new UserAdminError(`display name: at most ${MAX_DISPLAY_NAME} characters`);
      const r = role(input.role);
      const password = input.password ?? generatePassword();
      try {
        checkPasswordPolicy(password);
      } catch (e) {
        throw new UserAdminError(e instanceof Error ? e.message : String(e));
      }
      if (await users.byUsername(username)) throw new UserAdminError(`a user "${username}" exists already`);
      const id = await users.insert({
        username,
        displayName: input.displayName?.trim() || username,
        role: r,
        passwordHash: await hashPassword(password),
        at: now(),
      });
      await audit(input.actor, 'user.add', { id, username }, { role: r });
      return { id, username, role: r, password, generated: input.password === undefined };
    },

    list: () => users.list(),
    count: () => users.count(),

    async disable(username: string, actor: string) {
      const u = await find(username);
      await users.setDisabled(u.id, now(), now());
      const signedOut = await createWebSessionRepository(deps.db).deleteForUser(u.id);
      await audit(actor, 'user.disable', u, { sessionsEnded: signedOut });
      return u;
    },

    async enable(username: string, actor: string) {
      const u = await find(username);
      await users.setDisabled(u.id, null, now());
      await audit(actor, 'user.enable', u);
      return u;
    },

    /** A new password (given or generated); the person's sessions end everywhere. */
    async reset(username: string, actor: string, password?: string) {
      const u = await find(username);
      const pw = password ?? generatePassword();
      try {
        checkPasswordPolicy(pw);
      } catch (e) {
        throw new UserAdminError(e instanceof Error ? e.message : String(e));
      }
      await users.setPassword(u.id, await hashPassword(pw), now());
      await createWebSessionRepository(deps.db).deleteForUser(u.id);
      await audit(actor, 'user.reset', u);
      return { username: u.username, password: pw, generated: password === undefined };
    },

    async setRole(username: string, newRole: string, actor: string) {
      const u = await find(username);
      const r = role(newRole);
      await users.setRole(u.id, r, now());
      await audit(actor, 'user.role', u, { from: u.role, to: r });
      return { ...u, role: r };
    },

    /**
     * The demo's admin (`bankfeed start` without Mono keys): created once with a fresh password that is printed;
     * null when it exists already (its password is not stored anywhere readable, so it cannot be shown again).
     */
    async ensureDemoAdmin(): Promise<{ username: string; password: string } | null> {
      if (await users.byUsername('demo-admin')) return null;
      const r = await this.add({ username: 'demo-admin', displayName: 'Demo Admin', role: 'admin', actor: 'system' });
      return { username: r.username, password: r.password };
    },
  };
}

export type UserAdmin = ReturnType<typeof createUserAdmin>;
