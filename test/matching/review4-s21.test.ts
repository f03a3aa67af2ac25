/**
 * Fourth review of s21, of the passes that group lines or entries: the reference pass's splits (referenceSplits), the
 * settlements of a sales day (settlement pass), invoices paid in parts (instalments pass) and the counterparty pass's
 * check that other items of the payer also make the amount (partyAmountsAlsoSum). Each case fails today: the engine
 * confirms a group a person must decide, or one that is plainly someone else's.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const za = { timezone: 'Africa/Johannesburg' };

/** A debit days after the settlements, so the statement is known to run past their window. */
const later = (date: string, currency: 'NGN' | 'ZAR' = 'NGN') =>
  bankLine('later', date, -5_000_00, { currency, narration: 'TRF TO STAFF WELFARE' });

const kes = (id: string, date: string, amountMinor: number, narration: string) =>
  bankLine(id, date, amountMinor, { currency: 'KES', narration });

describe("review4 s21: a day's settlement against another machine's or acquirer's takings (settlement pass)", () => {
  it("the Ikeja terminal's settlement does not settle the Lekki terminal's takings of the day", () => {
    // salesDaySettlements takes the day's one takings entry for a lone settlement without asking whether the two name
    // different terminals (pairNetOfCharge and the guessed day do): the Ikeja machine's takings are not booked yet, so
    // its settlement is confirmed against the Lekki machine's, 2.2% short written off as the acquirer's charge
    const r = reconcile(
      [bankLine('s', '2025-04-12', 97_800_00, { narration: 'POS STLMT TID:2044KD19 11-APR-25' }), later('2025-04-20')],
      [entry('day', '2025-04-11', 100_000_00, { description: 'Card takings Lekki TID 2044KD20 11/04/2025' })],
      ng,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("an iKhokha settlement does not settle the day's Yoco card takings", () => {
    // the same path asks only whether the two name different ways of paying (card and mobile), not different
    // acquirers: a shop with both machines, its iKhokha takings not booked, has iKhokha's money put against Yoco's
    const r = reconcile(
      [
        bankLine('s', '2026-07-14', 4_860_00, { currency: 'ZAR', narration: 'IKHOKHA CARD SETTLEMENT 13/07/2026' }),
        later('2026-07-22', 'ZAR'),
      ],
      [entry('t', '2026-07-13', 5_000_00, { currency: 'ZAR', description: 'Yoco card takings 13/07/2026' })],
      za,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});

describe('review4 s21: splits backed by a reference (reference pass, referenceSplits)', () => {
  it('"NIP FRM KANO MILLERS inv 515 516" does not pay Bola Stores\' INV-2026-0515 and INV-2026-0516', () => {
    // the one-document reading refuses a year-less serial from a payer the line names who is not the document's
    // (fromAnotherPayer), but referenceSplits combines such serials without asking: two look-alike numbers of another
    // customer are confirmed as one payment
    const r = reconcile(
      [bankLine('b1', '2026-03-06', 450_000_00, { narration: 'NIP FRM KANO MILLERS inv 515 516' })],
      [
        entry('l1', '2026-03-02', 200_000_00, { reference: 'INV-2026-0515', party: 'Bola Stores' }),
        entry('l2', '2026-03-03', 250_000_00, { reference: 'INV-2026-0516', party: 'Bola Stores' }),
      ],
      ng,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('two transfers from Kano Millers quoting "inv 515" do not make Bola Stores\' INV-2026-0515 between them', () => {
    // referenceSplits' several-lines-to-one-entry loop takes every line sharing the serial, whoever the line names
    const r = reconcile(
      [
        bankLine('b1', '2026-03-06', 120_000_00, { narration: 'NIP FRM KANO MILLERS inv 515' }),
        bankLine('b2', '2026-03-09', 80_000_00, { narration: 'NIP FRM KANO MILLERS inv 515 bal' }),
      ],
      [entry('l1', '2026-03-05', 200_000_00, { reference: 'INV-2026-0515', party: 'Bola Stores' })],
      ng,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("Kofi Mensah Enterprise's invoice is not settled less Ama Serwaa Ventures' credit note", () => {
    // the payer deducts "CN 88"; the only open CN-2025-0088 is another customer's. The credit-note branch takes any
    // entry of the other direction sharing a key with the line (creditNotesOf), a year-less serial of another party's
    // included, and confirms the invoice less it: another customer's credit is applied to Kofi's account
    const r = reconcile(
      [
        bankLine('b1', '2025-06-12', 7_200_00, {
          currency: 'GHS',
          narration: 'GIP TRANSFER FROM KOFI MENSAH ENTERPRISE INV-2025-0412 LESS CN 88',
        }),
      ],
      [
        entry('l1', '2025-06-02', 8_000_00, {
          currency: 'GHS',
          reference: 'INV-2025-0412',
          party: 'Kofi Mensah Enterprise',
        }),
        entry('l2', '2025-06-05', -800_00, {
          currency: 'GHS',
          reference: 'CN-2025-0088',
          description: 'Credit note - returned goods',
          party: 'Ama Serwaa Ventures',
        }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).not.toContain('l2');
  });

  it("a parent's three fee payments are not split between tuition and boarding by whichever entry is read first", () => {
    // every line and both invoices carry the admission number: 25,000 + 20,000 make the tuition and 20,000 + 10,000
    // the boarding. referenceSplits asks only whether one subset of the lines makes the entry it reads, not whether
    // the same lines make another entry sharing the key, so the tuition (read first) takes 25,000 and 20,000
    const narration = 'MPESA C2B 522533 ADM45821 JANE WANJIRU';
    const r = reconcile(
      [
        kes('b1', '2025-05-06', 25_000_00, narration),
        kes('b2', '2025-05-08', 20_000_00, narration),
        kes('b3', '2025-05-09', 10_000_00, narration),
      ],
      [
        entry('l1', '2025-05-02', 45_000_00, {
          currency: 'KES',
          description: 'Tuition fees Term 2 2025',
          reference: 'ADM45821',
        }),
        entry('l2', '2025-05-02', 30_000_00, {
          currency: 'KES',
          description: 'Boarding fees Term 2 2025',
          reference: 'ADM45821',
        }),
      ],
      ke,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});

describe('review4 s21: other items of the payer that also make the amount (counterparty pass)', () => {
  it("Asante Pharma's GHS 5,000 is not confirmed as the 5,000 invoice while the 5,800 invoice less its credit note is 5,000 too", () => {
    // partyAmountsAlsoSum refuses when two invoices of the payer also make the amount, but searches only items of the
    // line's own direction below it: an invoice less the payer's open credit note, the split pass's own reading, is
    // never weighed
    const r = reconcile(
      [
        bankLine('b1', '2025-06-12', 5_000_00, {
          currency: 'GHS',
          narration: 'GIP TRANSFER FROM ASANTE PHARMA LTD',
        }),
      ],
      [
        entry('l1', '2025-06-10', 5_000_00, { currency: 'GHS', description: 'Invoice', party: 'Asante Pharma Ltd' }),
        entry('l2', '2025-06-09', 5_800_00, { currency: 'GHS', description: 'Invoice', party: 'Asante Pharma Ltd' }),
        entry('l3', '2025-06-11', -800_00, {
          currency: 'GHS',
          description: 'Credit note - damaged goods',
          party: 'Asante Pharma Ltd',
        }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});

describe('review4 s21: an invoice paid in parts (instalments pass)', () => {
  const mwangi = 'PESALINK FROM MWANGI HARDWARE LTD';
  const receipt = (id: string, date: string, amountMinor: number) =>
    entry(id, date, amountMinor, { currency: 'KES', description: 'Customer receipt', party: 'Mwangi Hardware Ltd' });

  it("the payer's payments are not given to the 300,000 receipt when all three make the 500,000 one", () => {
    // runMaking reads each entry alone: the last two payments make 300,000 (and the first two do too), all three make
    // the 500,000 booked the next day. Whichever entry is read first takes the lines
    const r = reconcile(
      [
        kes('b1', '2025-05-05', 200_000_00, mwangi),
        kes('b2', '2025-05-19', 100_000_00, mwangi),
        kes('b3', '2025-05-21', 200_000_00, mwangi),
      ],
      [receipt('l1', '2025-05-21', 300_000_00), receipt('l2', '2025-05-22', 500_000_00)],
      ke,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('the receipt booked on the 21st is not the payments of the 19th and the 23rd when those of the 5th and 19th make it', () => {
    // "counted back from the last, at most one run can make it" holds for one last payment only: runMaking counts
    // back from the latest payment within 3 days of the entry (the 23rd, after the entry was booked) and never tries
    // the run ending on the 19th, which makes the amount as well and fits "booked when the last came" better
    const r = reconcile(
      [
        kes('b1', '2025-05-05', 200_000_00, mwangi),
        kes('b2', '2025-05-19', 100_000_00, mwangi),
        kes('b3', '2025-05-23', 200_000_00, mwangi),
      ],
      [receipt('l1', '2025-05-21', 300_000_00)],
      ke,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
