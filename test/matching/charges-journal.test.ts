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

describe("one kind of the bank's charges booked with its tax", () => {
  const ngn = (id: string, date: string, amount: number, narration: string) =>
    bankLine(id, date, -amount, { narration, currency: 'NGN' });
  const kes = (id: string, date: string, amount: number, narration: string) =>
    bankLine(id, date, -amount, { narration, currency: 'KES' });

  it('"AMF" is the account maintenance fee and the VAT line on it', () => {
    const r = reconcile(
      [
        ngn('sms', '2026-03-31', 2_400_00, 'SMS ALERT CHARGES MAR 2026'),
        ngn('amf', '2026-03-31', 3_125_00, 'ACCOUNT MAINTENANCE FEE MAR 2026'),
        ngn('vat', '2026-03-31', 234_38, 'VAT ON ACCOUNT MAINTENANCE FEE'),
      ],
      [entry('j', '2026-03-31', -3_359_38, { description: 'Bank charges - AMF Mar', currency: 'NGN' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(groups(r)).toEqual([[['amf', 'vat'], ['j']]]);
  });

  it('an entry naming one fee is that fee and the one duty line of its day that makes the rest', () => {
    const lines = [
      kes('p1', '2026-03-31', 50_00, 'PESALINK CHARGE'),
      kes('d1', '2026-03-31', 10_00, 'EXCISE DUTY'),
      kes('fee', '2026-03-31', 1_000_00, 'LEDGER FEE'),
      kes('d2', '2026-03-31', 200_00, 'EXCISE DUTY'),
      kes('sms', '2026-03-31', 250_00, 'SMS ALERT CHARGES'),
      kes('d3', '2026-03-31', 50_00, 'EXCISE DUTY'),
    ];
    const r = reconcile(
      lines,
      [entry('j', '2026-03-31', -1_200_00, { description: 'Stanbic Bank - ledger fee — Expense', currency: 'KES' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(groups(r)).toEqual([[['d2', 'fee'], ['j']]]);
  });

  it('is refused when two duty lines of the day would make it', () => {
    const r = reconcile(
      [
        kes('fee', '2026-03-31', 1_000_00, 'LEDGER FEE'),
        kes('d1', '2026-03-31', 200_00, 'EXCISE DUTY'),
        kes('d2', '2026-03-31', 200_00, 'EXCISE DUTY'),
      ],
      [entry('j', '2026-03-31', -1_200_00, { description: 'Stanbic Bank - ledger fee', currency: 'KES' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(groups(r)).toEqual([]);
  });

  it("an entry naming one fee never takes a period's charges that happen to make it", () => {
    const r = reconcile(
      [fee('a', '2025-01-06', 40_00), fee('b', '2025-01-20', 30_00), fee('c', '2025-01-30', 50_00)],
      [entry('j', '2025-01-31', -120_00, { description: 'Ecobank Ghana - ledger fee', currency: 'GHS' })],
      opts,
    );
    expect(groups(r)).toEqual([]);
  });

  it("a journal of the month's charges naming their kinds is every line of those kinds that month", () => {
    const r = reconcile(
      [
        fee('sms1', '2026-06-01', 5_00, 'SMS ALERT FEE'),
        fee('gip', '2026-06-05', 10_00, 'GIP TRANSFER FEE'),
        fee('stmt', '2026-06-24', 20_00, 'STATEMENT FEE'),
        fee('sms2', '2026-06-29', 5_00, 'SMS ALERT FEE'),
        fee('cot', '2026-06-30', 18_50, 'CHARGES ON COT'),
        fee('amf', '2026-06-30', 25_00, 'ACCOUNT MAINTENANCE FEE JUN'),
      ],
      [
        entry('j', '2026-06-30', -63_50, {
          description: 'Bank charges June (maintenance, COT, statement)',
          party: 'Access Bank Ghana',
          currency: 'GHS',
        }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([[['amf', 'cot', 'stmt'], ['j']]]);
  });
});
