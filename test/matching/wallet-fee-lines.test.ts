/**
 * A wallet's fee lines name the transfer they were charged on ("Transfer Fee | Transfer to DUGBE PLATE MAKERS", as
 * OPay writes them; seen blind in holdout47): the bank's own fee, whoever the transfer paid.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

const postedAs = (narration: string, amountMinor = -10_00) => {
  const r = reconcile([bankLine('b', '2031-11-05', amountMinor, { narration })], []);
  return r.matches.map((m) => m.ruleId);
};

describe('a fee line naming the transfer it was charged on', () => {
  it('is the bank’s own fee', () => {
    expect(postedAs('Transfer Fee | Transfer to DUGBE PLATE MAKERS FEE568022302313')).toEqual(['ng-bank-own-fee']);
    expect(postedAs('TRANSFER FEE - PAYMENT TO ADA OKEKE')).toEqual(['ng-bank-own-fee']);
    expect(postedAs('Bulk Transfer Fee | 18 x 10.00 FEE384427052186', -180_00)).toEqual(['ng-bank-own-fee']);
  });

  it('but a fee word before a name alone, or a payee’s fees, are no bank fee', () => {
    expect(postedAs('Transfer Fee | ADA OKEKE')).toEqual([]);
    expect(postedAs('TRANSFER FEE JOHN')).toEqual([]);
    expect(postedAs('SCHOOL FEES - TRANSFER TO ADA')).toEqual([]);
  });

  it('reads a hostile narration of that shape in bounded time', () => {
    // the transfer's payee is read to the end of the text, never tried against the fee's tail item by item
    for (const unit of ['A1-', 'FEE1', '1234 '])
      expect(postedAs(`Transfer Fee | Transfer to ${unit.repeat(16_000 / unit.length)}!`)).toEqual([]);
  });
});
