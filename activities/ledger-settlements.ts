import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { LedgerPartialWriteError, type WriteRefusal } from '../adapters/ledger/oauth/errors.js';
import type { LedgerSettlement, SettlesEntries } from '../adapters/ledger/oauth/settlement.js';
import { vendorReference } from '../adapters/ledger/oauth/write-keys.js';
import type { LedgerAdapter, LedgerPosting } from '../adapters/ledger/types.js';
import { normalizeCurrency } from '../domain/currency.js';
import { isPosting } from '../domain/ledger.js';
import { getAccountCurrency } from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { listBankLineAmounts } from '../db/bank-transaction-repository.js';
import { listSourceEntriesForSettlement } from '../db/ledger-repository.js';
import { SETTLE_ACTION, WRITE_BACK_ENTITY } from '../db/ledger-sync-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database, LedgerEntryRow } from '../db/schema.js';

/** Audit actions of match write-back: one row per key, written or refused, so a key is never sent again. */
export { SETTLE_ACTION };
export const SETTLE_REJECTED_ACTION = 'ledger.settle.rejected';

export interface SettleOutcome {
  written: number;
  created: number;
  rejected: number;
  /** Write-off lines (the gap a person or the engine wrote off) written to their account. */
  writtenOff: number;
}

/** Audit action of a write-off line written on write-back (its refusal is POST_REJECTED_ACTION). */
/** A posting written into the books: a rule's charge, or a write-off line beside a settlement. */
export const POST_ACTION = 'ledger.post';
export const WRITE_OFF_ACTION = POST_ACTION;

const writeOffKey = (groupId: number) => `bankfeed-writeoff-${groupId}`;

export function settles(adapter: LedgerAdapter): adapter is LedgerAdapter & SettlesEntries {
  return typeof (adapter as Partial<SettlesEntries>).settleEntries === 'function';
}

/**
 * Write-back of matches: every held match (auto, confirmed, manual) between bank lines and entries of the bound
 * source becomes a payment in the books, through the adapter's settleEntries. Each (match, entry) pair has its own
 * key; keys already recorded (written or refused) are not sent again, and the adapter finds what an interrupted
 * attempt wrote by the same key. A vendor's refusal is recorded with its message on the match; the match stands.
 * The bank total is spread over the group's entries in order (each at most its open amount, the rest on the last),
 * so a partial payment leaves the rest to pay in the books.
 */
