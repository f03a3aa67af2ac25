/**
 * A statement's fee on the payment's own row (Capitec's Fee column, a MoMo wallet's Fee): the line is what the balance
 * moved, the payment itself was the line plus its fee. A book that holds the fees as entries of their own is matched as
 * it stands (the first round reads lines net); one that never wrote the fee is matched by what was paid, the fee
 * written off. Refused: a fee that would make an amount fit without the evidence the same amount would need, and a
 * fee the books already hold.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [[...m.bankIds].sort(), [...m.ledgerIds].sort()]);
const za = { timezone: 'Africa/Johannesburg' };
const line = (id: string, date: string, amount: number, fee: number, narration: string) => ({
  ...bankLine(id, date, amount, { narration }),
  currency: 'ZAR' as const,
  feeMinor: fee,
});
const book = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) => ({
  ...entry(id, date, amount, extra),
  currency: 'ZAR' as const,
});

describe("the bank's fee on the line's own row", () => {
  it('a supplier payment named by its payee is the bill paid, the fee written off to bank charges', () => {
    const r = reconcile(
      [line('b1', '2025-06-10', -3_481_35, 8_00, 'Payment to OVERBERG PACKAGING')],
      [book('l1', '2025-06-09', -3_473_35, { party: 'Overberg Packaging (Pty) Ltd', description: 'Bill payment' })],
      za,
    );
    expect(groups(r)).toEqual([[['b1'], ['l1']]]);
    const m = r.matches[0]!;
    expect(m.differenceMinor).toBe(-8_00);
    expect(m.writeOff).toEqual({ account: 'Bank charges', amountMinor: 8_00 });
    expect(m.evidence.some((e) => e.kind === 'bank_fee')).toBe(true);
  });

  it('a cash deposit less its cash-handling fee is the takings banked', () => {
    const r = reconcile(
      [line('b1', '2025-06-12', 4_960_25, 39_75, 'Cash Deposit SA001 INV-2231')],
      [book('l1', '2025-06-12', 5_000_00, { reference: 'INV-2231', description: 'Cash sales banked' })],
      za,
    );
    expect(groups(r)).toEqual([[['b1'], ['l1']]]);
    expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 39_75 });
  });

  it('a book that holds the fee as its own entry is matched net, the fee entry with it, nothing written off', () => {
    const r = reconcile(
      [line('b1', '2025-06-10', -3_481_35, 8_00, 'Payment to OVERBERG PACKAGING OP-0912')],
      [
        book('l1', '2025-06-09', -3_473_35, { reference: 'OP-0912', party: 'Overberg Packaging (Pty) Ltd' }),
        book('fee', '2025-06-10', -8_00, { description: 'Bank fee OP-0912' }),
      ],
      za,
    );
    expect(groups(r)).toEqual([[['b1'], ['fee', 'l1']]]);
    expect(r.matches[0]!.writeOff).toBeNull();
  });

  it('a fee never makes an amount alone enough: two bills of the paid amount stay a tie', () => {
    const r = reconcile(
      [line('b1', '2025-06-10', -1_008_00, 8_00, 'Debit order')],
      [
        book('l1', '2025-06-09', -1_000_00, { description: 'Insurance premium' }),
        book('l2', '2025-06-09', -1_000_00, { description: 'Security services' }),
      ],
      za,
    );
    expect(r.matches).toEqual([]);
  });

  it('a row that is only a fee is its own amount', () => {
    const r = reconcile(
      [line('b1', '2025-06-30', -75_00, 75_00, 'Monthly Account Admin Fee')],
      [book('l1', '2025-06-30', -75_00, { description: 'Bank charges June' })],
      za,
    );
    // whatever the books make of it, never a write-off of the fee on top of the fee itself
    for (const m of r.matches) expect(m.writeOff).toBeNull();
  });

  it('a negative or fractional fee is refused as bad input, naming the line', () => {
    for (const fee of [-5, 1.5])
      expect(() => reconcile([line('bad', '2025-06-10', -100_00, fee, 'x')], [], za)).toThrow(
        /bank line bad: feeMinor/,
      );
  });
});
