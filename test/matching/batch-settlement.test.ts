/**
 * A settlement carrying its batch's id, against the books' entry of that batch's gross takings with the same id
 * (passes/batch-settlement.ts): the shortfall within what acquirers charge is their charge. And what must stay a
 * person's: an id on several lines, a customer's receipt, a gap beyond any acquirer's rate, a charge the books hold.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ke = { timezone: 'Africa/Nairobi' };
const kes = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, amount, { currency: 'KES', narration });
const book = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) =>
  entry(id, date, amount, { currency: 'KES', ...extra });
const groupOf = (r: ReturnType<typeof reconcile>, bankId: string) => r.matches.find((m) => m.bankIds.includes(bankId));

describe('a settlement and its takings entry carrying the same batch id', () => {
  it('confirms an M-PESA C2B settlement short by 0.37% and writes the charge off', () => {
    const r = reconcile(
      // (the statement runs on past the days another part of the batch could come)
      [
        kes('b1', '2025-10-02', 54_099_38, 'MPESA C2B SETTLEMENT PAYBILL 522533 SET57837'),
        kes('later', '2025-10-09', -1_500_00, 'ATM WITHDRAWAL WESTLANDS'),
      ],
      [
        book('l1', '2025-10-01', 54_299_38, {
          reference: 'SET57837',
          description: 'M-PESA paybill collections 01/10/2025',
        }),
      ],
      ke,
    );
    const g = groupOf(r, 'b1');
    expect(g?.ledgerIds).toEqual(['l1']);
    expect(g?.writeOff?.amountMinor).toBe(200_00);
    expect(g?.evidence.map((e) => e.detail).join(' ')).toContain('batch');
  });

  it('reads the payout written in the reference field when the bank words the credit only as an inward EFT', () => {
    const r = reconcile(
      [
        bankLine('b1', '2025-09-09', 28_795_20, {
          currency: 'ZAR',
          narration: 'EFT CREDIT — INWARD EFT',
          reference: 'YOCO PAYOUT 3457377',
        }),
        bankLine('later', '2025-09-20', -1_500_00, { currency: 'ZAR', narration: 'CASH WITHDRAWAL' }),
      ],
      [entry('l1', '2025-09-09', 29_670_48, { currency: 'ZAR', description: 'Yoco payout 3457377 (gross)' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(groupOf(r, 'b1')?.ledgerIds).toEqual(['l1']);
    expect(groupOf(r, 'b1')?.writeOff?.amountMinor).toBe(875_28);
  });

  it("confirms Cellulant's Tingg settlement against the gross its id names, booked to the gateway", () => {
    const r = reconcile(
      [
        kes('b1', '2025-12-05', 176_723_67, 'EFT CR CELLULANT KENYA LTD TINGG STL TG5660059'),
        kes('later', '2025-12-20', -1_500_00, 'ATM WITHDRAWAL WESTLANDS'),
      ],
      [
        book('l1', '2025-12-05', 181_255_05, {
          reference: 'JV-8150',
          party: 'CELLULANT TINGG SETTLEMENT',
          description: 'BEING GROSS OF TG5660059',
        }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')?.ledgerIds).toEqual(['l1']);
  });

  it('takes the charge the books hold as an entry of exactly the gap into the group', () => {
    const r = reconcile(
      [kes('b1', '2025-06-17', 9_840_55, 'YOCO PAYOUT 0971427')],
      [
        book('l1', '2025-06-13', 10_139_67, {
          reference: 'YOCO 0971427',
          party: 'Yoco',
          description: 'Card sales (gross)',
        }),
        book('fee', '2025-06-16', -299_12, { party: 'Yoco', description: 'Yoco card machine fees' }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')?.ledgerIds.sort()).toEqual(['fee', 'l1']);
    expect(groupOf(r, 'b1')?.writeOff ?? null).toBeNull();
  });

  it('leaves it to a person when the books hold a charge of another amount near it', () => {
    const r = reconcile(
      [kes('b1', '2025-10-02', 54_099_38, 'MPESA C2B SETTLEMENT PAYBILL 522533 SET57837')],
      [
        book('l1', '2025-10-01', 54_299_38, {
          reference: 'SET57837',
          description: 'M-PESA paybill collections 01/10/2025',
        }),
        book('c', '2025-10-02', -150_00, { description: 'M-PESA paybill charges October' }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it('reads no batch in a number every settlement writes (the paybill)', () => {
    const r = reconcile(
      [
        kes('b1', '2025-10-02', 54_099_38, 'MPESA C2B SETTLEMENT PAYBILL 522533'),
        kes('b2', '2025-10-03', 31_000_00, 'MPESA C2B SETTLEMENT PAYBILL 522533'),
      ],
      [book('l1', '2025-10-01', 54_299_38, { reference: '522533', description: 'M-PESA paybill collections' })],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it("never reads a customer's receipt as takings, whatever the settlement quotes", () => {
    const r = reconcile(
      [kes('b1', '2025-10-02', 54_099_38, 'MPESA C2B SETTLEMENT SET57837')],
      [
        book('l1', '2025-10-01', 54_299_38, {
          reference: 'SET57837',
          party: 'Mwangi Hardware',
          description: 'Receipt',
        }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it('refuses a gap beyond what acquirers charge', () => {
    const r = reconcile(
      [kes('b1', '2025-10-02', 50_000_00, 'MPESA C2B SETTLEMENT PAYBILL 522533 SET57837')],
      [
        book('l1', '2025-10-01', 54_299_38, {
          reference: 'SET57837',
          description: 'M-PESA paybill collections 01/10/2025',
        }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it("refuses a mobile-money settlement against a card machine's takings", () => {
    const r = reconcile(
      [kes('b1', '2025-10-02', 54_099_38, 'MPESA C2B SETTLEMENT SET57837')],
      [book('l1', '2025-10-01', 54_299_38, { reference: 'SET57837', description: 'Card takings POS 01/10/2025' })],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it('refuses a settlement dated before the takings it would settle', () => {
    const r = reconcile(
      [kes('b1', '2025-09-28', 54_099_38, 'MPESA C2B SETTLEMENT PAYBILL 522533 SET57837')],
      [
        book('l1', '2025-10-01', 54_299_38, {
          reference: 'SET57837',
          description: 'M-PESA paybill collections 01/10/2025',
        }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
  });

  it('passes over the till number every settlement writes to read the batch code', () => {
    const r = reconcile(
      [
        kes('b1', '2025-08-21', 114_585_63, 'MPESA SETTLEMENT TILL 5123478 TH6B91P2M'),
        kes('b2', '2025-08-24', 182_323_67, 'MPESA SETTLEMENT TILL 5123478 TH8X75Z5W'),
        kes('later', '2025-08-31', -1_500_00, 'ATM WITHDRAWAL WESTLANDS'),
      ],
      [
        book('l1', '2025-08-20', 115_219_34, { reference: 'TH6B91P2M', description: 'Safaricom M-PESA Till 5123478' }),
        book('l2', '2025-08-23', 183_332_00, { reference: 'TH8X75Z5W', description: 'Safaricom M-PESA Till 5123478' }),
      ],
      ke,
    );
    expect(groupOf(r, 'b1')?.ledgerIds).toEqual(['l1']);
    expect(groupOf(r, 'b2')?.ledgerIds).toEqual(['l2']);
  });

  it("reads a nominal account's number in the party column as no customer (Sage's bank account 1200)", () => {
    const r = reconcile(
      [
        bankLine('b1', '2025-07-04', 14_850_00, {
          currency: 'GHS',
          narration: 'TELECEL CASH MERCHANT SETTLEMENT MS28468145',
        }),
        bankLine('later', '2025-07-31', -300, { currency: 'GHS', narration: 'CLEARING CHARGES' }),
      ],
      [
        entry('l1', '2025-07-03', 15_000_00, {
          currency: 'GHS',
          reference: 'MS28468145',
          party: '1200',
          description: 'Telecel Cash merchant sales MS28468145',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(groupOf(r, 'b1')?.ledgerIds).toEqual(['l1']);
  });
});