export async function settleHeldMatches(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string; bankAccount: string; adapter: LedgerAdapter },
): Promise<SettleOutcome> {
  const { db } = deps;
  const outcome: SettleOutcome = { written: 0, created: 0, rejected: 0, writtenOff: 0 };
  if (!settles(input.adapter)) return outcome;
  // Write-offs need a second line in the books; an adapter that cannot post one settles the bank amount only.
  const writesOff = typeof input.adapter.postEntries === 'function';
  const currency = normalizeCurrency(await getAccountCurrency(db, input.accountId));
  const audit = createAuditRepository(db);
  const history = await audit.listActionsOfAccount(input.accountId, [
    SETTLE_ACTION,
    SETTLE_REJECTED_ACTION,
    WRITE_OFF_ACTION,
    POST_REJECTED_ACTION,
  ]);
  const done = new Set(history.map((r) => r.entity_id));
  // Write-off lines the books took (a refused one is in `done` too, but not here), and groups whose settlement the
  // books refused (their write-off line is not sent).
  const writeOffsTaken = new Set(history.filter((h) => h.action === WRITE_OFF_ACTION).map((h) => h.entity_id));
  const refusedGroups = new Set<number>();
  for (const h of history) {
    if (h.action !== SETTLE_REJECTED_ACTION) continue;
    const groupId = (JSON.parse(h.detail ?? '{}') as { groupId?: number }).groupId;
    if (groupId !== undefined) refusedGroups.add(groupId);
  }
  const groups = await createMatchRepository(db).listGroups(input.accountId, {
    status: ['auto', 'confirmed', 'manual'],
  });
  // First pass: each group's entries, bank total and write-off line (the gap, signed as it moves the bank account).
  type Plan = {
    g: (typeof groups)[number];
    entries: Array<
      Pick<LedgerEntryRow, 'id' | 'external_id' | 'amount_minor' | 'reference' | 'closed_reason' | 'kind'>
    >;
    bankTotal: number;
    /** What the books hold of the line already (postings the match holds beside its documents). */
    booked: number;
    date: string;
    gap: number;
    ref: string;
  };
  const plans: Plan[] = [];
  const writeOffs = new Map<number, LedgerPosting>();
  for (const g of groups) {
    if (g.ledgerIds.length === 0 || g.bankIds.length === 0) continue;
    const held = await listSourceEntriesForSettlement(db, input.sourceId, g.ledgerIds);
    // A match of documents that holds their payment too (written back, or recorded in the books by hand, then pulled
    // and joined): the payment is the settlement itself, so only a document the books still hold open is settled.
    // A document the books closed is offered again only when the payment beside it is bankfeed's own write (its
    // reference the settlement's key): the books find it and its lost record is written again after a crash.
    const documents = held.filter((e) => !isPosting(e));
    const postings = held.filter(isPosting);
    const ourRefs = new Set([
      vendorReference(`bankfeed-payment-${g.id}`),
      ...documents.map((e) => vendorReference(`bankfeed-match-${g.id}-${e.id}`)),
    ]);
    const ours = (e: (typeof held)[number]) =>
      postings.some(
        (p) =>
          p.reference === vendorReference(`bankfeed-match-${g.id}-${e.id}`) ||
          p.reference === vendorReference(`bankfeed-payment-${g.id}`),
      );
    const entries =
      documents.length === 0
        ? held
        : documents.length < held.length
          ? documents.filter((e) => e.closed_reason === null || ours(e))
          : documents;
    if (entries.length === 0) continue;
    const bank = await listBankLineAmounts(db, g.bankIds);
    // what the books hold of the line already (a receipt recorded by hand matched beside an invoice) is not paid again
    // (bankfeed's own payment of these documents is the settlement itself, not money held beside it)
    const booked =
      documents.length > 0
        ? postings.filter((p) => !ourRefs.has(p.reference ?? '')).reduce((t, e) => t + Number(e.amount_minor), 0)
        : 0;
    const bankTotal = bank.reduce((t, b) => t + Number(b.amount_minor), 0) - booked;
    const date = bank.reduce((m, b) => (b.business_date > m ? b.business_date : m), bank[0]!.business_date);
    // A write-off (a short or over payment accepted): the entries are settled in full and the gap goes to its
    // account on a second line, so the books' bank account moves by what the bank moved. The gap takes its sign
    // from what the entries are due against what the bank moved: short adds to the settlement, over takes from it.
    const due = entries.reduce((t, e) => t + Number(e.amount_minor), 0);
    const size = writesOff && g.writeOff && g.writeOff.amountMinor > 0 ? g.writeOff.amountMinor : 0;
    const gap = Math.sign(due - bankTotal) * size;
    if (gap !== 0)
      writeOffs.set(g.id, {
        idempotencyKey: writeOffKey(g.id),
        date,
        description: `Written off to ${g.writeOff!.account} (bankfeed match ${g.id})`,
        amountMinor: -gap,
        currency,
        bankAccount: input.bankAccount,
        contraAccount: g.writeOff!.account,
        reference: bank[0]!.provider_txn_id,
      });
    plans.push({ g, entries, bankTotal, booked, date, gap, ref: bank[0]!.provider_txn_id });
  }
  // The write-off lines go first: an entry is settled in full only once its gap is written. When the books refuse
  // the line (an account they do not have, a closed period), the entry is settled by what the bank moved and the
  // rest stays open there, for a person, rather than the books' bank account being left off by the gap.
  const writeOffWritten = new Set<number>(
    [...writeOffs].filter(([, p]) => writeOffsTaken.has(p.idempotencyKey)).map(([groupId]) => groupId),
  );
  const writeOffOutcome = await writeOffLines(
    deps,
    input,
    [...writeOffs].filter(([groupId, p]) => !done.has(p.idempotencyKey) && !refusedGroups.has(groupId)),
  );
  for (const groupId of writeOffOutcome.groups) writeOffWritten.add(groupId);
  outcome.writtenOff = writeOffOutcome.groups.length;
  const settlements: Array<LedgerSettlement & { groupId: number; withWriteOff: boolean }> = [];
  // documents a match holds with a payment the books already hold for all of its line: the books applied that payment
  // elsewhere (the match was moved to another invoice after write-back); nothing is paid again, and a person is told
  const appliedElsewhere: Array<{ key: string; groupId: number; reference: string | null }> = [];
  for (const { g, entries, bankTotal, booked, date, gap, ref } of plans) {
    const withWriteOff = gap !== 0 && writeOffWritten.has(g.id);
    let remaining = bankTotal + (withWriteOff ? gap : 0);
    entries.forEach((e, i) => {
      const open = Number(e.amount_minor);
      const last = i === entries.length - 1;
      // Same sign as the entry; never more than it is open for unless it is the last (an over-payment stays visible).
      const share = last
        ? remaining
        : Math.sign(open) * Math.min(Math.abs(open), Math.max(0, Math.sign(open) * remaining));
      remaining -= share;
      const key = `bankfeed-match-${g.id}-${e.id}`;
      if (done.has(key)) return;
      if (booked !== 0 && bankTotal === 0 && e.closed_reason === null) {
        appliedElsewhere.push({ key, groupId: g.id, reference: e.reference });
        return;
      }
      if (share === 0 || Math.sign(share) !== Math.sign(open)) return;
      settlements.push({
        idempotencyKey: key,
        entryId: e.external_id,
        date,
        amountMinor: share,
        dueMinor: open,
        paymentKey: `bankfeed-payment-${g.id}`,
        // closed by the books since read (by hand, or by this write-back before a crash lost its record)
        closedInBooks: e.closed_reason !== null,
        currency,
        bankAccount: input.bankAccount,
        reference: ref,
        groupId: g.id,
        withWriteOff,
      });
    });
  }
  for (const a of appliedElsewhere) {
    outcome.rejected++;
    const vendorMessage = `the books hold this line's payment already, applied to another document: apply it to ${a.reference ?? 'the matched document'} there`;
    await audit.append({
      at: new Date().toISOString(),
      actor: 'system',
      action: SETTLE_REJECTED_ACTION,
      entityType: WRITE_BACK_ENTITY,
      entityId: a.key,
      accountId: input.accountId,
      detail: { sourceId: input.sourceId, groupId: a.groupId, vendorMessage },
    });
    deps.logger.warn(
      { accountId: input.accountId, groupId: a.groupId, vendorMessage },
      'a match write-back was not sent',
    );
  }
  const results =
    settlements.length === 0
      ? []
      : await input.adapter.settleEntries(settlements.map(({ groupId: _g, withWriteOff: _w, ...s }) => s));
  const now = new Date().toISOString();
  for (const r of results) {
    const s = settlements.find((x) => x.idempotencyKey === r.idempotencyKey)!;
    const written = r.status === 'written';
    if (written) {
      outcome.written++;
      if (r.created) outcome.created++;
    } else {
      outcome.rejected++;
      refusedGroups.add(s.groupId);
    }
    await audit.append({
      at: now,
      actor: 'system',
      action: written ? SETTLE_ACTION : SETTLE_REJECTED_ACTION,
      entityType: WRITE_BACK_ENTITY,
      entityId: r.idempotencyKey,
      accountId: input.accountId,
      detail: written
        ? { sourceId: input.sourceId, groupId: s.groupId, externalId: r.externalId, created: r.created }
        : { sourceId: input.sourceId, groupId: s.groupId, vendorMessage: r.vendorMessage },
      after: {
        entryId: s.entryId,
        date: s.date,
        amountMinor: s.amountMinor,
        currency: s.currency,
        withWriteOff: s.withWriteOff,
      },
    });
    if (!written)
      deps.logger.warn(
        { accountId: input.accountId, groupId: s.groupId, vendorMessage: r.vendorMessage },
        'the books refused a match write-back; the match stands',
      );
  }
  return outcome;
}

