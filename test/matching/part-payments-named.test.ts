/**
 * A payer's transfer saying it pays part ("EFT/CR/GOLDCREST KENNELS/PART", "GIP TRF FRM YAA DARKO/PART PYMT"; seen
 * blind in holdout49, and in four earlier holdouts) may be any part of one of the payer's items: it is offered against
 * them with the gap in words, never confirmed. Before, a payer's items more than a plausible deduction above the line
 * were not looked at, and such a line was offered nothing.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { saysPartPayment } from '../../matching/part-payment-words.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const invoice = entry('inv', '2031-09-18', 8_231_00, {
  currency: 'ZAR',
  party: 'Goldcrest Kennels',
  reference: 'RV/31-32/625',
  description: 'Invoice 23149 litter vaccinations and microchips',
});
const line = (narration: string) => bankLine('b1', '2031-09-18', 4_000_00, { currency: 'ZAR', narration });

describe('a payment saying it pays part', () => {
  it('is offered the payer’s larger item first, with the gap, and not confirmed', () => {
    const r = reconcile([line('EFT/CR/GOLDCREST KENNELS/PART')], [invoice]);
    expect(ledgerIdsOf(r)).toEqual([]);
    const first = r.suggestions.find((s) => s.bankIds.includes('b1'))?.candidates[0];
    expect(first?.ledgerIds).toEqual(['inv']);
    expect(first?.evidence.map((e) => e.detail)).toContain('part payment: short by 423100 minor units');
  });

  it('without the word, a payment of half the payer’s item is offered nothing', () => {
    const r = reconcile([line('EFT/CR/GOLDCREST KENNELS')], [invoice]);
    expect(r.suggestions.find((s) => s.bankIds.includes('b1'))?.candidates ?? []).toEqual([]);
  });

  it('reads the part-payment words, not a spare part bought', () => {
    for (const said of ['…/PART', 'PART PYMT', 'part-payment inv 12', 'PART 1 OF INV 33', 'PARTIAL PAYMENT'])
      expect(saysPartPayment(said)).toBe(true);
    for (const said of ['SPARE PART', 'AUTO PARTS LTD', 'PARTNERS LLP', 'DEPARTMENT OF WORKS', null])
      expect(saysPartPayment(said)).toBe(false);
  });
});
