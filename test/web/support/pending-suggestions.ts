import type { Kysely } from 'kysely';
import { createMatchRepository, type NewGroup } from '../../../db/match-repository.js';
import type { Database } from '../../../db/schema.js';

const AT = '2026-10-01T00:00:00.000Z';

/**
 * An account (NGN, bound to books "books") with `lines` bank lines, each with one pending suggestion against its own
 * book entry: even ones at 97% (what a "≥ 95%" bulk filter selects), odd ones at 60%. For bench:web and the bulk
 * job tests. Returns the suggestions' group ids in line order.
 */
export async function seedPendingSuggestions(
  db: Kysely<Database>,
  accountId: string,
  lines: number,
): Promise<number[]> {
  await db
    .insertInto('accounts')
    .values({
      id: accountId,
      name: 'Bench Ltd',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      state: 'ACTIVE',
      linked_at: AT,
      updated_at: AT,
      ledger_binding: JSON.stringify({ sourceId: 'books', ledgerAccount: '1010' }),
    })
    .execute();
  const bankIds: number[] = [];
  const ledgerIds: number[] = [];
  for (let i = 0; i < lines; i += 500) {
    const n = Math.min(500, lines - i);
    const day = (k: number) =>
      `2026-${String(1 + ((i + k) % 12)).padStart(2, '0')}-${String(1 + ((i + k) % 28)).padStart(2, '0')}`;
    const amount = (k: number) => 10_000 + (((i + k) * 37) % 5_000_000);
    const bank = await db
      .insertInto('bank_transactions')
      .values(
        Array.from({ length: n }, (_, k) => ({
          account_id: accountId,
          provider_txn_id: `b${i + k}`,
          fingerprint: `f${i + k}`,
          amount_minor: amount(k),
          currency: 'NGN',
          direction: 'credit',
          business_date: day(k),
          booked_at: `${day(k)}T09:00:00.000Z`,
          narration: `NIP TRF FROM CUSTOMER ${i + k} INV-${100000 + i + k}`,
          counterparty_name: `Customer ${(i + k) % 700}`,
          status: 'posted',
          first_seen_at: AT,
          updated_at: AT,
        })),
      )
      .returning('id')
      .execute();
    bankIds.push(...bank.map((r) => Number(r.id)));
    const ledger = await db
      .insertInto('ledger_entries')
      .values(
        Array.from({ length: n }, (_, k) => ({
          source_id: 'books',
          external_id: `l${i + k}`,
          ledger_account: '1010',
          entry_date: day(k),
          amount_minor: amount(k),
          currency: 'NGN',
          reference: `INV-${100000 + i + k}`,
          party: `Customer ${(i + k) % 700}`,
          description: 'Sales invoice',
          status: 'open',
          row_fingerprint: `r${i + k}`,
          created_at: AT,
          updated_at: AT,
        })),
      )
      .returning('id')
      .execute();
    ledgerIds.push(...ledger.map((r) => Number(r.id)));
  }
  const groups: NewGroup[] = bankIds.map((b, i) => ({
    accountId,
    runId: null,
    kind: 'fuzzy',
    status: 'suggested',
    confidence: i % 2 === 0 ? 0.97 : 0.6,
    currency: 'NGN',
    differenceMinor: 0,
    writeOff: null,
    evidence: [
      { kind: 'amount_exact', detail: 'same amount', weight: 0.3 },
      { kind: 'counterparty_name', detail: `payer similar to Customer ${i % 700} (92%)`, weight: 0.3 },
      { kind: 'date', detail: 'same day', weight: 0.1 },
    ],
    ruleId: null,
    proposed: null,
    rank: 1,
    candidateSet: `bank:${b}`,
    idempotencyKey: `k${b}`,
    decidedBy: null,
    decidedAt: null,
    createdAt: AT,
    items: [
      { side: 'bank', itemId: b, amountMinor: 0 },
      { side: 'ledger', itemId: ledgerIds[i]!, amountMinor: 0 },
    ],
  }));
  const ids = await db.transaction().execute((trx) => createMatchRepository(trx).insertGroups(groups));
  return groups.map((g) => ids.get(g.idempotencyKey!)!);
}
