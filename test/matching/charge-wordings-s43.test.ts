/**
 * Bank charges in wordings the blind sets met unexplained: Nigerian NIP and NEFT transfer charges, one or a month's
 * together; South African fees with a count at a price, "PMT" for payment, "ELECTRONIC PAYMENT FEES", an
 * administration fee. A payment naming a payee stays unexplained.
 */
import { describe, expect, it } from 'vitest';
import { RulesByCurrency, builtInPresets, compileRule } from '../../matching/rules.js';

const rules = new RulesByCurrency(builtInPresets({ nigerianBankCharges: true }).map(compileRule));
const ruleOf = (currency: 'NGN' | 'ZAR', narration: string, amountMinor: number) =>
  rules.firstMatching({ id: 'b', date: '2025-08-29', amountMinor, currency, narration })?.id ?? null;

describe('charge wordings of session 43', () => {
  it('reads Nigerian NIP and NEFT transfer charges', () => {
    expect(ruleOf('NGN', 'NEFT TRANSFER CHARGE', -105_00)).toBe('ng-transfer-charges');
    expect(ruleOf('NGN', 'NEFT CHARGE', -52_50)).toBe('ng-transfer-charges');
    expect(ruleOf('NGN', 'NIP TRANSFER CHARGES AUG 2025 (14 @ 53.75)', -752_50)).toBe('ng-transfer-charges');
    expect(ruleOf('NGN', 'NIP TRANSFER TO ADA OKEKE', -752_50)).toBeNull();
    expect(ruleOf('NGN', 'NEFT CHARGE ON TRF TO OKON FREIGHT', -52_50)).toBeNull();
  });

  it('reads South African fees with a count at a price, PMT and an administration fee', () => {
    expect(ruleOf('ZAR', 'EFT PAYMENT FEES (8 X R5.50)', -44_00)).toBe('za-transaction-fee');
    expect(ruleOf('ZAR', 'ELECTRONIC PAYMENT FEES (10 X R8,00)', -80_00)).toBe('za-transaction-fee');
    expect(ruleOf('ZAR', 'INTERNET PMT FEE', -3_25)).toBe('za-transaction-fee');
    expect(ruleOf('ZAR', 'MONTHLY ADMINISTRATION FEE', -95_00)).toBe('za-monthly-account-fee');
    expect(ruleOf('ZAR', 'IB PAYMENT FEES JUN LITTLE LAMBS', -95_00)).toBeNull();
  });
});
