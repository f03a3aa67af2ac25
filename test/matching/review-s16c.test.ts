/**
 * Review of 712576a (year-less serial lists), b4118f6 (month words) and 5d4482d (FT as a transfer word): situations
 * where each now auto-confirms a match a careful accountant would reject. A suggestion, or nothing, is right in each.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [[...m.bankIds].sort(), [...m.ledgerIds].sort()]);

describe('serial lists: a second number that is no document', () => {
  it('"INV 1482/2025" is serial 1482 of 2025, not invoices 1482 and 2025', () => {
    // Serial/year numbering is common in Ghana and Kenya: every 2025 invoice "INV n/2025" now carries P:INV:2025, so a
    // payment naming INV 1482/2025 (booked at another amount) pays another customer's INV 1490/2025.
    const r = reconcile(
      [
        bankLine('b', '2025-03-10', 450_000_00, {
          narration: 'GIP TRF FRM ACCRA ACADEMY/INV 1482/2025',
          currency: 'GHS',
        }),
      ],
      [
        entry('named', '2025-03-01', 475_000_00, {
          reference: 'INV 1482/2025',
          party: 'Accra Academy',
          currency: 'GHS',
        }),
        entry('other', '2025-03-02', 450_000_00, {
          reference: 'INV 1490/2025',
          party: 'Tema Oil Refinery',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).not.toContainEqual([['b'], ['other']]);
  });

  it("Dolibarr's FA2502-3105 (February 2025, serial 3105) is not invoice FA2410-2502", () => {
    // Dolibarr's counter never resets, so once it passes the yymm the period reads as a list's first serial: FA2502-3105
    // gets P:FA:2502, the key of FA2410-2502 (October 2024's serial 2502), another customer's invoice.
    const r = reconcile(
      [
        bankLine('b', '2025-03-10', 12_500_00, {
          narration: 'GIP TRF FRM OSU KLOTTEY DRUGSTORE FA2502-3105',
          currency: 'GHS',
        }),
      ],
      [
        entry('other', '2024-12-02', 12_500_00, {
          reference: 'FA2410-2502',
          party: 'Kaneshie Pharmacy',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('"INV 1482 1500 BAGS" is invoice 1482 for 1500 bags, not INV-1500', () => {
    // a quantity of the invoice's length, larger than it, is read as the next listed serial: another customer's
    // INV-1500 of the amount is paid by Kano Agro's transfer
    const r = reconcile(
      [bankLine('b', '2025-03-10', 1_250_000_00, { narration: 'NIP FRM KANO AGRO/INV 1482 1500 BAGS' })],
      [entry('other', '2025-03-02', 1_250_000_00, { reference: 'INV-1500', party: 'Sokoto Millers' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('FT: feet and names are no funds transfer', () => {
  it('"40 FT CONTAINER" paid to a shipping line is no move to the MoMo wallet', () => {
    // FT here is feet: the payment is a container deposit to Maersk, not the business's own wallet top-up
    const r = reconcile(
      [
        bankLine('b', '2025-03-10', -8_500_00, {
          narration: 'WEB PMT MAERSK GHANA 40 FT CONTAINER DEPOSIT',
          currency: 'GHS',
        }),
      ],
      [entry('l', '2025-03-10', -8_500_00, { description: 'Transfer to MTN MoMo merchant wallet', currency: 'GHS' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('a payment to FT LOGISTICS is no transfer to petty cash', () => {
    // FT is the payee's name: a haulage supplier is paid, the business's petty cash is not funded
    const r = reconcile(
      [bankLine('b', '2025-03-10', -500_000_00, { narration: 'NIP OUT/FT LOGISTICS NIG LTD/HAULAGE' })],
      [entry('l', '2025-03-11', -500_000_00, { description: 'Transfer to petty cash' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('month words: a common misspelling is still a month', () => {
  it('January\'s late salaries are not February\'s journal written "Febuary"', () => {
    // FEBUARY (a frequent misspelling) no longer reads as February, so the journal names no month and the rule that
    // both sides name no different months lets January's arrears (fixed salaries: the same total) pay February's
    const people = ['CHIDI OKEKE', 'BOLA ADE', 'MUSA BELLO'];
    const amounts = [350_000_00, 280_000_00, 220_000_00];
    const r = reconcile(
      people.map((p, i) => bankLine(`s${i}`, '2025-02-26', -amounts[i]!, { narration: `NIP TO ${p} SALARY JAN 2025` })),
      [
        entry('j', '2025-02-28', -850_000_00, {
          reference: 'JV-0225',
          description: 'Being net salaries for Febuary 2025',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([]);
  });
});
