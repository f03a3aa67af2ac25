/**
 * Tax withheld on the amount before VAT, unstated: Ghana's withholding agents take 3 % (goods), 5 % (works) or 7.5 %
 * (services) of an invoice's VAT-exclusive value, and the payer's transfer says nothing of it. With a full reference
 * naming the one open invoice, the gap being exactly that tax on the base the law had that day is the invoice paid.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

// GH₵31,730.40 invoiced, VAT and its levies 20 % (from 2026): the base is GH₵26,442.00
const INVOICE = 31_730_40;

function paid(date: string, amountMinor: number) {
  return reconcile(
    [
      bankLine('b1', date, amountMinor, {
        currency: 'GHS',
        narration: `GIP CR FRM COASTAL FISHERIES TRAINING INS /RG-66775`,
      }),
    ],
    [
      entry('l1', date, INVOICE, {
        currency: 'GHS',
        reference: 'RG-66775',
        party: 'Coastal Fisheries Training Institute',
        description: 'Cobro factura RG-66775',
      }),
    ],
    { timezone: 'Africa/Accra' },
  );
}

describe('withholding on the VAT-exclusive base, unstated', () => {
  it('confirms the invoice short by 3 % of its base, the gap written off to withholding tax', () => {
    const r = paid('2027-11-05', INVOICE - 793_26);
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
    expect(r.matches[0]!.writeOff).toMatchObject({ amountMinor: 793_26, account: 'Taxes:Withholding tax receivable' });
  });

  it('confirms 7.5 % of the base too, though it is 6.25 % of the gross (beyond a plausible charge)', () => {
    const r = paid('2027-11-05', INVOICE - 1_983_15);
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(1_983_15);
  });

  it("reads the base the law had on the line's day: before 2026 the levies came to 21.9 %, so 20 % is no tax", () => {
    expect(paid('2025-11-05', INVOICE - 793_26).matches).toEqual([]);
    // 3 % of 31,730.40 / 1.219 = 780.90
    expect(paid('2025-11-05', INVOICE - 780_90).matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
  });

  it('leaves a gap no rate explains to a person, and says what the one it suggests would be', () => {
    expect(paid('2027-11-05', INVOICE - 900_00).matches).toEqual([]);
    const r = paid('2027-11-05', INVOICE - 793_26);
    // the amount's own evidence names the tax, not "a charge of 2.5%"
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ')).toMatch(/perhaps withholding tax at 3% \(goods\)/);
  });
});
