/**
 * npm run eval:generated — a regression guard, not a quality measure: the generator (bench/reconciliation-month.ts)
 * writes the reference writings and names the engine was built to read, so it measures the engine against itself.
 * Quality is measured by `npm run eval:match` on the corpus in bench/corpus. Prints auto-match precision, auto-match
 * rate and suggestion top-1 / top-3 accuracy against the generator's ground truth.
 * Options: --months N (default 40), --seed S (default 1).
 */
import { reconcile } from '../matching/engine.js';
import { type MatchMetrics, addMetrics, emptyMetrics, measure } from './match-metrics.js';
import { SCENARIOS, generateMonth } from './reconciliation-month.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(2).padStart(6)}%`);

const months = arg('months', 40);
const seed = arg('seed', 1);
const rows: Array<[string, MatchMetrics]> = [];
let total = emptyMetrics();
for (const [si, spec] of SCENARIOS.entries()) {
  let m = emptyMetrics();
  for (let k = 0; k < months; k++) {
    const month = generateMonth(spec, seed * 100_003 + si * 1_009 + k);
    const result = reconcile(month.bank, month.ledger, {
      timezone: month.timezone,
      rules: month.rules,
      presets: { nigerianBankCharges: month.nigerianPresets },
    });
    m = addMetrics(
      m,
      measure(
        result,
        month.bank.map((b) => b.id),
        month.truth,
      ),
    );
  }
  rows.push([spec.name, m]);
  total = addMetrics(total, m);
}
rows.push(['all scenarios', total]);

console.log(`regression guard (generated data, not a quality figure): ${months} months per scenario, seed ${seed}`);
console.log(
  `${'scenario'.padEnd(34)} ${'lines'.padStart(7)} ${'auto'.padStart(6)} ${'precision'.padStart(9)} ${'auto rate'.padStart(9)} ${'sugg'.padStart(6)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)}`,
);
for (const [name, m] of rows) {
  console.log(
    `${name.padEnd(34)} ${String(m.bankLines).padStart(7)} ${String(m.autoMatched).padStart(6)} ${pct(m.autoCorrect, m.autoMatched).padStart(9)} ${pct(m.autoMatched, m.bankLines).padStart(9)} ${String(m.suggestible).padStart(6)} ${pct(m.top1, m.suggestible)} ${pct(m.top3, m.suggestible)}`,
  );
}
const typical = rows.find(([n]) => n.startsWith('NG typical'))![1];
const checks = [
  ...rows.map(
    ([name, m]) => [`precision ≥ 99.9% (${name})`, m.autoCorrect / Math.max(1, m.autoMatched) >= 0.999] as const,
  ),
  ['auto-match rate ≥ 90% (NG typical SME month)', typical.autoMatched / typical.bankLines >= 0.9],
  ['top-3 ≥ 98% (all)', total.top3 / Math.max(1, total.suggestible) >= 0.98],
] as const;
for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
