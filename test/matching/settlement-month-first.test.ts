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

describe('a sales day written as four digits run together (TID 40811201 0405)', () => {
  it('reads the one reading just before the credit, either way round', () => {
    expect(writtenDayOf('MERCHANT SETTLEMENT TID 40811201 0405', day('2026-05-05'))).toBe(day('2026-05-04'));
    expect(writtenDayOf('MERCHANT SETTLEMENT TID 40811201 0504', day('2026-05-05'))).toBe(day('2026-05-04'));
    // a year, a time, a number no day just before the credit reads from, or a longer number: none
    expect(writtenDayOf('MERCHANT SETTLEMENT 2026', day('2026-05-05'))).toBeNull();
    expect(writtenDayOf('MERCHANT SETTLEMENT 1430', day('2026-05-05'))).toBeNull();
    expect(writtenDayOf('MERCHANT SETTLEMENT TID 40811201', day('2026-05-05'))).toBeNull();
    expect(writtenDayOf('MERCHANT SETTLEMENT 0405', day('2026-05-04'))).toBeNull();
    // both readings just before it (1 May and 5 January cannot both be, but 0303 is one day): one day, read
    expect(writtenDayOf('CARD STLMT 0303', day('2026-03-05'))).toBe(day('2026-03-03'));
  });

  it("two terminals' settlements naming the day together pay its card takings less the acquirer's charge", () => {
    const r = reconcile(
      [
        bankLine('s1', '2026-05-05', 103_308_89, { narration: 'MERCHANT SETTLEMENT TID 40811201 0405' }),
        bankLine('s2', '2026-05-05', 24_778_65, { narration: 'MERCHANT SETTLEMENT TID 40811202 0405' }),
        bankLine('later', '2026-05-30', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' }),
      ],
      [entry('t', '2026-05-04', 130_369_00, { reference: 'POS-0405', description: 'Card sales 4 May' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['s1', 's2'], ['t']]]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(2_281_46);
  });
});
