/**
 * A period's bank charges booked as one journal ("Bank charges per statement January 2025"): the statement's charge
 * lines of that period together are the journal when they make it to the cent. Missed before (each charge was left to
 * the rules as bank-only, and the journal to a person). The refusals: a sum met by a few early charges far from the
 * journal's date, one charge line of the journal's amount (that is the charge booked), two journals of the amount.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ledgerIds.length > 0).map((m) => [[...m.bankIds].sort(), m.ledgerIds]);
const opts = { timezone: 'Africa/Accra' };
const fee = (id: string, date: string, amount: number, narration = 'GIP TRANSFER CHARGE') =>
  bankLine(id, date, -amount, { narration, currency: 'GHS' });

describe("a period's bank charges booked as one journal", () => {
  it("is the month's fee lines together, the government's levies apart", () => {
    const r = reconcile(
      [
        fee('f1', '2025-01-06', 5_00),
        fee('l1', '2025-01-06', 4_82, 'E-LEVY 1% ON TRANSFER'),
        fee('f2', '2025-01-10', 10_00, 'CHEQUE CLEARING FEE'),
        fee('f3', '2025-01-27', 55_00, 'BULK TRANSFER CHARGES'),
        fee('f4', '2025-01-31', 60_00, 'ACCOUNT MAINTENANCE FEE JAN 2025'),
        fee('f5', '2025-01-31', 15_00, 'SMS ALERT CHARGES JAN 2025'),
      ],
      [
        entry('j', '2025-01-31', -145_00, {
          description: 'Bank charges per statement January 2025',
          party: 'Ecobank Ghana',
          currency: 'GHS',
        }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([[['f1', 'f2', 'f3', 'f4', 'f5'], ['j']]]);
  });

  it('is the charges up to a day just before a journal dated within the month', () => {
    const r = reconcile(
      [
        fee('a', '2026-07-07', 11_95, 'Electronic payment fee'),
        fee('b', '2026-07-14', 10_23, 'Electronic payment fee'),
        fee('c', '2026-07-24', 9_93, 'Electronic payment fee'),
        fee('d', '2026-07-29', 8_16, 'Electronic payment fee'),
      ],
      [entry('j', '2026-07-26', -32_11, { description: 'Bank charges 1-25 July 2026 per statement', currency: 'GHS' })],
      opts,
    );
    expect(groups(r)).toEqual([[['a', 'b', 'c'], ['j']]]);
  });

  it("is last month's charges when booked in this month's first days", () => {
    const r = reconcile(
      [fee('a', '2025-01-10', 5_00), fee('b', '2025-01-20', 5_00), fee('c', '2025-02-03', 5_00)],
      [entry('j', '2025-02-02', -10_00, { description: 'Bank charges January', currency: 'GHS' })],
      opts,
    );
    expect(groups(r)).toEqual([[['a', 'b'], ['j']]]);
  });

  it('is refused when a few early charges make the amount weeks before the journal', () => {
    const r = reconcile(
      [
        fee('a', '2026-04-01', 50_00, 'Transfer charge'),
        fee('b', '2026-04-03', 50_00, 'Transfer charge'),
        fee('c', '2026-04-20', 50_00, 'Transfer charge'),
      ],
      [
        entry('j', '2026-04-30', -100_00, {
          description: 'SMS charges April',
          reference: 'Bank Charges',
          currency: 'GHS',
        }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it('is refused when one charge line of the amount lies near it (that charge, booked)', () => {
    const r = reconcile(
      [fee('a', '2026-04-27', 100_00, 'Transfer charge'), fee('b', '2026-04-28', 100_00, 'SMS ALERT CHARGES')],
      [entry('j', '2026-04-30', -100_00, { description: 'Bank charges April', currency: 'GHS' })],
      opts,
    );
    expect(groups(r).filter(([bs]) => bs!.length > 1)).toEqual([]);
  });

  it('is refused when two open journals of the month carry the amount', () => {
    const r = reconcile(
      [fee('a', '2025-01-28', 5_00), fee('b', '2025-01-29', 5_00)],
      [
        entry('j1', '2025-01-30', -10_00, { description: 'Bank charges January', currency: 'GHS' }),
        entry('j2', '2025-01-31', -10_00, { description: 'Bank charges per statement', currency: 'GHS' }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });
});
