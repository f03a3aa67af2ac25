import type { Kysely } from 'kysely';
import type { LedgerCompleteScope, LedgerEntry } from '../domain/ledger.js';
import { chunks } from './chunks.js';
import { nowIso } from './connection.js';
import { pairRestated } from './restated-entries.js';
import { ledgerEntryContent, validateLedgerEntries } from './ledger-repository.js';
import type { Database, NewLedgerEntry } from './schema.js';

/** Why the books closed an entry (mirrors the adapters' LedgerCloseReason; db/ does not import adapters). */
export type LedgerEntryCloseReason = 'paid' | 'cancelled' | 'voided' | 'gone';

export interface SyncLedgerEntriesInput {
  sourceId: string;
  /** Names the pull in errors ("tryton:1.1.1"). */
  label: string;
  /** Open entries as the books state them now: new ones are inserted, known ones updated. */
  entries: LedgerEntry[];
  /** Entries the books closed since the last pull. */
  closed?: Array<{ id: string; reason: LedgerEntryCloseReason; prefix?: boolean }>;
  /** `entries` is all the books hold open dated in this range (of this ledger account when given): the rest is gone. */
  complete?: LedgerCompleteScope | readonly LedgerCompleteScope[] | null;
  /** The starts of the ids the source gives its documents: stored entries under one are documents, whatever state. */
  documentIdPrefixes?: readonly string[];
  /** When the books were read (before the pull's first request); now when not given. */
  readAt?: string;
}

export interface SyncLedgerEntriesResult {
  inserted: number;
  updated: number;
  reopened: number;
  closed: number;
  /** Entries a held match (auto, confirmed, manual) keeps as they were matched: their closing is only noted. */
  keptForMatches: number;
  /** Entries a held match settled whose amount, date or ledger account the books have changed since (not an echo). */
  amended: number;
  /** Stored entries a complete pull lists again under a new id (an export's row re-stated), kept as the same entry. */
  restated: number;
}

/** The audit trail's record of a write-back that settled a held match's entry in the books (activities write it). */
export const SETTLE_ACTION = 'ledger.settle';
export const WRITE_BACK_ENTITY = 'match_write_back';

interface StoredRow {
  id: number;
  external_id: string;
  status: string;
  entry_date: string;
  amount_minor: number;
  ledger_account: string | null;
  row_fingerprint: string;
  due_date: string | null;
  closed_reason: string | null;
  updated_at: string;
  books_amount_minor: number | null;
  books_seen_at: string | null;
  reference: string | null;
  description: string | null;
  party: string | null;
  restate_key: string | null;
  kind: string;
  party_role: string | null;
}

const STORED = [
  'id',
  'external_id',
  'status',
  'entry_date',
  'amount_minor',
  'ledger_account',
  'row_fingerprint',
  'due_date',
  'closed_reason',
  'updated_at',
  'books_amount_minor',
  'books_seen_at',
  'reference',
  'description',
  'party',
  'restate_key',
  'kind',
  'party_role',
] as const;

/**
 * Applies a pull to the stored entries of a source, in one transaction, so the store follows the books:
 *  - an entry seen for the first time is inserted open;
 *  - an open entry whose content changed (amount left to pay, date, reference, party) is updated in place;
 *  - an entry the books closed (paid, cancelled, voided, gone) becomes void with the reason, so it stops being a
 *    candidate and an outstanding item; one a sync closed and the books re-open is open again;
 *  - an entry a held match (auto, confirmed, manual) holds keeps what it was matched on: a person's decision and the
 *    write-back that follows it stand; only the books' closing is noted on it. What the write-back itself lowers
 *    (the amount left to pay) is not a change; an amount, date or ledger account the books change beyond it is,
 *    and is taken, so the statement follows the books (the match then shows what no longer agrees);
 *  - every change of an entry's amount, date or ledger account is kept with its before and after
 *    (ledger_entry_changes), so a balance taken before it can be carried forward by it;
 *  - a stored entry a complete pull lists again under a new id (re-stated: db/restated-entries.ts) keeps its row,
 *    re-keyed; the source's restate key of every listed entry is kept with it (restate_key) for that pairing;
 *  - whose document an entry is (party_role) follows the source when it states it; a pull that states none keeps it.
 * A person's own void (no close reason) is never re-opened.
 */
