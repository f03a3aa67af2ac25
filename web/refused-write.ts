import { databaseRefusal } from '../db/storage-refusal.js';

/**
 * What a person is told when the database refused a write (its disk full, a quota, read-only), or null when `err` is
 * not that: nothing was saved, and why, in words. Never the database's address nor the driver's message, which name
 * files and servers the person has no business with (a PostgreSQL URL may hold a password).
 */
export function refusedWrite(err: unknown): string | null {
  const refused = databaseRefusal(err);
  if (!refused) return null;
  return `Not saved: the database refused the write (${refused.said}, ${refused.code}), so nothing was changed. Tell your administrator; once the database has room again, do it again.`;
}
