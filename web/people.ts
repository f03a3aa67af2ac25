import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createUserRepository } from '../db/user-repository.js';

/** An actor as the pages name it: a person by their display name, bankfeed's own work in words. */
export type ActorName = (actor: string) => string;

// The codes bankfeed itself writes as the actor; the audit CSV and the filter keep them for scripts.
const SYSTEM_WORDS: Record<string, string> = {
  system: 'bankfeed, automatically',
  'system:account_connected': 'bankfeed, when the account was linked',
};

/** "web:rita" (an action started on the web app) is rita's. */
const usernameOf = (actor: string) => (actor.startsWith('web:') ? actor.slice(4) : actor);

/** Looks up, once, the display names of the people among these actors (usernames as stored). */
export async function actorNames(
  db: Kysely<Database>,
  actors: Iterable<string | null | undefined>,
): Promise<ActorName> {
  const usernames = new Set<string>();
  for (const a of actors) if (a) usernames.add(usernameOf(a));
  const names = usernames.size
    ? await createUserRepository(db).displayNames([...usernames])
    : new Map<string, string>();
  return (actor) => {
    const person = names.get(usernameOf(actor));
    if (person) return person;
    if (SYSTEM_WORDS[actor]) return SYSTEM_WORDS[actor];
    if (actor.startsWith('rule:')) return `rule ${actor.slice(5)}`;
    if (actor.startsWith('system:')) return `bankfeed (${actor.slice(7).replace(/[_.]/g, ' ')})`;
    return actor;
  };
}
