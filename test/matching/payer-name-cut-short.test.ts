/**
 * A narration that writes the payer's name abbreviated ("WILSON AIRPORT FLIGHT SVCS" for Wilson Airport Flight
 * Services) or cut short by the bank's field ("FLORA PARK MEDICAL" for Flora Park Medical Centre) still names the payer
 * for the passes that pay one entry with several lines, or several entries with one line: the entry is found by any of
 * its name's own words, not only by its longest.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

describe("a payer's name abbreviated or cut short", () => {
  it('confirms an invoice paid in two transfers naming the payer abbreviated', () => {
    const r = reconcile(
      [
        bankLine('b1', '2006-03-24', 70_000_00, { narration: 'RTGS CR WILSON AIRPORT FLIGHT SVCS' }),
        bankLine('b2', '2006-03-29', 50_000_00, { narration: 'RTGS CR WILSON AIRPORT FLIGHT SVCS' }),
      ],
      [
        entry('si3334', '2006-03-23', 120_000_00, {
          party: 'Wilson Airport Flight Services',
          reference: 'SI-3334',
          description: 'Crew laundry quarter, invoice SI-3334',
        }),
        entry('other', '2006-03-20', 33_000_00, { party: 'Kileleshwa Academy', reference: 'SI-3330' }),
      ],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b1', 'b2'], ['si3334']]]);
  });

  it("confirms one receipt of a payer's rows of a day when the narration cuts the name short", () => {
    const r = reconcile(
      [bankLine('b', '2025-09-03', 49_812_94, { narration: 'ACB CREDIT FLORA PARK MEDICAL', currency: 'ZAR' })],
      [
        entry('a', '2025-09-03', 22_723_07, {
          description: 'Sale; Flora Park Medical Centre; Inv 00004546',
          currency: 'ZAR',
        }),
        entry('c', '2025-09-03', 27_089_87, {
          description: 'Sale; Flora Park Medical Centre; Inv 00004549',
          currency: 'ZAR',
        }),
        entry('x', '2025-09-03', 9_089_00, {
          description: 'Sale; Bela-Bela Lodge (Pty) Ltd; Inv 00004532',
          currency: 'ZAR',
        }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['a', 'c']]);
  });
});

describe('a name whose longest word the narration leaves out', () => {
  it("confirms the payer's rows of a day", () => {
    const r = reconcile(
      [bankLine('b', '2025-09-03', 49_812_94, { narration: 'ACB CREDIT FLORA PARK ENG CONS', currency: 'ZAR' })],
      [
        entry('a', '2025-09-03', 22_723_07, {
          description: 'Sale; Flora Park Engineering Consultants; Inv 4546',
          currency: 'ZAR',
        }),
        entry('c', '2025-09-03', 27_089_87, {
          description: 'Sale; Flora Park Engineering Consultants; Inv 4549',
          currency: 'ZAR',
        }),
        entry('x', '2025-09-03', 9_089_00, {
          description: 'Sale; Bela-Bela Lodge (Pty) Ltd; Inv 4532',
          currency: 'ZAR',
        }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['a', 'c']]);
  });
});
