/**
 * A settlement writing its sales day month first or hyphened ("MERCHANT SETTLEMENT 0004417 06-03" for 3 June, paid on
 * the 4th), worded as a merchant settlement with no card word: the day's card takings less the acquirer's charge.
 * Missed before: the hyphened day was not read, and a lone "MERCHANT SETTLEMENT" was no card settlement. The
 * refusals: a reading not just before the credit, both readings fitting.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { dayNumber } from '../../matching/prepared.js';
import { writtenDayOf } from '../../matching/settlement-keys.js';
import { bankLine, entry } from './build.js';

const day = (iso: string) => dayNumber(iso, 'test');
// a later line: the bank data reaches past the sales day, so no settlement of it is still to come
const later = bankLine('later', '2025-06-30', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' });

describe('a sales day written month first or hyphened', () => {
  it('reads the one reading just before the credit', () => {
    expect(writtenDayOf('MERCHANT SETTLEMENT 0004417 06-03', day('2025-06-04'))).toBe(day('2025-06-03'));
    expect(writtenDayOf('MERCHANT SETTLEMENT 0004417 03-06', day('2025-06-04'))).toBe(day('2025-06-03'));
    expect(writtenDayOf('CARD STLMT 06/03', day('2025-06-04'))).toBe(day('2025-06-03'));
    // weeks back either way: an id, not a day
    expect(writtenDayOf('MERCHANT SETTLEMENT 12-34', day('2025-06-04'))).toBeNull();
    expect(writtenDayOf('MERCHANT SETTLEMENT 05-11', day('2025-06-04'))).toBeNull();
  });

  it("a merchant settlement takes the day's card takings less the acquirer's charge", () => {
    const r = reconcile(
      [bankLine('s', '2025-06-04', 8_935_65, { narration: 'MERCHANT SETTLEMENT 0004417 06-03' }), later],
      [
        entry('t', '2025-06-03', 9_188_33, {
          reference: 'CU0603',
          description: 'Counter sales card takings 2025/06/03',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['s'], ['t']]]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(252_68);
  });
});
