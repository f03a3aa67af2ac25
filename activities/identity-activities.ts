import type { Kysely } from 'kysely';
import type { MonoClient } from '../adapters/mono/index.js';
import { getIdentity, saveIdentity, setExpectedHolder, type StoredIdentity } from '../db/identity-repository.js';
import { getAccount } from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import type { Database } from '../db/schema.js';
import { checkHolderName, type HolderCheck } from './holder-name.js';

export interface IdentityDeps {
  db: Kysely<Database>;
  mono: Pick<MonoClient, 'getIdentity'>;
  clock?: () => Date;
}

export interface AccountIdentityView {
  accountId: string;
  accountName: string | null;
  identity: StoredIdentity | null;
  /** The account holder against the expected company or person. */
  holder: HolderCheck;
}

/** The longest expected holder kept: the web's form refuses a longer one, the command line cuts it. */
export const EXPECTED_HOLDER_MAX = 200;

/** Identity of a linked account: fetched from Mono (after linking, and on demand), stored with the BVN cut to four. */
export function createIdentityActivities(deps: IdentityDeps) {
  const now = () => (deps.clock ? deps.clock() : new Date()).toISOString();
  return {
    /** Fetches and stores the identity; false when Mono had no holder name yet (data still being retrieved). */
    async fetchIdentity(input: { accountId: string; requestedBy: string }): Promise<boolean> {
      const id = await deps.mono.getIdentity(input.accountId);
      if (!id.fullName) return false;
      const address = [id.addressLine1, id.addressLine2].filter((x) => x && x.trim()).join(', ') || null;
      await saveIdentity(deps.db, {
        accountId: input.accountId,
        fullName: id.fullName,
        // Mono's identity carries the full 11-digit BVN: only its last four digits are kept.
        bvnLast4: id.bvn ? id.bvn.replace(/\D/g, '').slice(-4) || null : null,
        email: id.email,
        phone: id.phone,
        gender: id.gender,
        dob: id.dob,
        address,
        fetchedAt: now(),
        fetchedBy: input.requestedBy,
      });
      return true;
    },

    /**
     * Records the company or person the account should belong to, which the holder check compares the bank's holder
     * with: a person's statement (the web's form, `accounts show --expect`), audited with who and the name it
     * replaced. False when no identity is on record yet: it is kept with it.
     */
    async setExpectedHolder(input: { accountId: string; name: string; actor: string }): Promise<boolean> {
      const name = input.name.trim().slice(0, EXPECTED_HOLDER_MAX);
      if (!name) throw new RangeError('the expected holder must not be empty');
      return deps.db.transaction().execute(async (trx) => {
        const before = await getIdentity(trx, input.accountId);
        if (!before || !(await setExpectedHolder(trx, input.accountId, name))) return false;
        await createAuditRepository(trx).append({
          at: now(),
          actor: input.actor,
          action: 'account.expected_holder',
          entityType: 'account',
          entityId: input.accountId,
          accountId: input.accountId,
          before: { expectedHolder: before.expected_holder },
          after: { expectedHolder: name },
        });
        return true;
      });
    },

    async showIdentity(input: { accountId: string; expected?: string | null }): Promise<AccountIdentityView> {
      const account = await getAccount(deps.db, input.accountId);
      const identity = await getIdentity(deps.db, input.accountId);
      const expected = input.expected ?? identity?.expected_holder ?? null;
      return {
        accountId: input.accountId,
        accountName: account?.name ?? null,
        identity,
        holder: checkHolderName(identity?.full_name ?? account?.name ?? null, expected),
      };
    },
  };
}

export type IdentityActivities = ReturnType<typeof createIdentityActivities>;
