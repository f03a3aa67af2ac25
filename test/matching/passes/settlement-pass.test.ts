import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { terminalIdOf, writtenDayOf } from '../../../matching/settlement-keys.js';
import { dayNumber } from '../../../matching/prepared.js';
import { bankLine, entry } from '../build.js';

describe('pass 4: terminal and settlement evidence', () => {
  it('reads terminal ids and written sales days', () => {
    expect(terminalIdOf('POS STLMT TID:2044KD19 11-APR-25')).toBe('2044KD19');
    expect(terminalIdOf('TERMINAL ID 30334455 SETTLEMENT')).toBe('30334455');
    expect(terminalIdOf('TID NONE')).toBeNull();
    expect(writtenDayOf('SALES 11/04/2025')).toBe(dayNumber('2025-04-11', 't'));
    expect(writtenDayOf('STLMT 11-APR-25')).toBe(dayNumber('2025-04-11', 't'));
    expect(writtenDayOf('no date')).toBeNull();
  });

  it('confirms a settlement naming the terminal and sales day the books carry', () => {
    const r = reconcile(
      [bankLine('s', '2025-04-12', 412_300_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' })],
      [
        entry('day', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' }),
        entry('prev', '2025-04-10', 390_000_00, { description: 'Card takings 2044KD19 10/04/2025' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['day']]);
    expect(r.matches[0]!.evidence[0]!.detail).toMatch(/2044KD19/);
  });

  it('a settlement net of a merchant charge is suggested with the gap, not confirmed', () => {
    const r = reconcile(
      [bankLine('s', '2025-04-12', 408_177_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' })],
      [entry('day', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' })],
    );
    expect(r.matches).toEqual([]);
    const top = r.suggestions[0]!.candidates[0]!;
    expect(top.ledgerIds).toEqual(['day']);
    expect(top.writeOff).toEqual({ account: 'Bank charges', amountMinor: 4_123_00 });
  });

  it('two entries for one terminal and day decide nothing', () => {
    const r = reconcile(
      [bankLine('s', '2025-04-12', 412_300_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' })],
      [
        entry('a', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' }),
        entry('b', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025 (copy)' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it("proposes a day's terminal settlements together for the day's takings, with the acquirer's charge", () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-04-15', 300_000_00, { narration: 'CARD SETTLEMENT 71001122 14 Apr' }),
        bankLine('t2', '2025-04-15', 191_000_00, { narration: 'CARD SETTLEMENT 71001123 14 Apr' }),
      ],
      [
        entry('d14', '2025-04-14', 500_000_00, { description: 'Card sales 14/04/2025' }),
        entry('d13', '2025-04-13', 480_000_00, { description: 'Card sales 13/04/2025' }),
      ],
    );
    expect(r.matches).toEqual([]);
    const group = r.suggestions.find((s) => s.bankIds.length === 2)!;
    expect(group.bankIds.sort()).toEqual(['t1', 't2']);
    expect(group.candidates[0]).toMatchObject({ ledgerIds: ['d14'], writeOff: { amountMinor: 9_000_00 } });
  });
});
