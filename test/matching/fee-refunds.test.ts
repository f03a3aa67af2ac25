/**
 * A bank giving back its own fee ("REVERSAL NIP TRANSFER CHARGE", "REVERSAL | Transfer Fee"; seen blind in holdout47
 * and holdout48) is the fee account's, as the fee was, and needs no person: each country's presets read it before
 * their reversal rule, which still takes a reversal naming anyone else.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import type { CurrencyCode } from '../../domain/currency.js';
import { bankLine, entry } from './build.js';

const ruleOf = (narration: string, amountMinor: number, currency: CurrencyCode = 'NGN') => {
  const r = reconcile([bankLine('b', '2031-08-12', amountMinor, { currency, narration })], []);
  return [...r.matches.map((m) => m.ruleId), ...r.suggestions.map((s) => s.candidates[0]?.ruleId)];
};

describe('the bank’s refund of its own fee', () => {
  it('is explained to the bank fees account, in each country’s wording', () => {
    expect(ruleOf('REVERSAL NIP TRANSFER CHARGE', 53_75)).toEqual(['ng-bank-fee-refund']);
    expect(ruleOf('REVERSAL NIP TRANSFER CHARGE+VAT', 53_75)).toEqual(['ng-bank-fee-refund']);
    expect(ruleOf('REVERSAL | Transfer Fee', 10_00)).toEqual(['ng-bank-fee-refund']);
    expect(ruleOf('SMS ALERT CHARGES REFUND', 120_00)).toEqual(['ng-bank-fee-refund']);
    expect(ruleOf('REVERSAL OF COT', 850_00)).toEqual(['ng-bank-fee-refund']);
    expect(ruleOf('REVERSAL GIP TRANSFER FEE', 2_00, 'GHS')).toEqual(['gh-bank-fee-refund']);
    expect(ruleOf('REVERSAL PESALINK CHARGE', 55_00, 'KES')).toEqual(['ke-bank-fee-refund']);
    expect(ruleOf('#REVERSAL EFT FEE', 6_50, 'ZAR')).toEqual(['za-bank-fee-refund']);
    expect(ruleOf('TERUGBETALING EFT FOOI', 6_50, 'ZAR')).toEqual(['za-bank-fee-refund']);
    const r = reconcile([bankLine('b', '2031-08-12', 53_75, { narration: 'REVERSAL NIP TRANSFER CHARGE' })], []);
    expect(r.matches[0]).toMatchObject({ ledgerIds: [], ruleId: 'ng-bank-fee-refund' });
    expect(r.matches[0]!.proposed?.account).toBe('Bank charges:Bank fees');
  });

  it('but a reversal naming someone, a fee debit, a refund too large for a fee, or a school’s fees are not', () => {
    expect(ruleOf('REVERSAL NIP TRF FRM OKON FREIGHT', 250_000_00)).toEqual(['ng-reversal']);
    expect(ruleOf('REVERSAL NIP TRANSFER TO ADA OKEKE', 53_75)).toEqual(['ng-reversal']);
    expect(ruleOf('REV TRANSFER FEE JOHN', 53_75)).toEqual([]);
    expect(ruleOf('REFUND SCHOOL FEES', 53_75)).toEqual([]);
    expect(ruleOf('REVERSAL NIP TRANSFER CHARGE', -53_75)).not.toContain('ng-bank-fee-refund');
    expect(ruleOf('REVERSAL OF COT', 25_000_00)).not.toContain('ng-bank-fee-refund');
  });

  it('gives way to the fee it reverses on the same statement: the two are a reversal pair', () => {
    const r = reconcile(
      [
        bankLine('d', '2025-04-09', -53_75, { narration: 'NIP TRANSFER CHARGE+VAT' }),
        bankLine('c', '2025-04-09', 53_75, { narration: 'REVERSAL NIP TRANSFER CHARGE+VAT' }),
      ],
      [],
    );
    expect(r.matches.map((m) => [m.ruleId, [...m.bankIds].sort()])).toEqual([['reversal-pair', ['c', 'd']]]);
  });

  it('is the books’ receipt when they booked the refund themselves', () => {
    const r = reconcile(
      [bankLine('b', '2031-08-12', 53_75, { narration: 'REVERSAL NIP TRANSFER CHARGE' })],
      [entry('l1', '2031-08-12', 53_75, { description: 'Bank charges refunded', account: 'Bank charges:Bank fees' })],
    );
    expect([...r.matches, ...r.suggestions].some((m) => m.bankIds.includes('b'))).toBe(true);
    expect(r.matches.filter((m) => m.ruleId === 'ng-bank-fee-refund')).toEqual([]);
  });
});
