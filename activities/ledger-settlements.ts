import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { LedgerPartialWriteError } from '../adapters/ledger/oauth/errors.js';
import type { LedgerSettlement, SettlesEntries } from '../adapters/ledger/oauth/settlement.js';
import type { LedgerAdapter } from '../adapters/ledger/types.js';
import { normalizeCurrency } from '../domain/currency.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

/** Audit actions of match write-back: one row per key, written or refused, so a key is never sent again. */
export const SETTLE_ACTION = 'ledger.settle';
export const SETTLE_REJECTED_ACTION = 'ledger.settle.rejected';

export interface SettleOutcome {
  written: number;
  created: number;
  rejected: number;
}

function settles(adapter: LedgerAdapter): adapter is LedgerAdapter & SettlesEntries {
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
  const outcome: SettleOutcome = { written: 0, created: 0, rejected: 0 };
  if (!settles(input.adapter)) return outcome;
  const account = await db
    .selectFrom('accounts')
    .select('currency')
    .where('id', '=', input.accountId)
    .executeTakeFirstOrThrow();
  const currency = normalizeCurrency(account.currency);
  const done = new Set(
    (
      await db
        .selectFrom('audit_log')
        .select('entity_id')
        .where('account_id', '=', input.accountId)
        .where('action', 'in', [SETTLE_ACTION, SETTLE_REJECTED_ACTION])
        .execute()
    ).map((r) => r.entity_id),
  );
  const groups = await createMatchRepository(db).listGroups(input.accountId, {
    status: ['auto', 'confirmed', 'manual'],
  });
  const settlements: Array<LedgerSettlement & { groupId: number }> = [];
  for (const g of groups) {
    if (g.ledgerIds.length === 0 || g.bankIds.length === 0) continue;
    const entries = await db
      .selectFrom('ledger_entries')
      .select(['id', 'external_id', 'amount_minor', 'reference'])
      .where('id', 'in', g.ledgerIds)
      .where('source_id', '=', input.sourceId)
      .orderBy('entry_date')
      .orderBy('id')
      .execute();
    if (entries.length === 0) continue;
    const bank = await db
      .selectFrom('bank_transactions')
      .select(['amount_minor', 'business_date', 'provider_txn_id'])
      .where('id', 'in', g.bankIds)
      .execute();
    let remaining = bank.reduce((s, b) => s + Number(b.amount_minor), 0);
    const date = bank.reduce((m, b) => (b.business_date > m ? b.business_date : m), bank[0]!.business_date);
    entries.forEach((e, i) => {
      const open = Number(e.amount_minor);
      const last = i === entries.length - 1;
      // Same sign as the entry; never more than it is open for unless it is the last (an over-payment stays visible).
      const share = last
        ? remaining
        : Math.sign(open) * Math.min(Math.abs(open), Math.max(0, Math.sign(open) * remaining));
      remaining -= share;
      const key = `bankfeed-match-${g.id}-${e.id}`;
      if (done.has(key) || share === 0 || Math.sign(share) !== Math.sign(open)) return;
      settlements.push({
        idempotencyKey: key,
        entryId: e.external_id,
        date,
        amountMinor: share,
        currency,
        bankAccount: input.bankAccount,
        reference: bank[0]!.provider_txn_id,
        groupId: g.id,
      });
    });
  }
  if (settlements.length === 0) return outcome;
  const results = await input.adapter.settleEntries(settlements.map(({ groupId: _g, ...s }) => s));
  const now = new Date().toISOString();
  for (const r of results) {
    const s = settlements.find((x) => x.idempotencyKey === r.idempotencyKey)!;
    const written = r.status === 'written';
    if (written) {
      outcome.written++;
      if (r.created) outcome.created++;
    } else outcome.rejected++;
    await db
      .insertInto('audit_log')
      .values({
        at: now,
        actor: 'system',
        action: written ? SETTLE_ACTION : SETTLE_REJECTED_ACTION,
        entity_type: 'match_write_back',
        entity_id: r.idempotencyKey,
        account_id: input.accountId,
        detail: JSON.stringify(
          written
            ? { sourceId: input.sourceId, groupId: s.groupId, externalId: r.externalId, created: r.created }
            : { sourceId: input.sourceId, groupId: s.groupId, vendorMessage: r.vendorMessage },
        ),
        before: null,
        after: JSON.stringify({ entryId: s.entryId, date: s.date, amountMinor: s.amountMinor, currency: s.currency }),
      })
      .execute();
    if (!written)
      deps.logger.warn(
        { accountId: input.accountId, groupId: s.groupId, vendorMessage: r.vendorMessage },
        'the books refused a match write-back; the match stands',
      );
  }
  return outcome;
}

/** Audit action of a rule-classified posting the books refused (recorded once; not sent again). */
export const POST_REJECTED_ACTION = 'ledger.post.rejected';

type Posted = { idempotencyKey: string; externalId: string; created: boolean };

/** postEntries with the vendor's per-item refusals (LedgerPartialWriteError) returned, not thrown: the rest stands. */
export async function postAllowingRefusals(
  adapter: LedgerAdapter,
  postings: Parameters<NonNullable<LedgerAdapter['postEntries']>>[0],
): Promise<{ written: Posted[]; rejected: Array<{ idempotencyKey: string; vendorMessage: string }> }> {
  try {
    return { written: await adapter.postEntries!(postings), rejected: [] };
  } catch (err) {
    if (err instanceof LedgerPartialWriteError) return { written: err.written, rejected: err.rejected };
    throw err;
  }
}

/** Records refused postings with the vendor's message; the rule's classification of the line stands. */
export async function recordPostRefusals(
  deps: { db: Kysely<Database>; logger: Logger },
  input: { accountId: string; sourceId: string },
  rejected: Array<{ idempotencyKey: string; vendorMessage: string }>,
): Promise<void> {
  const now = new Date().toISOString();
  for (const r of rejected) {
    await deps.db
      .insertInto('audit_log')
      .values({
        at: now,
        actor: 'system',
        action: POST_REJECTED_ACTION,
        entity_type: 'ledger_posting',
        entity_id: r.idempotencyKey,
        account_id: input.accountId,
        detail: JSON.stringify({ sourceId: input.sourceId, vendorMessage: r.vendorMessage }),
        before: null,
        after: null,
      })
      .execute();
    deps.logger.warn(
      { accountId: input.accountId, key: r.idempotencyKey, vendorMessage: r.vendorMessage },
      'the books refused a posting; the classification stands',
    );
  }
}
