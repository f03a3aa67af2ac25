import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import type { AccountRow, AccountUpdate, Database } from './schema.js';

export interface AccountUpsert {
  id: string;
  name: string;
  institutionName: string | null;
  institutionCode: string | null;
  accountNumberMasked: string | null;
  currency: string;
  timezone: string;
  accountType: string | null;
  customerId: string | null;
  dataStatus: string | null;
  balanceMinor: number | null;
  /** The instant the balance describes; a balance older than the stored one is not written. */
  balanceAsOf: string | null;
}

/** Inserts a newly linked account or refreshes its bank-side details; never touches the feed's own state. */
export async function upsertAccount(db: Kysely<Database>, a: AccountUpsert, now: string): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id: a.id,
      name: a.name,
      institution_name: a.institutionName,
      institution_code: a.institutionCode,
      account_number_masked: a.accountNumberMasked,
      currency: a.currency,
      timezone: a.timezone,
      account_type: a.accountType,
      customer_id: a.customerId,
      data_status: a.dataStatus,
      state: 'LINKING',
      reauth_url: null,
      reauth_required_at: null,
      synced_through: null,
      last_synced_at: null,
      last_error: null,
      balance_minor: a.balanceMinor,
      balance_as_of: a.balanceMinor === null ? null : a.balanceAsOf,
      data_watermark: null,
      last_full_scan_at: null,
      ledger_binding: null,
      linked_at: now,
      unlinked_at: null,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        name: a.name,
        institution_name: a.institutionName,
        institution_code: a.institutionCode,
        account_number_masked: a.accountNumberMasked,
        currency: a.currency,
        account_type: a.accountType,
        customer_id: a.customerId,
        data_status: a.dataStatus,
        updated_at: now,
      }),
    )
    .execute();
  if (a.balanceMinor !== null && a.balanceAsOf !== null)
    await recordAccountBalance(db, a.id, { balanceMinor: a.balanceMinor, asOf: a.balanceAsOf });
}

/** Stores the account's balance unless the store already holds one describing a later moment. */
export async function recordAccountBalance(
  db: Kysely<Database>,
  id: string,
  b: { balanceMinor: number; asOf: string },
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ balance_minor: b.balanceMinor, balance_as_of: b.asOf })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('balance_as_of', 'is', null), eb('balance_as_of', '<=', b.asOf)]))
    .execute();
}

export async function updateAccount(db: Kysely<Database>, id: string, patch: AccountUpdate): Promise<void> {
  await db.updateTable('accounts').set(patch).where('id', '=', id).execute();
}

/** Updates the account unless it is recorded UNLINKED (one statement: an unlink recorded meanwhile is not undone). */
export async function updateAccountUnlessUnlinked(
  db: Kysely<Database>,
  id: string,
  patch: AccountUpdate,
): Promise<boolean> {
  const r = await db
    .updateTable('accounts')
    .set(patch)
    .where('id', '=', id)
    .where('state', '!=', 'UNLINKED')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Notes that a person linked an account on record again (a widget code exchanged), before its feed starts: the relay
 * then tells an `account_unlinked` of the link before (received earlier) from one of this link. An account not on
 * record is left alone: there is no earlier link of it here to tell apart. The new link settles an unlink the feed set
 * aside (`unlink_set_aside`: it waited for a person to link the account again or confirm the unlink).
 */
export async function recordAccountRelinked(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ relinked_at: at, unlink_set_aside: null, unlink_set_aside_at: null })
    .where('id', '=', id)
    .execute();
}

/**
 * Mono answered for the account (it knows it, or wants it re-authorised): an `account_unlinked` the feed set aside
 * unconfirmed (`unlink_set_aside`) was stale and leaves the record, whichever run of the feed hears the answer (one
 * started again, or reset to before the set-aside, holds no note of its own to settle).
 */
export async function settleUnlinkSetAside(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ unlink_set_aside: null, unlink_set_aside_at: null })
    .where('id', '=', id)
    .where('unlink_set_aside', 'is not', null)
    .execute();
}

/**
 * Notes that the webhook relay handed off a new connection (`account_connected`) of an account recorded UNLINKED: a
 * person linked it again through Mono's widget, and the feed that connection starts takes the account's events
 * from `at` (the relay's rule for `recordAccountRelinked`'s column, which then holds across relay restarts). Never
 * moves the link back: a later one on record (`bankfeed link --code`) stays.
 */
export async function recordAccountRelinkedByConnection(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ relinked_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('relinked_at', 'is', null), eb('relinked_at', '<', at)]))
    .execute();
}

/**
 * Notes that the webhook relay handed off an unlink of the account's link recorded at `was` while the record still
 * said UNLINKED (before the new feed ran): that link ended, so the account's late webhooks must not start its feed
 * again. A link recorded since (`was` no longer on record) stays.
 */
export async function recordAccountRelinkEnded(db: Kysely<Database>, id: string, was: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ relinked_at: null })
    .where('id', '=', id)
    .where('relinked_at', '=', was)
    .execute();
}

