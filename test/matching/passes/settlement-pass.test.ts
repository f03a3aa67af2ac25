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

  it("a settlement net of the acquirer's merchant service charge is confirmed, the charge written off", () => {
    const r = reconcile(
      [
        bankLine('s', '2025-04-12', 408_177_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' }),
        // the statement runs past the days a second batch for the 11th could still arrive
        bankLine('later', '2025-04-17', -5_000_00, { narration: 'TRF TO STAFF WELFARE' }),
      ],
      [entry('day', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' })],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['day']]);
    expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 4_123_00 });
    expect(r.matches[0]!.evidence.map((e) => e.detail).join('; ')).toMatch(/merchant service charge of 412300 .*1%/);
  });

  it('a short settlement is only suggested while another batch for its sales day could still arrive', () => {
    const single = reconcile(
      [bankLine('s', '2025-04-12', 408_177_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' })],
      [entry('day', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' })],
    );
    expect(single.matches).toEqual([]);
    expect(single.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['day']);
    const day = reconcile(
      [
        bankLine('t1', '2025-04-15', 300_000_00, { narration: 'CARD SETTLEMENT 71001122 14 Apr' }),
        bankLine('t2', '2025-04-15', 191_000_00, { narration: 'CARD SETTLEMENT 71001123 14 Apr' }),
      ],
      [entry('d14', '2025-04-14', 500_000_00, { description: 'Card sales 14/04/2025' })],
    );
    expect(day.matches).toEqual([]);
  });

  it('a settlement short by more than acquirers charge is suggested with the gap, not confirmed', () => {
    const r = reconcile(
      [bankLine('s', '2025-04-12', 398_000_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' })],
      [entry('day', '2025-04-11', 412_300_00, { description: 'Card takings 2044KD19 11/04/2025' })],
    );
    expect(r.matches).toEqual([]);
    const top = r.suggestions[0]!.candidates[0]!;
    expect(top.ledgerIds).toEqual(['day']);
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

  it("confirms a day's terminal settlements together for the day's takings, net of the acquirer's charge", () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-04-15', 300_000_00, { narration: 'CARD SETTLEMENT 71001122 14 Apr' }),
        bankLine('t2', '2025-04-15', 191_000_00, { narration: 'CARD SETTLEMENT 71001123 14 Apr' }),
        bankLine('later', '2025-04-21', -5_000_00, { narration: 'TRF TO STAFF WELFARE' }),
      ],
      [
        entry('d14', '2025-04-14', 500_000_00, { description: 'Card sales 14/04/2025' }),
        entry('d13', '2025-04-13', 480_000_00, { description: 'Card sales 13/04/2025' }),
      ],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.bankIds.sort()).toEqual(['t1', 't2']);
    expect(r.matches[0]).toMatchObject({
      ledgerIds: ['d14'],
      writeOff: { account: 'Bank charges', amountMinor: 9_000_00 },
    });
  });

  it("a day's settlements short by more than acquirers charge are not confirmed", () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-04-15', 300_000_00, { narration: 'CARD SETTLEMENT 71001122 14 Apr' }),
        bankLine('t2', '2025-04-15', 180_000_00, { narration: 'CARD SETTLEMENT 71001123 14 Apr' }),
      ],
      [entry('d14', '2025-04-14', 500_000_00, { description: 'Card sales 14/04/2025' })],
    );
    expect(r.matches).toEqual([]);
  });

  it("a day's settlement already taken by stronger evidence leaves the rest to a person, not a write-off", () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-04-15', 300_000_00, { narration: 'CARD SETTLEMENT 71001122 14 Apr INV-2025-0099' }),
        bankLine('t2', '2025-04-15', 191_000_00, { narration: 'CARD SETTLEMENT 71001123 14 Apr' }),
        bankLine('t3', '2025-04-15', 5_000_00, { narration: 'CARD SETTLEMENT 71001124 14 Apr' }),
      ],
      [
        entry('inv', '2025-04-10', 300_000_00, { reference: 'INV-2025-0099' }),
        entry('d14', '2025-04-14', 200_000_00, { description: 'Card sales 14/04/2025' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['inv']]);
  });

  describe('a settlement against books that carry no terminal id', () => {
    const later = (date: string) => bankLine('later', date, -5_000_00, { narration: 'TRF TO STAFF WELFARE' });

    it("a lone card settlement naming the sales day settles that day's takings, net of the charge", () => {
      const r = reconcile(
        [
          bankLine('s', '2025-02-11', 9_856_00, { narration: 'POS MERCHANT STLMT MID 88112 TID 3301AB02 10-FEB-2025' }),
          later('2025-02-14'),
        ],
        [
          entry('d10', '2025-02-10', 10_000_00, { description: 'Card takings 10/02/2025', party: 'Card customers' }),
          entry('d9', '2025-02-09', 9_900_00, { description: 'Card takings 09/02/2025', party: 'Card customers' }),
        ],
      );
      expect(r.matches.map((m) => m.ledgerIds)).toEqual([['d10']]);
      expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 144_00 });
    });

    it('the sales day may be written in the entry reference only', () => {
      const r = reconcile(
        [
          bankLine('s', '2025-02-11', 9_900_00, { narration: 'CARD SETTLEMENT TID:7731QX 10/02/25' }),
          later('2025-02-14'),
        ],
        [
          entry('sr', '2025-02-10', 10_000_00, { description: 'Sales Receipt SR-0091', reference: 'POS 10/02/2025' }),
          entry('other', '2025-02-10', 10_000_00, { description: 'Sales Receipt SR-0092', reference: 'INV-0092' }),
        ],
      );
      expect(r.matches.map((m) => m.ledgerIds)).toEqual([['sr']]);
    });

    it("a settlement writing no day pays the last trading day's takings whose entry names the acquirer", () => {
      const r = reconcile(
        [
          bankLine('mon', '2025-02-10', 7_840_00, { narration: 'KWIKPAY SETTLEMENT KP0041' }),
          bankLine('tue', '2025-02-11', 4_900_00, { narration: 'KWIKPAY SETTLEMENT KP0041' }),
          later('2025-02-14'),
        ],
        [
          entry('fri', '2025-02-07', 8_000_00, { description: 'Card sales 07/02/2025', reference: 'KWIKPAY-0207' }),
          entry('mon-sales', '2025-02-10', 5_000_00, {
            description: 'Card sales 10/02/2025',
            reference: 'KWIKPAY-0210',
          }),
        ],
      );
      expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
        [['mon'], ['fri']],
        [['tue'], ['mon-sales']],
      ]);
    });

    it('a lone credit called a settlement that names no card, terminal or acquirer decides nothing', () => {
      const r = reconcile(
        [
          bankLine('s', '2025-02-11', 9_900_00, { narration: 'TRF SETTLEMENT OF ACCOUNT 10/02/2025' }),
          later('2025-02-14'),
        ],
        [entry('d10', '2025-02-10', 10_000_00, { description: 'Card takings 10/02/2025' })],
      );
      expect(r.matches).toEqual([]);
    });

    it('two takings entries for the sales day decide nothing', () => {
      const r = reconcile(
        [bankLine('s', '2025-02-11', 9_900_00, { narration: 'POS STLMT 10-FEB-2025' }), later('2025-02-14')],
        [
          entry('a', '2025-02-10', 10_000_00, { description: 'Card takings 10/02/2025' }),
          entry('b', '2025-02-10', 10_000_00, { description: 'POS takings 10/02/2025' }),
        ],
      );
      expect(r.matches).toEqual([]);
    });

    it('a short settlement on the last day of the data is only suggested: a sibling batch may follow', () => {
      const r = reconcile(
        [bankLine('s', '2025-02-11', 9_856_00, { narration: 'POS MERCHANT STLMT TID 3301AB02 10-FEB-2025' })],
        [entry('d10', '2025-02-10', 10_000_00, { description: 'Card takings 10/02/2025' })],
      );
      expect(r.matches).toEqual([]);
      expect(r.suggestions[0]!.candidates[0]).toMatchObject({
        ledgerIds: ['d10'],
        writeOff: { account: 'Bank charges', amountMinor: 144_00 },
      });
    });
  });

  describe("the acquirer's charge the books already hold", () => {
    const day = [
      bankLine('t1', '2025-10-03', 120_839_75, {
        narration: 'POS SETTLEMENT TID 2214S8K1 MID 2214LA0000581 02-OCT-2025',
      }),
      bankLine('t2', '2025-10-03', 90_904_19, {
        narration: 'POS SETTLEMENT TID 2214S8K2 MID 2214LA0000581 02-OCT-2025',
      }),
      bankLine('later', '2025-10-09', -5_000_00, { narration: 'TRF TO STAFF WELFARE' }),
    ];
    const takings = entry('sales', '2025-10-02', 212_808_00, { description: 'Being POS sales for 02 Oct 2025' });

    it('is part of the group, and nothing is written off a second time', () => {
      const r = reconcile(day, [
        takings,
        entry('msc', '2025-10-03', -1_064_06, { description: 'MSC on POS settlement 02 Oct 2025' }),
      ]);
      expect(r.matches).toHaveLength(1);
      expect(r.matches[0]!.bankIds.sort()).toEqual(['t1', 't2']);
      expect(r.matches[0]!.ledgerIds.sort()).toEqual(['msc', 'sales']);
      expect(r.matches[0]!.writeOff).toBeNull();
      expect(r.matches[0]!.differenceMinor).toBe(0);
    });

    it('one of another amount leaves the gap to a person, with nothing written off', () => {
      const r = reconcile(day, [
        takings,
        entry('msc', '2025-10-03', -1_000_00, { description: 'Merchant service charge October' }),
      ]);
      expect(r.matches).toEqual([]);
      const s = r.suggestions.find((x) => x.bankIds.includes('t1'))!;
      expect(s.candidates[0]!.ledgerIds).toEqual(['sales']);
      expect(s.candidates[0]!.writeOff).toBeUndefined();
    });
  });

  it("a payout net of a small-merchant acquirer's 2.95% plus VAT is a charge, not a part payment", () => {
    const r = reconcile(
      [
        bankLine('p', '2025-10-02', 3_991_83, { narration: 'KWIKPAY PAYOUT 251001 THANDI ENG' }),
        bankLine('later', '2025-10-09', -5_000_00, { narration: 'TRF TO STAFF WELFARE' }),
      ],
      [entry('s', '2025-10-01', 4_132_00, { reference: 'KWIKPAY01', description: 'Card sales 01/10/2025' })],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['s']]);
    expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 140_17 });
  });

  it("another day's booked charge does not stop this day's charge being written off", () => {
    const r = reconcile(
      [
        bankLine('s', '2025-10-06', 168_186_83, { narration: 'POS SETTLEMENT TID 2214S8K1 03-OCT-2025' }),
        bankLine('later', '2025-10-12', -5_000_00, { narration: 'TRF TO STAFF WELFARE' }),
      ],
      [
        entry('d3', '2025-10-03', 169_032_00, { description: 'Being POS sales for 03 Oct 2025' }),
        entry('msc2', '2025-10-03', -1_064_06, { description: 'MSC on POS settlement 02 Oct 2025' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['d3']]);
    expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 845_17 });
  });
});
