/**
 * Review of 29e2fbc6 (a payout to a bank and a masked account is an own transfer; such a payee field names no party),
 * ae67d026 (one-digit serials refused) and cfae0f45 (a deposit ahead of any document). Each test asserts what a careful
 * accountant would do. The first two blocks fail at cfae0f45 and pass at d2a69034 (regressions); the last block passes.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const kes = { currency: 'KES' } as const;
const zar = { currency: 'ZAR' } as const;
const za = { timezone: 'Africa/Johannesburg' };

// isBankName reads up to four words before BANK as the bank's name, so a holder's name before it passes for a bank
describe('a payee field naming a person and their bank is still a name (regressions of 29e2fbc6)', () => {
  it("a wallet transfer to Musa Ibrahim's Zenith account is not the books' payment to Okon Freight", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-10', -4_537_500, {
          narration: 'Transfer',
          counterpartyName: 'MUSA IBRAHIM (ZENITH BANK ****6789)',
        }),
      ],
      [entry('e', '2026-03-10', -4_537_500, { description: 'Payment to Okon Freight Ltd', party: 'Okon Freight Ltd' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("Kofi Mensah's transfer from his GCB account does not settle Ama Owusu's invoice", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-10', 1_234_567, {
          currency: 'GHS',
          narration: 'TRANSFER RECEIVED',
          counterpartyName: 'KOFI MENSAH (GCB BANK ****2231)',
        }),
      ],
      [
        entry('e', '2026-03-09', 1_234_567, {
          currency: 'GHS',
          description: 'Invoice INV-0311 Ama Owusu',
          party: 'Ama Owusu',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a payout to John Kamau's Equity account is no transfer to the business's own Equity account", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-10', -3_512_000, {
          ...kes,
          narration: 'Transfer to bank account',
          counterpartyName: 'JOHN KAMAU EQUITY BANK ****4521',
        }),
      ],
      [
        entry('e', '2026-03-10', -3_512_000, {
          ...kes,
          description: 'Transfer to Equity Bank current account — Transfer',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});

// cfae0f45's DEPOSIT FOR/ON/SHOP excepts only CASH, CHQ, CHEQUE and CHECK just before DEPOSIT
describe('DEPOSIT as the channel, in other wordings than CASH DEPOSIT (regressions of cfae0f45)', () => {
  const invoice = (party: string, currency = {}) =>
    entry('e', '2026-03-09', 8_450_000, { ...currency, description: `INV-0042 ${party}`, party });

  it('an ATM deposit on a date, naming the customer, settles their invoice', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-10', 8_450_000, { ...kes, narration: 'ATM DEPOSIT ON 10/03/2026 JOHN KAMAU' })],
      [invoice('John Kamau', kes)],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('an agent deposit for the customer settles their invoice', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-10', 8_450_000, { ...kes, narration: 'AGENT DEPOSIT FOR JOHN KAMAU' })],
      [invoice('John Kamau', kes)],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a cash deposit machine deposit for the customer settles their invoice', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-10', 8_450_000, { narration: 'CDM DEPOSIT FOR ADAMU BELLO' })],
      [invoice('Adamu Bello')],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it("an ATM deposit of a shop's May rent settles the shop's May rent invoice", () => {
    const r = reconcile(
      [bankLine('b', '2026-05-12', 2_750_000, { ...kes, narration: 'ATM DEPOSIT SHOP 12 RENT MAY' })],
      [entry('e', '2026-05-12', 2_750_000, { ...kes, reference: 'INV-0415', description: 'Shop 12 rent May' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });
});

describe('checked and right', () => {
  const payout = (id: string, date: string, payee: string) =>
    bankLine(id, date, -1_200_950, {
      ...zar,
      narration: 'PAYOUT — Payout to bank account',
      counterpartyName: payee,
      feeMinor: 950,
    });
  const transfer = entry('e', '2026-04-30', -1_200_000, {
    ...zar,
    description: 'Transfer to FNB Business Cheque — PayFast payout — Transfer',
  });

  it('two payouts of one amount to two FNB accounts: neither is confirmed', () => {
    const r = reconcile(
      [payout('b1', '2026-04-30', 'FNB ****3321'), payout('b2', '2026-04-28', 'FNB ****9915')],
      [transfer],
      za,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('a payout to a Nedbank account is not the transfer to FNB', () => {
    const r = reconcile([payout('b', '2026-04-30', 'NEDBANK ****3321')], [transfer], za);
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a payout to a Capitec account is not confirmed as a customer's refund", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-04-30', -45_000, {
          ...zar,
          narration: 'Payout to bank account',
          counterpartyName: 'CAPITEC ****7712',
        }),
      ],
      [entry('e', '2026-04-30', -45_000, { ...zar, description: 'Refund to Thandi Nkosi', party: 'Thandi Nkosi' })],
      za,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('CASH DEPOSIT FOR, DEPOSIT BY and MOBILE DEPOSIT FOR INV still settle the invoice', () => {
    for (const narration of [
      'CASH DEPOSIT FOR INV-0042 JOHN KAMAU',
      'DEPOSIT BY JOHN KAMAU',
      'MOBILE DEPOSIT FOR INV 0042',
    ]) {
      const r = reconcile(
        [bankLine('b', '2026-03-10', 8_450_000, { ...kes, narration })],
        [entry('e', '2026-03-09', 8_450_000, { ...kes, description: 'INV-0042 John Kamau', party: 'John Kamau' })],
        { timezone: 'Africa/Nairobi' },
      );
      expect(pairs(r), narration).toEqual([[['b'], ['e']]]);
    }
  });
});
