import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/audit-repository.js';
import { createReviewRepository, type QueueFilter, type ReviewGroup } from '../db/review-repository.js';
import type { AccountRow, BankTransactionRow, Database, LedgerEntryRow } from '../db/schema.js';
import { createStatementRepository, type StatementLock } from '../db/statement-repository.js';
import { acceptedWithWriteOff } from './action-labels.js';
import { type CarriedReversal, carriedReversalsOf, finishedReversalsOf } from './carried-reversals.js';
import { actorNames } from './people.js';

export interface Candidate {
  group: ReviewGroup;
  ledger: LedgerEntryRow[];
  /** Other bank lines the candidate takes with this one (a split of several bank lines). */
  otherBank: BankTransactionRow[];
  /** A hand match that accepted a suggestion with a write-off (its audit entry says; the stored status cannot). */
  acceptedWithWriteOff?: boolean;
  /** A hand match whose write-off went beyond the tolerance: the reason the person gave (kept in its audit entry). */
  overrideReason?: string;
  /** Who decided it, as the pages name people (their display name), when someone did. */
  decider?: string;
}

/** One bank line of the queue with everything its row shows. */
export interface QueueLine {
  bank: BankTransactionRow;
  /** Live suggestions, best first. */
  candidates: Candidate[];
  /** The group holding the line, when matched. */
  held: Candidate | null;
  /** The finished reconciliation whose period holds the line's date: nothing may change it until an admin reopens. */
  locked: StatementLock | null;
  /** A free line reversing one the last finished reconciliation carried: the two cancel, so it needs no decision. */
  reverses?: CarriedReversal;
  /**
   * Why a line with no candidate and no match has none, when a person's decision is why: the row says it rather than
   * that the books hold nothing, which would send the accountant to a wrong bank-only.
   */
  whyNothing?: WhyNothing;
}

/**
 * A person's decision that left a line with nothing to offer: its match taken apart, or its suggestion rejected (the
 * engine offers neither pair again), or the entry suggested for it matched to another line since (`by` holds it now,
 * on `line`).
 */
export type WhyNothing =
  | { kind: 'unmatched' | 'rejected'; from: Candidate }
  | { kind: 'taken'; suggestion: Candidate; by: Candidate; line: BankTransactionRow | null };

export const PAGE_SIZE = 50;

function byStrength(a: ReviewGroup, b: ReviewGroup): number {
  return b.confidence - a.confidence || (a.rank ?? 9) - (b.rank ?? 9) || a.id - b.id;
}

/** What the audit entry of a hand match with a write-off says of it that its stored group cannot. */
interface HandMatchNote {
  accepted: boolean;
  overrideReason?: string;
}

/**
 * Of the hand matches with a write-off and book entries, by id: whether each accepted a suggestion, and the reason
 * given for a write-off beyond the tolerance.
 */
async function handMatchNotes(db: Kysely<Database>, groups: ReviewGroup[]): Promise<Map<number, HandMatchNote>> {
  const ids = groups
    .filter((g) => g.status === 'manual' && g.writeOff && g.ledgerIds.length > 0)
    .map((g) => String(g.id));
  if (!ids.length) return new Map();
  const entries = await createAuditRepository(db).listActionFor('match_group', ids, 'manual_match');
  return new Map(
    entries.map((e) => {
      const reason = (e.detail as { writeOffOverride?: { reason?: unknown } } | null)?.writeOffOverride?.reason;
      const note: HandMatchNote = {
        accepted: acceptedWithWriteOff(e.detail),
        ...(typeof reason === 'string' ? { overrideReason: reason } : {}),
      };
      return [Number(e.entityId), note];
    }),
  );
}

