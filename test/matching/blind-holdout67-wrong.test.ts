/**
 * holdout67's two wrong confirmations, restated with other data: a staff allowance paid to the person whose expense
 * claim the books hold at the same amount, and a customer's deposit on a new contract against the customer's open
 * invoice of the same amount. Payer or payee and amount agree; the money is another. Each was confirmed before; each is
 * now left to a person, and the plain cases still confirm.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const lagos = { timezone: 'Africa/Lagos' } as const;
const zar = { currency: 'ZAR' } as const;

describe("pay against an expense reimbursed, the same employee's", () => {
  it('an allowance is not the reimbursement the books hold', () => {
    const r = reconcile(
      [bankLine('b', '2026-02-16', -96_500_00, { narration: 'NIP/TO CHIOMA EZE/JAN TRANSPORT ALLOWANCE' })],
      [
        entry('e', '2026-02-16', -96_500_00, {
          party: 'Chioma Eze',
          description: 'Reimbursement - client lunch and taxi fares',
        }),
      ],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('nor a reimbursement the salary the books hold', () => {
    const r = reconcile(
      [bankLine('b', '2026-02-27', -210_000_00, { narration: 'NIP/TO CHIOMA EZE/EXPENSE REIMBURSEMENT FEB' })],
      [entry('e', '2026-02-27', -210_000_00, { party: 'Chioma Eze', description: 'Salary February 2026' })],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('an allowance the books reimburse as such, or a reimbursement named on both sides, still confirms', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-02-16', -96_500_00, { narration: 'NIP/TO CHIOMA EZE/JAN TRANSPORT ALLOWANCE' }),
        bankLine('b', '2026-02-20', -41_000_00, { narration: 'NIP/TO TUNDE BELLO/REIMBURSEMENT FUEL' }),
      ],
      [
        entry('ea', '2026-02-16', -96_500_00, { party: 'Chioma Eze', description: 'Transport allowance reimbursed' }),
        entry('eb', '2026-02-20', -41_000_00, {
          party: 'Tunde Bello',
          description: 'Reimbursement - fuel, site visit',
        }),
      ],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual(['ea', 'eb']);
  });
});

describe('a deposit on a new contract', () => {
  it("is not the customer's open invoice of the same amount", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-18', 12_400_00, {
          ...zar,
          narration: 'Pay by bank - deposit new site contract',
          counterpartyName: 'Bellville Dental Rooms',
        }),
      ],
      [
        entry('e', '2026-03-18', 12_400_00, {
          ...zar,
          reference: 'INV20811',
          party: 'Bellville Dental Rooms',
          description: 'Receipt - hygiene services Feb 2026',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('nor is a deposit on order; a payment for services still confirms', () => {
    const r = reconcile(
      [
        bankLine('dep', '2026-03-18', 12_400_00, {
          ...zar,
          narration: 'EFT CREDIT - DEPOSIT ON ORDER',
          counterpartyName: 'Bellville Dental Rooms',
        }),
        bankLine('pay', '2026-03-20', 8_100_00, {
          ...zar,
          narration: 'Pay by bank - hygiene services Feb',
          counterpartyName: 'Parow Optometrists',
        }),
      ],
      [
        entry('e', '2026-03-18', 12_400_00, {
          ...zar,
          reference: 'INV20811',
          party: 'Bellville Dental Rooms',
          description: 'Receipt - hygiene services Feb 2026',
        }),
        entry('f', '2026-03-20', 8_100_00, {
          ...zar,
          reference: 'INV20812',
          party: 'Parow Optometrists',
          description: 'Receipt - hygiene services Feb 2026',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(ledgerIdsOf(r)).toEqual(['f']);
  });
});
