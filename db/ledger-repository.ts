import { createHash } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { normalizeCurrency } from '../domain/currency.js';
import type { LedgerEntry } from '../domain/ledger.js';
import { chunks } from './chunks.js';
import { nowIso } from './connection.js';
import type { Database, LedgerEntryRow, NewLedgerEntry } from './schema.js';

export interface ImportLedgerEntriesInput {
  sourceId: string;
  fileName: string;
  fileHash: string;
  entries: LedgerEntry[];
}

export interface ImportLedgerEntriesResult {
  /** The import's row id (the earlier import's when the file was already imported). */
  importId: number | null;
  inserted: number;
  skipped: number;
  alreadyImported: boolean;
}

/** A stored ledger entry: `id` is the source's external id (what adapters return), `rowId` the database id. */
export interface StoredLedgerEntry extends LedgerEntry {
  rowId: number;
  sourceId: string;
  status: 'open' | 'reconciled' | 'void';
}

// SQLite allows 32,766 bound parameters per statement; 17 columns × 500 rows stays well inside.
const BATCH = 500;

/** What a row says, independent of its id: the second key that keeps overlapping imports from duplicating. */
export function ledgerRowFingerprint(e: LedgerEntry): string {
  const parts = [
    e.date,
    e.amountMinor,
    e.currency,
    e.account ?? '',
    e.reference ?? '',
    (e.description ?? '').replace(/\s+/g, ' ').trim().toUpperCase(),
    e.party ?? '',
  ];
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);
}

/** Every entry has an id (unique in the batch), whole minor units, an ISO date and a known currency. */
/** The stored columns that say what an entry is (not where it came from or its state). */
export function ledgerEntryContent(e: LedgerEntry) {
  return {
    ledger_account: e.account ?? null,
    entry_date: e.date,
    due_date: e.dueDate ?? null,
    amount_minor: e.amountMinor,
    currency: e.currency,
    reference: e.reference ?? null,
    description: e.description ?? null,
    party: e.party ?? null,
    row_fingerprint: ledgerRowFingerprint(e),
    restate_key: e.restateKey ?? null,
    kind: e.kind ?? 'posting',
    party_role: e.partyRole ?? null,
  };
}

export function validateLedgerEntries(input: { fileName: string; entries: LedgerEntry[] }): void {
  const seen = new Set<string>();
  for (const [i, e] of input.entries.entries()) {
    if (!e.id) throw new Error(`ledger import ${input.fileName}: entries[${i}] has no id`);
    if (!Number.isSafeInteger(e.amountMinor))
      throw new Error(`ledger import ${input.fileName}: entries[${i}].amountMinor is not a safe integer`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date))
      throw new Error(`ledger import ${input.fileName}: entries[${i}].date is not YYYY-MM-DD`);
    normalizeCurrency(e.currency);
    if (seen.has(e.id)) throw new Error(`ledger import ${input.fileName}: entries[${i}] repeats id "${e.id}"`);
    seen.add(e.id);
  }
}

/**
 * Imports a file's entries in one transaction. The same file (by hash) imported again changes nothing; an entry
 * already stored for the source (same external id, e.g. the same row in an overlapping export) is skipped.
 */
