/**
 * A wallet's or gateway's payout to the business's bank account: the payee field holds the bank and a masked account
 * ("CAPITEC ****7712"), the fee is on the row, and the books hold a transfer to an account at that bank (South Africa's
 * "Business Cheque" is a current account). The confirmed case was not even offered before: the payee field read as a
 * name that was not the entry's, and the cheque account as a cheque.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const opts = { timezone: 'Africa/Johannesburg' };
const zar = { currency: 'ZAR' } as const;
const payout = (id: string, payee: string) =>
  bankLine(id, '2026-04-30', -1_200_950, {
    ...zar,
    narration: 'PAYOUT — Payout to bank account',
    counterpartyName: payee,
    feeMinor: 950,
  });
const transfer = (bank: string) =>
  entry('e', '2026-04-30', -1_200_000, {
    ...zar,
    description: `Transfer to ${bank} Business Cheque — Yoco payout — Transfer`,
  });

describe("a payout to the business's account at a bank", () => {
  it('is confirmed, the fee on the row written off', () => {
    const r = reconcile([payout('b', 'CAPITEC ****7712')], [transfer('Capitec')], opts);
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['e']]]);
    expect(r.matches[0]!.writeOff).toEqual({ account: 'Bank charges', amountMinor: 950 });
  });

  it('is not, to a person named in the payee field', () => {
    const r = reconcile([payout('b', 'THABO MOLEFE ****7712')], [transfer('Capitec')], opts);
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('is not, to an account at another bank than the books name', () => {
    const r = reconcile([payout('b', 'FNB ****3321')], [transfer('Capitec')], opts);
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('a cheque paid out is still no transfer of the business’s own', () => {
    const r = reconcile(
      [bankLine('b', '2026-04-30', -1_200_000, { ...zar, narration: 'TRANSFER TO BANK ACCOUNT' })],
      [entry('e', '2026-04-30', -1_200_000, { ...zar, description: 'Transfer — cheque 000412 to the landlord' })],
      opts,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
