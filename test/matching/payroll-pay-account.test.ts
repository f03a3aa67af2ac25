/**
 * Pass 4c: the month's net-pay journal posted against a pay account, which the export writes as its party ("Salaries
 * payable" in SAP Business One and Tally). Missed before: a party made it an employee's own entry. The refusal: the
 * same total twice in the pay period (fixed salaries repeat).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const opts = { timezone: 'Africa/Lagos' };

describe('a payroll journal whose party is the pay account', () => {
  it('takes the month’s salary batch to the cent', () => {
    const r = reconcile(
      [bankLine('b', '2025-04-28', -6_284_403_83, { narration: 'BULK TRF SALARY APR 2025 (23 RECORDS)' })],
      [
        entry('j', '2025-04-28', -6_284_403_83, {
          description: 'Net salaries April 2025',
          reference: 'PAY-2025-04',
          party: 'Salaries payable',
        }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['j']]]);
  });

  it('a journal for a cost centre is still the journal (one reader of names for every payroll entry)', () => {
    // "Head Office" names where the pay is booked, not an employee: read as a journal without a party column would be
    const r = reconcile(
      [bankLine('b', '2025-04-28', -6_284_403_83, { narration: 'BULK TRF SALARY APR 2025 (23 RECORDS)' })],
      [
        entry('j', '2025-04-28', -6_284_403_83, {
          description: 'Net salaries April 2025 - Head Office',
          party: 'Salaries payable',
        }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['j']]]);
  });

  it('a journal whose party is the staff as a whole is the journal; one naming an employee is not', () => {
    // Infor LN, Ramco and MoneyWorks write "Staff" in the party column of the month's net-pay journal (holdout31)
    const run = (party: string) =>
      reconcile(
        [bankLine('b', '2025-11-26', -23_977_250_00, { narration: 'BULK PAYMENT - NOV 2025 SALARIES (46)' })],
        [
          entry('j', '2025-11-26', -23_977_250_00, {
            description: 'Net salaries November 2025',
            reference: 'PAY-NOV-25',
            party,
          }),
        ],
        opts,
      ).matches.map((m) => [m.bankIds, m.ledgerIds]);
    for (const party of ['Staff', 'All employees', 'PERSONNEL']) expect(run(party), party).toEqual([[['b'], ['j']]]);
    expect(run('Staff Okafor')).toEqual([]);
  });

  it('two journals of the total in the pay period: neither is decided', () => {
    const r = reconcile(
      [bankLine('b', '2025-04-28', -6_284_403_83, { narration: 'BULK TRF SALARY (23 RECORDS)' })],
      [
        entry('j1', '2025-04-28', -6_284_403_83, { description: 'Net salaries', party: 'Salaries payable' }),
        entry('j2', '2025-04-10', -6_284_403_83, { description: 'Net salaries', party: 'Salaries payable' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
