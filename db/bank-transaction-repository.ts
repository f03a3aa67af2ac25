import type { Kysely, Transaction } from 'kysely';
import type { BusinessDate } from '../domain/dates.js';
import type { BankTransactionRow, Database } from './schema.js';

/** One bank line as fetched from the provider, already normalised (signed amount, business date, fingerprint). */
export interface FetchedBankLine {
  providerTxnId: string;
  fingerprint: string;
  amountMinor: number;
  currency: string;
  direction: 'credit' | 'debit';
  businessDate: BusinessDate;
  bookedAt: string;
  narration: string;
  balanceMinor: number | null;
  category: string | null;
  raw: string | null;
}

export interface WindowApplyResult {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Store ids of every fetched line, in input order. */
  storeIds: number[];
  /**
   * The first fetched line (in input order) that was already stored, with both running balances known: what the
   * store said, what the bank says now, and how the lines this window sees before it explain a move: the amounts of
   * the new ones, less those of stored lines stamped before it that the bank no longer serves. A sync gives lines in
   * posting order, so when the balance moved by anything else, the bank posted something before every line this
   * fetch re-read (or moved a line there).
   */
  earliestKnown: { storedBalance: number; fetchedBalance: number; unseenBefore: number } | null;
}

/** A fetched window in Mono's terms: the UTC days asked for, and the UTC days the answer certainly covers. */
export interface BankWindow {
  accountId: string;
  /** UTC days sent as start/end (inclusive). */
  queryFrom: string;
  queryTo: string;
  /**
   * UTC days the fetch certainly covers (inside the query with a day of margin either side, so a provider reading
   * start/end in another zone still covers them). Only rows of these days can be marked removed.
   */
  coverFrom: string;
  coverTo: string;
  lines: FetchedBankLine[];
  /**
   * Lines the same fetch served again under another id (pages overlap and the bank re-issued the id between two
   * requests: repeatsInFetch): each is the line with id `of`, so it is stored once and the other id recorded as its
   * alias, as a re-issued id is. Ids already stored on two rows keep both rows.
   */
  repeats?: ReadonlyArray<{ line: FetchedBankLine; of: string }>;
  complete: boolean;
  now: string;
  /**
   * Only lines stamped on an earlier UTC day may be reported as `earliestKnown`: the days a newer window of the same
   * sync already re-read and rewrote (its margin day and the one after) no longer hold what was stored before the sync.
   */
  knownBefore?: string | undefined;
  /**
   * Leaves removal to the caller: the feed reads several windows and marks what the bank no longer serves at the end,
   * where the lines served around a row prove it gone (markUnservedRemoved). `earliestKnown` still counts those lines.
   */
  deferRemoval?: boolean;
}

/**
 * Applies one fetched window to the store, in one transaction:
 * - a provider id seen before (directly or as an alias) updates its row;
 * - an unknown id whose fingerprint matches a row of the window that was NOT fetched under its own id is the same
 *   line under a churned id: the row takes the new id (the old one stays as an alias);
 * - anything else is new;
 * - a line the fetch served again under another id (`repeats`) is stored once: the other id becomes an alias;
 * - when `complete` is true (and removal is not deferred: the feed defers it, see markUnservedRemoved), rows whose
 *   UTC day lies in the covered days and that the bank no longer returns (a pending line that posted under another id
 *   and amount, a reversal the bank withdrew) are marked removed — never deleted, so decisions keep their history.
 *   Rows are placed by the UTC day of their timestamp, as Mono filters.
 * Genuine twins (same amount, day and narration) are never merged: their running balances make their fingerprints
 * differ, and even without balances each keeps its own provider id.
 */
export async function applyBankWindow(
  db: Kysely<Database>,
  input: BankWindow | SameDaysWindow,
): Promise<WindowApplyResult> {
  const w: BankWindow =
    'queryFrom' in input
      ? input
      : { ...input, queryFrom: input.from, queryTo: input.to, coverFrom: input.from, coverTo: input.to };
  return db.transaction().execute((trx) => applyInTransaction(trx, w));
}

/** A window whose query and covered days are the same (lines loaded from elsewhere, e.g. the ingest benchmark). */
export interface SameDaysWindow {
  accountId: string;
  from: BusinessDate;
  to: BusinessDate;
  lines: FetchedBankLine[];
  complete: boolean;
  now: string;
}

