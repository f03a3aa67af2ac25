/**
 * npm run bench:ledgers — ledger adapters against real or contract-faithful servers:
 *  - pull: a full pull of N open invoices (default 10,000) from each target, entries/s and this process's memory
 *    (heap growth and peak RSS while pulling);
 *  - write-back: M confirmed matches (default 1,000) settled in Tryton as validated statement lines, matches/s.
 * Targets: `tryton` (a real Tryton 8.2 from .tools/tryton; its seeded database is cached under
 * .tools/tryton/cache, the first run books the invoices, which takes minutes) and the SaaS fakes of
 * test/ledgers/saas/bench-fakes.ts. Another target is one entry in TARGETS below.
 * Environment: BENCH_LEDGER_INVOICES, BENCH_LEDGER_MATCHES, BENCH_LEDGER_TARGETS (comma list, default all).
 */
import type { LedgerSettlement, SettlesEntries } from '../adapters/ledger/oauth/settlement.js';
import { createLedgerAdapter } from '../adapters/ledger/registry.js';
import type { LedgerAdapter } from '../adapters/ledger/types.js';
import { startSaasBenchTarget, type SaasKind } from '../test/ledgers/saas/bench-fakes.js';
import { trytonAvailable, type TrytonInvoiceSpec } from '../test/support/tryton-server.js';
import { seededTryton } from './ledgers-tryton-seed.js';

const INVOICES = Number(process.env.BENCH_LEDGER_INVOICES ?? 10_000);
const MATCHES = Number(process.env.BENCH_LEDGER_MATCHES ?? 1_000);
const WANTED = (process.env.BENCH_LEDGER_TARGETS ?? 'tryton,xero,quickbooks-online,zoho-books').split(',');

interface PullTarget {
  name: string;
  adapter: LedgerAdapter;
  period: { from: string; to: string };
  /** Open invoices the target holds: a full pull must return each of them. */
  openInvoices: number;
  /** Settles `count` matches against invoices the pull returned; targets without write-back leave it out. */
  writeBack?: (
    pulledInvoiceIds: Array<{ id: string; amountMinor: number; date: string }>,
    count: number,
  ) => Promise<number>;
  close(): Promise<void>;
}

/** Deterministic books: parties, amounts and dates from a fixed linear congruential sequence (seed 1602). */
function benchInvoices(n: number): TrytonInvoiceSpec[] {
  let x = 1602;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31);
  const start = Date.parse('2026-06-01T00:00:00Z');
  const days = 170;
  return Array.from({ length: n }, (_, i) => {
    const supplier = i % 3 === 2;
    const kobo = 50_000 + (next() % 500_000_000);
    return {
      type: supplier ? 'in' : 'out',
      party: supplier
        ? `Supplier ${String(next() % 300).padStart(3, '0')}`
        : `Customer ${String(next() % 1200).padStart(4, '0')}`,
      amount: `${Math.floor(kobo / 100)}.${String(kobo % 100).padStart(2, '0')}`,
      date: new Date(start + (next() % days) * 86_400_000).toISOString().slice(0, 10),
      reference: `${supplier ? 'BILL' : 'PO'}-${i + 1}`,
    };
  });
}

