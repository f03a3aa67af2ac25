/**
 * Pass 5e: a statutory remittance named by its kind on both sides (PAYE, UIF, NSSF…), the authority's name rarely
 * matching. Missed before (no name, no reference in common). The refusals: another kind, another month, the amount
 * again within the month (fixed contributions repeat), a credit.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Lagos' };

describe('a statutory remittance', () => {
  it('PAYE to the state revenue service and UIF to the fund, named by kind on both sides', () => {
    const r = reconcile(
      [
        bankLine('paye', '2025-04-07', -1_171_390_50, { narration: 'LIRS PAYE MAR 2025 TIN 20449871-0001 via REMITA' }),
        bankLine('uif', '2025-07-07', -11_240_00, { narration: 'UIF PAYMENT U123456789' }),
      ],
      [
        entry('p', '2025-04-04', -1_171_390_50, { description: 'PAYE March 2025 - LIRS', party: 'PAYE payable' }),
        entry('u', '2025-07-06', -11_240_00, { description: 'UIF June 2025', party: 'Unemployment Insurance Fund' }),
      ],
      opts,
    );
    expect(pairs(r)).toHaveLength(2);
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['paye'], ['p']],
        [['uif'], ['u']],
      ]),
    );
  });

  it('another kind, or another month, is not the remittance', () => {
    const r = reconcile(
      [
        bankLine('paye', '2025-04-07', -1_171_390_50, { narration: 'LIRS PAYE MAR 2025' }),
        bankLine('nssf', '2025-04-09', -48_700_00, { narration: 'NSSF CONTRIBUTION FEB 2025' }),
      ],
      [
        entry('pen', '2025-04-07', -1_171_390_50, { description: 'Pension March 2025 - PFA' }),
        entry('n', '2025-04-09', -48_700_00, { description: 'NSSF March 2025' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it("Kenya's industrial training levy, by NITA's initials or in words, is not the pension", () => {
    const levy = bankLine('nita', '2025-09-17', -2_900_00, { narration: 'NITA INDUSTRIAL TRAINING LEVY AUG 2025' });
    const kes = { ...opts, timezone: 'Africa/Nairobi' };
    const booked = reconcile(
      [levy],
      [entry('n', '2025-09-17', -2_900_00, { description: 'Industrial training levy August 2025', party: 'NITA' })],
      kes,
    );
    expect(pairs(booked)).toEqual([[['nita'], ['n']]]);
    const other = reconcile(
      [levy],
      [entry('p', '2025-09-17', -2_900_00, { description: 'Pension August 2025', party: 'NSSF' })],
      kes,
    );
    expect(other.matches).toEqual([]);
  });

  it('a fixed contribution booked again within the month: neither entry is decided', () => {
    const r = reconcile(
      [bankLine('nssf', '2025-05-09', -48_713_00, { narration: 'NSSF CONTRIBUTION EMPLOYER 0041123' })],
      [
        entry('apr', '2025-05-08', -48_713_00, { description: 'NSSF' }),
        entry('may', '2025-05-30', -48_713_00, { description: 'NSSF' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('a refund of VAT is no remittance', () => {
    const r = reconcile(
      [bankLine('in', '2025-05-09', 153_417_00, { narration: 'FIRS VAT REFUND' })],
      [entry('out', '2025-05-09', -153_417_00, { description: 'VAT March' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});

describe("Ghana's VAT return with its levies", () => {
  it('reads "GRA VAT & levies return June 2025" as the VAT/NHIL return the bank paid', () => {
    const r = reconcile(
      [
        bankLine('b1', '2025-07-28', -14_029_00, {
          currency: 'GHS',
          narration: 'GRA VAT/NHIL RETURN JUN 2025 TIN C0004512398',
        }),
      ],
      [
        entry('l1', '2025-07-28', -14_029_00, {
          currency: 'GHS',
          reference: 'VAT JUN25',
          party: '1200',
          description: 'GRA VAT & levies return June 2025',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([[['b1'], ['l1']]]);
  });
});