/** Loads the rows of a queue page: candidates, their ledger entries, and the holding group of matched lines. */
export async function loadQueueLines(
  db: Kysely<Database>,
  accountId: string,
  bankRows: BankTransactionRow[],
): Promise<QueueLine[]> {
  const repo = createReviewRepository(db);
  const ids = bankRows.map((b) => Number(b.id));
  const setAside = await repo.setAsideGroupIds(ids);
  const groupIds = [
    ...new Set([...(await repo.liveSuggestionIds(ids)), ...(await repo.activeGroupIds(ids)), ...setAside]),
  ];
  const found = (await repo.groupsByIds(groupIds)).filter((g) => g.accountId === accountId);
  // who holds the entries of the suggestions and rejected pairs now: a suggestion held elsewhere is no candidate
  const holders = await repo.activeHolders(
    found.filter((g) => g.status === 'suggested' || g.status === 'rejected').flatMap((g) => g.items),
  );
  const held = new Set(holders.keys());
  const known = new Set(found.map((g) => g.id));
  // the matches holding them, to name where a suggested entry went
  const holding = (await repo.groupsByIds([...new Set(holders.values())].filter((id) => !known.has(id)))).filter(
    (g) => g.accountId === accountId,
  );
  const groups = [...found, ...holding];
  const byId = new Map(groups.map((g) => [g.id, g]));
  const ledger = new Map(
    (await repo.ledgerByIds([...new Set(groups.flatMap((g) => g.ledgerIds))])).map((l) => [Number(l.id), l]),
  );
  const own = new Set(ids);
  const extraBank = new Map(
    (
      await repo.bankByIds(
        accountId,
        [...new Set(groups.flatMap((g) => g.bankIds))].filter((b) => !own.has(b)),
      )
    ).map((b) => [Number(b.id), b]),
  );
  const notes = await handMatchNotes(db, groups);
  const nameOf = await actorNames(
    db,
    groups.map((g) => g.decidedBy),
  );
  const bankById = new Map(bankRows.map((b) => [Number(b.id), b]));
  const statements = createStatementRepository(db);
  const lock = await statements.lockOf(accountId);
  // a locked line names the reconciliation whose period holds it (October's lines #1, though #2 locks them too)
  const locks = lock ? await statements.locksOf(accountId) : [];
  const lockHolding = (date: string) => locks.find((l) => l.through >= date) ?? lock;
  const toCandidate = (g: ReviewGroup, lineId: number): Candidate => ({
    group: g,
    ...(notes.get(g.id)?.accepted ? { acceptedWithWriteOff: true } : {}),
    ...(notes.get(g.id)?.overrideReason ? { overrideReason: notes.get(g.id)!.overrideReason! } : {}),
    ...(g.decidedBy ? { decider: nameOf(g.decidedBy) } : {}),
    ledger: g.ledgerIds.map((id) => ledger.get(id)).filter((l): l is LedgerEntryRow => !!l),
    otherBank: g.bankIds
      .filter((id) => id !== lineId)
      .map((id) => bankById.get(id) ?? extraBank.get(id))
      .filter((b): b is BankTransactionRow => !!b),
  });
  const isHeld = (i: ReviewGroup['items'][number]) => held.has(`${i.side}:${i.itemId}`);
  /** Why a line left with nothing has nothing, when a person's decision is why (none: the books hold nothing). */
  const whyNothing = (mine: ReviewGroup[], id: number): WhyNothing | undefined => {
    // its suggestion's entry matched to another line since: the suggestion still stands, its entry is elsewhere
    const [taken] = mine
      .filter((g) => g.status === 'suggested' && g.supersededRunId === null && g.items.some(isHeld))
      .sort(byStrength);
    const holder = taken?.items
      .filter((i) => i.side === 'ledger' && isHeld(i))
      .map((i) => byId.get(holders.get(`ledger:${i.itemId}`)!))[0];
    // the latest a person set aside: a match taken apart, or a pair rejected whose entry is still open and free
    const stillOpen = (g: ReviewGroup) =>
      g.ledgerIds.some((l) => ledger.get(l)?.status === 'open' && !held.has(`ledger:${l}`));
    const [latest] = mine
      .filter((g) => g.ledgerIds.length > 0 && (g.status === 'undone' || (g.status === 'rejected' && stillOpen(g))))
      .sort((x, y) => (y.decidedAt ?? '').localeCompare(x.decidedAt ?? '') || y.id - x.id);
    const setAside = latest
      ? ({ kind: latest.status === 'rejected' ? 'rejected' : 'unmatched', from: toCandidate(latest, id) } as const)
      : undefined;
    if (taken && holder && !holder.bankIds.includes(id)) {
      // a rejection made after the other line took its entry is what the person just did: the row answers that
      if (setAside && (latest!.decidedAt ?? '') > (holder.decidedAt ?? '')) return setAside;
      const by = toCandidate(holder, id);
      return { kind: 'taken', suggestion: toCandidate(taken, id), by, line: by.otherBank[0] ?? null };
    }
    return setAside;
  };
  const lines = bankRows.map((bank): QueueLine => {
    const id = Number(bank.id);
    const mine = groups.filter((g) => g.bankIds.includes(id));
    const active = mine.find((g) => g.status === 'auto' || g.status === 'confirmed' || g.status === 'manual');
    const live = mine
      .filter((g) => g.status === 'suggested' && g.supersededRunId === null && !g.items.some(isHeld))
      .sort(byStrength);
    const why = active || live.length > 0 ? undefined : whyNothing(mine, id);
    return {
      bank,
      candidates: active ? [] : live.map((g) => toCandidate(g, id)),
      held: active ? toCandidate(active, id) : null,
      locked: lock && bank.business_date <= lock.through ? lockHolding(bank.business_date) : null,
      ...(why ? { whyNothing: why } : {}),
    };
  });
  // as the statement reads them: a line with a book entry among its candidates is the person's to decide first
  const free = lines.filter((q) => !q.held && !q.locked && q.candidates.every((c) => c.group.ledgerIds.length === 0));
  const reversing = new Map([
    ...(await carriedReversalsOf(
      db,
      accountId,
      free.map((q) => q.bank),
    )),
    // one a finished reconciliation decided so (kept with it)
    ...(await finishedReversalsOf(
      db,
      accountId,
      lines.filter((q) => !q.held && q.locked).map((q) => q.bank),
    )),
  ]);
  for (const q of lines) {
    const r = reversing.get(Number(q.bank.id));
    if (r) q.reverses = r;
  }
  return lines;
}