async function trytonTarget(): Promise<PullTarget> {
  if (!trytonAvailable()) throw new Error('Tryton 8.2 is not in .tools/tryton: run node scripts/provision-tryton.mjs');
  const t0 = Date.now();
  const tryton = await seededTryton('2026-11-20', benchInvoices(INVOICES), `bench-${INVOICES}-v2`);
  console.log(`tryton: server with ${INVOICES} posted invoices ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const adapter = createLedgerAdapter(
    {
      id: 'bench',
      kind: 'tryton',
      url: tryton.url,
      database: tryton.database,
      login: tryton.login,
      password: tryton.password,
      bankJournal: 'GTBank current account',
      currency: 'NGN',
      timeoutMs: 600_000,
    },
    { baseDir: '.' },
  );
  return {
    name: 'tryton',
    adapter,
    period: { from: '2026-06-01', to: '2026-12-31' },
    openInvoices: INVOICES,
    async writeBack(pulled, count) {
      const receipts = pulled.filter((e) => e.amountMinor > 0).slice(0, count);
      if (receipts.length < count)
        throw new Error(`only ${receipts.length} customer invoices to settle, ${count} wanted`);
      const settlements: LedgerSettlement[] = receipts.map((e, i) => ({
        idempotencyKey: `bench-${i}`,
        entryId: e.id,
        date: '2026-11-20',
        amountMinor: e.amountMinor,
        currency: 'NGN',
        bankAccount: '1.1.1',
      }));
      const r = await (adapter as LedgerAdapter & SettlesEntries).settleEntries(settlements);
      const created = r.filter((x) => x.status === 'written' && x.created).length;
      if (created !== count)
        throw new Error(
          `write-back created ${created} of ${count}: ${JSON.stringify(r.find((x) => x.status !== 'written'))}`,
        );
      return created;
    },
    async close() {
      await adapter.close?.();
      await tryton.stop();
    },
  };
}

const TARGETS: Record<string, () => Promise<PullTarget>> = {
  tryton: trytonTarget,
  ...Object.fromEntries(
    (['xero', 'quickbooks-online', 'zoho-books'] as SaasKind[]).map((kind) => [
      kind,
      async (): Promise<PullTarget> => {
        const t = await startSaasBenchTarget(kind, INVOICES);
        return {
          name: `${kind} (fake)`,
          adapter: t.adapter,
          period: t.period,
          openInvoices: t.openInvoices,
          close: () => t.close(),
        };
      },
    ]),
  ),
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function measurePull(t: PullTarget) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const start = process.hrtime.bigint();
  const r = await t.adapter.pullOpenEntries({ period: t.period, cursor: null });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  const invoices = r.entries.filter((e) => e.id.startsWith('invoice:'));
  if (invoices.length !== t.openInvoices)
    throw new Error(
      `${t.name}: a full pull returned ${invoices.length} open invoices, the target holds ${t.openInvoices}`,
    );
  return {
    entries: r.entries.length,
    seconds,
    perSecond: Math.round(r.entries.length / seconds),
    heapGrowthMb: mb(peakHeap - heapBefore),
    peakRssMb: mb(peakRss),
    invoices: invoices.map((e) => ({ id: e.id, amountMinor: e.amountMinor, date: e.date })),
  };
}

async function main(): Promise<void> {
  console.log(`bench:ledgers — ${INVOICES} open invoices per target, ${MATCHES} matches written back to Tryton`);
  const rows: string[][] = [];
  for (const name of WANTED) {
    const make = TARGETS[name];
    if (!make) throw new Error(`unknown target "${name}" (known: ${Object.keys(TARGETS).join(', ')})`);
    const t = await make();
    try {
      const p = await measurePull(t);
      rows.push([
        t.name,
        'pull',
        String(p.entries),
        p.seconds.toFixed(2),
        `${p.perSecond} entries/s`,
        p.heapGrowthMb,
        p.peakRssMb,
      ]);
      console.log(`${t.name}: pulled ${p.entries} entries in ${p.seconds.toFixed(2)} s (${p.perSecond}/s)`);
      if (t.writeBack && MATCHES > 0) {
        const start = process.hrtime.bigint();
        const n = await t.writeBack(p.invoices, MATCHES);
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        rows.push([
          t.name,
          'write-back',
          String(n),
          seconds.toFixed(2),
          `${(n / seconds).toFixed(1)} matches/s`,
          '',
          '',
        ]);
        console.log(`${t.name}: wrote back ${n} matches in ${seconds.toFixed(2)} s`);
      }
    } finally {
      await t.close();
    }
  }
  const head = ['target', 'what', 'count', 'seconds', 'rate', 'heap growth MB', 'peak RSS MB'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(['', line(head), ...rows.map(line)].join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
