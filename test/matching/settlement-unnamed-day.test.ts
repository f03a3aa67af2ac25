/**
 * Settlements that write no sales day and share no word with the takings entry: a gateway's payout worded as any
 * transfer ("Received from IKHOKHA IKH-8841"), an entry of takings that names the gateway but no takings word
 * ("PayFast — Deposit"), and a card settlement naming only its terminal ("POS SETTLEMENT TID SBGH0177") against the
 * one card-takings entry of the day before. Missed before: the first two were no settlement and no takings, the third
 * found no day. A day found only through the card words is a guess: confirmed to the cent, or short by an
 * acquirer's rate when no other open takings entry fits (a gateway's guessed day only to the cent:
 * settlement-day-sales.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [[...m.bankIds].sort(), [...m.ledgerIds].sort()]);
// a later line: the bank data reaches past the sales days, so no settlement of them is still to come
const later = bankLine('later', '2026-07-30', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' });
const opts = { timezone: 'Africa/Johannesburg' };

describe('settlements that write no sales day', () => {
  it("a gateway's payouts worded as transfers make the takings entry naming the gateway to the cent", () => {
    const r = reconcile(
      [
        bankLine('i1', '2026-07-21', 14_435_00, { narration: 'Received from IKHOKHA IKH-8841' }),
        bankLine('i2', '2026-07-21', 12_025_00, { narration: 'Received from IKHOKHA IKH-8842' }),
        later,
      ],
      [entry('t', '2026-07-20', 26_460_00, { description: 'iKhokha — Deposit' })],
      opts,
    );
    expect(groups(r)).toEqual([[['i1', 'i2'], ['t']]]);
  });

  it('a payout short of the takings naming the gateway by what it charges is written off', () => {
    const r = reconcile(
      [bankLine('p', '2026-07-14', 4_140_33, { narration: 'Received from PAYFAST PAYOUT 743179040' }), later],
      [entry('t', '2026-07-13', 4_270_44, { description: 'PayFast — Deposit' })],
      opts,
    );
    expect(groups(r)).toEqual([[['p'], ['t']]]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(130_11);
  });

  it("two terminals' settlements make the day before's one card-takings entry to the cent", () => {
    const r = reconcile(
      [
        bankLine('s1', '2026-06-19', 2_509_00, { narration: 'POS SETTLEMENT TID SBGH0177' }),
        bankLine('s2', '2026-06-19', 2_099_00, { narration: 'POS SETTLEMENT TID SBGH0178' }),
        later,
      ],
      [
        entry('t', '2026-06-18', 4_608_00, {
          description: 'Stanbic POS card takings 18 Jun 2026 (2 terminals)',
          party: 'Stanbic POS',
        }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([[['s1', 's2'], ['t']]]);
  });

  it("a guessed day short by an acquirer's rate is the card takings less the charge, written off", () => {
    const r = reconcile(
      [
        bankLine('s1', '2026-06-19', 2_459_00, { narration: 'POS SETTLEMENT TID SBGH0177' }),
        bankLine('s2', '2026-06-19', 2_058_00, { narration: 'POS SETTLEMENT TID SBGH0178' }),
        later,
      ],
      [entry('t', '2026-06-18', 4_608_00, { description: 'Card takings', party: 'Stanbic POS' })],
      opts,
    );
    expect(groups(r)).toEqual([[['s1', 's2'], ['t']]]);
    expect(r.matches[0]!.differenceMinor).toBe(-91_00);
    expect(r.matches[0]!.evidence[0]!.detail).toContain('name no sales day');
  });

  it('a guessed day short by a charge is only suggested when another open takings entry fits as well', () => {
    const r = reconcile(
      [bankLine('s1', '2026-06-19', 4_517_00, { narration: 'POS SETTLEMENT TID SBGH0177' }), later],
      [
        entry('t', '2026-06-18', 4_608_00, { description: 'Card takings', party: 'Stanbic POS' }),
        entry('u', '2026-06-17', 4_580_00, { description: 'Card takings', party: 'Stanbic POS' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions.find((x) => x.bankIds.includes('s1'))?.candidates[0]?.ledgerIds).toEqual(['t']);
  });

  it('two card-takings entries on the day before: no day is guessed', () => {
    const r = reconcile(
      [bankLine('s1', '2026-06-19', 2_509_00, { narration: 'POS SETTLEMENT TID SBGH0177' }), later],
      [
        entry('t1', '2026-06-18', 2_509_00, { description: 'Card takings shop 1' }),
        entry('t2', '2026-06-18', 2_509_00, { description: 'Card takings shop 2' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it("a card settlement is not a wallet's takings, and a wallet's transfer is no settlement", () => {
    const r = reconcile(
      [
        bankLine('s1', '2026-06-19', 2_509_00, { narration: 'POS SETTLEMENT TID SBGH0177' }),
        bankLine('m', '2026-06-19', 1_500_00, { narration: 'TRF FROM OPAY/JOHN OKAFOR' }),
        later,
      ],
      [
        entry('t1', '2026-06-18', 2_509_00, { description: 'M-PESA till takings' }),
        entry('t2', '2026-06-18', 1_500_00, { description: 'OPay takings' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});

describe('a settlement said in the reference field, and a till sweep', () => {
  it('"ZAPPER SETTLEMENT" in the reference of an inward EFT settles the Zapper takings of the day before', () => {
    const r = reconcile(
      [
        bankLine('z', '2026-07-21', 24_848_12, {
          narration: 'EFT CREDIT — INWARD EFT',
          reference: 'ZAPPER SETTLEMENT',
        }),
        later,
      ],
      [entry('t', '2026-07-20', 24_848_12, { description: 'Zapper collections sales 20/07' })],
      opts,
    );
    expect(groups(r)).toEqual([[['z'], ['t']]]);
  });

  it("an M-PESA till's sweep settles the till's takings of the day before", () => {
    const r = reconcile(
      [
        bankLine('s', '2025-12-30', 186_291_39, { currency: 'KES', narration: 'MPESA TILL SWEEP C2B COLLECTIONS' }),
        bankLine('after', '2026-01-09', -1_500_00, { currency: 'KES', narration: 'ATM WITHDRAWAL' }),
      ],
      [
        entry('t', '2025-12-29', 186_291_39, {
          currency: 'KES',
          party: 'M-PESA TILL COLLECTIONS',
          description: 'BEING TILL SALES OF 29/12',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(groups(r)).toEqual([[['s'], ['t']]]);
  });
});
