import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine } from '../build.js';

const zar = { currency: 'ZAR' as const };

describe('pass 7: rules (country presets)', () => {
  it.each([
    ['#Monthly Account Fee', 115_00],
    ['#Service Fees', 42_00],
    ['#Cash Dep Fee', 730_00],
    ['#Int Pymt Fee', 9_50],
    ['#Value Added Serv Fees', 18_40],
  ])('explains the FNB fee line "%s"', (narration, cents) => {
    const r = reconcile([bankLine('f', '2025-03-05', -cents, { ...zar, narration })], []);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({ kind: 'rule', ledgerIds: [] });
    expect(r.matches[0]!.proposed!.account).toMatch(/^Bank charges/);
  });

  it('a ZAR line opening with "#" but paying someone is not a fee when it names no fee', () => {
    const r = reconcile([bankLine('x', '2025-03-05', -2_500_00, { ...zar, narration: '#Payment to Contractor' })], []);
    expect(r.matches).toEqual([]);
  });

  it('Nigerian levies written other ways: "EMT LEVY ON CREDIT", "NIP CHARGES" at the fee band before VAT', () => {
    const r = reconcile(
      [
        bankLine('e', '2025-03-05', -5_000, { narration: 'EMT LEVY ON CREDIT 05-03-2025' }),
        bankLine('n', '2025-03-05', -5_000, { narration: 'NIP CHARGES' }),
        bankLine('odd', '2025-03-05', -3_000, { narration: 'NIP CHARGES' }),
      ],
      [],
    );
    expect(r.matches.map((m) => [m.bankIds[0], m.ruleId])).toEqual([
      ['e', 'ng-emtl'],
      ['n', 'ng-nip-charge-5000'],
    ]);
  });
});
