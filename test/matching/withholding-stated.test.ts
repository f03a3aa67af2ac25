/** A year-less serial names the document withheld at source only when the payer is named and says what it withheld. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { withheldAsStated } from '../../matching/deductions.js';
import { bankLine, entry } from './build.js';

describe('a bare serial with the withholding stated', () => {
  const withheld = (narration: string) =>
    reconcile(
      [bankLine('b1', '2025-06-19', 2_218_417_67, { narration })],
      [
        entry('l1', '2025-06-20', 2_335_176_50, {
          reference: 'INV/2025/00339',
          party: 'Divine Favour Provisions Store',
          description: 'INV/2025/00339',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    ).matches.map((m) => m.ledgerIds);

  it('confirms the one open document when the payer is named and says what it withheld', () => {
    expect(withheld('NIP/100004250619145551435550997991/DIVINE FAVOUR PROVISIO/inv 339 LESS 5% WHT')).toEqual([['l1']]);
  });

  it('leaves a bare serial to a person when the payer states nothing, or is not named', () => {
    expect(withheld('NIP/100004250619145551435550997991/DIVINE FAVOUR PROVISIO/inv 339')).toEqual([]);
    expect(withheld('NIP/100004250619145551435550997991/CHIKA OBI/inv 339 LESS 5% WHT')).toEqual([]);
  });
});

describe('a withholding rate the payer states', () => {
  // ₦1,765,000.00 invoiced; 5% of the amount before 7.5% VAT is ₦82,093.02
  const paid = (narration: string, amountMinor: number) =>
    reconcile(
      [bankLine('b1', '2025-10-14', amountMinor, { narration })],
      [entry('l1', '2025-10-13', 1_765_000_00, { reference: 'INV-25-01249', party: 'Ayoola Pharmacy Ltd' })],
      { timezone: 'Africa/Lagos' },
    );

  it('may be of the amount before VAT, as the law computes it', () => {
    const r = paid('NIP FRM AYOOLA PHARMACY LIMITED/INV-25-01249 LESS 5% WHT', 1_682_906_98);
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
    expect(r.matches[0]!.writeOff).toMatchObject({
      amountMinor: 82_093_02,
      account: 'Taxes:Withholding tax receivable',
    });
    // a word holding a deduction's letters ("STREET": RET) names none
    const street = paid('NIP FRM AYOOLA PHARMACY BROAD STREET/INV-25-01249 LESS 5% WHT', 1_682_906_98);
    expect(street.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
  });

  it('is no withholding when the line names a part payment or a discount', () => {
    for (const narration of [
      'NIP FRM AYOOLA PHARMACY LIMITED/INV-25-01249 PART PAYMENT',
      'NIP FRM AYOOLA PHARMACY LIMITED/INV-25-01249 LESS DISCOUNT',
    ])
      expect(paid(narration, 1_682_906_98).matches, narration).toEqual([]);
  });

  it('must be the gap: a 10% withholding the payer calls 5% is for a person to read', () => {
    // 10% of the amount before VAT (₦164,186.05): a withholding, but not the one stated
    expect(paid('NIP FRM AYOOLA PHARMACY LIMITED/INV-25-01249 LESS 5% WHT', 1_600_813_95).matches).toEqual([]);
  });

  it("is read on the gross or on the currency's VAT-exclusive base, at that rate only", () => {
    // Ghana's on the gross (3% of GH₵53,860.00 is 1,615.80), or on the amount before VAT and levies as they were on
    // the line's day: 21.9 % until 2026 (1,325.51), 20 % from then (1,346.50)
    expect(withheldAsStated('GHS', 53_860_00, 1_615_80, 300, '2025-06-02')).not.toBeNull();
    expect(withheldAsStated('GHS', 53_860_00, 1_325_51, 300, '2025-06-02')).not.toBeNull();
    expect(withheldAsStated('GHS', 53_860_00, 1_346_50, 300, '2025-06-02')).toBeNull();
    expect(withheldAsStated('GHS', 53_860_00, 1_346_50, 300, '2026-06-02')).not.toBeNull();
    expect(withheldAsStated('GHS', 53_860_00, 1_325_51, 300, '2026-06-02')).toBeNull();
    expect(withheldAsStated('GHS', 53_860_00, 1_615_80, 750, '2025-06-02')).toBeNull();
    // Kenya: 5% of KSh 672,100.76 before 16% VAT is 28,969.86
    expect(withheldAsStated('KES', 672_100_76, 28_969_86, 500, '2025-06-02')).not.toBeNull();
    // no statutory withholding in rand
    expect(withheldAsStated('ZAR', 100_000_00, 5_000_00, 500, '2025-06-02')).toBeNull();
    // "LESS WHT": any of the currency's rates, 10% of ₦1,765,000.00 before 7.5% VAT here
    expect(withheldAsStated('NGN', 1_765_000_00, 164_186_05, null, '2025-06-02')?.label).toBe('withholding tax at 10%');
  });
});
