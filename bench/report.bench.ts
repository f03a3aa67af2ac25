// npm run bench:report — writes a 100,000-line reconciliation report as XLSX, CSV and JSON and checks the budget:
// each format under 10 s, peak RSS under 600 MB. Prints time, rows and peak RSS; exits 1 when over budget.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LedgerEntry } from '../domain/ledger.js';
import type { MatchGroup } from '../domain/reconciliation.js';
import {
  writeReconciliationReport,
  type ReconciliationReport,
  type ReportBankLine,
} from '../adapters/reports/index.js';

const LINES = Number(process.env.BENCH_REPORT_LINES ?? 100_000);
const TIME_BUDGET_MS = 10_000;
const RSS_BUDGET_MB = 600;
const CATEGORIES = ['Sales', 'Supplies', 'Salaries', 'Rent', 'Bank charges', 'Levies', 'Transport', null];

/** A deterministic month: 90% matched one-to-one, 5% with a suggestion, 5% unmatched on each side. */
function bigReport(n: number): ReconciliationReport {
  const bankLines: ReportBankLine[] = [];
  const ledgerEntries: LedgerEntry[] = [];
  const matches: MatchGroup[] = [];
  const suggestions: ReconciliationReport['result']['suggestions'] = [];
  const unmatchedBank: string[] = [];
  const unmatchedLedger: string[] = [];
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const amount = Math.round((rand() - 0.45) * 50_000_000) || 100;
    const bank = `b${i}`;
    const ledger = `l${i}`;
    bankLines.push({
      id: bank,
      date: `2024-03-${day}`,
      amountMinor: amount,
      currency: 'NGN',
      narration: `NIP TRF ${amount > 0 ? 'FROM' : 'TO'} CUSTOMER ${i % 997} REF INV-${100000 + i}`,
      reference: `INV-${100000 + i}`,
      counterpartyName: `Customer ${i % 997}`,
      category: CATEGORIES[i % CATEGORIES.length] ?? null,
    });
    ledgerEntries.push({
      id: ledger,
      date: `2024-03-${day}`,
      amountMinor: amount,
      currency: 'NGN',
      reference: `INV-${100000 + i}`,
      description: `Invoice INV-${100000 + i}`,
      party: `Customer ${i % 997}`,
    });
    const bucket = i % 20;
    if (bucket < 18) {
      matches.push({
        bankIds: [bank],
        ledgerIds: [ledger],
        kind: 'reference',
        confidence: 0.97,
        currency: 'NGN',
        differenceMinor: 0,
        writeOff: null,
        evidence: [
          { kind: 'reference', detail: `INV-${100000 + i} in narration`, weight: 0.7 },
          { kind: 'amount_exact', detail: 'same amount', weight: 0.27 },
        ],
      });
    } else if (bucket === 18) {
      suggestions.push({
        bankIds: [bank],
        candidates: [
          {
            ledgerIds: [ledger],
            confidence: 0.55,
            differenceMinor: 0,
            evidence: [{ kind: 'amount_exact', detail: 'same amount', weight: 0.55 }],
          },
        ],
      });
    } else {
      unmatchedBank.push(bank);
      unmatchedLedger.push(ledger);
    }
  }
  const sum = (xs: Array<{ amountMinor: number }>) => xs.reduce((s, x) => s + x.amountMinor, 0);
  return {
    account: { id: 'acc_bench', name: 'Bench GTBank', currency: 'NGN', institution: 'GTBank', ledgerAccount: '1010' },
    period: { from: '2024-03-01', to: '2024-03-31' },
    generatedAt: new Date().toISOString(),
    statementBalanceMinor: sum(bankLines),
    bookBalanceMinor: sum(ledgerEntries),
    bankLines,
    ledgerEntries,
    result: { matches, suggestions, unmatchedBank, unmatchedLedger },
    audit: matches.slice(0, 1000).map((g, i) => ({
      at: `2024-04-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
      actor: 'engine',
      action: 'auto-match',
      entity: g.bankIds[0]!,
      detail: 'reference',
    })),
  };
}

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

type Format = 'xlsx' | 'csv' | 'json';

/** One format in this process; prints one result line. Peak RSS is per process, so each format gets its own. */
async function runOne(ext: Format): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'bankfeed-report-bench-'));
  const report = bigReport(LINES);
  const rows =
    report.result.matches.length +
    report.result.suggestions.length +
    report.result.unmatchedBank.length +
    report.result.unmatchedLedger.length;
  const inputRss = peakRssMb();
  let over = false;
  try {
    {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const { files } = await writeReconciliationReport(report, join(dir, `bench.${ext}`));
      const ms = performance.now() - t0;
      let bytes = 0;
      for (const f of files) bytes += (await stat(f)).size;
      const rss = peakRssMb();
      const ok = ms < TIME_BUDGET_MS && rss < RSS_BUDGET_MB;
      over ||= !ok;
      const cpu = process.cpuUsage(cpu0);
      console.log(
        `${ext.padEnd(4)}  ${(ms / 1000).toFixed(2)} s wall  ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU  ${(rows / (ms / 1000)).toFixed(0)} rows/s  ` +
          `${(bytes / 1_048_576).toFixed(1)} MB in ${files.length} file(s)  peak RSS ${rss.toFixed(0)} MB (input alone ${inputRss.toFixed(0)} MB)  ${ok ? 'ok' : 'OVER BUDGET'}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return !over;
}

async function main(): Promise<void> {
  const only = process.argv[2] as Format | undefined;
  if (only) {
    if (!(await runOne(only))) process.exitCode = 1;
    return;
  }
  console.log(
    `report of ${LINES} bank lines and ${LINES} ledger entries (90% matched, 5% suggested, 5% unmatched each side): ${LINES + LINES / 20} detail rows`,
  );
  let ok = true;
  for (const ext of ['xlsx', 'csv', 'json'] as const) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ext], { stdio: 'inherit' });
    ok &&= child.status === 0;
  }
  console.log(
    `budget: < ${TIME_BUDGET_MS / 1000} s and < ${RSS_BUDGET_MB} MB peak RSS per format: ${ok ? 'met' : 'FAILED'}`,
  );
  if (!ok) process.exitCode = 1;
}

await main();
