/**
 * What the blind holdout12 measurement found (bench/corpus/holdout12, measured once at 09dee13: precision 96.6 %
 * (287/297), recall 80.1 % (285/356)), restated with fresh figures; each failed before its fix. A failed transfer is
 * often sent again on the day its reversal comes back, after it: the running balance says which debit the reversal
 * undoes (the lines' order in the input may not). And a package writing the customer's id before the name ("C0133 -
 * Kenya Rural Roads Authority") names that customer. Not here: a cheque deposited and returned unpaid, read as a
 * reversal pair by holdout12 and as a deposit settling the receipt by holdout3 and holdout10 (kept).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const nairobi = { timezone: 'Africa/Nairobi' };

describe('a transfer sent again on the day of its reversal', () => {
  const lines = [
    bankLine('sent', '2025-06-16', -567_820_00, {
      narration: 'PESALINK DR KENBRO INDUSTRIES BP-6629 KBI347716',
      balanceMinor: 1_000_000_00,
    }),
    bankLine('back', '2025-06-17', 567_820_00, {
      narration: 'REVERSAL PESALINK DR KENBRO INDUSTRIES BP-6629 KBI347716',
      balanceMinor: 1_567_820_00,
    }),
    bankLine('again', '2025-06-17', -567_820_00, {
      narration: 'PESALINK DR KENBRO INDUSTRIES BP-6629 KBI347716 RESEND',
      balanceMinor: 1_000_000_00,
    }),
  ];
  const bill = entry('bill', '2025-06-16', -567_820_00, {
    reference: 'BP-6629',
    description: 'Bill payment - Kenbro Industries Ltd — Bill KBI347716',
  });

  it('the reversal undoes the first, and the payment sent again pays the bill', () => {
    const r = reconcile(lines, [bill], nairobi);
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['sent', 'back'], []],
        [['again'], ['bill']],
      ]),
    );
  });

  it('whatever order the lines come in', () => {
    const r = reconcile([...lines].reverse(), [bill], nairobi);
    expect(pairs(r).map(([b]) => [...b!].sort())).toEqual(expect.arrayContaining([['back', 'sent'].sort(), ['again']]));
  });

  it('without running balances, which of the two it undoes stays for a person', () => {
    // the payment sent again not saying so: nothing tells the two apart
    const bare = lines.map((l) => ({
      ...l,
      balanceMinor: undefined,
      narration: l.narration?.replace(' RESEND', ''),
    }));
    const r = reconcile(bare, [bill], nairobi);
    expect(r.matches.filter((m) => m.bankIds.includes('back'))).toEqual([]);
  });

  it('without running balances, the payment that says it is sent again is not the one undone', () => {
    const bare = lines.map((l) => ({ ...l, balanceMinor: undefined }));
    const r = reconcile(bare, [bill], nairobi);
    expect(pairs(r)).toEqual(expect.arrayContaining([[['sent', 'back'], []]]));
  });
});

describe("a customer's id before its name", () => {
  it('names the customer', () => {
    const r = reconcile(
      [bankLine('b', '2025-06-27', 124_120_00, { narration: 'RTGS CR KENYA RURAL ROADS AUTH JUNE PAYMENT' })],
      [
        entry('e', '2025-06-27', 124_120_00, {
          reference: 'RCPT-5122',
          description: 'Payment received - Kenya Rural Roads Authority — Applied to INV-001189',
          party: 'C0133 - Kenya Rural Roads Authority',
        }),
      ],
      nairobi,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });
});
