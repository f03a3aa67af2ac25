/**
 * Review s42 of the matching changes of session 42, at 75c70bdf: payouts the books hold as they came (ddea2d18,
 * settlement-pass.ts payoutsBookedAsTheyCame), one receipt the books hold in parts (6431a38f, receipt-in-parts-pass.ts)
 * and the books' cheque word in other languages with HARDWARE ending a name (75c70bdf). Each `it.fails` is a defect:
 * the engine auto-confirms what an accountant would undo, or refuses what it used to confirm rightly; it passes once
 * the defect is gone. Each plain `it` is a behaviour checked that holds.
 *
 * Considered and not made into cases:
 * - speed: the receipt-in-parts pass reads all of a payer's open items for each day it tries, so one payer with many
 *   open items and many lines naming it grows with their product (2 items a day for 6,000 days and 6,000 lines
 *   naming the payer: 6.2 s against 1.3 s before 6431a38f); a timing is no stable test on shared cores;
 * - three invoices of one day paid by one transfer days later (sample case 2 with one date) are now confirmed; the
 *   sample gives no dates, so whether that is its reading is the principles' call, not a defect found here;
 * - two thousand same-day settlements, or one a week of a fixed amount: no slowdown against before ddea2d18.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { WRITES_CHEQUE_NUMBER } from '../../matching/cheque-keys.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { bankLine, entry } from './build.js';

/** The entries confirmed with a line, sorted, or null when it is not confirmed. */
const confirmed = (r: ReconcileResult, bankId: string): string[] | null => {
  const m = r.matches.find((g) => g.bankIds.includes(bankId));
  return m ? [...m.ledgerIds].sort() : null;
};

