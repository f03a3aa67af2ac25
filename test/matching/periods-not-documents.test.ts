/**
 * A month and year ("FEB 2025") is a period, not a document: read as one it made a supplier payment naming its month
 * look like a reference to some other entry, and the counterparty pass stood back. What the month key used to find
 * by accident is found for its own reasons: a statutory remittance naming its period (pass 5e, whatever words the
 * package adds to the entry), a charge booked with its VAT.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const accra = { timezone: 'Africa/Accra' };

describe('a month and year', () => {
  it('gives no reference key', () => {
    expect(bankKeys('ACH DEBIT TO ENTRANCE PHARMACEUTICALS FEB 2025', null)).toEqual([]);
    expect(bankKeys('SALARY MARCH 2025', null)).toEqual([]);
  });

  // session 37 (holdout44): "SERVICE CHARGE Q3" on two tenants' payments read as one document, so neither was the sole
  // quote of its invoice
  it('nor does a quarter or a half year', () => {
    expect(bankKeys('SERVICE CHARGE Q3', null)).toEqual([]);
    expect(bankKeys('LEVY Q4-2029 QTR2 H1', null)).toEqual([]);
    expect(bankKeys('INV Q12', null)).not.toEqual([]);
  });

  it('leaves a payment naming its invoice and a quarter the sole quote of that invoice', () => {
    const r = reconcile(
      [
        bankLine('b', '2029-08-13', 1_444_000_00, {
          narration: 'TRANSFER FROM BRIGHTWATER ENERGY SERV - PYMT INV-004242 LESS WHT',
        }),
        bankLine('k', '2029-08-14', 912_000_00, {
          narration: 'TRANSFER FROM KESTREL OFFSHORE LOGISTICS - SERVICE CHARGE Q3',
        }),
      ],
      [
        entry('e', '2029-08-13', 1_520_000_00, {
          reference: 'INV-004242',
          description: 'Service charge Q3 2029 - Blk C',
          party: 'Brightwater Energy Services Ltd',
        }),
      ],
      { timezone: 'Africa/Lagos', presets: { nigerianBankCharges: true } },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('does not stop a named supplier paid the exact amount that day', () => {
    const r = reconcile(
      [bankLine('b', '2025-02-10', -50_930_43, { narration: 'ACH DEBIT TO ENTRANCE PHARMACEUTICALS FEB 2025' })],
      [
        entry('e', '2025-02-10', -50_930_43, { party: 'Entrance Pharmaceuticals', description: 'Supplier payment' }),
        entry('rent', '2025-02-03', -18_000_00, { party: 'Nii Okai Properties', description: 'Rent FEB 2025' }),
      ],
      accra,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a VAT remittance naming its month against the entry the package words as an expense', () => {
    const r = reconcile(
      [bankLine('b', '2025-04-21', -915_314_00, { narration: 'REMITA/FIRS VAT MARCH 2025 TIN 23987711-0001' })],
      [
        entry('e', '2025-04-21', -915_314_00, {
          reference: 'VAT RETURN MAR 2025',
          description: 'VAT payable March 2025 — Expense',
          party: 'VAT payable March 2025',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a charge and the VAT on it, booked as one entry naming the charge', () => {
    const r = reconcile(
      [
        bankLine('fee', '2025-06-30', -42_348_83, { narration: 'ACCOUNT MAINTENANCE FEE JUN 2025' }),
        bankLine('vat', '2025-06-30', -3_176_16, { narration: 'VAT ON ACCOUNT MAINTENANCE FEE JUN 2025' }),
        bankLine('sms', '2025-06-30', -1_200_00, { narration: 'SMS ALERT CHARGES JUN 2025' }),
      ],
      [
        entry('e', '2025-06-30', -45_524_99, {
          description: 'Bank charges - account maintenance fee JUN 2025 incl VAT',
          party: 'Wema Bank',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    const booked = r.matches.filter((m) => m.ledgerIds.length > 0);
    expect(booked.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['fee', 'vat'], ['e']]]);
  });
});