export async function syncLedgerEntries(
  db: Kysely<Database>,
  input: SyncLedgerEntriesInput,
): Promise<SyncLedgerEntriesResult> {
  validateLedgerEntries({ fileName: input.label, entries: input.entries });
  const result: SyncLedgerEntriesResult = {
    inserted: 0,
    updated: 0,
    reopened: 0,
    closed: 0,
    keptForMatches: 0,
    amended: 0,
    restated: 0,
  };
  const closedReason = new Map((input.closed ?? []).filter((c) => !c.prefix).map((c) => [c.id, c.reason]));
  const closedPrefixes = (input.closed ?? []).filter((c) => c.prefix && c.id.length > 0);

  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const prefix of input.documentIdPrefixes ?? []) {
      if (prefix.length === 0) continue;
      const rows = await trx
        .selectFrom('ledger_entries')
        .select(['id', 'external_id'])
        .where('source_id', '=', input.sourceId)
        .where('kind', '=', 'posting')
        // LIKE's wildcards in the prefix only widen the search: the exact test follows.
        .where('external_id', 'like', `${prefix}%`)
        .execute();
      const ids = rows.filter((r) => r.external_id.startsWith(prefix)).map((r) => Number(r.id));
      for (const part of chunks(ids))
        await trx.updateTable('ledger_entries').set({ kind: 'document' }).where('id', 'in', part).execute();
    }
    for (const c of closedPrefixes) {
      const rows = await trx
        .selectFrom('ledger_entries')
        .select('external_id')
        .where('source_id', '=', input.sourceId)
        // LIKE's wildcards in the id only widen the search: the exact prefix test follows.
        .where('external_id', 'like', `${c.id}%`)
        .execute();
      for (const r of rows) if (r.external_id.startsWith(c.id)) closedReason.set(r.external_id, c.reason);
    }
    // An entry both listed open and closed is open: the books' newest word is the entry itself.
    for (const e of input.entries) closedReason.delete(e.id);
    const wanted = [...new Set([...input.entries.map((e) => e.id), ...closedReason.keys()])];
    const stored = new Map<string, StoredRow>();
    for (const ids of chunks(wanted)) {
      const rows = await trx
        .selectFrom('ledger_entries')
        .select(STORED)
        .where('source_id', '=', input.sourceId)
        .where('external_id', 'in', ids)
        .execute();
      for (const r of rows) stored.set(r.external_id, storedRow(r));
    }

    const scopes: readonly LedgerCompleteScope[] = !input.complete
      ? []
      : 'from' in input.complete
        ? [input.complete]
        : input.complete;
    if (scopes.length > 0) {
      const listed = new Set(input.entries.map((e) => e.id));
      const goneById = new Map<number, StoredRow>();
      for (const scope of scopes) {
        let q = trx
          .selectFrom('ledger_entries')
          .select(STORED)
          .where('source_id', '=', input.sourceId)
          .where('status', '=', 'open')
          .where('entry_date', '>=', scope.from)
          .where('entry_date', '<=', scope.to);
        if (scope.ledgerAccount) q = q.where('ledger_account', '=', scope.ledgerAccount);
        if (scope.kind) q = q.where('kind', '=', scope.kind);
        for (const r of await q.execute())
          if (!listed.has(r.external_id) && !closedReason.has(r.external_id)) goneById.set(Number(r.id), storedRow(r));
      }
      const gone = [...goneById.values()];
      // An entry the export re-states under a new id keeps its own row (and any match holding it): re-keyed, the
      // loop below takes the books' new figures of it as of any listed entry.
      const restated = new Set<StoredRow>();
      for (const [r, e] of pairRestated(
        gone,
        input.entries.filter((e) => !stored.has(e.id)),
      )) {
        await trx.updateTable('ledger_entries').set({ external_id: e.id }).where('id', '=', r.id).execute();
        stored.set(e.id, { ...r, external_id: e.id });
        restated.add(r);
        result.restated++;
      }
      for (const r of gone) {
        if (restated.has(r)) continue;
        stored.set(r.external_id, r);
        closedReason.set(r.external_id, 'gone');
      }
    }

    const held = new Set<number>();
    for (const ids of chunks([...stored.values()].map((r) => r.id))) {
      const rows = await trx
        .selectFrom('match_items')
        .select('item_id')
        .where('side', '=', 'ledger')
        .where('active', '=', 1)
        .where('item_id', 'in', ids)
        .execute();
      for (const r of rows) held.add(Number(r.item_id));
    }

    const readAt = input.readAt ?? now;
    // settled by a match: held by one, or flagged reconciled in the books that take the flag
    const settled = (r: StoredRow) => held.has(r.id) || r.status === 'reconciled';
    const heldListed = input.entries
      .map((e) => stored.get(e.id))
      .filter((r): r is StoredRow => r !== undefined && settled(r));
    const writtenBack = await paymentsWrittenBack(trx, input.sourceId, heldListed);
    const inserts: NewLedgerEntry[] = [];
    for (const e of input.entries) {
      const row = stored.get(e.id);
      const content = contentOverStored(e, row);
      if (!row) {
        inserts.push({
          source_id: input.sourceId,
          external_id: e.id,
          ...content,
          status: 'open',
          import_id: null,
          raw: null,
          created_at: now,
          updated_at: now,
          books_seen_at: readAt,
        });
        continue;
      }
      if (settled(row)) {
        // A held entry keeps its amount as matched. The books' own figure for it is what is left to pay, which
        // bankfeed's write-backs of matches lower: what the books said when last read, less the payments written
        // back since, is what they should say now. Anything else is the books' own change, taken by its difference.
        const last = row.books_amount_minor ?? row.amount_minor;
        // (a row stored before the books' figure was kept was last read when last updated)
        const seen = row.books_seen_at ?? row.updated_at;
        const paidSince = (writtenBack.get(row.id) ?? [])
          .filter((w) => w.at > seen)
          .reduce((sum, w) => sum + w.amountMinor, 0);
        const deltaMinor = content.amount_minor - (last - paidSince);
        const figure = { ...content, amount_minor: row.amount_minor + deltaMinor };
        if (!figureChanged(row, figure)) {
          if (content.amount_minor !== last)
            await trx
              .updateTable('ledger_entries')
              .set({ books_amount_minor: content.amount_minor, books_seen_at: readAt })
              .where('id', '=', row.id)
              .execute();
          await keepSourceWords(trx, row, content);
          result.keptForMatches++;
          continue;
        }
        await trx
          .updateTable('ledger_entries')
          .set({ ...figure, books_amount_minor: content.amount_minor, books_seen_at: readAt, updated_at: now })
          .where('id', '=', row.id)
          .execute();
        await noteChange(trx, row, figure, now, true);
        result.amended++;
        continue;
      }
      // Listed open again: a row the books closed comes back (a person's own void, with no reason, never does), and
      // a closing noted while a match held the row is forgotten.
      const reopen = row.status === 'void' && row.closed_reason !== null;
      // The figures too: a row a match held may keep an amount no fingerprint of the books' content describes.
      const changed =
        row.row_fingerprint !== content.row_fingerprint ||
        row.due_date !== content.due_date ||
        figureChanged(row, content);
      if (row.status === 'open' && (changed || row.closed_reason !== null)) {
        if (figureChanged(row, content)) await noteChange(trx, row, content, now, false);
        await trx
          .updateTable('ledger_entries')
          .set({ ...content, ...takenAsRead(readAt), closed_reason: null, closed_at: null, updated_at: now })
          .where('id', '=', row.id)
          .execute();
        result.updated++;
      } else if (reopen) {
        if (figureChanged(row, content)) await noteChange(trx, row, content, now, false);
        await trx
          .updateTable('ledger_entries')
          .set({
            ...content,
            ...takenAsRead(readAt),
            status: 'open',
            closed_reason: null,
            closed_at: null,
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
        result.reopened++;
      } else await keepSourceWords(trx, row, content);
    }
    for (const rows of chunks(inserts)) {
      const done = await trx
        .insertInto('ledger_entries')
        .values(rows)
        .onConflict((oc) => oc.columns(['source_id', 'external_id']).doNothing())
        .returning('id')
        .execute();
      result.inserted += done.length;
    }

    for (const [id, reason] of closedReason) {
      const row = stored.get(id);
      // Already void; an open row whose closing was only noted while a match held it is voided once none does.
      if (!row || row.status === 'void') continue;
      if (held.has(row.id)) {
        if (row.closed_reason !== null) continue;
        // The match stands on the entry as matched; the books' closing (often this very match's write-back) is noted.
        await trx
          .updateTable('ledger_entries')
          .set({ closed_reason: reason, closed_at: now, updated_at: now })
          .where('id', '=', row.id)
          .execute();
        result.keptForMatches++;
        continue;
      }
      if (row.status !== 'open') continue;
      await trx
        .updateTable('ledger_entries')
        .set({ status: 'void', closed_reason: reason, closed_at: now, updated_at: now })
        .where('id', '=', row.id)
        .where('status', '=', 'open')
        .execute();
      result.closed++;
    }
    return result;
  });
}

