import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StoredSession {
  userId: number | null;
  data: string;
  createdAt: string;
  lastSeenAt: string;
}

/** Server-side web sessions (keyed by a hash of the cookie's id) and the app's signing key. */
export function createWebSessionRepository(db: Kysely<Database>) {
  return {
    async get(idHash: string): Promise<StoredSession | undefined> {
      const r = await db.selectFrom('web_sessions').selectAll().where('id', '=', idHash).executeTakeFirst();
      if (!r) return undefined;
      return {
        userId: r.user_id === null ? null : Number(r.user_id),
        data: r.data,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
      };
    },

    /** Inserts or replaces the session's data; created_at stays as first written (absolute expiry counts from it). */
    async put(idHash: string, s: { userId: number | null; data: string; at: string }): Promise<void> {
      await db
        .insertInto('web_sessions')
        .values({ id: idHash, user_id: s.userId, data: s.data, created_at: s.at, last_seen_at: s.at })
        .onConflict((oc) => oc.column('id').doUpdateSet({ user_id: s.userId, data: s.data, last_seen_at: s.at }))
        .execute();
    },

    async touch(idHash: string, at: string): Promise<void> {
      await db.updateTable('web_sessions').set({ last_seen_at: at }).where('id', '=', idHash).execute();
    },

    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('web_sessions').where('id', '=', idHash).execute();
    },

    /** Signs a person out everywhere (disabled, password reset). */
    async deleteForUser(userId: number): Promise<number> {
      const r = await db.deleteFrom('web_sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    /** Drops sessions idle since before `idleBefore` or created before `createdBefore`. */
    async prune(idleBefore: string, createdBefore: string): Promise<number> {
      const r = await db
        .deleteFrom('web_sessions')
        .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    /** The named key, created once with `make` (the first process to ask wins; others read its value). */
    async key(name: string, make: () => string, at: string): Promise<string> {
      await db
        .insertInto('web_keys')
        .values({ name, value: make(), created_at: at })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const r = await db.selectFrom('web_keys').select('value').where('name', '=', name).executeTakeFirstOrThrow();
      return r.value;
    },
  };
}

export type WebSessionRepository = ReturnType<typeof createWebSessionRepository>;
