/**
 * Bank and processor charges in wordings holdout67 met unexplained: a processor's own fee lines with its ids
 * ("Pay by bank fee pbb_…", "Payout fees 15 x R2.30", "Monthly platform fee March 2026"), a charge plus its VAT with the
 * core system's id ("BULK TRANSFER CHARGE 9 X 50 + VAT BLKCHG251027", "REMITA SERVICE CHARGE 2 X 150 + VAT"), a
 * Sacco's ledger fee ("FOSA LEDGER FEE JAN 2026"), and a charge on its transfers ("FOSA TO MPESA CHARGE"). A fee line naming a payee, or a payment of someone's fees, stays
 * unexplained.
 */
import { describe, expect, it } from 'vitest';
import { RulesByCurrency, builtInPresets, compileRule } from '../../matching/rules.js';

const rules = new RulesByCurrency(builtInPresets({ nigerianBankCharges: true }).map(compileRule));
const ruleOf = (currency: 'NGN' | 'KES' | 'ZAR', narration: string, amountMinor: number, reference?: string) =>
  rules.firstMatching({ id: 'b', date: '2025-10-29', amountMinor, currency, narration, reference })?.id ?? null;

describe('charge wordings of session 47', () => {
  it("reads a processor's fee lines with its own ids", () => {
    expect(ruleOf('ZAR', 'Pay by bank fee pbb_1c2d3e4f', -11_40, 'fee_1c2d3e4f')).toBe('za-bank-own-fee');
    expect(ruleOf('ZAR', 'Payout fees 12 x R2.30', -27_60, 'fee_pb_0410b2')).toBe('za-bank-own-fee');
    expect(ruleOf('ZAR', 'Monthly platform fee April 2026', -345_00, 'fee_m_202604')).toBe('za-bank-own-fee');
    // a payee after the fee, or a payment of a school's fees by bank, is someone's money
    expect(ruleOf('ZAR', 'Pay by bank fee Little Lambs Creche', -450_00)).toBeNull();
    expect(ruleOf('ZAR', 'Pay by bank - school fees T2', -4_500_00)).toBeNull();
  });

  it('reads a charge with its count at a price, its VAT and the bank’s long id', () => {
    expect(ruleOf('NGN', 'BULK TRANSFER CHARGE 12 X 50 + VAT', -645_00, 'BLKCHG251103')).not.toBeNull();
    expect(ruleOf('NGN', 'REMITA SERVICE CHARGE 3 X 150 + VAT', -483_75, 'RMCHG251103')).toBe('ng-bank-own-fee');
    // the count's price with its currency
    expect(ruleOf('NGN', 'BULK TRANSFER CHARGE 12 X N50', -600_00)).not.toBeNull();
    // a long word and digits after the fee word is no id of the bank's unless it is six digits or more
    expect(ruleOf('NGN', 'BULK TRANSFER CHARGE OKONKWO2025', -600_00)).toBeNull();
    expect(ruleOf('NGN', 'NIP TRF TO ADA OKEKE SCHOOL FEES + VAT', -600_00)).toBeNull();
  });

  it("reads a Sacco's ledger fee", () => {
    expect(ruleOf('KES', 'FOSA LEDGER FEE JAN 2026', -100_00, 'LF2601')).toBe('ke-account-fees');
    expect(ruleOf('KES', 'FOSA TO MPESA CHARGE', -33_00)).toBe('ke-bank-own-fee');
    expect(ruleOf('KES', 'FOSA TO MPESA PAYBILL 522533/ACC LEDGER FEES', -100_00)).toBeNull();
  });
});
