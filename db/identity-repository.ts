import type { Kysely, Selectable } from 'kysely';
import type { AccountIdentitiesTable } from './mono-data-schema.js';
import type { Database } from './schema.js';

export type StoredIdentity = Selectable<AccountIdentitiesTable>;

export interface IdentityToStore {
  accountId: string;
  fullName: string | null;
  bvnLast4: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  dob: string | null;
  address: string | null;
  fetchedAt: string;
  fetchedBy: string;
}

/** Stores (or refreshes) an account's identity; an expected holder a person set is kept. */
export async function saveIdentity(db: Kysely<Database>, i: IdentityToStore): Promise<void> {
  if (i.bvnLast4 !== null && !/^\d{0,4}$/.test(i.bvnLast4))
    throw new RangeError('bvnLast4 must be at most four digits');
  const values = {
    full_name: i.fullName,
    bvn_last4: i.bvnLast4,
    email: i.email,
    phone: i.phone,
    gender: i.gender,
    dob: i.dob,
    address: i.address,
    fetched_at: i.fetchedAt,
    fetched_by: i.fetchedBy,
  };
  await db
    .insertInto('account_identities')
    .values({ account_id: i.accountId, expected_holder: null, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
}

export async function getIdentity(db: Kysely<Database>, accountId: string): Promise<StoredIdentity | null> {
  return (
    (await db.selectFrom('account_identities').selectAll().where('account_id', '=', accountId).executeTakeFirst()) ??
    null
  );
}

/** The company or person the account should belong to; false when no identity is on record yet. */
export async function setExpectedHolder(db: Kysely<Database>, accountId: string, name: string): Promise<boolean> {
  const r = await db
    .updateTable('account_identities')
    .set({ expected_holder: name })
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