describe('review s42: one receipt the books hold in parts (6431a38f)', () => {
  const kola = { party: 'Kola Roofing Services' };
  const kolaLine = bankLine('b', '2025-06-19', 600_000_00, { narration: 'TRF FROM KOLA ROOFING SERVICES' });

  it('prefers the payer’s one invoice of the whole amount to two of yesterday’s (sample case 5, dated)', () => {
    // P1 owes a 300 invoice from ten days ago and raised 100 and 200 yesterday; +300 from P1. The principles' fifth
    // sample case: the 300 item, not 100 + 200 (prefer one exact candidate over a combination). Before 6431a38f the
    // 300 invoice was suggested first; now 100 + 200 is confirmed ("no other day's makes it"). Should: not confirm the
    // pair (the single invoice suggested first, as before).
    const p1 = { party: 'P1 Trading' };
    const r = reconcile(
      [bankLine('b', '2024-03-15', 30_000, { counterpartyName: 'P1 Trading' })],
      [
        entry('c', '2024-03-05', 30_000, p1),
        entry('a', '2024-03-14', 10_000, p1),
        entry('d', '2024-03-14', 20_000, p1),
      ],
    );
    expect(confirmed(r, 'b')).not.toEqual(['a', 'd']);
  });

  it('refuses when last week’s invoices of the payer make the same sum (a customer paying in arrears)', () => {
    // a weekly customer: two invoices on the 12th (₦250,000 + ₦350,000) and two on the 18th (₦100,000 + ₦500,000), all
    // open; ₦600,000 from Kola on the 19th. Paying last week's invoices is as likely as this week's (more, in arrears),
    // but only days within 3 of the line are read, so the 18th's are confirmed. Should: refuse, two days make it.
    const r = reconcile(
      [kolaLine],
      [
        entry('w1', '2025-06-12', 250_000_00, { ...kola, reference: 'INV-2240' }),
        entry('w2', '2025-06-12', 350_000_00, { ...kola, reference: 'INV-2241' }),
        entry('a', '2025-06-18', 100_000_00, { ...kola, reference: 'INV-2253' }),
        entry('c', '2025-06-18', 500_000_00, { ...kola, reference: 'INV-2254' }),
      ],
    );
    expect(confirmed(r, 'b')).toBeNull();
  });

  it('refuses when the payer’s older open invoices of several days make the amount too', () => {
    // invoices of the 5th (₦450,000) and 7th (₦150,000) still open, and yesterday's ₦100,000 + ₦500,000; ₦600,000
    // from Kola. Customers pay their oldest invoices first (sample case 2's reading, a suggestion); the engine
    // confirms yesterday's pair. Should: a suggestion, both readings offered.
    const r = reconcile(
      [kolaLine],
      [
        entry('o1', '2025-06-05', 450_000_00, { ...kola, reference: 'INV-2200' }),
        entry('o2', '2025-06-07', 150_000_00, { ...kola, reference: 'INV-2201' }),
        entry('a', '2025-06-18', 100_000_00, { ...kola, reference: 'INV-2253' }),
        entry('c', '2025-06-18', 500_000_00, { ...kola, reference: 'INV-2254' }),
      ],
    );
    expect(confirmed(r, 'b')).toBeNull();
  });

  it('does not decide between two customers the line names alike (T ADEYEMI: Tunde and Titi)', () => {
    // "TRF FROM T ADEYEMI" fits Tunde Adeyemi and Titi Adeyemi alike; Tunde's two rows of the day make the amount, so
    // they are confirmed with "the line names Tunde Adeyemi". The payer is a tie (principle 4) and the sum alone is
    // sample case 2's evidence. Should: a suggestion. (The counterparty pass already confirms a single invoice on such
    // a name; this pass extends that to sums.)
    const r = reconcile(
      [bankLine('b', '2025-06-19', 600_000_00, { narration: 'TRF FROM T ADEYEMI' })],
      [
        entry('a', '2025-06-19', 100_000_00, { party: 'Tunde Adeyemi' }),
        entry('c', '2025-06-19', 500_000_00, { party: 'Tunde Adeyemi' }),
        entry('d', '2025-06-19', 250_000_00, { party: 'Titi Adeyemi' }),
        entry('e', '2025-06-19', 150_000_00, { party: 'Titi Adeyemi' }),
      ],
    );
    expect(confirmed(r, 'b')).toBeNull();
  });

  it('does not decide between two family businesses the line names by the family name alone', () => {
    // "PESALINK CR MWANGI & SONS" with two customers, Mwangi & Sons Honey Shop and Mwangi & Sons Hardware (holdout55's
    // family): the honey shop's two rows of the day make the amount and are confirmed. Should: a suggestion; the line
    // names the family, not the shop.
    const kes = { currency: 'KES' } as const;
    const r = reconcile(
      [bankLine('b', '2025-06-19', 63_000_00, { ...kes, narration: 'PESALINK CR MWANGI & SONS' })],
      [
        entry('a', '2025-06-19', 13_000_00, { ...kes, party: 'Mwangi & Sons Honey Shop' }),
        entry('c', '2025-06-19', 50_000_00, { ...kes, party: 'Mwangi & Sons Honey Shop' }),
        entry('d', '2025-06-18', 20_000_00, { ...kes, party: 'Mwangi & Sons Hardware' }),
      ],
    );
    expect(confirmed(r, 'b')).toBeNull();
  });

  it('takes no day split between two spellings of the payer', () => {
    const r = reconcile(
      [kolaLine],
      [
        entry('a', '2025-06-18', 100_000_00, { party: 'Kola Roofing Services Ltd', reference: 'INV-2253' }),
        entry('c', '2025-06-18', 500_000_00, { ...kola, reference: 'INV-2254' }),
        entry('d', '2025-06-18', 200_000_00, { ...kola, reference: 'INV-2255' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('leaves a line naming the surname alone a suggestion', () => {
    const r = reconcile(
      [bankLine('b', '2025-06-19', 600_000_00, { narration: 'TRF FROM ADEYEMI' })],
      [
        entry('a', '2025-06-19', 100_000_00, { party: 'Tunde Adeyemi' }),
        entry('c', '2025-06-19', 500_000_00, { party: 'Tunde Adeyemi' }),
        entry('d', '2025-06-18', 250_000_00, { party: 'Bola Adeyemi' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('still refuses a customer paying the same total twice within days', () => {
    const r = reconcile(
      [kolaLine, { ...kolaLine, id: 'b2', date: '2025-06-21' }],
      [
        entry('a', '2025-06-19', 100_000_00, { ...kola, reference: 'INV-2253' }),
        entry('c', '2025-06-19', 500_000_00, { ...kola, reference: 'INV-2254' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });
});

describe('review s42: payouts the books hold as they came (ddea2d18)', () => {
  it('does not take Saturday’s gross for Monday’s payout of the weekend', () => {
    // Paystack pays Friday to Sunday on Monday: ₦150,000.00 net. The books hold each day's gross ("Online sales
    // (Paystack)" ₦60,000, ₦150,000, ₦45,000, round prices); Saturday's gross equals the payout by coincidence. The
    // engine confirms Saturday's entry as "the payout as it came", two days before it landed, with Friday and Sunday
    // open. Before ddea2d18 it was a suggestion. Should: a suggestion; a gross sales entry of another day is no
    // payout booked as it came.
    const r = reconcile(
      [bankLine('p', '2026-03-16', 150_000_00, { narration: 'PAYSTACK SETTLEMENT 1046703' })],
      [
        entry('fri', '2026-03-13', 60_000_00, { description: 'Online sales (Paystack)' }),
        entry('sat', '2026-03-14', 150_000_00, { description: 'Online sales (Paystack)' }),
        entry('sun', '2026-03-15', 45_000_00, { description: 'Online sales (Paystack)' }),
      ],
    );
    expect(confirmed(r, 'p')).toBeNull();
  });

  it('does not take a gross entry four days back over yesterday’s takings less the booked fee', () => {
    // yesterday's Paystack gross ₦100,000 less the booked ₦1,500 fee is the payout ₦98,500 exactly (confirmed so when
    // alone); a gross entry of four days back happens to be ₦98,500. The engine confirms the four-day-old entry.
    // Should: yesterday's takings with the fee, or a suggestion; never the older day.
    const r = reconcile(
      [bankLine('p', '2026-03-16', 98_500_00, { narration: 'PAYSTACK SETTLEMENT 1046703' })],
      [
        entry('d4', '2026-03-12', 98_500_00, { description: 'Online sales (Paystack)' }),
        entry('d1', '2026-03-15', 100_000_00, { description: 'Online sales (Paystack)' }),
        entry('fee', '2026-03-16', -1_500_00, { description: 'Paystack fees' }),
      ],
    );
    expect(confirmed(r, 'p')).not.toEqual(['d4']);
  });

  it('does not take today’s gross card sales for the payout of yesterday’s, less its booked fee', () => {
    // Yoco pays the day after: yesterday's card sales ₦98,800 less the booked ₦2,300 fee is today's payout ₦96,500 to
    // the cent. Today's card sales (booked gross at close, to be paid tomorrow) are ₦96,500 too. The engine confirms
    // today's sales entry; before ddea2d18 this was a suggestion, and without today's entry yesterday + fee is
    // confirmed. Should: yesterday's sales with the fee, or a suggestion.
    const r = reconcile(
      [bankLine('p', '2026-03-17', 96_500_00, { narration: 'YOCO PAYMENTS SETTLEMENT YOCO5518' })],
      [
        entry('d16', '2026-03-16', 98_800_00, { description: 'Card sales (Yoco)' }),
        entry('d17', '2026-03-17', 96_500_00, { description: 'Card sales (Yoco)' }),
        entry('fee', '2026-03-17', -2_300_00, { description: 'Yoco fees' }),
      ],
    );
    expect(confirmed(r, 'p')).not.toEqual(['d17']);
  });

  it('does not pair a card settlement with a card deposit five days back over the deposits between', () => {
    // card deposits of the 11th, 13th and 15th all open; POS SETTLEMENT on the 16th equal to the 11th's. The engine
    // confirms the 11th as "the payout as it came" (5 days before it came). Before ddea2d18 a suggestion. Should: a
    // suggestion; a deposit booked as it came is dated the day it came.
    const r = reconcile(
      [bankLine('p', '2026-03-16', 122_300_00, { narration: 'POS SETTLEMENT TID 2044Q8E7' })],
      [
        entry('e11', '2026-03-11', 122_300_00, { description: 'Card sales — Deposit' }),
        entry('e13', '2026-03-13', 80_000_00, { description: 'Card sales — Deposit' }),
        entry('e15', '2026-03-15', 95_000_00, { description: 'Card sales — Deposit' }),
      ],
    );
    expect(confirmed(r, 'p')).toBeNull();
  });

  it('does not take another M-PESA till’s sales (predates session 42; the new reading keeps it)', () => {
    // MPESA SETTLEMENT TILL 552211 against "M-PESA till sales TILL 998877" of the amount: confirmed (before ddea2d18 by
    // the sales-day reading, now as the payout as it came). A till number is a device: another till's takings.
    // Should: not confirmed.
    const kes = { currency: 'KES' } as const;
    const r = reconcile(
      [bankLine('p', '2026-03-17', 50_000_00, { ...kes, narration: 'MPESA SETTLEMENT TILL 552211' })],
      [entry('e', '2026-03-17', 50_000_00, { ...kes, description: 'M-PESA till sales TILL 998877' })],
    );
    expect(confirmed(r, 'p')).toBeNull();
  });

  it('confirms the payout against its own day’s entry, not yesterday’s gross', () => {
    const r = reconcile(
      [bankLine('p', '2026-03-17', 96_500_00, { narration: 'PAYSTACK SETTLEMENT 55' })],
      [
        entry('d16', '2026-03-16', 98_800_00, { description: 'Online sales (Paystack)' }),
        entry('d17', '2026-03-17', 96_500_00, { description: 'Paystack settlement' }),
      ],
    );
    expect(confirmed(r, 'p')).toEqual(['d17']);
  });

  it('does not take another terminal’s takings, nor a customer’s invoice paid through the gateway', () => {
    const terminal = reconcile(
      [bankLine('p', '2026-03-16', 122_300_00, { narration: 'POS SETTLEMENT TID 2044Q8E7' })],
      [entry('e', '2026-03-16', 122_300_00, { description: 'POS takings TID 2057LA10' })],
    );
    expect(terminal.matches).toEqual([]);
    const invoice = reconcile(
      [bankLine('p', '2026-03-16', 250_000_00, { narration: 'PAYSTACK SETTLEMENT 1046703' })],
      [entry('e', '2026-03-16', 250_000_00, { description: 'Paystack payment INV-0042', party: 'Okon Freight Ltd' })],
    );
    expect(invoice.matches).toEqual([]);
  });

  it('decides nothing for twin settlements of one terminal against one deposit', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-03-17', 80_000_00, { narration: 'POS SETTLEMENT TID 2044Q8E7' }),
        bankLine('b', '2026-03-17', 80_000_00, { narration: 'POS SETTLEMENT TID 2044Q8E7' }),
      ],
      [entry('e', '2026-03-17', 80_000_00, { description: 'Card sales — Deposit' })],
    );
    expect(r.matches).toEqual([]);
  });

  it('leaves a gateway’s payout of several written days a suggestion when one day’s gross equals it', () => {
    const r = reconcile(
      [bankLine('p', '2026-03-16', 150_000_00, { narration: 'FLW SETTLEMENT FLUTTERWAVE 13-15 MAR' })],
      [
        entry('fri', '2026-03-13', 60_000_00, { description: 'Flutterwave sales' }),
        entry('sat', '2026-03-14', 150_000_00, { description: 'Flutterwave sales' }),
        entry('sun', '2026-03-15', 45_000_00, { description: 'Flutterwave sales' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('handles two thousand same-day terminal settlements, each to its own takings', () => {
    const n = 2000;
    const r = reconcile(
      Array.from({ length: n }, (_, i) =>
        bankLine(`b${i}`, '2026-03-17', 10_000_00 + i, { narration: `POS SETTLEMENT TID 2044Q8E${i % 10}` }),
      ),
      Array.from({ length: n }, (_, i) =>
        entry(`e${i}`, i % 2 ? '2026-03-17' : '2026-03-16', 10_000_00 + i, {
          description: `POS sales TID 2044Q8E${i % 10}`,
        }),
      ),
    );
    expect(r.matches).toHaveLength(n);
  });
});

describe('review s42: the books’ cheque word, and HARDWARE ending a name (75c70bdf)', () => {
  const chequeTaken = (description: string) =>
    reconcile(
      [
        bankLine('b', '2035-08-24', -47_500_00, {
          currency: 'KES',
          narration: 'EFT TO NAKURU PACKAGING SOLUTIONS/INV NPS-2291 LABELS',
        }),
      ],
      [
        entry('e', '2035-08-23', -47_500_00, {
          currency: 'KES',
          party: 'Nakuru Packaging Ltd',
          description,
          reference: '001123',
        }),
      ],
    ).matches.map((m) => m.ledgerIds);

  it('reads the Finnish books’ “shekki nro 001123” as a cheque', () => {
    // holdout55's decoy as Finnish books usually write it ("nro" is Finnish for number): the regex takes NO or NR, so
    // the cheque is not read and the transfer to a like-named payee is confirmed. Should: refused, as "shekki 001123".
    expect(chequeTaken('Pahvilaatikot, lasku NPL-0775, shekki nro 001123')).toEqual([]);
  });

  it('reads the French books’ “chèque n° 001123” as a cheque (francophone West Africa, OHADA books)', () => {
    // "n°" is how French books write the number; not read, so the transfer takes the cheque. Should: refused.
    expect(chequeTaken('Cartons, facture NPL-0775, chèque n° 001123')).toEqual([]);
  });

  it('reads the Italian books’ “assegno n. 001123” as a cheque', () => {
    // a one-letter "n." is not NO/NR: not read. Should: refused.
    expect(chequeTaken('Scatole, fattura NPL-0775, assegno n. 001123')).toEqual([]);
  });

  it('reads the German books’ “Scheck-Nr. 001123” as a cheque', () => {
    // the hyphen between word and Nr. is not allowed: not read. Should: refused.
    expect(chequeTaken('Kartons, Rechnung NPL-0775, Scheck-Nr. 001123')).toEqual([]);
  });

  it('reads the English and bare Finnish cheque words, and no word that merely begins like one', () => {
    expect(chequeTaken('Cartons, invoice NPL-0775, cheque no. 001123')).toEqual([]);
    expect(chequeTaken('Pahvilaatikot, lasku NPL-0775, shekki 001123')).toEqual([]);
    for (const text of ['checkout 2291', 'Chequebook 150 leaves', 'paycheck 2291', 'sjekket 5521'])
      expect(WRITES_CHEQUE_NUMBER.test(text), text).toBe(false);
  });

  const kesTaken = (narration: string, party: string) =>
    reconcile(
      [bankLine('b', '2025-06-19', 63_000_00, { currency: 'KES', narration })],
      [entry('e', '2025-06-18', 63_000_00, { currency: 'KES', party, reference: 'INV-77' })],
    ).matches.map((m) => m.ledgerIds);

  it('still confirms a hardware shop writing its trade in the plural (“HARDWARES”)', () => {
    // Kenyan shops often write "Hardwares": MWANGI & SONS HARDWARES LTD paying Mwangi & Sons Hardware Ltd's INV-77 to
    // the shilling was confirmed before 75c70bdf; now HARDWARES after the leading words reads as another trade and it
    // is only suggested. Should: confirmed (the same trade, singular or plural).
    expect(kesTaken('PESALINK CR MWANGI & SONS HARDWARES LTD', 'Mwangi & Sons Hardware Ltd')).toEqual([['e']]);
  });

  it('still confirms hardware shops the line names by their own name', () => {
    expect(kesTaken('MPESA C2B KAMAU HARDWARE', 'Kamau Hardware & Electricals')).toEqual([['e']]);
    expect(kesTaken('PESALINK CR OTIENO HARDWARE AND TIMBER', 'Otieno Hardware & Timber Yard')).toEqual([['e']]);
    expect(kesTaken('PESALINK CR MWANGI & SONS HARDWARE', 'Mwangi & Sons Hardware Ltd')).toEqual([['e']]);
  });
});
