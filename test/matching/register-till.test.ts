/**
 * "Card sales 02/08/2033 per till Z-report": a South African shop's till is its cash register, and its Z-report the
 * day's total. Read as an M-PESA till, the entry named two ways of paying, so no card payout could settle it
 * (holdout52's Durban pharmacy: two Yoco payouts net of the fee found nothing).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { paymentWayOf } from '../../matching/settlement-keys.js';
import { bankLine, entry } from './build.js';

describe('a till with its end-of-day report', () => {
  it('is the register: card takings stay card takings', () => {
    expect(paymentWayOf('Card sales 02/08/2033 per till Z-report')).toBe('card');
    expect(paymentWayOf('Card takings per till Z report')).toBe('card');
    expect(paymentWayOf('POS sales till slip 14/03')).toBe('card');
    // a till alone, or a till's sales, is still a wallet's
    expect(paymentWayOf('M-PESA till sales 25/03/2025')).toBe('mobile');
    expect(paymentWayOf('TILL 552211 collections')).toBe('mobile');
    expect(paymentWayOf('Card sales and till collections')).toBeNull();
  });

  it("offers a card payout net of the acquirer's fee for the day's card takings", () => {
    const result = reconcile(
      [bankLine('b', '2033-08-03', 6_662_65, { currency: 'ZAR', narration: 'YOCO PAYOUT/YP-40218' })],
      [
        entry('e', '2033-08-02', 6_840_50, {
          currency: 'ZAR',
          description: 'Card sales 02/08/2033 per till Z-report',
          reference: 'POS-0802',
        }),
      ],
    );
    const found = [...result.matches, ...result.suggestions.flatMap((s) => s.candidates)];
    expect(found.map((m) => m.ledgerIds)).toEqual([['e']]);
    expect(found[0]!.evidence.map((e) => e.detail).join(' ; ')).toMatch(/2\.6% of the gross/);
  });

  it('does not let an M-PESA till settlement settle the card takings', () => {
    const result = reconcile(
      [bankLine('b', '2033-08-03', 6_662_65, { currency: 'ZAR', narration: 'MPESA TILL SWEEP 552211' })],
      [entry('e', '2033-08-02', 6_840_50, { currency: 'ZAR', description: 'Card sales 02/08/2033 per till Z-report' })],
    );
    expect([...result.matches, ...result.suggestions.flatMap((s) => s.candidates)]).toEqual([]);
  });
});
