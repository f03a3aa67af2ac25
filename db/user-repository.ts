import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from './schema.js';

export type Role = 'viewer' | 'reviewer' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'reviewer', 'admin'];

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabledAt: string | null;
  passwordChangedAt: string;
  createdAt: string;
}

function toUser(r: Selectable<UsersTable>): User {
  return {
    id: Number(r.id),
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    disabledAt: r.disabled_at,
    passwordChangedAt: r.password_changed_at,
    createdAt: r.created_at,
  };
}

/** People who sign in to the web app. Password hashes leave this file only for verification. */
export function createUserRepository(db: Kysely<Database>) {
  return {
    async insert(u: { username: string; displayName: string; role: Role; passwordHash: string; at: string }) {
      const row = await db
        .insertInto('users')
        .values({
          username: u.username,
          display_name: u.displayName,
          role: u.role,
          password_hash: u.passwordHash,
          disabled_at: null,
          password_changed_at: u.at,
          created_at: u.at,
          updated_at: u.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async byUsername(username: string): Promise<(User & { passwordHash: string }) | undefined> {
      const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return r ? { ...toUser(r), passwordHash: r.password_hash } : undefined;
    },

    async byId(id: number): Promise<User | undefined> {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toUser(r) : undefined;
    },

    /** The display names of these usernames (those that are people here), for pages that name who did what. */
    async displayNames(usernames: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (let i = 0; i < usernames.length; i += 500) {
        const rows = await db
          .selectFrom('users')
          .select(['username', 'display_name'])
          .where('username', 'in', usernames.slice(i, i + 500))
          .execute();
        for (const r of rows) out.set(r.username, r.display_name);
      }
      return out;
    },

    async list(): Promise<User[]> {
      return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
    },

    async count(): Promise<number> {
      const r = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async setDisabled(id: number, at: string | null, now: string): Promise<boolean> {
      const r = await db
        .updateTable('users')
        .set({ disabled_at: at, updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async setPassword(id: number, passwordHash: string, now: string): Promise<boolean> {
      const r = await db
        .updateTable('users')
        .set({ password_hash: passwordHash, password_changed_at: now, updated_at: now })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async setRole(id: number, role: Role, now: string): Promise<boolean> {
      const r = await db.updateTable('users').set({ role, updated_at: now }).where('id', '=', id).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
