/**
 * Review of 31f70bc (pass 4: money naming a gateway is a settlement however worded, an entry naming a gateway is
 * takings, a card settlement naming only its terminal takes a guessed day). Each case is a wrong auto-confirmation the
 * change makes; none was confirmed before it (e693e5c).
 */
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

// a later line: the bank data reaches past the sales days, so the settlement window is closed
const later = (currency: CurrencyCode = 'NGN') =>
  bankLine('later', '2026-07-30', -1_234_56, { narration: 'DEBIT ORDER INSURANCE', currency });
const ng = { timezone: 'Africa/Lagos' };
const za = { timezone: 'Africa/Johannesburg' };

describe('review s14a: a gateway named in a customer transfer makes no settlement', () => {
  it("a customer's Paystack Zap transfer is not the day's Paystack sales less a charge", () => {
    // Zap is Paystack's app for anyone to send money: a named customer's transfer, not Paystack paying out
    const r = reconcile(
      [bankLine('c', '2026-07-14', 97_500_00, { narration: 'NIP FRM CHIOMA EZE VIA ZAP BY PAYSTACK' }), later()],
      [entry('t', '2026-07-13', 100_000_00, { description: 'Paystack sales' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it("a Hubtel transfer from a person is not the day's Hubtel sales less a charge", () => {
    // Ghanaians send money through the Hubtel app: a transfer from Kofi Mensah is his payment, not Hubtel's payout
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 1_950_00, { narration: 'HUBTEL TRANSFER FROM KOFI MENSAH', currency: 'GHS' }),
        later('GHS'),
      ],
      [entry('t', '2026-07-13', 2_000_00, { description: 'Hubtel sales', currency: 'GHS' })],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches).toEqual([]);
  });

  it('a Flutterwave collection quoting a customer and invoice is no settlement of the day', () => {
    // the narration names the payer and their invoice: a short invoice payment is a person's call, never an MSC write-off
    const r = reconcile(
      [bankLine('c', '2026-07-14', 245_000_00, { narration: 'FLUTTERWAVE/ADEBAYO STORES/INV 0192' }), later()],
      [entry('t', '2026-07-13', 250_000_00, { description: 'Flutterwave collections' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it('a Pesapal payment quoting a customer and invoice is no settlement of the card sales', () => {
    // Mwangi Hardware paying INV 2231 through Pesapal is a customer's receipt, not Pesapal settling yesterday's sales
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 48_500_00, { narration: 'PESAPAL/MWANGI HARDWARE/INV 2231', currency: 'KES' }),
        later('KES'),
      ],
      [entry('t', '2026-07-13', 50_000_00, { description: 'Pesapal card sales', currency: 'KES' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches).toEqual([]);
  });

  it("a transfer from a Moniepoint MFB account holder is not Moniepoint's settlement", () => {
    // Moniepoint is also a bank with millions of account holders: "NIP/MONIEPOINT MFB/<name>" is a person's transfer
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 147_000_00, { narration: 'NIP/MONIEPOINT MFB/EMEKA AGU/PAYMENT FOR POS MACHINE' }),
        later(),
      ],
      [entry('t', '2026-07-13', 150_000_00, { description: 'Moniepoint POS takings' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it("a Moniepoint MFB customer's payment for a POS machine is not the day before's card takings", () => {
    // "PAYMENT FOR POS MACHINE" from a named person: the POS word makes no card settlement, so no day may be guessed
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 150_000_00, { narration: 'NIP/MONIEPOINT MFB/EMEKA AGU/PAYMENT FOR POS MACHINE' }),
        later(),
      ],
      [entry('t', '2026-07-13', 150_000_00, { description: 'Card takings' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it("a reversed card purchase at a Paystack merchant is not the day's Paystack sales", () => {
    // the business's own purchase (Canva via Paystack) coming back: a refund to us, not takings paid out
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 24_500_00, { narration: 'REVERSAL POS/WEB PURCHASE PAYSTACK*CANVA LAGOS' }),
        later(),
      ],
      [entry('t', '2026-07-13', 25_000_00, { description: 'Paystack sales' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it('a customer called Peach Tree Catering short-paying an invoice is no Peach Payments settlement', () => {
    // PEACH is a word of customers' names: the 2% short is the customer's, to be chased, not an MSC written off
    const r = reconcile(
      [
        bankLine('c', '2026-07-14', 9_800_00, { narration: 'PEACH TREE CATERING PAYMENT', currency: 'ZAR' }),
        later('ZAR'),
      ],
      [
        entry('t', '2026-07-13', 10_000_00, {
          description: 'Peach Tree Catering INV 0045',
          party: 'Peach Tree Catering',
          currency: 'ZAR',
        }),
      ],
      za,
    );
    expect(r.matches).toEqual([]);
  });
});

describe('review s14a: entries naming a gateway and guessed days', () => {
  it("a PayFast payout short of the latest deposit is as well the day before's less a charge", () => {
    // 9,870 is 10,000 less 1.3% (Monday) or 10,200 less 3.2% (Tuesday): two readings, a person picks
    const r = reconcile(
      [bankLine('p', '2026-07-15', 9_870_00, { narration: 'PAYFAST PAYOUT 743179040', currency: 'ZAR' }), later('ZAR')],
      [
        entry('m', '2026-07-13', 10_000_00, { description: 'PayFast — Deposit', currency: 'ZAR' }),
        entry('t', '2026-07-14', 10_200_00, { description: 'PayFast — Deposit', currency: 'ZAR' }),
      ],
      za,
    );
    expect(r.matches).toEqual([]);
  });

  it('a Paystack payout net of a refund the books hold writes no refund off as a charge', () => {
    // Paystack nets refunds from the payout: 3,500 short is 1,500 fee + the 2,000 refund booked, not a 3.5% MSC
    const r = reconcile(
      [bankLine('p', '2026-07-14', 96_500_00, { narration: 'PAYSTACK PAYOUT PSTK-88412' }), later()],
      [
        entry('t', '2026-07-13', 100_000_00, { description: 'Paystack sales' }),
        entry('rf', '2026-07-13', -2_000_00, { description: 'Paystack refund to customer Ade' }),
      ],
      ng,
    );
    expect(r.matches.filter((m) => m.bankIds.includes('p') && !m.ledgerIds.includes('rf'))).toEqual([]);
  });

  it("a Moniepoint settlement is not guessed onto OPay's POS takings", () => {
    // another acquirer's machine: its takings are settled by OPay, whatever the amount
    const r = reconcile(
      [bankLine('s', '2026-07-14', 85_000_00, { narration: 'MONIEPOINT POS SETTLEMENT TID 2MPT0412' }), later()],
      [entry('t', '2026-07-13', 85_000_00, { description: 'OPay POS takings' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it("a terminal's settlement is not guessed onto takings naming another terminal", () => {
    // the Ikeja terminal's money against the Lekki shop's takings: the entry names the other machine
    const r = reconcile(
      [bankLine('s', '2026-07-14', 72_350_00, { narration: 'POS SETTLEMENT TID 2057IK01' }), later()],
      [entry('t', '2026-07-13', 72_350_00, { description: 'Card takings Lekki shop TID 2057LK01' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it('an invoice receipt from Card World Ltd is no card takings to guess a day from', () => {
    // CARD is in the customer's name: a named customer's invoice is not the shop's card takings
    const r = reconcile(
      [bankLine('s', '2026-07-14', 45_000_00, { narration: 'POS SETTLEMENT TID SBGH0177' }), later()],
      [entry('t', '2026-07-13', 45_000_00, { description: 'Card World Ltd - INV 221', party: 'Card World Ltd' })],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it("takings of the same amount booked the morning after make the guessed day's one of two", () => {
    // fixed-price takings (60,000 both days) and yesterday's booked today: either entry may be this settlement's
    const r = reconcile(
      [bankLine('s', '2026-07-15', 60_000_00, { narration: 'POS SETTLEMENT TID 2057LA10' }), later()],
      [
        entry('t13', '2026-07-13', 60_000_00, { description: 'Card takings' }),
        entry('t15', '2026-07-15', 60_000_00, { description: 'Card takings' }),
      ],
      ng,
    );
    expect(r.matches).toEqual([]);
  });
});
