import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

const AT = '2024-03-10T12:00:00.000Z';

export async function seedAccount(db: Kysely<Database>, id: string, currency = 'NGN'): Promise<void> {
  await db
    .insertInto('accounts')
    .values({
      id,
      name: `Account ${id}`,
      currency,
      timezone: 'Africa/Lagos',
      state: 'ACTIVE',
      linked_at: AT,
      updated_at: AT,
    })
    .execute();
}

export interface BankSeed {
  date: string;
  amountMinor: number;
  narration: string;
  currency?: string;
  reference?: string | null;
  counterpartyName?: string | null;
  status?: 'posted' | 'pending' | 'removed';
}

let seq = 0;

/** Inserts bank lines and returns their ids in order. */
export async function seedBank(db: Kysely<Database>, accountId: string, lines: BankSeed[]): Promise<number[]> {
  const ids: number[] = [];
  for (const l of lines) {
    seq++;
    const row = await db
      .insertInto('bank_transactions')
      .values({
        account_id: accountId,
        provider_txn_id: `txn-${seq}`,
        fingerprint: `fp-${seq}`,
        amount_minor: l.amountMinor,
        currency: l.currency ?? 'NGN',
        direction: l.amountMinor >= 0 ? 'credit' : 'debit',
        business_date: l.date,
        booked_at: `${l.date}T09:00:00.000Z`,
        narration: l.narration,
        reference: l.reference ?? null,
        counterparty_name: l.counterpartyName ?? null,
        status: l.status ?? 'posted',
        first_seen_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

export interface LedgerSeed {
  date: string;
  amountMinor: number;
  reference?: string | null;
  party?: string | null;
  description?: string | null;
  currency?: string;
  status?: 'open' | 'reconciled' | 'void';
}

/** Inserts ledger entries of a source and returns their ids in order. */
export async function seedLedger(db: Kysely<Database>, sourceId: string, entries: LedgerSeed[]): Promise<number[]> {
  const ids: number[] = [];
  for (const e of entries) {
    seq++;
    const row = await db
      .insertInto('ledger_entries')
      .values({
        source_id: sourceId,
        external_id: `ext-${seq}`,
        entry_date: e.date,
        amount_minor: e.amountMinor,
        currency: e.currency ?? 'NGN',
        reference: e.reference ?? null,
        description: e.description ?? null,
        party: e.party ?? null,
        status: e.status ?? 'open',
        row_fingerprint: `row-${seq}`,
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

/** Row counts of the tables a run or a decision writes: equal counts before and after mean nothing was written. */
export async function tableCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['match_groups', 'match_items', 'audit_log'] as const) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** A person's confirmed match of one bank line to one entry, the gap between them written off to `account`. */
export async function seedWriteOffMatch(
  db: Kysely<Database>,
  m: { accountId: string; bankId: number; bankMinor: number; entryId: number; dueMinor: number; account: string },
): Promise<number> {
  const g = await db
    .insertInto('match_groups')
    .values({
      account_id: m.accountId,
      run_id: null,
      kind: 'manual',
      status: 'confirmed',
      confidence: 1,
      currency: 'NGN',
      difference_minor: m.bankMinor - m.dueMinor,
      write_off_account: m.account,
      write_off_minor: Math.abs(m.bankMinor - m.dueMinor),
      evidence: '[]',
      rule_id: null,
      decided_by: 'ama@example.com',
      decided_at: '2026-11-13T09:00:00Z',
      created_at: '2026-11-13T09:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('match_items')
    .values([
      { group_id: Number(g.id), side: 'bank', item_id: m.bankId, amount_minor: m.bankMinor, active: 1 },
      { group_id: Number(g.id), side: 'ledger', item_id: m.entryId, amount_minor: m.dueMinor, active: 1 },
    ])
    .execute();
  return Number(g.id);
}

/** A finished (signed) statement reconciliation of the account through `periodEnd`, with no items; returns its id. */
export async function seedSignedStatement(
  db: Kysely<Database>,
  s: { accountId: string; periodFrom: string; periodEnd: string; currency: string },
): Promise<number> {
  const row = await db
    .insertInto('statement_reconciliations')
    .values({
      account_id: s.accountId,
      ledger_account: null,
      period_from: s.periodFrom,
      period_end: s.periodEnd,
      currency: s.currency,
      statement_balance_minor: 0,
      statement_balance_source: null,
      book_balance_minor: 0,
      book_balance_source: 'entered',
      difference_minor: 0,
      items: '[]',
      finished_by: 'akosua',
      finished_at: AT,
      report_path: null,
      reopened_by: null,
      reopened_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
