import type { Kysely } from 'kysely';
import { listAccounts } from '../../db/account-repository.js';
import type { AccountRow, Database } from '../../db/schema.js';
import { UsageError } from '../exit-codes.js';

/** The last four digits of an account's number, the short name it goes by when no alias was given. */
export function lastFour(a: Pick<AccountRow, 'account_number_masked'>): string | null {
  const digits = (a.account_number_masked ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** The short name an account goes by in tables and commands: the alias given at `bind`, else its last four digits. */
export function accountAlias(a: Pick<AccountRow, 'account_number_masked'> & { alias?: string | null }): string | null {
  return a.alias ?? lastFour(a);
}

/**
 * An alias is typed on command lines: lower-case letters, digits, '-' and '_', starting with a letter (so it never
 * reads as an account's last four digits), at most 32 characters. Returned in lower case.
 */
export function normalizeAlias(raw: string): string {
  const a = raw.trim().toLowerCase();
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(a))
    throw new UsageError(
      `alias "${raw}" is not usable: start with a letter, then letters, digits, '-' or '_' (at most 32 characters)`,
    );
  return a;
}

/**
 * Finds an account by what a person types: its Mono id, the alias given at `bind`, the last four digits of its
 * number, or its name (any case). An alias is unique, so it wins; two accounts answering to the same last four or
 * name are refused with their ids, never guessed between.
 */
export async function resolveAccount(db: Kysely<Database>, ref: string): Promise<AccountRow> {
  const rows = await listAccounts(db);
  const byId = rows.find((a) => a.id === ref);
  if (byId) return byId;
  const wanted = ref.trim().toLowerCase();
  const byAlias = rows.find((a) => a.alias === wanted);
  if (byAlias) return byAlias;
  const hits = rows.filter((a) => lastFour(a) === wanted || a.name.trim().toLowerCase() === wanted);
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    throw new UsageError(
      `"${ref}" names ${hits.length} accounts (${hits.map((a) => `${a.id} ${a.name}`).join(', ')}): use the account id or give one an alias (\`bankfeed accounts bind … --alias NAME\`)`,
    );
  throw new UsageError(
    `no linked account "${ref}": give its id, its alias, the last four digits of its number, or its name (see \`bankfeed accounts\`)`,
  );
}

/**
 * Refuses an alias that another account already answers to (as its alias, id or name), so a name typed later always
 * means one account.
 */
export async function requireFreeAlias(db: Kysely<Database>, alias: string, accountId: string): Promise<void> {
  const other = (await listAccounts(db)).find(
    (a) => a.id !== accountId && (a.alias === alias || a.id === alias || a.name.trim().toLowerCase() === alias),
  );
  if (other) throw new UsageError(`alias "${alias}" already names account ${other.id} (${other.name}): choose another`);
}

/** Refuses a command on an unlinked account in our words, before Temporal answers with its own. */
export function requireLinked(a: AccountRow): AccountRow {
  if (a.state === 'UNLINKED')
    throw new UsageError(
      `account ${a.id} (${a.name}) is unlinked (since ${a.unlinked_at ?? a.updated_at}); link it again with \`bankfeed link\``,
    );
  return a;
}