export async function importLedgerEntries(
  db: Kysely<Database>,
  input: ImportLedgerEntriesInput,
): Promise<ImportLedgerEntriesResult> {
  validateLedgerEntries(input);
  const attempt = () =>
    db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('ledger_imports')
        .select('id')
        .where('source_id', '=', input.sourceId)
        .where('file_hash', '=', input.fileHash)
        .executeTakeFirst();
      if (existing)
        return { importId: Number(existing.id), inserted: 0, skipped: input.entries.length, alreadyImported: true };
      const now = nowIso();
      const imp = await trx
        .insertInto('ledger_imports')
        .values({
          source_id: input.sourceId,
          file_name: input.fileName,
          file_hash: input.fileHash,
          row_count: input.entries.length,
          imported_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const importId = Number(imp.id);
      let inserted = 0;
      for (let i = 0; i < input.entries.length; i += BATCH) {
        const rows: NewLedgerEntry[] = input.entries.slice(i, i + BATCH).map((e) => ({
          source_id: input.sourceId,
          external_id: e.id,
          ...ledgerEntryContent(e),
          status: 'open',
          import_id: importId,
          raw: null,
          created_at: now,
          updated_at: now,
        }));
        const done = await trx
          .insertInto('ledger_entries')
          .values(rows)
          .onConflict((oc) => oc.columns(['source_id', 'external_id']).doNothing())
          .returning('id')
          .execute();
        inserted += done.length;
      }
      return { importId, inserted, skipped: input.entries.length - inserted, alreadyImported: false };
    });
  try {
    return await attempt();
  } catch (err) {
    // Two workers importing the same file at once: the loser's unique violation means "already imported".
    const again = await db
      .selectFrom('ledger_imports')
      .select('id')
      .where('source_id', '=', input.sourceId)
      .where('file_hash', '=', input.fileHash)
      .executeTakeFirst();
    if (again) return { importId: Number(again.id), inserted: 0, skipped: input.entries.length, alreadyImported: true };
    throw err;
  }
}

/** Open entries of a source dated within the period (inclusive), optionally of one GL account, oldest first. */
export async function listOpenLedgerEntries(
  db: Kysely<Database>,
  sourceId: string,
  period: { from: string; to: string },
  opts: { ledgerAccount?: string | null } = {},
): Promise<StoredLedgerEntry[]> {
  let q = db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('status', '=', 'open')
    .where('entry_date', '>=', period.from)
    .where('entry_date', '<=', period.to);
  if (opts.ledgerAccount) q = q.where('ledger_account', '=', opts.ledgerAccount);
  const rows = await q.orderBy('entry_date').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.external_id,
    rowId: Number(r.id),
    sourceId: r.source_id,
    status: r.status as StoredLedgerEntry['status'],
    date: r.entry_date,
    dueDate: r.due_date,
    amountMinor: Number(r.amount_minor),
    currency: normalizeCurrency(r.currency),
    reference: r.reference,
    description: r.description,
    party: r.party,
    account: r.ledger_account,
  }));
}

/** Marks open entries of a source reconciled by external id; returns how many changed (already reconciled ones do not). */
export async function markLedgerEntriesReconciled(
  db: Kysely<Database>,
  sourceId: string,
  externalIds: string[],
): Promise<number> {
  if (externalIds.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let changed = 0;
    const now = nowIso();
    for (let i = 0; i < externalIds.length; i += BATCH) {
      const res = await trx
        .updateTable('ledger_entries')
        .set({ status: 'reconciled', updated_at: now })
        .where('source_id', '=', sourceId)
        .where('status', '=', 'open')
        .where('external_id', 'in', externalIds.slice(i, i + BATCH))
        .executeTakeFirst();
      changed += Number(res.numUpdatedRows);
    }
    return changed;
  });
}

/** The entries among `ids` that belong to the source, with what write-back needs, oldest first. */
export async function listSourceEntriesForSettlement(
  db: Kysely<Database>,
  sourceId: string,
  ids: number[],
): Promise<
  Array<Pick<LedgerEntryRow, 'id' | 'external_id' | 'amount_minor' | 'reference' | 'closed_reason' | 'kind'>>
> {
  return db
    .selectFrom('ledger_entries')
    .select(['id', 'external_id', 'amount_minor', 'reference', 'closed_reason', 'kind'])
    .where('id', 'in', ids)
    .where('source_id', '=', sourceId)
    .orderBy('entry_date')
    .orderBy('id')
    .execute();
}

/**
 * The open entries of a source that may be one a write-back put into the books, each with the reference it carries:
 * the one with the id the books gave it when it was written (or else the one posting the source names by that id,
 * its restate key, when the books list the write under another id), then those with the posting's reference (the bank
 * line's id), amount and date (the books may number their transactions anew, as hledger does when one is inserted or
 * deleted above it, and an id may then name another posting). The caller decides which, if any, it is.
 */