/**
 * The second line of a write-off: the gap on its account (a statement line in Tryton, a spend or receive money
 * transaction in Xero, a purchase or deposit in QuickBooks, a categorised line in Zoho), written once its entries
 * are settled in full, keyed by the group so a retry writes nothing twice. A refusal is recorded; the match stands.
 */
async function writeOffLines(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string; adapter: LedgerAdapter },
  lines: Array<[number, LedgerPosting]>,
): Promise<{ groups: number[] }> {
  if (lines.length === 0) return { groups: [] };
  const postings = lines.map(([, p]) => p);
  const { written, rejected } = await postAllowingRefusals(input.adapter, postings);
  await recordPostRefusals(deps, input, rejected);
  const now = new Date().toISOString();
  const audit = createAuditRepository(deps.db);
  for (const r of written) {
    const [groupId, p] = lines.find(([, x]) => x.idempotencyKey === r.idempotencyKey)!;
    await audit.append({
      at: now,
      actor: 'system',
      action: WRITE_OFF_ACTION,
      entityType: 'match_write_off',
      entityId: r.idempotencyKey,
      accountId: input.accountId,
      detail: { sourceId: input.sourceId, groupId, externalId: r.externalId, created: r.created },
      after: p,
    });
  }
  return { groups: written.map((r) => lines.find(([, x]) => x.idempotencyKey === r.idempotencyKey)![0]) };
}

