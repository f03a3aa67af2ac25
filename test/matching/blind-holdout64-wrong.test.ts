/**
 * holdout64's two wrong auto-matches, both planted decoys (measured blind at 96d4e2f0): a school's advance taken for
 * its open invoice of the same amount, and a transfer quoting bill IC2310 taken for the supplier's bill IC-2307 of the
 * same amount. Each was confirmed on the payer's name and the exact amount alone.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const taken = (narration: string, amountMinor: number, books: ReturnType<typeof entry>[]) =>
  reconcile([bankLine('b', '2025-10-21', amountMinor, { narration })], books).matches.map((m) => m.ledgerIds);

describe('holdout64 decoys', () => {
  const invoice = entry('gpb0436', '2025-10-24', 250_000_00, {
    party: 'Royal Diamond Schools',
    description: 'INV GPB-0436 end-of-term report cards — Inflow: Ready to Assign',
  });
  it("a customer's advance is not its open invoice of the same amount", () => {
    expect(
      taken('NIP/FRM ROYAL DIAMOND SCHOOLS LTD/ADVANCE INTER-HOUSE SPORTS BANNERS', 250_000_00, [invoice]),
    ).toEqual([]);
    // the same payment without the word is the invoice's, as before
    expect(taken('NIP/FRM ROYAL DIAMOND SCHOOLS LTD/SCHOOL ORDER', 250_000_00, [invoice])).toEqual([['gpb0436']]);
  });

  const bill = entry('ic2307', '2025-10-22', -312_400_00, {
    party: 'Inkwell Consumables Ltd',
    description: 'Bill IC-2307 toner set C/M/Y/K — Production: Ink & toner',
  });
  it("a transfer quoting another bill of the supplier's series is not this bill", () => {
    expect(taken('NIP TRF TO INKWELL CONSUMABLES/IC2310 TONER', -312_400_00, [bill])).toEqual([]);
    // a typo of the bill's own number (two digits swapped) still pays it, and so does a line quoting no number
    expect(taken('NIP TRF TO INKWELL CONSUMABLES/IC2370 TONER', -312_400_00, [bill])).toEqual([['ic2307']]);
    expect(taken('NIP TRF TO INKWELL CONSUMABLES/TONER', -312_400_00, [bill])).toEqual([['ic2307']]);
  });
});