export async function getAccount(db: Kysely<Database>, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The account; throws kysely's NoResultError when there is none (a caller that was handed a stored id). */
export async function getAccountOrThrow(db: Kysely<Database>, id: string): Promise<AccountRow> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function listAccounts(db: Kysely<Database>): Promise<AccountRow[]> {
  return db.selectFrom('accounts').selectAll().orderBy('linked_at').orderBy('id').execute();
}

/** A page of accounts that are still linked, in id order (keyset paging for the nightly fan-out). */
export async function pageLinkedAccountIds(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  let q = db.selectFrom('accounts').select('id').where('state', '!=', 'UNLINKED');
  if (afterId) q = q.where('id', '>', afterId);
  const rows = await q.orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Each account's state and last completed sync, for the accounts among `ids` on record (the nightly run's wait). */
export async function listAccountSyncTimes(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Array<{ id: string; state: string; last_synced_at: string | null }>> {
  const out: Array<{ id: string; state: string; last_synced_at: string | null }> = [];
  for (const part of chunks(ids)) {
    if (part.length === 0) continue;
    out.push(
      ...(await db.selectFrom('accounts').select(['id', 'state', 'last_synced_at']).where('id', 'in', part).execute()),
    );
  }
  return out;
}

/** Only the last four digits of an account number are ever stored or shown. */
export function maskAccountNumber(n: string | null | undefined): string | null {
  if (!n) return null;
  const digits = n.replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `******${digits.slice(-4)}`;
}

/** The account's stored ledger binding (JSON text, null when unbound); undefined for an unknown account. */
export async function getAccountLedgerBinding(
  db: Kysely<Database>,
  id: string,
): Promise<{ ledger_binding: string | null } | undefined> {
  return db.selectFrom('accounts').select('ledger_binding').where('id', '=', id).executeTakeFirst();
}

/** Records a binding on an account that has none yet (one already recorded, by a person or earlier, stands). */
export async function recordLedgerBindingIfUnset(db: Kysely<Database>, id: string, binding: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ ledger_binding: binding })
    .where('id', '=', id)
    .where('ledger_binding', 'is', null)
    .execute();
}

/** The ledger bindings (JSON text or null) of every account that is still linked. */
export async function listLinkedAccountBindings(
  db: Kysely<Database>,
): Promise<Array<{ id: string; ledger_binding: string | null }>> {
  return db.selectFrom('accounts').select(['id', 'ledger_binding']).where('state', '!=', 'UNLINKED').execute();
}

/** The account's currency as stored (Mono's code); throws kysely's NoResultError for an unknown account. */
export async function getAccountCurrency(db: Kysely<Database>, id: string): Promise<string> {
  const row = await db.selectFrom('accounts').select('currency').where('id', '=', id).executeTakeFirstOrThrow();
  return row.currency;
}

/**
 * Records that the nightly run failed on the account, in its own columns: the feed's `last_error` is the feed's
 * alone (a sync that succeeds clears it), so neither erases the other before a person sees it.
 */
export async function recordAccountNightlyFailure(
  db: Kysely<Database>,
  id: string,
  error: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ nightly_error: error, nightly_failed_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** A nightly run that succeeded on the account clears a failure an earlier night recorded (and nothing else). */
export async function clearAccountNightlyFailure(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ nightly_error: null, nightly_failed_at: null, updated_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('nightly_error', 'is not', null), eb('nightly_failed_at', 'is not', null)]))
    .execute();
}

/** The names of the accounts among `ids` that exist. */
export async function listAccountNames(
  db: Kysely<Database>,
  ids: string[],
): Promise<Array<{ id: string; name: string }>> {
  return db.selectFrom('accounts').select(['id', 'name']).where('id', 'in', ids).execute();
}

/**
 * Records that Mono answered a bank call for the account with "re-authorisation required" (the first answer's instant
 * stands). Not on an unlinked account: its feed has ended, and a relink must start without it.
 */
export async function recordBankReauthRequired(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ bank_reauth_required_at: at, updated_at: at })
    .where('id', '=', id)
    .where('bank_reauth_required_at', 'is', null)
    .where('state', '!=', 'UNLINKED')
    .execute();
}

/**
 * Records that the feed's reads of the bank are failing as of `at`; the instant on record stands, so "since" stays the
 * first failure since the last good read. `readBegan` (a read's first schedule) tells an ended read's instant from
 * this read's: one on record before it is replaced. Not the attempt number: a first attempt that died with its worker
 * never records, and a stuck first attempt can fail after its retry did. Not on an unlinked account: its feed ended.
 */
export async function recordFeedFailing(
  db: Kysely<Database>,
  id: string,
  at: string,
  opts: { readBegan?: string } = {},
): Promise<void> {
  const began = opts.readBegan;
  await db
    .updateTable('accounts')
    .set((eb) => ({
      feed_failing_since:
        began === undefined
          ? eb.fn.coalesce('feed_failing_since', eb.val(at))
          : eb
              .case()
              .when(eb.or([eb('feed_failing_since', 'is', null), eb('feed_failing_since', '<', began)]))
              .then(eb.val(at))
              .else(eb.ref('feed_failing_since'))
              .end(),
    }))
    .where('id', '=', id)
    .where('state', '!=', 'UNLINKED')
    .execute();
}

/** When Mono said the account needs re-authorisation, or null (not said, or re-authorised since). */
export async function getBankReauthRequiredAt(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('accounts').select('bank_reauth_required_at').where('id', '=', id).executeTakeFirst();
  return row?.bank_reauth_required_at ?? null;
}
