import { sql, type Kysely } from 'kysely';

/**
 * `party_role`: whose document a stored entry is (LedgerEntry.partyRole): `customer` (sales: an invoice, a credit note
 * given) or `supplier` (purchases: a bill, a credit note received); null for a posting or when the source does not
 * say. Only a customer's open invoice is collected. Entries stored before it get theirs from the next pull that lists
 * them; the positive documents bankfeed's own sources stored that are a supplier's (Xero's supplier credit notes,
 * Tryton's supplier credit notes, described "Supplier invoice") are marked here, so none is offered for collection
 * in between.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').addColumn('party_role', 'text').execute();
  await sql`update ledger_entries set party_role = 'supplier'
    where kind = 'document' and amount_minor > 0
      and (external_id like 'creditnote:%' or description like 'Supplier invoice%')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').dropColumn('party_role').execute();
}
