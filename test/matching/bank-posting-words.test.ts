/**
 * Some banks (SBI's and Bank of Baroda's statements) write a posting word before their own charges and interest ("TO
 * CHARGES-CASH DEPOSIT FEE", "BY INT.-CREDIT INTEREST SEP 2025"), and South African banks post the VAT on a fee as a
 * line of its own ("VAT ON CASH DEPOSIT FEE", "VAT ON CHARGES"). Found on holdout28's SBI South Africa set after its
 * blind measurement: nine bank-only lines explained by no rule.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

const zar = { currency: 'ZAR' } as const;
const za = { timezone: 'Africa/Johannesburg' };

const ruleOf = (narration: string, amountMinor: number) =>
  reconcile([bankLine('b', '2025-09-30', amountMinor, { ...zar, narration })], [], za).matches.find((m) =>
    m.bankIds.includes('b'),
  )?.ruleId ?? null;

describe("a bank's posting words and the VAT on its fees", () => {
  it('reads the charge or interest after TO CHARGES- or BY INT.-', () => {
    expect(ruleOf('TO CHARGES-CASH DEPOSIT FEE', -593_25)).toBe('za-cash-fee');
    expect(ruleOf('TO CHARGES-RTC PAYMENT FEE', -40_00)).toBe('za-transaction-fee');
    expect(ruleOf('TO CHARGES-EFT PAYMENT FEES SEP 2025 (13 ITEMS)', -97_50)).toBe('za-transaction-fee');
    expect(ruleOf('TO CHARGES-MONTHLY SERVICE FEE', -220_00)).toBe('za-monthly-account-fee');
    expect(ruleOf('BY INT.-CREDIT INTEREST SEP 2025', 783_93)).toBe('za-interest');
    // and INT/ before it (holdout49's ICICI Johannesburg statement)
    expect(ruleOf('INT/CREDIT INTEREST SEP', 91_56)).toBe('za-interest');
  });

  it("reads the internet or online banking channel's fee (holdout41), not a payee after it", () => {
    expect(ruleOf('INTERNET BANKING FEE', -250_00)).toBe('za-transaction-fee');
    expect(ruleOf('ONLINE BANKING FEES MAY 2028', -95_00)).toBe('za-transaction-fee');
    expect(ruleOf('INTERNET BANKING FEES JUN LITTLE LAMBS', -950_00)).toBeNull();
  });

  it('posts the VAT on a fee, with or without the posting word', () => {
    for (const narration of ['TO CHARGES-VAT ON CASH DEPOSIT FEE', 'VAT ON CHARGES', 'VAT ON MONTHLY SERVICE FEE'])
      expect(ruleOf(narration, -33_00), narration).toBe('za-vat-on-fee');
  });

  it('leaves a VAT payment, a transfer and a payee alone', () => {
    expect(ruleOf('VAT PAYMENT SARS 4123456789', -33_000_00)).toBeNull();
    expect(ruleOf('TO TRANSFER-EFT*UMHLANGA GUEST HOUSE*FEES', -950_00)).toBeNull();
    expect(ruleOf('VAT ON SCHOOL FEES LITTLE LAMBS', -330_00)).toBeNull();
  });
});
