/**
 * An invoice paid in parts and booked once, when the last part came (the payer's latest payments, counted back from
 * the one near the entry) or when the first came (counted on from it), make it to the cent. Missed before (several lines to one entry were only suggested, and
 * only for lines sharing a payer field or a reference). The refusals: a twin entry, a part that is exactly another
 * open entry of the payer, a last payment far from the entry, a payer not clearly named.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds]);
const opts = { timezone: 'Africa/Lagos', autoConfirmUniqueAmount: false };

describe('an invoice paid in parts, booked once', () => {
  it('is the payer’s two transfers, the entry naming the payer in its description', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-03-06', 424_640_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
        bankLine('p2', '2026-03-23', 636_960_00, { narration: 'TRF/FRM ADEBAYO STORES LTD TO ADEWALE & SONS' }),
      ],
      [entry('e', '2026-03-23', 1_061_600_00, { description: 'Adebayo Stores Ltd', reference: 'INV-01456' })],
      opts,
    );
    expect(groups(r)).toEqual([[['p1', 'p2'], ['e']]]);
  });

  it('takes only the latest payments that make it (an older one paid something else)', () => {
    const r = reconcile(
      [
        bankLine('old', '2026-05-02', 50_000_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p1', '2026-05-09', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p2', '2026-05-23', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [entry('e', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' })],
      opts,
    );
    expect(groups(r)).toEqual([[['p1', 'p2'], ['e']]]);
  });

  it('is refused when another open entry of the payer has the amount (which one was paid in parts?)', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-05-09', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p2', '2026-05-23', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [
        entry('e1', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' }),
        entry('e2', '2026-05-20', 792_758_00, { party: 'Java House Africa Ltd', reference: '1081' }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it('is refused when a part is exactly another open entry of the payer', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-05-09', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p2', '2026-05-23', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [
        entry('e1', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' }),
        entry('e2', '2026-04-20', 419_415_00, { party: 'Java House Africa Ltd', reference: '1077' }),
      ],
      opts,
    );
    expect(groups(r).filter(([, ls]) => ls!.includes('e1'))).toEqual([]);
  });

  it('is refused when the last payment is far from the entry (not booked when it came)', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-05-02', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p2', '2026-05-09', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [entry('e', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' })],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it('is refused when the lines do not clearly name the payer', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-05-09', 419_415_00, { narration: 'RTGS CR HOUSE OF PRAYER' }),
        bankLine('p2', '2026-05-23', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [entry('e', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' })],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it('is booked when the first part came: the whole receipt on the day of part 1, the balance paid later', () => {
    const r = reconcile(
      [
        bankLine('p1', '2025-10-14', 2_692_599_45, {
          narration: 'NIP FRM IWO ROAD BUILDING SUPPLIES/STANBIC IBTC/SINV1776 PART 1',
        }),
        bankLine('p2', '2025-10-23', 2_031_259_23, {
          narration: 'NIP FRM IWO ROAD BUILDING SUPPLIES/STANBIC IBTC/01776 BAL',
        }),
      ],
      [
        entry('e', '2025-10-14', 4_723_858_68, {
          party: 'Iwo Road Building Supplies Ltd',
          description: 'Being receipt against SINV/25/01776',
          reference: 'RCT2338',
        }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([[['p1', 'p2'], ['e']]]);
    expect(r.matches[0]!.evidence[0]!.detail).toContain('booked when the first came');
  });

  it('is refused when a run counted back and another counted on both make the entry (two readings)', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-05-01', 300_000_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('b', '2026-05-10', 200_000_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('c', '2026-05-30', 300_000_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [entry('e', '2026-05-10', 500_000_00, { party: 'Java House Africa Ltd', reference: '1080' })],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it('is refused when the first part is near the entry but the parts span more than the instalment days', () => {
    const r = reconcile(
      [
        bankLine('p1', '2026-01-05', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        bankLine('p2', '2026-03-20', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      ],
      [entry('e', '2026-01-05', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' })],
      opts,
    );
    expect(groups(r).filter(([, ls]) => ls!.includes('e'))).toEqual([]);
  });

  it('reads payments of one day in either order (a statement read newest first lists them the other way)', () => {
    for (const order of [
      ['small', 'part1'],
      ['part1', 'small'],
    ]) {
      const lines = {
        small: bankLine('small', '2026-05-09', 105_775_00, { narration: 'PESALINK CR JAVA HOUSE AFRICA' }),
        part1: bankLine('part1', '2026-05-09', 419_415_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
      };
      const r = reconcile(
        [
          ...order.map((k) => lines[k as keyof typeof lines]),
          bankLine('part2', '2026-05-23', 373_343_00, { narration: 'RTGS CR JAVA HOUSE AFRICA' }),
        ],
        [
          entry('e', '2026-05-23', 792_758_00, { party: 'Java House Africa Ltd', reference: '1080' }),
          entry('other', '2026-05-12', 105_803_00, { party: 'Java House Africa Ltd', reference: '1078' }),
        ],
        opts,
      );
      expect(groups(r).filter(([, ls]) => ls!.includes('e'))).toEqual([[['part1', 'part2'], ['e']]]);
    }
  });
});