/**
 * What the pull says of an entry, over what is stored of it: whose document it is (LedgerEntry.partyRole) is taken
 * when the source states it and kept as stored when it does not (a plugin that gives no role, pulling a document
 * migration 0025 marked a supplier's), since a source that does not say has not said it changed.
 */
function contentOverStored(e: LedgerEntry, row: StoredRow | undefined) {
  const content = ledgerEntryContent(e);
  return row && content.party_role === null ? { ...content, party_role: row.party_role } : content;
}

function storedRow<
  R extends Omit<StoredRow, 'id' | 'amount_minor' | 'books_amount_minor'> & {
    id: unknown;
    amount_minor: unknown;
    books_amount_minor: unknown;
  },
>(r: R): StoredRow {
  return {
    ...r,
    id: Number(r.id),
    amount_minor: Number(r.amount_minor),
    books_amount_minor: r.books_amount_minor === null ? null : Number(r.books_amount_minor),
  };
}

/**
 * What the source says of a listed entry beside its figures, when its content is otherwise kept as stored (unchanged,
 * or held by a match), taken as the books give it now: the key a later pull pairs a re-worded entry by, whether it
 * is a posting or a document, and whose document it is (an entry stored before migrations 0022, 0023 and 0025, or by
 * a source version that gave none of them, has them from the next pull that lists it; a pull stating no role keeps
 * the stored one: contentOverStored).
 */
