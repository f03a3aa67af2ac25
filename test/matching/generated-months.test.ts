import { describe, expect, it } from 'vitest';
import { addMetrics, emptyMetrics, measure } from '../../bench/match-metrics.js';
import { SCENARIOS, generateMonth } from '../../bench/reconciliation-month.js';
import { reconcile } from '../../matching/engine.js';

// A quick regression guard on the evaluation of bench/eval-match.ts (which runs 40 months per scenario): a few
// generated months per scenario, with slightly looser bounds than the published targets because the sample is small.
describe('generated months (eval:match in small)', () => {
  it('keeps auto-match precision, the typical auto-match rate and top-3 accuracy on target', () => {
    let all = emptyMetrics();
    let typical = emptyMetrics();
    for (const [si, spec] of SCENARIOS.entries()) {
      for (let k = 0; k < 6; k++) {
        const month = generateMonth(spec, 9_001 + si * 101 + k);
        const result = reconcile(month.bank, month.ledger, {
          timezone: month.timezone,
          rules: month.rules,
          presets: { nigerianBankCharges: month.nigerianPresets },
        });
        const m = measure(
          result,
          month.bank.map((b) => b.id),
          month.truth,
        );
        all = addMetrics(all, m);
        if (si === 0) typical = addMetrics(typical, m);
      }
    }
    expect(all.autoCorrect / all.autoMatched).toBeGreaterThanOrEqual(0.998);
    expect(typical.autoMatched / typical.bankLines).toBeGreaterThanOrEqual(0.88);
    expect(all.top3 / all.suggestible).toBeGreaterThanOrEqual(0.97);
  });

  it('generates the same month from the same seed', () => {
    expect(generateMonth(SCENARIOS[0]!, 5)).toEqual(generateMonth(SCENARIOS[0]!, 5));
    expect(generateMonth(SCENARIOS[0]!, 5)).not.toEqual(generateMonth(SCENARIOS[0]!, 6));
  });
});