export async function findWrittenEntryCandidates(
  db: Kysely<Database>,
  sourceId: string,
  posting: { externalId: string | null; reference: string | null; amountMinor: number; date: string },
): Promise<{
  byId: Pick<LedgerEntryRow, 'id' | 'amount_minor' | 'reference' | 'kind'> | null;
  byContent: Array<Pick<LedgerEntryRow, 'id' | 'amount_minor' | 'reference' | 'kind'>>;
}> {
  const open = () =>
    db
      .selectFrom('ledger_entries')
      .select(['id', 'amount_minor', 'reference', 'kind'])
      .where('source_id', '=', sourceId)
      .where('status', '=', 'open');
  // by the id, or else by the one entry the source names by it (its restate key): the books list a write under
  // another id than the one reported for it when it was written (a Tryton statement line, listed as its journal item)
  const named = async (id: string) => {
    const rows = await open().where('restate_key', '=', id).where('kind', '=', 'posting').limit(2).execute();
    return rows.length === 1 ? rows[0]! : null;
  };
  const byId = posting.externalId
    ? ((await open().where('external_id', '=', posting.externalId).executeTakeFirst()) ??
      (await named(posting.externalId)))
    : null;
  const byContent = posting.reference
    ? await open()
        .where('reference', '=', posting.reference)
        .where('amount_minor', '=', posting.amountMinor)
        .where('entry_date', '=', posting.date)
        .limit(3)
        .execute()
    : [];
  return { byId, byContent };
}

/**
 * A source's open postings of this amount dated in [from, to]: where a payment the books recorded themselves, for
 * documents a match holds, may be (the caller tells which, if any, it is).
 */
export async function listOpenPostingsOfAmount(
  db: Kysely<Database>,
  sourceId: string,
  q: { amountMinor: number; from: string; to: string },
): Promise<Array<Pick<LedgerEntryRow, 'id' | 'amount_minor' | 'reference' | 'description' | 'party'>>> {
  return db
    .selectFrom('ledger_entries')
    .select(['id', 'amount_minor', 'reference', 'description', 'party'])
    .where('source_id', '=', sourceId)
    .where('status', '=', 'open')
    .where('kind', '=', 'posting')
    .where('amount_minor', '=', q.amountMinor)
    .where('entry_date', '>=', q.from)
    .where('entry_date', '<=', q.to)
    .limit(20)
    .execute();
}

/**
 * A source's open postings whose id is `<kind>:<id>` for this id: where an entry written before its source gave its
 * postings' ids their kind ("txn:", "payment:") is listed now (the caller takes one only when it is the only one).
 */
export async function listOpenPostingsIdentifiedAs(
  db: Kysely<Database>,
  sourceId: string,
  bareId: string,
): Promise<Array<Pick<LedgerEntryRow, 'id' | 'external_id' | 'amount_minor' | 'reference' | 'kind'>>> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['id', 'external_id', 'amount_minor', 'reference', 'kind'])
    .where('source_id', '=', sourceId)
    .where('status', '=', 'open')
    .where('kind', '=', 'posting')
    // LIKE's wildcards in the id only widen the search: the exact test follows.
    .where('external_id', 'like', `%:${bareId}`)
    .limit(5)
    .execute();
  return rows.filter(
    (r) => /^[a-z]+:/.test(r.external_id) && r.external_id.slice(r.external_id.indexOf(':') + 1) === bareId,
  );
}

/** A document that is a customer's, or whose source does not say whose (LedgerEntry.partyRole): not a supplier's. */
const customersOrUnsaid = (eb: ExpressionBuilder<Database, 'ledger_entries'>) =>
  eb.or([eb('party_role', 'is', null), eb('party_role', '=', 'customer')]);

/**
 * Open invoices (customers' documents the books hold open with money owed to us, LedgerEntry.kind and partyRole) of any
 * source whose reference is `reference`, ignoring case. A posting with that reference is money the bank account has
 * seen, and a supplier's credit note money a supplier owes: never one.
 */