async function keepSourceWords(
  trx: Kysely<Database>,
  row: StoredRow,
  now: { restate_key: string | null; kind: string; party_role: string | null },
): Promise<void> {
  if (row.restate_key === now.restate_key && row.kind === now.kind && row.party_role === now.party_role) return;
  await trx
    .updateTable('ledger_entries')
    .set({ restate_key: now.restate_key, kind: now.kind, party_role: now.party_role })
    .where('id', '=', row.id)
    .execute();
}

type Figure = Pick<StoredRow, 'entry_date' | 'amount_minor' | 'ledger_account'>;

/** What a balance of the books reads of an entry: its amount, date and ledger account. */
function figureChanged(row: Figure, now: Figure): boolean {
  return (
    row.amount_minor !== now.amount_minor ||
    row.entry_date !== now.entry_date ||
    row.ledger_account !== now.ledger_account
  );
}

async function noteChange(
  trx: Kysely<Database>,
  row: StoredRow,
  now: Figure,
  at: string,
  held: boolean,
): Promise<void> {
  await trx
    .insertInto('ledger_entry_changes')
    .values({
      entry_id: row.id,
      changed_at: at,
      before_date: row.entry_date,
      before_amount_minor: row.amount_minor,
      before_account: row.ledger_account,
      after_date: now.entry_date,
      after_amount_minor: now.amount_minor,
      after_account: now.ledger_account,
      held: held ? 1 : 0,
    })
    .execute();
}

/**
 * An entry stored as the books state it: its amount is the books' figure, read then (a later closing noted or a flag
 * set on it moves `updated_at`, not this).
 */
const takenAsRead = (readAt: string) => ({ books_amount_minor: null, books_seen_at: readAt });

/**
 * The payments bankfeed's write-backs made in the books against each of `rows` (signed as the entry, with when each
 * was written), from the audit trail, by the keys of every match that ever held the entry (one undone since still
 * paid what it paid). A settlement the adapter reports with the entry's own id made no payment (a bank transaction
 * or journal line matched as it is): the books' figure of it does not move.
 */
