/**
 * A Nairobi finance team's first month on bankfeed (session 30's walk): one KES account at Africa/Nairobi, its
 * November 2026 lines as the feed stores them (each line's business date its Nairobi day, from the instant the bank
 * booked it), and the books from their accounting export, bound as ledger account 1010.
 */
import type { FastifyInstance } from 'fastify';
import { createReconciliationService } from '../../../activities/reconciliation-service.js';
import { businessDateOf } from '../../../domain/dates.js';
import { createWebApp, type WebAppDeps } from '../../../web/app.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { addPeople } from './harness.js';

export const NAIROBI = 'Africa/Nairobi';
export const ACCOUNT = 'acc-ke';
/** KES 1,250,000.00: the balance before the first line the feed has. */
export const KE_OPENING = 125_000_000;

export interface KenyaLine {
  /** The instant the bank booked it (UTC). */
  bookedAt: string;
  amountMinor: number;
  narration: string;
  counterpartyName?: string | null;
  reference?: string | null;
}

export interface KenyaEntry {
  date: string;
  amountMinor: number;
  reference: string;
  party?: string | null;
  description?: string | null;
}

/** November's lines, in booking order. Two are booked after 21:00 UTC: the next day in Nairobi. */
export const NOVEMBER_LINES: KenyaLine[] = [
  // 00:30 on 1 November in Nairobi: November's, though its UTC day is 31 October
  {
    bookedAt: '2026-10-31T21:30:00.000Z',
    amountMinor: 8_435_050,
    narration: 'MPESA PAYBILL 522522 SETTLEMENT WANJIKU TRADERS INV2041',
    counterpartyName: 'WANJIKU TRADERS',
  },
  {
    bookedAt: '2026-11-03T08:15:00.000Z',
    amountMinor: 25_000_000,
    narration: 'RTGS KAMAU HARDWARE LTD',
    counterpartyName: 'KAMAU HARDWARE LTD',
  },
  {
    bookedAt: '2026-11-04T10:00:00.000Z',
    amountMinor: -3_620_075,
    narration: 'PESALINK NAIROBI OFFICE SUPPLIES',
    counterpartyName: 'NAIROBI OFFICE SUPPLIES',
  },
  { bookedAt: '2026-11-05T06:00:00.000Z', amountMinor: -6_000, narration: 'LEDGER FEE', counterpartyName: null },
  { bookedAt: '2026-11-05T06:00:01.000Z', amountMinor: -960, narration: 'EXCISE DUTY', counterpartyName: null },
  { bookedAt: '2026-11-09T11:00:00.000Z', amountMinor: -4_500_000, narration: 'CHQ 004512 PAID', reference: '004512' },
  {
    bookedAt: '2026-11-12T12:00:00.000Z',
    amountMinor: 1_999_999,
    narration: '<script>alert("ke")</script><img src=x onerror=alert(3)> MPESA TILL 880011',
    counterpartyName: '<b>TILL</b>',
  },
  // 21:40 on 15 November UTC: 00:40 on the 16th in Nairobi
  {
    bookedAt: '2026-11-15T21:40:00.000Z',
    amountMinor: 1_234_567,
    narration: 'MPESA TILL 880011 SETTLEMENT',
    counterpartyName: 'SAFARICOM',
  },
];

/** The books' November entries on 1010, as the accounting export gives them. */
export const NOVEMBER_BOOKS: KenyaEntry[] = [
  {
    date: '2026-10-30',
    amountMinor: 8_435_050,
    reference: 'INV-2041',
    party: 'Wanjiku Traders',
    description: 'Invoice',
  },
  { date: '2026-11-02', amountMinor: 25_000_000, reference: 'INV-2042', party: 'Kamau Hardware Ltd' },
  { date: '2026-11-04', amountMinor: -3_620_075, reference: 'BILL-77', party: 'Nairobi Office Supplies' },
  { date: '2026-11-08', amountMinor: -4_500_000, reference: 'CHQ-004512', party: 'Mombasa Movers' },
  { date: '2026-11-28', amountMinor: -1_575_025, reference: 'CHQ-004513', party: 'Kisumu Fresh Produce' },
];