/** The UTC day (YYYY-MM-DD) of a stored timestamp. */
export function utcDayOf(bookedAt: string): string {
  const t = Date.parse(bookedAt);
  return Number.isNaN(t) ? bookedAt.slice(0, 10) : new Date(t).toISOString().slice(0, 10);
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function applyInTransaction(
  trx: Transaction<Database>,
  {
    accountId,
    queryFrom,
    queryTo,
    coverFrom,
    coverTo,
    lines,
    repeats = [],
    complete,
    now,
    knownBefore,
    deferRemoval,
  }: BankWindow,
): Promise<WindowApplyResult> {
  const result: WindowApplyResult = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    storeIds: [],
    earliestKnown: null,
  };
  // De-duplicate the fetch itself: overlapping or repeated pages serve the same provider id twice.
  const unique = new Map<string, FetchedBankLine>();
  for (const l of lines) unique.set(l.providerTxnId, l);
  const fetched = [...unique.values()];

  // Business dates sit within a day of the UTC day in every supported zone: the index narrows, the timestamp decides.
  const windowRows = (
    await trx
      .selectFrom('bank_transactions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('business_date', '>=', shiftDay(queryFrom, -2))
      .where('business_date', '<=', shiftDay(queryTo, 2))
      .execute()
  ).filter((r) => {
    const day = utcDayOf(r.booked_at);
    return day >= queryFrom && day <= queryTo;
  });
  const byId = new Map(windowRows.map((r) => [Number(r.id), r]));

  const aliasToRow = new Map<string, number>();
  const ids = [...fetched.map((l) => l.providerTxnId), ...repeats.map((r) => r.line.providerTxnId)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const rows = await trx
      .selectFrom('bank_transaction_aliases')
      .select(['provider_txn_id', 'transaction_id'])
      .where('account_id', '=', accountId)
      .where('provider_txn_id', 'in', chunk)
      .execute();
    for (const r of rows) aliasToRow.set(r.provider_txn_id, Number(r.transaction_id));
  }

  // A repeat becomes an alias of the row its line lands on. When only the repeat's id is known, the two trade places
  // (the known id finds its row; the other becomes the alias); when both ids are stored on rows of their own, both
  // rows stay, as they were.
  const repeatAliases: Array<{ id: string; pos: number }> = [];
  const posOf = new Map(fetched.map((l, pos) => [l.providerTxnId, pos]));
  for (const r of repeats) {
    const pos = posOf.get(r.of);
    if (pos === undefined || unique.has(r.line.providerTxnId)) continue;
    const repeatRow = aliasToRow.get(r.line.providerTxnId);
    const lineId = fetched[pos]!.providerTxnId;
    const lineRow = aliasToRow.get(lineId);
    if (repeatRow === undefined) repeatAliases.push({ id: r.line.providerTxnId, pos });
    else if (lineRow === undefined) {
      fetched[pos] = r.line;
      repeatAliases.push({ id: lineId, pos });
    } else if (lineRow !== repeatRow) fetched.push(r.line);
  }

  const claimed = new Set<number>();
  for (const l of fetched) {
    const id = aliasToRow.get(l.providerTxnId);
    if (id !== undefined) claimed.add(id);
  }
  const unclaimedByFingerprint = unclaimedBy(windowRows, claimed, (r) => r.fingerprint);

  // An unknown id is the same line under a churned id when an unclaimed row has its fingerprint; failing that, when
  // exactly one unclaimed row has its instant, amount and narration (a posting back-dated before it moved its
  // balance, and so its fingerprint, when the bank re-issued its id). Fingerprints are matched first, for every line.
  const churnedRow = new Map<number, number>();
  const unresolved: number[] = [];
  for (const [pos, l] of fetched.entries()) {
    if (aliasToRow.has(l.providerTxnId)) continue;
    const candidates = unclaimedByFingerprint.get(l.fingerprint);
    const rowId = candidates?.shift();
    if (rowId === undefined) unresolved.push(pos);
    else {
      claimed.add(rowId);
      churnedRow.set(pos, rowId);
    }
  }
  const instantKey = (bookedAt: string, amount: number, narration: string) => `${bookedAt}|${amount}|${narration}`;
  const unclaimedByInstant = unclaimedBy(windowRows, claimed, (r) =>
    instantKey(r.booked_at, Number(r.amount_minor), r.narration),
  );
  for (const pos of unresolved) {
    const l = fetched[pos]!;
    const candidates = unclaimedByInstant.get(instantKey(l.bookedAt, l.amountMinor, l.narration));
    if (candidates?.length !== 1 || claimed.has(candidates[0]!)) continue;
    claimed.add(candidates[0]!);
    churnedRow.set(pos, candidates[0]!);
  }

  const toInsert: FetchedBankLine[] = [];
  const insertPositions: number[] = [];
  let unseenBefore = 0;
  let knownAt: string | null = null;
  for (const [pos, l] of fetched.entries()) {
    let rowId = aliasToRow.get(l.providerTxnId);
    let churned = false;
    if (rowId === undefined) {
      rowId = churnedRow.get(pos);
      churned = rowId !== undefined;
    }
    if (rowId === undefined) {
      unseenBefore += l.amountMinor;
      toInsert.push(l);
      insertPositions.push(pos);
      result.storeIds.push(-1);
      continue;
    }
    result.storeIds.push(rowId);
    const existing =
      byId.get(rowId) ??
      (await trx.selectFrom('bank_transactions').selectAll().where('id', '=', rowId).executeTakeFirst());
    if (churned) {
      await trx
        .insertInto('bank_transaction_aliases')
        .values({ account_id: accountId, provider_txn_id: l.providerTxnId, transaction_id: rowId, seen_at: now })
        .execute();
    }
    const storedBalance = existing && existing.balance_minor !== null ? Number(existing.balance_minor) : null;
    const stale = knownBefore !== undefined && utcDayOf(l.bookedAt) >= knownBefore;
    if (result.earliestKnown === null && storedBalance !== null && l.balanceMinor !== null && !stale) {
      result.earliestKnown = { storedBalance, fetchedBalance: l.balanceMinor, unseenBefore };
      knownAt = l.bookedAt;
    }
    const changed =
      churned ||
      !existing ||
      Number(existing.amount_minor) !== l.amountMinor ||
      existing.narration !== l.narration ||
      storedBalance !== l.balanceMinor ||
      existing.business_date !== l.businessDate ||
      existing.booked_at !== l.bookedAt ||
      existing.status !== 'posted';
    if (!changed) {
      result.unchanged++;
      continue;
    }
    await trx
      .updateTable('bank_transactions')
      .set({
        provider_txn_id: l.providerTxnId,
        fingerprint: l.fingerprint,
        amount_minor: l.amountMinor,
        direction: l.direction,
        business_date: l.businessDate,
        booked_at: l.bookedAt,
        narration: l.narration,
        balance_minor: l.balanceMinor,
        category: l.category,
        status: 'posted',
        raw: l.raw,
        updated_at: now,
      })
      .where('id', '=', rowId)
      .execute();
    result.updated++;
  }

  for (let i = 0; i < toInsert.length; i += 200) {
    const chunk = toInsert.slice(i, i + 200);
    const inserted = await trx
      .insertInto('bank_transactions')
      .values(
        chunk.map((l) => ({
          account_id: accountId,
          provider_txn_id: l.providerTxnId,
          fingerprint: l.fingerprint,
          amount_minor: l.amountMinor,
          currency: l.currency,
          direction: l.direction,
          business_date: l.businessDate,
          booked_at: l.bookedAt,
          narration: l.narration,
          reference: null,
          counterparty_name: null,
          counterparty_account: null,
          balance_minor: l.balanceMinor,
          category: l.category,
          status: 'posted',
          raw: l.raw,
          first_seen_at: now,
          updated_at: now,
        })),
      )
      .returning(['id', 'provider_txn_id'])
      .execute();
    await trx
      .insertInto('bank_transaction_aliases')
      .values(
        inserted.map((r) => ({
          account_id: accountId,
          provider_txn_id: r.provider_txn_id,
          transaction_id: Number(r.id),
          seen_at: now,
        })),
      )
      .execute();
    for (const [k, r] of inserted.entries()) result.storeIds[insertPositions[i + k]!] = Number(r.id);
    result.inserted += inserted.length;
  }

  if (repeatAliases.length > 0) {
    await trx
      .insertInto('bank_transaction_aliases')
      .values(
        repeatAliases.map((a) => ({
          account_id: accountId,
          provider_txn_id: a.id,
          transaction_id: result.storeIds[a.pos]!,
          seen_at: now,
        })),
      )
      .execute();
  }

  if (complete) {
    const gone = windowRows
      .filter((r) => {
        const day = utcDayOf(r.booked_at);
        return !claimed.has(Number(r.id)) && r.status !== 'removed' && day >= coverFrom && day <= coverTo;
      })
      .map((r) => Number(r.id));
    if (!deferRemoval) result.removed = await markRemoved(trx, gone, now);
    // A line the bank no longer serves here moved the balances after it as much as a new one would (it may have been
    // withdrawn, or re-dated to a day before this window).
    if (result.earliestKnown && knownAt !== null) {
      const goneIds = new Set(gone);
      for (const r of windowRows)
        if (goneIds.has(Number(r.id)) && r.booked_at < knownAt)
          result.earliestKnown.unseenBefore -= Number(r.amount_minor);
    }
  }
  return result;
}

/** The ids of the rows not yet claimed, by key, each list in the rows' order. */
function unclaimedBy(
  rows: readonly BankTransactionRow[],
  claimed: ReadonlySet<number>,
  keyOf: (r: BankTransactionRow) => string,
): Map<string, number[]> {
  const by = new Map<string, number[]>();
  for (const r of rows) {
    const id = Number(r.id);
    if (claimed.has(id)) continue;
    const key = keyOf(r);
    const list = by.get(key);
    if (list) list.push(id);
    else by.set(key, [id]);
  }
  return by;
}

async function markRemoved(trx: Transaction<Database>, ids: number[], now: string): Promise<number> {
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .updateTable('bank_transactions')
      .set({ status: 'removed', updated_at: now })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
  return ids.length;
}

/**
 * Marks removed, in one transaction, the live rows stamped on the UTC days [from, to] that the bank no longer serves
 * (neither their own provider id nor an id recorded as theirs, a churned one, is among `served`) and that `removable`
 * accepts; the others are counted as kept. The feed calls it once at the end of a sync attempt (AttemptChain).
 */
export async function markUnservedRemoved(
  db: Kysely<Database>,
  input: {
    accountId: string;
    from: string;
    to: string;
    served: ReadonlySet<string>;
    /** For each of the rows, whether it may be marked removed. */
    removable: (rows: ReadonlyArray<{ bookedAt: string; amountMinor: number }>) => boolean[];
    now: string;
  },
): Promise<{ removed: number; kept: number }> {
  const { accountId, from, to, served, removable, now } = input;
  return db.transaction().execute(async (trx) => {
    const rows = (
      await trx
        .selectFrom('bank_transactions')
        .select(['id', 'provider_txn_id', 'booked_at', 'amount_minor'])
        .where('account_id', '=', accountId)
        .where('status', '!=', 'removed')
        .where('business_date', '>=', shiftDay(from, -2))
        .where('business_date', '<=', shiftDay(to, 2))
        .execute()
    ).filter((r) => {
      const day = utcDayOf(r.booked_at);
      return day >= from && day <= to;
    });
    // A row may have been served under an id it was given later (a churned id, kept as its alias); its own current
    // id is one of the served ones unless the alias is older, so only served ids that are no row's own are looked up.
    const own = new Set(rows.map((r) => r.provider_txn_id));
    const others = [...served].filter((id) => !own.has(id));
    const claimed = new Set<number>();
    for (let i = 0; i < others.length; i += 500) {
      const aliases = await trx
        .selectFrom('bank_transaction_aliases')
        .select('transaction_id')
        .where('account_id', '=', accountId)
        .where('provider_txn_id', 'in', others.slice(i, i + 500))
        .execute();
      for (const a of aliases) claimed.add(Number(a.transaction_id));
    }
    const unserved = rows.filter((r) => !served.has(r.provider_txn_id) && !claimed.has(Number(r.id)));
    const verdicts = removable(unserved.map((r) => ({ bookedAt: r.booked_at, amountMinor: Number(r.amount_minor) })));
    const gone = unserved.filter((_, i) => verdicts[i]);
    return {
      removed: await markRemoved(
        trx,
        gone.map((r) => Number(r.id)),
        now,
      ),
      kept: unserved.length - gone.length,
    };
  });
}

/** The live line stamped last before the UTC day `day` began (null when none): where a sync's chain starts from. */
export async function lastLiveLineBefore(
  db: Kysely<Database>,
  accountId: string,
  day: string,
): Promise<{ providerTxnId: string; amountMinor: number; balanceMinor: number | null; bookedAt: string } | null> {
  const start = `${day}T00:00:00.000Z`;
  const live = () =>
    db
      .selectFrom('bank_transactions')
      .select(['provider_txn_id', 'amount_minor', 'balance_minor', 'booked_at'])
      .where('account_id', '=', accountId)
      .where('status', '!=', 'removed');
  // Business dates lie within a day of the UTC day: the days around it are read whole, anything older is before it.
  const near = (
    await live()
      .where('business_date', '>=', shiftDay(day, -1))
      .where('business_date', '<=', shiftDay(day, 1))
      .execute()
  )
    .filter((r) => r.booked_at < start)
    .sort((a, b) => (a.booked_at < b.booked_at ? 1 : a.booked_at > b.booked_at ? -1 : 0));
  const row =
    near[0] ??
    (await live()
      .where('business_date', '<', shiftDay(day, -1))
      .orderBy('business_date', 'desc')
      .orderBy('booked_at', 'desc')
      .limit(1)
      .executeTakeFirst());
  return row
    ? {
        providerTxnId: row.provider_txn_id,
        amountMinor: Number(row.amount_minor),
        balanceMinor: row.balance_minor === null ? null : Number(row.balance_minor),
        bookedAt: row.booked_at,
      }
    : null;
}

/** The live (not removed) lines of an account, oldest first. */
export async function listLiveBankTransactions(
  db: Kysely<Database>,
  accountId: string,
  period?: { from: string; to: string },
) {
  let q = db
    .selectFrom('bank_transactions')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed');
  if (period) q = q.where('business_date', '>=', period.from).where('business_date', '<=', period.to);
  return q.orderBy('booked_at').orderBy('id').execute();
}

export async function countLiveBankTransactions(db: Kysely<Database>, accountId: string): Promise<number> {
  const r = await db
    .selectFrom('bank_transactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * The live lines of an account dated after `after` whose amount, in or out, is one of `amounts` (oldest first, at most
 * `limit`): the lines that could reverse, or be, a carried line of that amount.
 */
export async function listLiveLinesOfAmounts(
  db: Kysely<Database>,
  accountId: string,
  after: string,
  amounts: readonly number[],
  limit: number,
): Promise<BankTransactionRow[]> {
  if (amounts.length === 0) return [];
  const signed = [...new Set(amounts.flatMap((a) => [Math.abs(a), -Math.abs(a)]))];
  return db
    .selectFrom('bank_transactions')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .where('business_date', '>', after)
    .where('amount_minor', 'in', signed)
    .orderBy('business_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Amount, business date and provider id of the lines among `ids` (in the database's order). */
export async function listBankLineAmounts(
  db: Kysely<Database>,
  ids: number[],
): Promise<Array<Pick<BankTransactionRow, 'amount_minor' | 'business_date' | 'provider_txn_id'>>> {
  return db
    .selectFrom('bank_transactions')
    .select(['amount_minor', 'business_date', 'provider_txn_id'])
    .where('id', 'in', ids)
    .execute();
}

/** One bank line by id, whatever its account or status. */
export async function getBankTransaction(db: Kysely<Database>, id: number): Promise<BankTransactionRow | undefined> {
  return db.selectFrom('bank_transactions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The first and last business dates of the account's live (not removed) lines; nulls when it has none. */
export async function liveBusinessDateRange(
  db: Kysely<Database>,
  accountId: string,
): Promise<{ from: string | null; to: string | null } | undefined> {
  return db
    .selectFrom('bank_transactions')
    .select((eb) => [eb.fn.min<string>('business_date').as('from'), eb.fn.max<string>('business_date').as('to')])
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .executeTakeFirst();
}

/**
 * The bank's running balance at the end of `date`: the balance on the last live line dated on or before it that
 * carries one, in posting order (as a statement's balance per bank is read). Undefined when no such line has one.
 */
export async function runningBalanceAt(
  db: Kysely<Database>,
  accountId: string,
  date: string,
): Promise<{ balanceMinor: number; date: string } | undefined> {
  const row = await db
    .selectFrom('bank_transactions')
    .select(['balance_minor', 'business_date'])
    .where('account_id', '=', accountId)
    .where('status', '!=', 'removed')
    .where('business_date', '<=', date)
    .where('balance_minor', 'is not', null)
    .orderBy('booked_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { balanceMinor: Number(row.balance_minor), date: row.business_date } : undefined;
}

/** The business date of each of the lines (by id), asked in slices a statement's parameter limit allows. */
export async function businessDatesOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  const dates = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await db
      .selectFrom('bank_transactions')
      .select(['id', 'business_date'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      dates.set(Number(r.id), r.business_date);
  }
  return dates;
}

/** Live (not removed) lines per account: every account's, or only those of `accountIds`; accounts with none are absent. */
export async function countLiveBankTransactionsByAccount(
  db: Kysely<Database>,
  accountIds?: string[],
): Promise<Map<string, number>> {
  let q = db
    .selectFrom('bank_transactions')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'removed');
  if (accountIds) q = q.where('account_id', 'in', accountIds);
  const rows = await q.groupBy('account_id').execute();
  return new Map(rows.map((r) => [r.account_id, Number(r.n)]));
}
