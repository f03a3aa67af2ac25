/**
 * A day's sales booked as such ("Online shop sales 17/08/2025", "Counter sales MoMo 03/09/2025"), with no takings word,
 * settled the next day by a gateway or a mobile-money merchant sweep in one credit per batch or till. The books write
 * the day; the credits write none, so the day is the latest before them with one such entry, and only a sum to the
 * cent confirms. What it must refuse: a customer's sale (a party, or a document), a day with two sales entries, cash
 * sales, and a sum short of the entry.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [[...m.bankIds].sort(), [...m.ledgerIds].sort()]);
// a later line: the bank data reaches past the sales days, so no settlement of them is still to come
const later = bankLine('later', '2025-08-30', -1_234_56, { narration: 'Payment to VODACOM' });
const za = { timezone: 'Africa/Johannesburg' };
const payfast = [
  bankLine('p1', '2025-08-18', 2_894_16, { narration: 'PayFast settlement PF5A' }),
  bankLine('p2', '2025-08-18', 2_367_95, { narration: 'PayFast settlement PF5B' }),
  later,
];

describe("a day's sales settled by a gateway or a merchant sweep", () => {
  it("two gateway payouts make the day before's online sales to the cent", () => {
    const r = reconcile(
      payfast,
      [
        entry('s', '2025-08-17', 5_262_11, { description: 'Online shop sales 17/08/2025', reference: 'Z-0818' }),
        entry('x', '2025-08-17', 2_466_90, { description: 'Receipt Pick n Pay Franchise', reference: 'SINV-00460' }),
      ],
      za,
    );
    expect(groups(r)).toEqual([[['p1', 'p2'], ['s']]]);
  });

  it("a mobile-money merchant sweep's two tills make the counter sales the sweep's words name", () => {
    const r = reconcile(
      [
        bankLine('m1', '2025-09-04', 1_668_30, { narration: 'MTN MOMO MERCHANT SWEEP MMS1A' }),
        bankLine('m2', '2025-09-04', 1_364_98, { narration: 'MTN MOMO MERCHANT SWEEP MMS1B' }),
        bankLine('later', '2025-09-30', -500_00, { narration: 'GIP OUTWARD KINAPHARMA LTD' }),
      ],
      [entry('s', '2025-09-03', 3_033_28, { description: 'Counter sales MoMo 03/09/2025', reference: 'Z-0904' })],
      { timezone: 'Africa/Accra' },
    );
    expect(groups(r)).toEqual([[['m1', 'm2'], ['s']]]);
  });

  it("a customer's sale is no day's takings: a party, or a document", () => {
    for (const extra of [{ party: 'Fynbos Traders' }, { description: 'Sales INV-00412 17/08/2025' }] as const) {
      const r = reconcile(
        payfast,
        [entry('s', '2025-08-17', 5_262_11, { description: 'Online shop sales 17/08/2025', ...extra })],
        za,
      );
      expect(r.matches, JSON.stringify(extra)).toEqual([]);
    }
  });

  it('two sales entries on the day before: no day is guessed', () => {
    const r = reconcile(
      payfast,
      [
        entry('s1', '2025-08-17', 5_262_11, { description: 'Online shop sales 17/08/2025' }),
        entry('s2', '2025-08-17', 1_000_00, { description: 'Market stall sales 17/08/2025' }),
      ],
      za,
    );
    expect(r.matches).toEqual([]);
  });

  it('cash sales are banked by a deposit, never paid out by a gateway', () => {
    const r = reconcile(payfast, [entry('s', '2025-08-17', 5_262_11, { description: 'Cash sales 17/08/2025' })], za);
    expect(r.matches).toEqual([]);
  });

  it('a sum short of the sales is only suggested: the day is a guess', () => {
    const r = reconcile(
      payfast,
      [entry('s', '2025-08-17', 5_400_00, { description: 'Online shop sales 17/08/2025' })],
      za,
    );
    expect(r.matches).toEqual([]);
    const s = r.suggestions.find((x) => x.bankIds.includes('p1') && x.bankIds.includes('p2'));
    expect(s?.candidates[0]?.ledgerIds).toEqual(['s']);
  });

  it('a transfer from a person that happens to sum with another is no sweep', () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-09-04', 1_668_30, { narration: 'MOMO TRF FROM KOFI MENSAH MMS1A' }),
        bankLine('t2', '2025-09-04', 1_364_98, { narration: 'MOMO TRF FROM KOFI MENSAH MMS1B' }),
        bankLine('later', '2025-09-30', -500_00, { narration: 'GIP OUTWARD KINAPHARMA LTD' }),
      ],
      [entry('s', '2025-09-03', 3_033_28, { description: 'Counter sales MoMo 03/09/2025' })],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches).toEqual([]);
  });
});
