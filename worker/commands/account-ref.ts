import type { Kysely } from 'kysely';
import { listAccounts } from '../../db/account-repository.js';
import type { AccountRow, Database } from '../../db/schema.js';
import { UsageError } from '../exit-codes.js';

/** The short name an account goes by in tables and commands: the last four digits of its number. */
export function accountAlias(a: Pick<AccountRow, 'account_number_masked'>): string | null {
  const digits = (a.account_number_masked ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/**
 * Finds an account by what a person types: its Mono id, the last four digits of its number, or its name (any case).
 * Two accounts answering to the same alias are refused with their ids, never guessed between.
 */
export async function resolveAccount(db: Kysely<Database>, ref: string): Promise<AccountRow> {
  const rows = await listAccounts(db);
  const byId = rows.find((a) => a.id === ref);
  if (byId) return byId;
  const wanted = ref.trim().toLowerCase();
  const hits = rows.filter((a) => accountAlias(a) === wanted || a.name.trim().toLowerCase() === wanted);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    throw new UsageError(
      `"${ref}" names ${hits.length} accounts (${hits.map((a) => `${a.id} ${a.name}`).join(', ')}): use the account id`,
    );
  throw new UsageError(
    `no linked account "${ref}": give its id, the last four digits of its number, or its name (see \`bankfeed accounts\`)`,
  );
}

/** Refuses a command on an unlinked account in our words, before Temporal answers with its own. */
export function requireLinked(a: AccountRow): AccountRow {
  if (a.state === 'UNLINKED')
    throw new UsageError(
      `account ${a.id} (${a.name}) is unlinked (since ${a.unlinked_at ?? a.updated_at}); link it again with \`bankfeed link\``,
    );
  return a;
}
