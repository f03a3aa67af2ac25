import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deductionFor, largestDueWithheld, withholdingFor } from '../../matching/deductions.js';

describe('deductions', () => {
  it('knows statutory withholding by currency, on the gross or the VAT-exclusive base, rounded either way', () => {
    // ₦2,319,600 less 5% = ₦115,980
    expect(withholdingFor('NGN', 2_319_600_00, 115_980_00)?.label).toBe('withholding tax at 5%');
    // 10% of the amount before 7.5% VAT: 1,075.00 → 100.00
    expect(withholdingFor('NGN', 1_075_00, 100_00)?.label).toBe('withholding tax at 10%');
    // GH₵62,850 at 3% is 1,885.50: written 1,885 or 1,886 (whole cedis) or 1,885.50
    for (const gap of [1_885_00, 1_886_00, 1_885_50]) expect(withholdingFor('GHS', 62_850_00, gap)).not.toBeNull();
    expect(withholdingFor('GHS', 62_850_00, 1_884_00)).toBeNull();
    // Kenyan withholding VAT: 2% of the gross or of the amount before 16% VAT
    expect(withholdingFor('KES', 305_600_00, 6_112_00)?.account).toBe('Taxes:Withholding VAT receivable');
    expect(withholdingFor('KES', 116_000_00, 2_000_00)?.account).toBe('Taxes:Withholding VAT receivable');
    // no general withholding on local supplies in South Africa; no gap, no tax
    expect(withholdingFor('ZAR', 100_000_00, 5_000_00)).toBeNull();
    expect(withholdingFor('NGN', 100_000_00, 0)).toBeNull();
  });

  it('names a withholding before a generic small charge, and a fixed levy before either', () => {
    expect(deductionFor('GHS', 100_000_00, 3_000_00)?.kind).toBe('withholding');
    expect(deductionFor('GHS', 100_000_00, 2_500_00)?.kind).toBe('charge');
    expect(deductionFor('NGN', 100_000_00, 50_00)).toMatchObject({
      kind: 'fee',
      account: 'Taxes:Electronic money transfer levy',
    });
    expect(deductionFor('NGN', 100_000_00, 9_000_00)).toBeNull();
  });

  it('handles amounts too large for exact float products', () => {
    const due = 9_000_000_000_000_00; // beyond 2^53 / 1000
    expect(withholdingFor('NGN', due, due / 20)).not.toBeNull();
  });

  it('bounds the amount due of a receipt net of any withholding, rounded either way, for any size', () => {
    // ₦100,000.01 less 10% rounded up to a whole naira (₦10,001) lands as ₦89,999.01
    expect(withholdingFor('NGN', 10_000_001, 1_000_100)).not.toBeNull();
    expect(largestDueWithheld('NGN', 8_999_901)).toBeGreaterThanOrEqual(10_000_001);
    const rates: Record<string, number[]> = { NGN: [500, 1000], GHS: [300, 500, 750], KES: [200, 500] };
    const due = fc.oneof(
      fc.integer({ min: 1, max: 100_000_000_00 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(fc.constantFrom('NGN', 'GHS', 'KES'), due, (currency, d) => {
        for (const bp of rates[currency]!) {
          const tax = (d * bp) / 10_000;
          const major = tax / 100;
          for (const gap of [Math.floor(tax), Math.ceil(tax), Math.floor(major) * 100, Math.ceil(major) * 100]) {
            if (gap <= 0 || gap >= d || withholdingFor(currency, d, gap) === null) continue;
            expect(largestDueWithheld(currency, d - gap), `${currency} ${d} less ${gap}`).toBeGreaterThanOrEqual(d);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(largestDueWithheld('ZAR', 123)).toBe(123);
  });
});
