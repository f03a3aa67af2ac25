/**
 * holdout66's two wrong confirmations, restated with other data: a deposit paid ahead of any document (a tenant's
 * security deposit, a client's funds for a purchase's duties) against the payer's open invoice of the same amount, the
 * two sharing only the payer and the unit or plot both name, which the reference pass read as a document's number.
 * Each was confirmed before; each is now left to a person.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

describe('a deposit paid ahead of any document', () => {
  it("a tenant's deposit naming the shop, against the shop's first month's rent", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-05-11', 5_500_000, {
          currency: 'KES',
          narration: 'MPESA C2B/NJERI CRAFTS/ACC DEPOSIT SHOP 11',
        }),
      ],
      [
        entry('e', '2026-05-11', 5_500_000, {
          currency: 'KES',
          reference: 'INV-0412',
          description: 'Njeri Crafts — Shop 11 rent May',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a client's funds for stamp duty on a plot, against the fee note for the plot's conveyancing", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-05-14', 1_500_000_00, {
          narration: 'NIP/FRM CEDAR COURT ESTATES LTD/DEPOSIT FOR STAMP DUTY PLOT 7',
        }),
      ],
      [
        entry('e', '2026-05-14', 1_500_000_00, {
          reference: 'FN/2026/0221',
          description: 'Cedar Court Estates Ltd — conveyancing fees Plot 7',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('the same shop paying its rent is still confirmed, and a cash deposit is no deposit held', () => {
    const r = reconcile(
      [
        bankLine('rent', '2026-05-11', 5_500_000, {
          currency: 'KES',
          narration: 'MPESA C2B/NJERI CRAFTS/ACC RENT SHOP 11',
        }),
        bankLine('cash', '2026-05-12', 2_750_000, { currency: 'KES', narration: 'CASH DEPOSIT SHOP 12 RENT INV-0415' }),
      ],
      [
        entry('e', '2026-05-11', 5_500_000, {
          currency: 'KES',
          reference: 'INV-0412',
          description: 'Njeri Crafts — Shop 11 rent May',
        }),
        entry('f', '2026-05-12', 2_750_000, {
          currency: 'KES',
          reference: 'INV-0415',
          description: 'Shop 12 rent May',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['cash'], ['f']],
      [['rent'], ['e']],
    ]);
  });
});