export async function listOpenInvoicesByReference(
  db: Kysely<Database>,
  reference: string,
): Promise<Array<Pick<LedgerEntryRow, 'id' | 'amount_minor' | 'source_id' | 'reference' | 'status'>>> {
  return db
    .selectFrom('ledger_entries')
    .select(['id', 'amount_minor', 'source_id', 'reference', 'status'])
    .where('kind', '=', 'document')
    .where('status', '=', 'open')
    .where('amount_minor', '>', 0)
    .where(customersOrUnsaid)
    .where((eb) => eb(eb.fn<string>('upper', ['reference']), '=', reference.toUpperCase()))
    .execute();
}

/** Stored entries of any source, of any kind and state, whose reference is `reference` (ignoring case), at most 20. */
export async function listEntriesByReference(db: Kysely<Database>, reference: string): Promise<LedgerEntryRow[]> {
  return db
    .selectFrom('ledger_entries')
    .selectAll()
    .where((eb) => eb(eb.fn<string>('upper', ['reference']), '=', reference.toUpperCase()))
    .orderBy('entry_date', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
}

/**
 * Whether any entry of the source names this ledger (GL) account. One source may hold several banks' entries (a
 * general ledger), so a bound account filters them; a binding written another way than the stored entries (name vs
 * code) names none, and then filters nothing.
 */
export async function sourceNamesLedgerAccount(
  db: Kysely<Database>,
  sourceId: string,
  ledgerAccount: string,
): Promise<boolean> {
  const named = await db
    .selectFrom('ledger_entries')
    .select('id')
    .where('source_id', '=', sourceId)
    .where('ledger_account', '=', ledgerAccount)
    .limit(1)
    .executeTakeFirst();
  return named !== undefined;
}

/**
 * Entries of a source dated on or before `to` that are not void, oldest first. With a ledger (GL) account: that
 * account's entries and those naming none, since one source may hold several banks' (a general ledger); a binding
 * written another way than the stored entries (name vs code) filters nothing.
 */
export async function listLedgerEntriesThrough(
  db: Kysely<Database>,
  sourceId: string,
  to: string,
  ledgerAccount: string | null | undefined,
): Promise<LedgerEntryRow[]> {
  return (await boundAccountEntries(db, sourceId, ledgerAccount))
    .where('status', '!=', 'void')
    .where('entry_date', '<=', to)
    .orderBy('entry_date')
    .orderBy('id')
    .execute();
}

/** A source's entries, only the bound ledger account's and those naming none when the source names that account. */
async function boundAccountEntries(db: Kysely<Database>, sourceId: string, ledgerAccount: string | null | undefined) {
  const q = db.selectFrom('ledger_entries').selectAll().where('source_id', '=', sourceId);
  return ledgerAccount && (await sourceNamesLedgerAccount(db, sourceId, ledgerAccount))
    ? q.where((eb) => eb.or([eb('ledger_account', '=', ledgerAccount), eb('ledger_account', 'is', null)]))
    : q;
}

/**
 * Entries of a source (and bound ledger account, as listLedgerEntriesThrough reads it) dated on or before `through`
 * and recorded by `seenBy` that a pull has since closed as voided, cancelled or gone (after `seenBy`, and by `asOf`
 * when given): the books no longer hold them, though a balance taken at `seenBy` did. A person's own void (no reason)
 * and an entry closed as paid (its amount is still the books') are not among them.
 */
export async function listClosedSince(
  db: Kysely<Database>,
  sourceId: string,
  at: { through: string; seenBy: string; asOf?: string },
  ledgerAccount: string | null | undefined,
): Promise<LedgerEntryRow[]> {
  const q = (await boundAccountEntries(db, sourceId, ledgerAccount))
    .where('status', '=', 'void')
    .where('closed_reason', 'in', ['voided', 'cancelled', 'gone'])
    .where('entry_date', '<=', at.through)
    .where('created_at', '<=', at.seenBy)
    .where('closed_at', '>', at.seenBy);
  return (at.asOf === undefined ? q : q.where('closed_at', '<=', at.asOf))
    .orderBy('entry_date')
    .orderBy('id')
    .execute();
}

/** An entry whose amount, date or ledger account the books changed after a balance was taken, as it was then and is. */
export interface FigureChangedSince {
  row: LedgerEntryRow;
  then: { date: string; amountMinor: number; inAccount: boolean };
  /** in the bound ledger account as listLedgerEntriesThrough reads it, now */
  inAccount: boolean;
}

/**
 * Entries of a source recorded by `seenBy` whose amount, date or ledger account a pull changed after it (and by
 * `asOf` when given), each with its figures as they stood at `seenBy` (the first such change's before): a balance
 * taken at `seenBy` held them so, wherever the books have moved them since. Whether each is in the bound ledger
 * account then and now is read as listLedgerEntriesThrough reads it.
 */
export async function listFiguresChangedSince(
  db: Kysely<Database>,
  sourceId: string,
  at: { seenBy: string; asOf?: string },
  ledgerAccount: string | null | undefined,
): Promise<FigureChangedSince[]> {
  let q = db
    .selectFrom('ledger_entry_changes as c')
    .innerJoin('ledger_entries as e', 'e.id', 'c.entry_id')
    .select(['c.entry_id', 'c.before_date', 'c.before_amount_minor', 'c.before_account'])
    .where('e.source_id', '=', sourceId)
    .where('e.created_at', '<=', at.seenBy)
    .where('c.changed_at', '>', at.seenBy);
  if (at.asOf !== undefined) q = q.where('c.changed_at', '<=', at.asOf);
  const changes = await q.orderBy('c.changed_at').orderBy('c.id').execute();
  if (changes.length === 0) return [];
  const first = new Map<number, (typeof changes)[number]>();
  for (const c of changes) if (!first.has(Number(c.entry_id))) first.set(Number(c.entry_id), c);
  const names = ledgerAccount ? await sourceNamesLedgerAccount(db, sourceId, ledgerAccount) : false;
  const inAccount = (account: string | null) => !names || account === null || account === ledgerAccount;
  const out: FigureChangedSince[] = [];
  for (const ids of chunks([...first.keys()])) {
    const rows = await db.selectFrom('ledger_entries').selectAll().where('id', 'in', ids).orderBy('id').execute();
    for (const row of rows) {
      const c = first.get(Number(row.id))!;
      out.push({
        row,
        then: {
          date: c.before_date,
          amountMinor: Number(c.before_amount_minor),
          inAccount: inAccount(c.before_account),
        },
        inAccount: inAccount(row.ledger_account),
      });
    }
  }
  return out;
}

/** One stored entry by its database id. */
export async function getLedgerEntry(db: Kysely<Database>, id: number): Promise<LedgerEntryRow | undefined> {
  return db.selectFrom('ledger_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A source's open invoices, oldest first, at most `limit`: customers' documents (LedgerEntry.kind, partyRole) the books
 * hold open with money owed to us and a number to collect by. Never a posting: a positive posting is a receipt the
 * books have recorded on the bank account already (a general ledger's bank line, a payment), money received, not
 * owed. Never a supplier's document: a supplier's credit note is positive too, but no customer owes it.
 */
export async function listOpenInvoices(
  db: Kysely<Database>,
  sourceId: string,
  limit: number,
): Promise<LedgerEntryRow[]> {
  return db
    .selectFrom('ledger_entries')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('kind', '=', 'document')
    .where('status', '=', 'open')
    .where('amount_minor', '>', 0)
    .where(customersOrUnsaid)
    .where('reference', 'is not', null)
    .orderBy('entry_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Whether a source has given bankfeed any document (an invoice or bill, open or closed since): books that keep them. */
export async function sourceHoldsDocuments(db: Kysely<Database>, sourceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('ledger_entries')
    .select('id')
    .where('source_id', '=', sourceId)
    .where('kind', '=', 'document')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * What a bookkeeper finds an entry by in the books: its reference, else the books' own id (a journal or GL row id);
 * not the id bankfeed makes for a file row that has none ("row:<hash of the row>"), which is in no book.
 */
export function bookRefOf(r: { reference: string | null; external_id: string | null }): string | null {
  if (r.reference) return r.reference;
  return r.external_id && !r.external_id.startsWith('row:') ? r.external_id : null;
}
