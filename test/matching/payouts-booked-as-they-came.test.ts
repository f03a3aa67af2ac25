/**
 * A gateway's payout or a card settlement booked the day it landed, net, to the cent ("Paystack settlement"
 * ₦628,400.00 on the day PAYSTACK SETTLEMENT ₦628,400.00 came), instead of as the gross takings of the sales day
 * before. Read by the latest takings day before it, each payout took the previous payout's entry and none was
 * confirmed (a First Bank cash book, a CalBank Tally ledger, a Sage ledger with Yoco payouts, a Zoho ledger of card
 * deposits: eleven lines across the corpora).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const matchedTo = (result: ReturnType<typeof reconcile>, id: string) =>
  result.matches.find((m) => m.bankIds.includes(id))?.ledgerIds ?? null;

describe('payouts the books hold as they came', () => {
  it('confirms each daily payout against its own day’s entry, not the day before’s', () => {
    const result = reconcile(
      [
        bankLine('p1', '2026-03-09', 628_400_00, { narration: 'PAYSTACK SETTLEMENT 0612090' }),
        bankLine('p2', '2026-03-10', 1_743_950_00, { narration: 'PAYSTACK SETTLEMENT 5568257' }),
        bankLine('p3', '2026-03-16', 919_400_00, { narration: 'PAYSTACK SETTLEMENT 1046703' }),
      ],
      [
        entry('e1', '2026-03-09', 628_400_00, { description: 'Paystack settlement' }),
        entry('e2', '2026-03-10', 1_743_950_00, { description: 'Paystack settlement' }),
        entry('e3', '2026-03-16', 919_400_00, { description: 'Paystack settlement' }),
      ],
    );
    expect(matchedTo(result, 'p1')).toEqual(['e1']);
    expect(matchedTo(result, 'p2')).toEqual(['e2']);
    expect(matchedTo(result, 'p3')).toEqual(['e3']);
    const words = result.matches[0]!.evidence.map((e) => e.detail).join(' ; ');
    expect(words).toMatch(/the books hold the payout as it came/);
  });

  it('confirms a card settlement naming yesterday against today’s card deposit when yesterday has no takings', () => {
    const result = reconcile(
      [bankLine('b', '2025-06-10', 567_839_66, { narration: 'POS SETTLEMENT TID 2044Q8E7 09062025' })],
      [entry('e', '2025-06-10', 567_839_66, { description: 'Card sales — Deposit' })],
    );
    expect(matchedTo(result, 'b')).toEqual(['e']);
  });

  it('leaves the rest of a day to the sales-day reading once the exact payout has its entry', () => {
    // the second payout of the 10th is short of its gross entry by the gateway's ₦2,000, booked nowhere
    const result = reconcile(
      [
        bankLine('p1', '2026-03-10', 1_743_950_00, { narration: 'PAYSTACK SETTLEMENT 5568257' }),
        bankLine('p2', '2026-03-10', 291_500_00, { narration: 'PAYSTACK SETTLEMENT 8564343' }),
      ],
      [
        entry('e1', '2026-03-10', 1_743_950_00, { description: 'Paystack settlement' }),
        entry('e2', '2026-03-10', 293_500_00, { description: 'Online sales (Paystack)' }),
      ],
    );
    expect(matchedTo(result, 'p1')).toEqual(['e1']);
    expect(matchedTo(result, 'p2')).not.toEqual(['e1']);
  });

  it('decides nothing when two payouts of the same amount could be the one entry', () => {
    const result = reconcile(
      [
        bankLine('p1', '2026-03-09', 500_000_00, { narration: 'PAYSTACK SETTLEMENT 1' }),
        bankLine('p2', '2026-03-10', 500_000_00, { narration: 'PAYSTACK SETTLEMENT 2' }),
      ],
      [entry('e', '2026-03-09', 500_000_00, { description: 'Paystack settlement' })],
    );
    expect(result.matches).toEqual([]);
  });

  it('decides nothing when two entries of the amount lie in the days before', () => {
    const result = reconcile(
      [bankLine('p', '2026-03-10', 500_000_00, { narration: 'PAYSTACK SETTLEMENT 2' })],
      [
        entry('e1', '2026-03-09', 500_000_00, { description: 'Paystack settlement' }),
        entry('e2', '2026-03-10', 500_000_00, { description: 'Paystack settlement' }),
      ],
    );
    expect(result.matches).toEqual([]);
  });

  it('does not take another gateway’s entry, nor a customer’s invoice of the amount', () => {
    const result = reconcile(
      [bankLine('p', '2026-03-10', 628_400_00, { narration: 'PAYSTACK SETTLEMENT 0612090' })],
      [
        entry('e1', '2026-03-10', 628_400_00, { description: 'Flutterwave settlement' }),
        entry('e2', '2026-03-10', 628_400_00, { description: 'Invoice INV-0042', party: 'Okon Freight Ltd' }),
      ],
    );
    expect(result.matches).toEqual([]);
  });

  it('leaves a settlement naming a sales day with takings of its own to that day', () => {
    // the 16th's takings are booked gross; today's exact card entry is another terminal's, not this settlement's
    const result = reconcile(
      [bankLine('b', '2026-03-17', 122_300_00, { narration: 'POS SETTLEMENT 20338659 16-MAR' })],
      [
        entry('e16', '2026-03-16', 241_300_00, { description: 'POS sales 16/03/2026' }),
        entry('e17', '2026-03-17', 122_300_00, { description: 'POS sales 17/03/2026' }),
      ],
    );
    expect(matchedTo(result, 'b')).not.toEqual(['e17']);
  });
});