async function paymentsWrittenBack(
  trx: Kysely<Database>,
  sourceId: string,
  rows: readonly Pick<StoredRow, 'id' | 'external_id'>[],
): Promise<Map<number, Array<{ at: string; amountMinor: number }>>> {
  const out = new Map<number, Array<{ at: string; amountMinor: number }>>();
  const externalId = new Map(rows.map((r) => [r.id, r.external_id]));
  const keys: string[] = [];
  for (const ids of chunks([...externalId.keys()])) {
    const items = await trx
      .selectFrom('match_items')
      .select(['group_id', 'item_id'])
      .where('side', '=', 'ledger')
      .where('item_id', 'in', ids)
      .execute();
    for (const it of items) keys.push(`bankfeed-match-${Number(it.group_id)}-${Number(it.item_id)}`);
  }
  for (const some of chunks([...new Set(keys)])) {
    const audit = await trx
      .selectFrom('audit_log')
      .select(['entity_id', 'at', 'detail', 'after'])
      .where('entity_type', '=', WRITE_BACK_ENTITY)
      .where('entity_id', 'in', some)
      .where('action', '=', SETTLE_ACTION)
      .execute();
    for (const a of audit) {
      const rowId = Number(/-(\d+)$/.exec(a.entity_id)?.[1]);
      const entry = externalId.get(rowId);
      const detail = JSON.parse(a.detail ?? '{}') as { sourceId?: string; externalId?: string };
      const after = JSON.parse(a.after ?? '{}') as { entryId?: string; amountMinor?: number };
      if (entry === undefined || detail.sourceId !== sourceId || after.entryId !== entry) continue;
      if (detail.externalId === entry || !Number.isSafeInteger(after.amountMinor)) continue;
      const list = out.get(rowId) ?? [];
      list.push({ at: a.at, amountMinor: after.amountMinor! });
      out.set(rowId, list);
    }
  }
  return out;
}

/** Where the last pull of a source's ledger account stopped (the adapter's cursor); null before the first pull. */
export async function getLedgerPullCursor(
  db: Kysely<Database>,
  key: { sourceId: string; ledgerAccount: string },
): Promise<string | null> {
  const state = await db
    .selectFrom('ledger_sync_state')
    .selectAll()
    .where('source_id', '=', key.sourceId)
    .where('ledger_account', '=', key.ledgerAccount)
    .executeTakeFirst();
  return state?.cursor ?? null;
}

/** Stores where this pull stopped, so the next one asks only for what changed since. */
export async function saveLedgerPullCursor(
  db: Kysely<Database>,
  key: { sourceId: string; ledgerAccount: string },
  cursor: string | null,
  pulledAt: string,
): Promise<void> {
  await db
    .insertInto('ledger_sync_state')
    .values({ source_id: key.sourceId, ledger_account: key.ledgerAccount, cursor, pulled_at: pulledAt })
    .onConflict((oc) => oc.columns(['source_id', 'ledger_account']).doUpdateSet({ cursor, pulled_at: pulledAt }))
    .execute();
}

/**
 * The ids of a source's open postings dated outside the period (stored by pulls over other dates): a pull over the
 * period is told them (LedgerPullQuery.openPostingsOutside) so that it can learn of their deletion in the books.
 */
export async function listOpenPostingIdsOutside(
  db: Kysely<Database>,
  sourceId: string,
  period: { from: string; to: string },
): Promise<string[]> {
  return (await listOpenPostingsOutside(db, sourceId, period)).map((p) => p.id);
}

/**
 * A source's open postings dated outside the period, each with the date it is stored under (in the order stored):
 * LedgerPullQuery.openPostingsOutside and openPostingDates.
 */
export async function listOpenPostingsOutside(
  db: Kysely<Database>,
  sourceId: string,
  period: { from: string; to: string },
): Promise<Array<{ id: string; date: string }>> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['external_id', 'entry_date'])
    .where('source_id', '=', sourceId)
    .where('status', '=', 'open')
    .where('kind', '=', 'posting')
    .where((eb) => eb.or([eb('entry_date', '<', period.from), eb('entry_date', '>', period.to)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.external_id, date: r.entry_date }));
}
