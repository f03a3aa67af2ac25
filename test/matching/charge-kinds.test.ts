/** The kinds of the bank's own charges a text names, however abbreviated (charge-kinds.ts). */
import { describe, expect, it } from 'vitest';
import { chargeKindsDiffer, chargeKindsOf, feeAgainstLevy } from '../../matching/charge-kinds.js';

describe("the kinds of the bank's charges", () => {
  it.each([
    ['ACCT MAINT CHG JUN 2026', ['MAINTENANCE']],
    ['Bank charges - AMF Mar', ['MAINTENANCE']],
    ['SMS ALRT CHG JUN 2026', ['SMS']],
    ['VAT ON CARD MAINT FEE', ['CARD']],
    ['Commission on turnover', ['COT']],
    ['COT CHARGE', ['COT']],
    ['NIP TRANSFER FEE', []],
    ['Bank charges - cheque book', ['CHEQUEBOOK']],
    ['CHQ BOOK ISSUANCE FEE', ['CHEQUEBOOK']],
  ])('%s names %j', (text, kinds) => expect(chargeKindsOf(text)).toEqual(kinds));

  it('tells apart an entry of one kind from a line of another, and not a line naming none', () => {
    expect(chargeKindsDiffer('SMS ALERT CHARGES JUN 2026', 'GTBank - account maintenance fee June 2026')).toBe(true);
    expect(chargeKindsDiffer('COT CHARGE', 'Commission on turnover')).toBe(false);
    expect(chargeKindsDiffer('NIP TRANSFER FEE', 'Bank charges - AMF Mar')).toBe(false);
  });
});

describe('a levy is not a fee', () => {
  it.each([
    ['NIP CHARGES', false, 'EMTL', true],
    ['EMTL', true, 'Electronic money transfer levy', false],
    ['STAMP DUTY', true, 'Bank charges - account maintenance', true],
    ['STAMP DUTY', true, 'Bank charges', false],
    ['EXCISE DUTY ON LEDGER FEE', false, 'Excise duty', false],
    ['SMS ALERT CHARGES', false, 'Bank charges - SMS alerts', false],
    // the fee with its levy included is the fee's entry
    ['LEDGER FEE INCL EXCISE DUTY', true, 'Ledger fees June 2026', false],
    ['NIP CHARGES', false, 'Transfer fee + EMTL', false],
  ])('line %s (a levy by its rule: %s) against entry %s differ: %s', (line, levy, entry, differ) =>
    expect(feeAgainstLevy(line, levy, entry)).toBe(differ),
  );
});
