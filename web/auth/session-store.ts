import { createHash } from 'node:crypto';
import type { SessionStore } from '@fastify/session';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { createWebSessionRepository } from '../../db/web-session-repository.js';

export interface SessionLimits {
  /** Signed out after this long without a request. */
  idleMs: number;
  /** Signed out this long after signing in, however active. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

// last_seen_at is written at most this often, so reading pages does not turn every request into a write.
const TOUCH_EVERY_MS = 30_000;

function idHash(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * @fastify/session's store on our database. Idle and absolute expiry are enforced here, on read: an expired session
 * is deleted and the request continues signed out. The cookie carries only the session id.
 */
export function createDbSessionStore(
  db: Kysely<Database>,
  limits: SessionLimits,
  now: () => Date,
): SessionStore & { prune(): Promise<number> } {
  const repo = createWebSessionRepository(db);
  // What each session held when last read or written here: a request that changed nothing writes nothing (a write
  // would wait behind a bulk job's transaction on SQLite, and costs every page a round trip). Idle expiry still
  // holds: `get` touches the row once it is TOUCH_EVERY_MS old.
  const seen = new Map<string, { data: string; at: number }>();
  const remember = (key: string, data: string, at: number) => {
    if (seen.size >= 10_000) seen.clear();
    seen.set(key, { data, at });
  };
  return {
    get(sessionId, callback) {
      const key = idHash(sessionId);
      repo
        .get(key)
        .then(async (s) => {
          if (!s) return callback(null, null);
          const t = now().getTime();
          const idle = t - Date.parse(s.lastSeenAt);
          const age = t - Date.parse(s.createdAt);
          if (idle > limits.idleMs || age > limits.absoluteMs) {
            await repo.delete(key);
            return callback(null, null);
          }
          let lastSeen = Date.parse(s.lastSeenAt);
          if (idle > TOUCH_EVERY_MS) {
            await repo.touch(key, now().toISOString());
            lastSeen = t;
          }
          remember(key, s.data, lastSeen);
          callback(null, JSON.parse(s.data));
        })
        .catch((err: unknown) => callback(err));
    },
    set(sessionId, session, callback) {
      const { cookie: _cookie, ...data } = JSON.parse(JSON.stringify(session)) as Record<string, unknown>;
      const userId = typeof data.userId === 'number' ? data.userId : null;
      const key = idHash(sessionId);
      const json = JSON.stringify(data);
      const t = now().getTime();
      const known = seen.get(key);
      if (known && known.data === json && t - known.at < TOUCH_EVERY_MS) return callback();
      repo
        .put(key, { userId, data: json, at: new Date(t).toISOString() })
        .then(() => {
          remember(key, json, t);
          callback();
        })
        .catch((err: unknown) => callback(err));
    },
    destroy(sessionId, callback) {
      seen.delete(idHash(sessionId));
      repo
        .delete(idHash(sessionId))
        .then(() => callback())
        .catch((err: unknown) => callback(err));
    },
    prune() {
      const t = now().getTime();
      return repo.prune(new Date(t - limits.idleMs).toISOString(), new Date(t - limits.absoluteMs).toISOString());
    },
  };
}