/**
 * What the account's books hold to match its lines against: not bound to any books, bound but holding no entry on its
 * ledger account yet (no export loaded), or entries. The review queue and the statement say the first two in words,
 * so that a queue with nothing to match against is not read as a queue with every suggestion decided. An entry on no
 * ledger account counts, as the report counts it the bound account's.
 */
export type BooksHeld =
  { kind: 'unbound' } | { kind: 'empty'; sourceId: string; ledgerAccount: string } | { kind: 'entries' };

export async function booksHeld(db: Kysely<Database>, account: AccountRow): Promise<BooksHeld> {
  const binding = ledgerSourceOf(account);
  if (!binding) return { kind: 'unbound' };
  let q = db.selectFrom('ledger_entries').select('id').where('source_id', '=', binding.sourceId);
  if (binding.ledgerAccount)
    q = q.where((eb) => eb.or([eb('ledger_account', '=', binding.ledgerAccount), eb('ledger_account', 'is', null)]));
  const any = await q.limit(1).executeTakeFirst();
  return any
    ? { kind: 'entries' }
    : { kind: 'empty', sourceId: binding.sourceId, ledgerAccount: binding.ledgerAccount };
}

/** The account's ledger source from its binding (where find-and-match searches), or null when not bound. */
export function ledgerSourceOf(
  account: AccountRow,
): { sourceId: string; ledgerAccount: string; writeBack?: boolean } | null {
  if (!account.ledger_binding) return null;
  try {
    const b = JSON.parse(account.ledger_binding) as { sourceId?: string; ledgerAccount?: string; writeBack?: boolean };
    if (!b.sourceId) return null;
    return {
      sourceId: b.sourceId,
      ledgerAccount: b.ledgerAccount ?? '',
      ...(b.writeBack !== undefined ? { writeBack: b.writeBack === true } : {}),
    };
  } catch {
    return null;
  }
}

export type { QueueFilter };
