import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

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

describe('pass 7: a charge the books already hold', () => {
  it('is matched to the entry booked for it, not classified again (the statement would list it twice)', () => {
    const r = reconcile(
      [bankLine('sms', '2025-03-31', -400_00, { narration: 'SMS ALERT CHARGES MAR 2025' })],
      [
        entry('booked', '2025-03-31', -400_00, { description: 'SMS alert charges' }),
        entry('bill', '2025-03-30', -400_00, { reference: 'PV-0091', party: 'Ikeja Couriers' }),
      ],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds, m.kind])).toEqual([[['sms'], ['booked'], 'exact']]);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join('; ')).toMatch(/books already hold it/);
    expect(r.unmatchedLedger).toEqual(['bill']);
  });

  it('claims nothing when it cannot tell which line the booked entry is: the entry first, the rule after', () => {
    const r = reconcile(
      [
        bankLine('e1', '2025-03-05', -50_00, { narration: 'EMT LEVY ON CREDIT 05-03-2025' }),
        bankLine('e2', '2025-03-06', -50_00, { narration: 'EMT LEVY ON CREDIT 06-03-2025' }),
      ],
      [entry('levy', '2025-03-05', -50_00, { description: 'Electronic money transfer levy' })],
    );
    expect(r.matches).toEqual([]);
    for (const s of r.suggestions) {
      expect(s.candidates[0]!.ledgerIds).toEqual(['levy']);
      expect(s.candidates.some((c) => c.ruleId === 'ng-emtl')).toBe(true);
    }
    expect(r.suggestions).toHaveLength(2);
  });

  it("a supplier's bill of the same size is no booking of the charge: the rule still explains the line", () => {
    const r = reconcile(
      [bankLine('fee', '2025-03-31', -1_075_00, { narration: 'ACCOUNT MAINTENANCE FEE MAR 2025' })],
      [entry('pv', '2025-03-30', -1_075_00, { reference: 'PV-0090', party: 'Ikeja Couriers' })],
    );
    expect(r.matches.map((m) => [m.kind, m.ledgerIds])).toEqual([['rule', []]]);
  });
});

describe('pass 7: a charge booked at the month end, after the date window', () => {
  const kes = { currency: 'KES' as const };

  it('is not posted again: the rule is only offered, with the warning', () => {
    // the bookkeeper books the statement's charges on the 31st; the line is of the 6th, 25 days before
    const r = reconcile(
      [bankLine('chq', '2026-05-06', -1_000_00, { ...kes, narration: 'CHEQUE BOOK CHARGES' })],
      [entry('booked', '2026-05-31', -1_000_00, { ...kes, description: 'Bank charges - cheque book' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches).toEqual([]);
    const rule = r.suggestions[0]!.candidates.find((c) => c.ruleId === 'ke-transfer-charge');
    expect(rule!.evidence.map((e) => e.detail).join('; ')).toMatch(/may count the charge twice/);
  });

  it('is posted when the entry of that amount is no charge, or dated before the line', () => {
    const r = reconcile(
      [
        bankLine('chq', '2026-05-06', -1_000_00, { ...kes, narration: 'CHEQUE BOOK CHARGES' }),
        bankLine('pl', '2026-05-20', -2_000_00, { ...kes, narration: 'PESALINK CHARGE' }),
      ],
      [
        entry('bill', '2026-05-31', -1_000_00, { ...kes, party: 'Nairobi Stationers', reference: 'BILL-0042' }),
        entry('old', '2026-04-30', -2_000_00, { ...kes, description: 'Bank charges April' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => [m.bankIds, m.kind])).toEqual([
      [['chq'], 'rule'],
      [['pl'], 'rule'],
    ]);
  });
});