export interface KenyaHarness {
  db: TestDb;
  app: FastifyInstance;
  bank: number[];
  ledger: number[];
  close(): Promise<void>;
}

let seq = 0;

export async function addLines(db: TestDb, lines: KenyaLine[], runningFrom?: number): Promise<number[]> {
  const ids: number[] = [];
  let running = runningFrom;
  for (const l of lines) {
    seq++;
    if (running !== undefined) running += l.amountMinor;
    const row = await db.db
      .insertInto('bank_transactions')
      .values({
        account_id: ACCOUNT,
        provider_txn_id: `ke-${seq}`,
        fingerprint: `ke-fp-${seq}`,
        amount_minor: l.amountMinor,
        currency: 'KES',
        direction: l.amountMinor >= 0 ? 'credit' : 'debit',
        business_date: businessDateOf(l.bookedAt, NAIROBI),
        booked_at: l.bookedAt,
        narration: l.narration,
        reference: l.reference ?? null,
        counterparty_name: l.counterpartyName ?? null,
        balance_minor: running ?? null,
        status: 'posted',
        first_seen_at: l.bookedAt,
        updated_at: l.bookedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

export async function addBooks(db: TestDb, entries: KenyaEntry[], recordedAt = '2026-12-01T06:00:00.000Z') {
  const ids: number[] = [];
  for (const e of entries) {
    seq++;
    const row = await db.db
      .insertInto('ledger_entries')
      .values({
        source_id: 'ke-books',
        external_id: `ke-ext-${seq}`,
        entry_date: e.date,
        amount_minor: e.amountMinor,
        currency: 'KES',
        reference: e.reference,
        description: e.description ?? null,
        party: e.party ?? null,
        ledger_account: '1010',
        status: 'open',
        row_fingerprint: `ke-row-${seq}`,
        created_at: recordedAt,
        updated_at: recordedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

/** The Nairobi account, its November lines, and (unless `books: false`) its books, reconciled once as a run would. */
export async function createKenyaHarness(
  opts: { books?: boolean; bind?: boolean; deps?: Partial<WebAppDeps> } = {},
): Promise<KenyaHarness> {
  const db = await openSqliteTestDb();
  const at = '2026-10-31T20:00:00.000Z';
  await db.db
    .insertInto('accounts')
    .values({
      id: ACCOUNT,
      name: 'Savanna Foods Ltd KES Current',
      currency: 'KES',
      timezone: NAIROBI,
      state: 'ACTIVE',
      linked_at: at,
      updated_at: at,
    })
    .execute();
  await db.db
    .updateTable('accounts')
    .set({
      institution_name: 'Equity Bank Kenya',
      synced_through: '2026-12-01',
      last_synced_at: '2026-12-01T05:00:00.000Z',
      ...(opts.bind === false
        ? {}
        : { ledger_binding: JSON.stringify({ sourceId: 'ke-books', ledgerAccount: '1010', writeBack: false }) }),
    })
    .where('id', '=', ACCOUNT)
    .execute();
  const bank = await addLines(db, NOVEMBER_LINES, KE_OPENING);
  const ledger = opts.books === false ? [] : await addBooks(db, NOVEMBER_BOOKS);
  if (opts.books !== false && opts.bind !== false)
    await createReconciliationService({ db: db.db }).reconcileAccount({
      accountId: ACCOUNT,
      ledgerSourceId: 'ke-books',
      period: { from: '2026-10-01', to: '2026-11-30' },
      trigger: 'manual',
      options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, timezone: NAIROBI },
    });
  await addPeople(db, [
    ['wanjiru', 'reviewer'],
    ['otieno', 'admin'],
  ]);
  const app = await createWebApp({ db: db.db, ...opts.deps });
  return {
    db,
    app,
    bank,
    ledger,
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
