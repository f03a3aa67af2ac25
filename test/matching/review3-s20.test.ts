/**
 * Review of 95f7462..f28516d (the loosenings that fixed review2-s20's over-refusals: a quoted invoice number read as a
 * typo or cut short of the entry's, a payee after TO read as a bank, a shared name read as the customer's). Each case
 * fails today: the engine confirms a bank line against another document or another party's entry.
 */
import { describe, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, expectSuggestedFirst } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const ke = { timezone: 'Africa/Nairobi' };

/** Kano Millers pays ₦48,512.50 quoting `narration`; its only open invoice of that amount is numbered `own`. */
const kano = (narration: string, own: string) =>
  reconcile(
    [bankLine('b1', '2025-03-06', 48_512_50, { narration })],
    [entry('l1', '2025-03-05', 48_512_50, { reference: own, party: 'Kano Millers Ltd' })],
    ng,
  );

describe("review3 s20: a quoted invoice number read as the entry's (counterparty pass)", () => {
  it('"INV-0007" is not INV-0008: padding zeros are no digits of a serial a typo may change', () => {
    // counterparty-pass.ts sameDocument compares `typed` ("0007" ~ "0008"), past the three-digit floor on serials 7 and 8
    const r = kano('NIP FRM KANO MILLERS LTD INV-0007', 'INV-0008');
    expectSuggestedFirst(r, ['l1']);
  });

  it('"INV 006" is not INV-0016: invoice 6 is not invoice 16', () => {
    // sameDocument: typed "006" and "0016" are one digit apart (oneTypoApart), though the serials are 6 and 16
    const r = kano('NIP FRM KANO MILLERS LTD INV 006 PAYMENT', 'INV-0016');
    expectSuggestedFirst(r, ['l1']);
  });

  it('a short narration ending "INV 12" quotes invoice 12, not INV-125 cut off', () => {
    // counterparty-pass.ts cutFrom reads any number ending a narration as cut short, even 19 characters no bank cuts at
    const r = kano('KANO MILLERS INV 12', 'INV-125');
    expectSuggestedFirst(r, ['l1']);
  });
});

describe('review3 s20: a payee after TO read as a bank (reference pass, year-less serial)', () => {
  /** Bola Stores' purchase invoice INV/26/0515, and a ₦50,000 payment out quoting "INV 515" */
  const pay = (narration: string) =>
    reconcile(
      [bankLine('b1', '2026-03-12', -50_000_00, { narration })],
      [
        entry('l1', '2026-03-10', -50_000_00, {
          reference: 'INV/26/0515',
          description: 'Purchase invoice',
          party: 'Bola Stores Ltd',
        }),
      ],
      ng,
    );

  it('"TO MUSA IBRAHIM ACCESS BANK INV 515" pays Musa Ibrahim, not Bola Stores\' invoice 515', () => {
    // settlement-keys.ts PAID_TO skips "<up to three words> BANK", payee and his bank alike ("TO MUSA IBRAHIM" is refused)
    const r = pay('NIP TRF TO MUSA IBRAHIM ACCESS BANK INV 515');
    expectSuggestedFirst(r, ['l1']);
  });

  it('"TO KANO BLOOD BANK INV 515" pays the blood bank, not Bola Stores\' invoice 515', () => {
    // PAID_TO reads a payee whose name ends in BANK as the payee's bank, so fromAnotherPayer lets the look-alike through
    const r = pay('NIP TRF TO KANO BLOOD BANK INV 515');
    expectSuggestedFirst(r, ['l1']);
  });

  it('"TO BENEFICIARY MUSA IBRAHIM INV 515" names the payee after BENEFICIARY', () => {
    // PAID_TO refuses BENEFICIARY as the payee but never reads the name that follows it
    const r = pay('NIP TRF TO BENEFICIARY MUSA IBRAHIM INV 515');
    expectSuggestedFirst(r, ['l1']);
  });
});

describe('review3 s20: a shared surname (unique-amount pass)', () => {
  it('Peter Kamau\'s M-PESA payment does not pay "John Kamau — Customer Payment"', () => {
    // unique-amount-pass.ts namesSomeoneElse: any shared word but a given name is the customer, so a relative's passes
    const r = reconcile(
      [bankLine('b1', '2025-03-06', 12_345_67, { currency: 'KES', narration: 'MPESA C2B 254722000111 PETER KAMAU' })],
      [entry('l1', '2025-03-05', 12_345_67, { currency: 'KES', description: 'John Kamau — Customer Payment' })],
      ke,
    );
    expectSuggestedFirst(r, ['l1']);
  });
});
