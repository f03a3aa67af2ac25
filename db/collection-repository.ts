import type { Kysely, Selectable } from 'kysely';
import type { CollectionsTable } from './mono-data-schema.js';
import type { Database } from './schema.js';

export type CollectionRow = Selectable<CollectionsTable>;

export interface NewCollection {
  invoiceRef: string;
  reference: string;
  monoPaymentId: string;
  accountId: string | null;
  ledgerEntryId: number | null;
  amountMinor: number;
  currency: string;
  customerName: string;
  customerEmail: string;
  description: string;
  paymentLink: string;
  request: string;
  requestedBy: string;
  requestedAt: string;
}

export async function insertCollection(db: Kysely<Database>, c: NewCollection): Promise<number> {
  const row = await db
    .insertInto('collections')
    .values({
      invoice_ref: c.invoiceRef,
      reference: c.reference,
      mono_payment_id: c.monoPaymentId,
      account_id: c.accountId,
      ledger_entry_id: c.ledgerEntryId,
      amount_minor: c.amountMinor,
      currency: c.currency,
      customer_name: c.customerName,
      customer_email: c.customerEmail,
      description: c.description,
      payment_link: c.paymentLink,
      status: 'pending',
      paid_amount_minor: null,
      fee_minor: null,
      fee_bearer: null,
      flag: null,
      settled_bank_txn_id: null,
      request: c.request,
      requested_by: c.requestedBy,
      requested_at: c.requestedAt,
      verified_at: null,
      updated_at: c.requestedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function collectionByReference(db: Kysely<Database>, reference: string): Promise<CollectionRow | null> {
  return (await db.selectFrom('collections').selectAll().where('reference', '=', reference).executeTakeFirst()) ?? null;
}

export async function listCollections(
  db: Kysely<Database>,
  filter: { accountId?: string } = {},
): Promise<CollectionRow[]> {
  let q = db.selectFrom('collections').selectAll().orderBy('id');
  if (filter.accountId) q = q.where('account_id', '=', filter.accountId);
  return q.execute();
}

/** Open collections of an invoice (not failed, abandoned or cancelled): a second request would charge twice. */
export async function liveCollectionsOf(db: Kysely<Database>, invoiceRef: string): Promise<CollectionRow[]> {
  return db
    .selectFrom('collections')
    .selectAll()
    .where('invoice_ref', '=', invoiceRef)
    .where('status', 'in', ['pending', 'successful'])
    .execute();
}

/** What Mono's verify said, written only when it changes something; returns whether it did. */
export async function applyVerifiedState(
  db: Kysely<Database>,
  id: number,
  v: {
    status: string;
    paidAmountMinor: number | null;
    feeMinor: number | null;
    feeBearer: string | null;
    flag: string | null;
    monoTransactionId: string | null;
    at: string;
  },
): Promise<boolean> {
  const before = await db.selectFrom('collections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const same =
    before.status === v.status &&
    (before.paid_amount_minor === null ? null : Number(before.paid_amount_minor)) === v.paidAmountMinor &&
    (before.fee_minor === null ? null : Number(before.fee_minor)) === v.feeMinor &&
    before.fee_bearer === v.feeBearer &&
    before.flag === v.flag;
  if (same) return false;
  await db
    .updateTable('collections')
    .set({
      status: v.status,
      paid_amount_minor: v.paidAmountMinor,
      fee_minor: v.feeMinor,
      fee_bearer: v.feeBearer,
      flag: v.flag,
      verified_at: v.at,
      updated_at: v.at,
      // The payment's transaction id (txd_…) is what Mono's settlement narration carries.
      ...(v.monoTransactionId ? { mono_payment_id: v.monoTransactionId } : {}),
    })
    .where('id', '=', id)
    .execute();
  return true;
}

export async function recordCollectionEvent(
  db: Kysely<Database>,
  e: {
    collectionId: number | null;
    reference: string;
    eventKey: string;
    event: string;
    webhookStatus: string | null;
    verifiedStatus: string | null;
    outcome: string;
    detail: string | null;
    at: string;
  },
): Promise<boolean> {
  const rows = await db
    .insertInto('collection_events')
    .values({
      collection_id: e.collectionId,
      reference: e.reference,
      event_key: e.eventKey,
      event: e.event,
      webhook_status: e.webhookStatus,
      verified_status: e.verifiedStatus,
      outcome: e.outcome,
      detail: e.detail,
      at: e.at,
    })
    .onConflict((oc) => oc.column('event_key').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function collectionEventByKey(db: Kysely<Database>, eventKey: string) {
  return db.selectFrom('collection_events').selectAll().where('event_key', '=', eventKey).executeTakeFirst();
}

export async function collectionEvents(db: Kysely<Database>, reference: string) {
  return db.selectFrom('collection_events').selectAll().where('reference', '=', reference).orderBy('id').execute();
}

/** Paid, unflagged collections whose settlement is expected in this account (or anywhere). */
export async function paidCollectionsFor(db: Kysely<Database>, accountId: string): Promise<CollectionRow[]> {
  return db
    .selectFrom('collections')
    .selectAll()
    .where('status', '=', 'successful')
    .where((eb) => eb.or([eb('account_id', '=', accountId), eb('account_id', 'is', null)]))
    .execute();
}

export async function markSettled(db: Kysely<Database>, id: number, bankTxnId: number, at: string): Promise<void> {
  await db
    .updateTable('collections')
    .set({ settled_bank_txn_id: bankTxnId, updated_at: at })
    .where('id', '=', id)
    .where('settled_bank_txn_id', 'is', null)
    .execute();
}

export async function flagCollection(db: Kysely<Database>, id: number, flag: string, at: string): Promise<void> {
  await db.updateTable('collections').set({ flag, updated_at: at }).where('id', '=', id).execute();
}

/** Whether a bank line and a ledger entry sit in one active match group (auto, confirmed or manual), and its status. */
export async function matchStateOf(
  db: Kysely<Database>,
  bankTxnId: number,
  ledgerEntryId: number | null,
): Promise<string | null> {
  const rows = await db
    .selectFrom('match_items as b')
    .innerJoin('match_groups as g', 'g.id', 'b.group_id')
    .select(['g.id', 'g.status'])
    .where('b.side', '=', 'bank')
    .where('b.item_id', '=', bankTxnId)
    .where('b.active', '=', 1)
    .execute();
  for (const r of rows) {
    if (ledgerEntryId === null) return r.status;
    const l = await db
      .selectFrom('match_items')
      .select('id')
      .where('group_id', '=', r.id)
      .where('side', '=', 'ledger')
      .where('item_id', '=', ledgerEntryId)
      .executeTakeFirst();
    if (l) return r.status;
  }
  return null;
}

/** A credit of the account whose narration or reference carries one of the codes (upper-cased, letters and digits). */
export async function findSettlementCredit(
  db: Kysely<Database>,
  accountId: string,
  codes: string[],
): Promise<{ id: number; amountMinor: number; businessDate: string } | null> {
  for (const code of codes.filter((c) => c.length >= 8)) {
    const rows = await db
      .selectFrom('bank_transactions')
      .select(['id', 'amount_minor', 'business_date', 'narration', 'reference'])
      .where('account_id', '=', accountId)
      .where('direction', '=', 'credit')
      .where('status', '!=', 'removed')
      .where((eb) =>
        eb.or([
          eb(eb.fn<string>('upper', ['narration']), 'like', `%${code.slice(-8)}%`),
          eb(eb.fn<string>('upper', ['reference']), 'like', `%${code.slice(-8)}%`),
        ]),
      )
      .execute();
    const hit = rows.find((r) => compact(`${r.narration} ${r.reference ?? ''}`).includes(code));
    if (hit) return { id: Number(hit.id), amountMinor: Number(hit.amount_minor), businessDate: hit.business_date };
  }
  return null;
}

export function compact(s: string): string {
  return s.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
