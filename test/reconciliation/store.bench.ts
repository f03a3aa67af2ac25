// Stored-run throughput: `npx tsx test/reconciliation/store.bench.ts [sizes…]` (default 1000 10000).
// For each size and database: a month of N bank lines against N open ledger entries (70 % carry a reference the
// engine auto-matches, 20 % are amount-only pairs that become suggestions, 10 % have no partner), then the first
// run, a re-run over unchanged data (must write nothing), and 100 confirms.
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import type { Database, NewBankTransaction, NewLedgerEntry } from '../../db/schema.js';
import { openPostgresTestDb, openSqliteTestDb, postgresAvailable, type TestDb } from '../support/databases.js';
import { seedAccount, tableCounts } from './seed.js';

const ACCOUNT = 'acc-bench';
const SOURCE = 'books-bench';
const AT = '2024-04-01T00:00:00.000Z';

async function seed(db: Kysely<Database>, n: number): Promise<void> {
  await seedAccount(db, ACCOUNT);
  const bank: NewBankTransaction[] = [];
  const ledger: NewLedgerEntry[] = [];
  for (let i = 0; i < n; i++) {
    const day = `2024-03-${String((i % 28) + 1).padStart(2, '0')}`;
    const kind = i % 10 < 7 ? 'ref' : i % 10 < 9 ? 'amount' : 'none';
    const amount = 1_000_00 + ((i * 7919) % 500_000) * 100 + (i % 97);
    bank.push({
      account_id: ACCOUNT,
      provider_txn_id: `t${i}`,
      fingerprint: `f${i}`,
      amount_minor: amount,
      currency: 'NGN',
      direction: 'credit',
      business_date: day,
      booked_at: `${day}T10:00:00.000Z`,
      narration: kind === 'ref' ? `TRF FROM CUSTOMER ${i} INV-${String(i).padStart(6, '0')}` : `NIP CREDIT ${i}`,
      status: 'posted',
      first_seen_at: AT,
      updated_at: AT,
    });
    ledger.push({
      source_id: SOURCE,
      external_id: `e${i}`,
      entry_date: day,
      amount_minor: kind === 'none' ? amount + 1_234_567 : amount,
      currency: 'NGN',
      reference: kind === 'ref' ? `INV-${String(i).padStart(6, '0')}` : null,
      party: `Customer ${i}`,
      status: 'open',
      row_fingerprint: `r${i}`,
      created_at: AT,
      updated_at: AT,
    });
  }
  for (let i = 0; i < n; i += 500) {
    await db
      .insertInto('bank_transactions')
      .values(bank.slice(i, i + 500))
      .execute();
    await db
      .insertInto('ledger_entries')
      .values(ledger.slice(i, i + 500))
      .execute();
  }
}

async function bench(name: string, open: () => Promise<TestDb>, n: number): Promise<void> {
  const h = await open();
  try {
    await seed(h.db, n);
    const svc = createReconciliationService({ db: h.db });
    const input = {
      accountId: ACCOUNT,
      ledgerSourceId: SOURCE,
      period: { from: '2024-03-01', to: '2024-03-31' },
      trigger: 'nightly' as const,
    };
    let t = performance.now();
    const first = await svc.reconcileAccount(input);
    const firstMs = performance.now() - t;
    const counts = await tableCounts(h.db);
    t = performance.now();
    const second = await svc.reconcileAccount(input);
    const secondMs = performance.now() - t;
    const unchanged =
      JSON.stringify(await tableCounts(h.db)) === JSON.stringify(counts) && second.changes.groupsInserted === 0;
    const suggestions = (await svc.listGroups(ACCOUNT, { status: ['suggested'], limit: 100 })).filter(
      (g) => g.rank === 1,
    );
    t = performance.now();
    for (const g of suggestions) await svc.confirm(g.id, 'bench@firm.ng');
    const confirmMs = (performance.now() - t) / Math.max(1, suggestions.length);
    console.log(
      [
        name.padEnd(8),
        String(n).padStart(7),
        `first run ${firstMs.toFixed(0).padStart(6)} ms`,
        `(${Math.round(n / (firstMs / 1000))} lines/s)`,
        `re-run ${secondMs.toFixed(0).padStart(6)} ms`,
        `unchanged=${unchanged}`,
        `confirm ${confirmMs.toFixed(1)} ms`,
        `matched ${first.stats.matchedPercent}%`,
        `groups ${counts.match_groups} audit ${counts.audit_log}`,
        `rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
      ].join('  '),
    );
  } finally {
    await h.dispose();
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
const dbs: Array<[string, () => Promise<TestDb>]> = [['sqlite', openSqliteTestDb]];
if (await postgresAvailable()) dbs.push(['postgres', openPostgresTestDb]);
for (const n of sizes.length ? sizes : [1000, 10_000]) for (const [name, open] of dbs) await bench(name, open, n);
