/**
 * Session 39's review: a short name confirming another payee through a common word, part-time and spare-part words read
 * as a part payment, and the fee-refund and interest rules slow on a narration of spaces.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { saysPartPayment } from '../../matching/part-payment-words.js';
import { ghanaianBankChargePresets } from '../../matching/ghanaian-presets.js';
import { kenyanBankChargePresets } from '../../matching/kenyan-presets.js';
import { nigerianBankChargePresets } from '../../matching/nigerian-presets.js';
import { southAfricanBankChargePresets } from '../../matching/south-african-presets.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

describe('a short name and a common word', () => {
  const paid = (narration: string, party: string, description: string) =>
    ledgerIdsOf(
      reconcile(
        [bankLine('b1', '2031-11-03', -450_00, { currency: 'GHS', narration })],
        [entry('l1', '2031-11-03', -450_00, { currency: 'GHS', party, description })],
      ),
    );

  it('does not confirm another payee whose name starts with the short one', () => {
    expect(paid('ECG MOTORS LTD OFFICE', 'ECG', 'Office electricity')).toEqual([]);
    expect(paid('GIP TRF TO ECG MOTORS/OFFICE GENERATOR', 'ECG', 'Office electricity prepaid')).toEqual([]);
    expect(paid('TRF TO KRA CONSULTANTS MARCH', 'KRA', 'PAYE March')).toEqual([]);
    expect(paid('MTN FOODS LIMITED STAFF LUNCH', 'MTN Nigeria', 'Staff airtime')).toEqual([]);
    expect(paid('TRANSFER TO ECG JOHN MENSAH SERVICES', 'ECG', 'Prepaid services')).toEqual([]);
  });

  it('still confirms the narration saying only the name and what was bought', () => {
    expect(paid('Airtime and data purchase MTN', 'MTN', 'Rider airtime and data')).toEqual(['l1']);
  });
});

describe('part-payment words', () => {
  it('are not a spare part with a hyphen, nor part-time work', () => {
    for (const said of ['SPARE-PART', 'AUTO-PARTS', 'PART-TIME WAGES', 'PART TIME STAFF OCT'])
      expect(saysPartPayment(said)).toBe(false);
    expect(saysPartPayment('PART-PAYMENT INV 12')).toBe(true);
  });

  it('are not a machine’s part, a delivery made in parts or a part number (session 40)', () => {
    for (const said of ['GIP FRM ABC/GENERATOR PART', 'PUMP PARTS', 'PART DELIVERY INV 233', 'PART NO 4471'])
      expect(saysPartPayment(said), said).toBe(false);
    for (const said of ['PART PAYMENT FOR GENERATOR', 'INV 233 PART 2', 'KOJO MENSAH PART', 'PARTIAL PAYMENT'])
      expect(saysPartPayment(said), said).toBe(true);
  });
});

describe('the rules changed in session 39 on a narration of spaces', () => {
  const rules = [
    ...nigerianBankChargePresets(),
    ...ghanaianBankChargePresets(),
    ...kenyanBankChargePresets(),
    ...southAfricanBankChargePresets(),
  ].filter((r) => r.id.endsWith('-bank-fee-refund') || r.id === 'za-interest');
  const spaces = ' '.repeat(20_000);
  const hostile = [`${spaces}X`, `REFUND${spaces}X`, `SMS FEE${spaces}REFUNDX`, `REFUND FEE JAN${spaces}X`];

  it('read it in linear time', () => {
    expect(rules.length).toBe(5);
    for (const r of rules) {
      const re = new RegExp(r.when.narrationRegex!, 'i');
      const t = performance.now();
      for (const text of hostile) re.test(text);
      // quadratic, these took 0.3–2.5 s each; linear, a few milliseconds
      expect(performance.now() - t, r.id).toBeLessThan(150);
    }
  });
});

describe('the reversal pair naming the book entry of the payment it undid', () => {
  const pairOf = (entryDate: string, description: string) =>
    reconcile(
      [
        bankLine('o', '2031-09-20', -150_000_00, { narration: 'NIP TRF TO OKON FREIGHT LTD/SEPT HAULAGE' }),
        bankLine('r', '2031-09-21', 150_000_00, { narration: 'REVERSAL NIP TRF TO OKON FREIGHT LTD/SEPT HAULAGE' }),
      ],
      [entry('l', entryDate, -150_000_00, { party: 'Okon Freight Ltd', description })],
    ).matches.find((m) => m.ruleId === 'reversal-pair');

  it('names the entry dated as the payment was sent', () => {
    expect(pairOf('2031-09-20', 'Sept haulage')?.evidence.flatMap((e) => e.ledgerIds ?? [])).toEqual(['l']);
  });

  it('not the payee’s bill of a month before, another payment the statement would tell them to reverse', () => {
    expect(pairOf('2031-08-20', 'August haulage')?.evidence.flatMap((e) => e.ledgerIds ?? [])).toEqual([]);
  });
});

describe('a hostile narration far longer than any bank writes', () => {
  // (bounded by the test's own timeout: before, 20k spaces after a fee word took a Nigerian pattern about 0.4–1.4 s)
  it('is read by no rule’s pattern', () => {
    for (const currency of ['NGN', 'GHS', 'KES', 'ZAR'] as const) {
      const line = bankLine('b', '2031-01-05', -10_00, { currency, narration: `SMS FEE${' '.repeat(20_000)}!` });
      expect(reconcile([line], []).matches).toEqual([]);
    }
  });
});
