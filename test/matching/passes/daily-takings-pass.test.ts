import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

const kes = { currency: 'KES' as const };
const till = (id: string, date: string, amountMinor: number, name: string) =>
  bankLine(id, date, amountMinor, { ...kes, narration: 'Customer Merchant Payment', counterpartyName: name });
const nextDay = bankLine('next', '2025-09-30', -20_00, { ...kes, narration: 'Merchant Payment Charge' });

describe("pass 4b: a day's takings paid in piecemeal", () => {
  it("the day's till payments together make the POS session's M-PESA total", () => {
    const r = reconcile(
      [
        till('a', '2025-09-29', 41_500_00, 'SAMUEL KARIUKI'),
        till('b', '2025-09-29', 14_000_00, 'GRACE MUTHONI'),
        till('c', '2025-09-29', 33_650_00, 'KEVIN MUTUA'),
        nextDay,
      ],
      [
        entry('s29', '2025-09-29', 89_150_00, { ...kes, description: 'Shop/0235 - M-PESA' }),
        entry('s28', '2025-09-28', 73_150_00, { ...kes, description: 'Shop/0234 - M-PESA' }),
      ],
    );
    const day = r.matches.find((m) => m.ledgerIds.includes('s29'))!;
    expect(day.bankIds.sort()).toEqual(['a', 'b', 'c']);
    expect(day.differenceMinor).toBe(0);
  });

  it("a wallet's fee per payment: the day's net payments fall short by the fee, written off once no batch can follow", () => {
    const lines = [
      bankLine('a', '2025-02-28', 42_57, { currency: 'GHS', narration: 'Payment for goods' }),
      bankLine('b', '2025-02-28', 817_74, { currency: 'GHS', narration: 'Payment for goods' }),
      bankLine('c', '2025-02-28', 53_46, { currency: 'GHS', narration: 'Payment for goods' }),
    ];
    const books = [entry('d', '2025-02-28', 923_00, { currency: 'GHS', description: 'Daily MoMo sales 28/02/2025' })];
    expect(reconcile(lines, books).matches).toEqual([]); // a batch of the day may still follow
    const over = [...lines, bankLine('z', '2025-03-03', -5_00, { currency: 'GHS', narration: 'Transfer to bank' })];
    const r = reconcile(over, books);
    expect(r.matches.find((m) => m.ledgerIds.includes('d'))).toMatchObject({
      writeOff: { account: 'Bank charges', amountMinor: 9_23 },
    });
  });

  it("a day's credits that make neither the total nor a charge's shortfall decide nothing", () => {
    const r = reconcile(
      [
        till('a', '2025-09-29', 41_500_00, 'SAMUEL KARIUKI'),
        till('b', '2025-09-29', 14_000_00, 'GRACE MUTHONI'),
        nextDay,
      ],
      [entry('s29', '2025-09-29', 89_150_00, { ...kes, description: 'Shop/0235 - M-PESA' })],
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('s29'))).toEqual([]);
  });

  it('two takings entries for the day decide nothing', () => {
    const r = reconcile(
      [
        till('a', '2025-09-29', 41_500_00, 'SAMUEL KARIUKI'),
        till('b', '2025-09-29', 14_000_00, 'GRACE MUTHONI'),
        nextDay,
      ],
      [
        entry('m', '2025-09-29', 55_500_00, { ...kes, description: 'Till takings M-PESA 29/09/2025' }),
        entry('c', '2025-09-29', 55_500_00, { ...kes, description: 'Card takings 29/09/2025' }),
      ],
    );
    expect(r.matches.filter((m) => m.ledgerIds.length > 0)).toEqual([]);
  });

  it('an entry that is not takings by a way of paying is never a day total', () => {
    const r = reconcile(
      [
        till('a', '2025-09-29', 41_500_00, 'SAMUEL KARIUKI'),
        till('b', '2025-09-29', 14_000_00, 'GRACE MUTHONI'),
        nextDay,
      ],
      [entry('inv', '2025-09-29', 55_500_00, { ...kes, description: 'Sales invoice 0091', party: 'Kariuki Stores' })],
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('inv'))).toEqual([]);
  });
});