/**
 * Audit action of a posting the books refused, recorded once and not sent again. A rule's charge refused by bankfeed
 * itself for an account the source does not map (`reason` in its detail) is the exception: see awaitsMapping. A
 * write-off line is never sent again either way (its settlement went ahead without it).
 */
export const POST_REJECTED_ACTION = 'ledger.post.rejected';

/**
 * A refusal whose cause can change without the books: the source did not map the posting's account, and nothing was
 * sent. Its posting is offered again on each run (refused again at no cost to the books' API until the map has it).
 */
export function awaitsMapping(row: { action: string; detail: string | null }): boolean {
  if (row.action !== POST_REJECTED_ACTION || !row.detail) return false;
  return (JSON.parse(row.detail) as { reason?: string }).reason === 'unmapped-account';
}

type Posted = { idempotencyKey: string; externalId: string; created: boolean };

/** postEntries with the vendor's per-item refusals (LedgerPartialWriteError) returned, not thrown: the rest stands. */
export async function postAllowingRefusals(
  adapter: LedgerAdapter,
  postings: Parameters<NonNullable<LedgerAdapter['postEntries']>>[0],
): Promise<{ written: Posted[]; rejected: WriteRefusal[] }> {
  try {
    return { written: await adapter.postEntries!(postings), rejected: [] };
  } catch (err) {
    if (err instanceof LedgerPartialWriteError) return { written: err.written, rejected: err.rejected };
    throw err;
  }
}

/**
 * Records refused postings with the vendor's message (and `reason`, where bankfeed refused before asking the books);
 * the rule's classification of the line stands.
 */
export async function recordPostRefusals(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string },
  rejected: WriteRefusal[],
): Promise<void> {
  const now = new Date().toISOString();
  const audit = createAuditRepository(deps.db);
  for (const r of rejected) {
    await audit.append({
      at: now,
      actor: 'system',
      action: POST_REJECTED_ACTION,
      entityType: 'ledger_posting',
      entityId: r.idempotencyKey,
      accountId: input.accountId,
      detail: { sourceId: input.sourceId, vendorMessage: r.vendorMessage, ...(r.reason ? { reason: r.reason } : {}) },
    });
    deps.logger.warn(
      { accountId: input.accountId, key: r.idempotencyKey, vendorMessage: r.vendorMessage },
      'the books refused a posting; the classification stands',
    );
  }
}
