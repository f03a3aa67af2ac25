/**
 * Review of the reference reading, the payer named beside a year-less serial and the amount-only passes, on 6322b6b.
 * Every case is a wrong auto-confirmation the engine makes today (each test fails until it is fixed), with what a
 * person should see instead: the right document confirmed, or the line left as a suggestion with it first.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, expectSuggestedFirst, firstChoice, ledgerIdsOf } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const ke = { timezone: 'Africa/Nairobi' };
const gh = { timezone: 'Africa/Accra' };
const za = { timezone: 'Africa/Johannesburg' };

describe('review s20: a four-digit invoice number then a quantity', () => {
  it('an entry described "INV 2025 500 BAGS CEMENT" is invoice 2025, not invoice 500', () => {
    // references.ts collectKeys reads 2025 as a year and 500 as its serial (no unit check on that branch), so the
    // entry offers S:INV:500 and loses P:INV:2025; a payer's "INV 500" is confirmed as its serial
    const r = reconcile(
      [bankLine('b1', '2026-02-10', 48_500_00, { narration: 'TRF INV 500' })],
      [entry('l1', '2026-02-08', 48_500_00, { reference: 'JV-77', description: 'INV 2025 500 BAGS CEMENT' })],
      ng,
    );
    expect(r.matches).toEqual([]);
    expect(firstChoice(r)).toEqual(['l1']);
  });

  it('an entry described "INV 2026 12 PCS GENERATOR" is not invoice 12', () => {
    // the same reading: S:INV:12 from a count of pieces, met by "INV 12" and confirmed as the only open invoice 12
    const r = reconcile(
      [bankLine('b1', '2026-02-10', 48_500_00, { narration: 'TRF INV 12' })],
      [entry('l1', '2026-02-08', 48_500_00, { reference: 'JV-88', description: 'INV 2026 12 PCS GENERATOR' })],
      ng,
    );
    expect(r.matches).toEqual([]);
    expect(firstChoice(r)).toEqual(['l1']);
  });

  it('Bola Stores\' "INV 2025 500 BAGS" pays its invoice 2025, not Kano Millers\' INV-2025-0500', () => {
    // on the bank side the same reading makes G:2025-500 (and drops P:INV:2025): the full key meets another
    // customer's INV-2025-0500 and the sole-reference bonus outweighs the payer field naming Bola Stores
    const r = reconcile(
      [bankLine('b1', '2026-02-10', 48_500_00, { narration: 'INV 2025 500 BAGS', counterpartyName: 'BOLA STORES' })],
      [
        entry('l1', '2026-02-08', 48_500_00, { reference: 'INV-2025-0500', party: 'Kano Millers Ltd' }),
        entry('l2', '2026-02-07', 48_500_00, { reference: 'INV-2025', party: 'Bola Stores' }),
      ],
      ng,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
    expect(firstChoice(r)).toEqual(['l2']);
  });
});

describe('review s20: a year-less serial beside another party named other than after "FROM "', () => {
  it('a payment "NIP TRF TO ADEBAYO MOTORS INV 515" does not settle Bola Stores\' bill INV/26/0515', () => {
    // reference-pass.ts fromAnotherPayer reads only FROM/FRM (receipts); a payment naming another payee after TO
    // confirms the supplier's look-alike serial
    const r = reconcile(
      [bankLine('b1', '2026-03-12', -50_000_00, { narration: 'NIP TRF TO ADEBAYO MOTORS INV 515' })],
      [
        entry('l1', '2026-03-10', -50_000_00, {
          reference: 'INV/26/0515',
          description: 'Purchase invoice',
          party: 'Bola Stores Ltd',
        }),
      ],
      ng,
    );
    expectSuggestedFirst(r, ['l1']);
  });

  it('"TRANSFER FROM: KANO MILLERS inv 515" is another payer, as "FROM KANO MILLERS" is', () => {
    // settlement-keys.ts PAID_FROM wants a space after FROM: the colon hides the payer from fromAnotherPayer
    const r = reconcile(
      [bankLine('b1', '2026-03-12', 50_000_00, { narration: 'TRANSFER FROM: KANO MILLERS inv 515' })],
      [
        entry('l1', '2026-03-10', 50_000_00, {
          reference: 'INV-2026-0515',
          description: 'Invoice',
          party: 'Bola Stores Ltd',
        }),
      ],
      ng,
    );
    expectSuggestedFirst(r, ['l1']);
  });

  it('"RTGS B/O MOMBASA MILLERS inv 515" (by order of) is another payer too', () => {
    // B/O, the banks' "by order of", names the payer as FROM does; PAID_FROM does not know it
    const r = reconcile(
      [bankLine('b1', '2026-03-12', 450_000_00, { currency: 'KES', narration: 'RTGS B/O MOMBASA MILLERS inv 515' })],
      [
        entry('l1', '2026-03-10', 450_000_00, {
          currency: 'KES',
          reference: 'INV/26/0515',
          description: 'Invoice',
          party: 'Kiambu Fresh Produce Ltd',
        }),
      ],
      ke,
    );
    expectSuggestedFirst(r, ['l1']);
  });
});

describe('review s20: dates and periods read as document numbers', () => {
  it('a day run together ("20250305") is not Kano Millers\' INV-2025-0305', () => {
    // references.ts makeNumberKeys writes D:20250305 for INV-2025-0305 (the serial's zeros kept), and the bank's
    // run-together date gives the same D: key: a full reference, confirmed over Bola Stores' own open invoice
    const r = reconcile(
      [bankLine('b1', '2025-03-05', 250_000_00, { narration: 'NIP FRM BOLA STORES LTD 20250305 SUPPLY' })],
      [
        entry('l1', '2025-03-03', 250_000_00, { reference: 'INV-2025-0305', party: 'Kano Millers Ltd' }),
        entry('l2', '2025-03-04', 250_000_00, { reference: 'INV-2025-0311', party: 'Bola Stores Ltd' }),
      ],
      ng,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
    expect(firstChoice(r)).toEqual(['l2']);
  });

  it('a run-together day beats even a payer field naming someone else', () => {
    // the same D: key, and the sole-reference bonus (reference-pass.ts soleReference) cancels the payer conflict
    const r = reconcile(
      [
        bankLine('b1', '2025-03-05', 2_500_00, {
          currency: 'GHS',
          narration: 'GIP TRANSFER 20250305',
          counterpartyName: 'KOFI MENSAH',
        }),
      ],
      [
        entry('l1', '2025-03-03', 2_500_00, {
          currency: 'GHS',
          reference: 'INV-2025-0305',
          party: 'Ama Serwaa Enterprise',
        }),
      ],
      gh,
    );
    // left open: the payer field names someone else and the amount is round, so no suggestion is owed either
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('a date with a two-digit year ("05/03/25") is not the counter sales of that day', () => {
    // isWrittenDate knows only four-digit years, so "05/03/25" gives G:5-3-25 and D:50325 on both sides: Kano
    // Millers' payment is confirmed against the day's cash sales while its own invoice is open
    const r = reconcile(
      [bankLine('b1', '2025-03-06', 48_500_00, { narration: 'NIP FRM KANO MILLERS 05/03/25' })],
      [
        entry('l1', '2025-03-05', 48_500_00, { description: 'Counter sales 05/03/25' }),
        entry('l2', '2025-03-04', 48_500_00, { reference: 'INV-0042', party: 'Kano Millers Ltd' }),
      ],
      ng,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
    expect(firstChoice(r)).toEqual(['l2']);
  });

  it('"SALARY 03/2025 JOHN KAMAU" is not Grace Wanjiru\'s salary for 03/2025', () => {
    // a month written as digits ("03/2025") gives G:3-2025 and D:32025: every entry of that month shares them
    const r = reconcile(
      [bankLine('b1', '2025-03-28', -150_000_00, { currency: 'KES', narration: 'SALARY 03/2025 JOHN KAMAU' })],
      [
        entry('l1', '2025-03-27', -150_000_00, {
          currency: 'KES',
          description: 'Salary 03/2025 - Grace Wanjiru',
          party: 'Grace Wanjiru',
        }),
        entry('l2', '2025-03-27', -150_000_00, {
          currency: 'KES',
          description: 'March salary - John Kamau',
          party: 'John Kamau',
        }),
      ],
      ke,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
    expect(firstChoice(r)).toEqual(['l2']);
  });

  it('"RENT MAR-2025" paid to one landlord is not another landlord\'s rent for MAR-2025', () => {
    // references.ts collectKeys reads a glued "MAR-2025" through prefixAt, which never asks NOT_PREFIX: P:MAR:2025,
    // a full document number, though "MAR 2025" with a space is a period
    const r = reconcile(
      [bankLine('b1', '2025-03-03', -350_000_00, { narration: 'NIP TRF TO EMEKA OKOYE RENT MAR-2025' })],
      [
        entry('l1', '2025-03-01', -350_000_00, {
          description: 'Rent MAR-2025 - Ikeja warehouse',
          party: 'Bello Properties Ltd',
        }),
        entry('l2', '2025-03-02', -350_000_00, { description: 'Shop rent March 2025', party: 'Emeka Okoye' }),
      ],
      ng,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
    expect(firstChoice(r)).toEqual(['l2']);
  });

  it('"RENT 03/2025" to Thandi van der Merwe is not Sandton Office Parks\' rent, payer field notwithstanding', () => {
    // the month's D:32025 is a full key, so the sole-reference bonus outweighs the payee field naming someone else
    const r = reconcile(
      [
        bankLine('b1', '2025-03-03', -18_500_00, {
          currency: 'ZAR',
          narration: 'IB PAYMENT RENT 03/2025',
          counterpartyName: 'THANDI VAN DER MERWE',
        }),
      ],
      [
        entry('l1', '2025-03-01', -18_500_00, {
          currency: 'ZAR',
          description: 'Rent 03/2025 - Unit 4',
          party: 'Sandton Office Parks (Pty) Ltd',
        }),
      ],
      za,
    );
    // left open, as the same line writing "RENT MARCH" is
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});

describe('review s20: a payer named against the entry in the amount-only passes', () => {
  it('an amount to the cent does not give John Kamau\'s M-PESA payment to "Wanjiru Traders — Customer Payment"', () => {
    // unique-amount-pass.ts asks whether the entry names its payer only by its party column (or "Payment to X"):
    // the same entry with Wanjiru Traders in that column is refused, the name in the description is not read
    const books = (party?: string) => [
      entry('l1', '2025-03-05', 12_345_67, {
        currency: 'KES',
        description: party ? 'Customer Payment' : 'Wanjiru Traders — Customer Payment',
        ...(party ? { party } : {}),
      }),
    ];
    const line = bankLine('b1', '2025-03-06', 12_345_67, {
      currency: 'KES',
      narration: 'MPESA C2B 254722000111 JOHN KAMAU',
    });
    // (the party column: refused today, as it should be)
    expect(ledgerIdsOf(reconcile([line], books('Wanjiru Traders'), ke))).toEqual([]);
    const r = reconcile([line], books(), ke);
    expectSuggestedFirst(r, ['l1']);
  });

  it('"NIP FRM KANO MILLERS LTD INV 0412" does not confirm Kano Millers\' INV-0778', () => {
    // counterparty-pass.ts skips only lines sharing a reference with a candidate: a line quoting a document no open
    // entry carries is confirmed against the payer's other invoice of the amount (the unique-amount pass refuses
    // such a line: the payer said which invoice)
    const r = reconcile(
      [bankLine('b1', '2025-03-06', 48_500_00, { narration: 'NIP FRM KANO MILLERS LTD INV 0412' })],
      [entry('l1', '2025-03-05', 48_500_00, { reference: 'INV-0778', party: 'Kano Millers Ltd' })],
      ng,
    );
    expectSuggestedFirst(r, ['l1']);
  });

  it("but a number the payer writes its own way, or mistypes, is still the entry's document", () => {
    // the serial before its two-digit year, a digit swapped, the year run in: the same document, named by its payer
    const books = (reference: string) => [
      entry('l1', '2025-10-13', 965_650_00, { reference, party: 'Hauwa Maternity Hospital' }),
    ];
    for (const [narration, reference] of [
      ['NIP FRM HAUWA MATERNITY HOSPITAL/YOUR INV NO 01202/25', 'INV-25-01202'],
      ['NIP FRM HAUWA MATERNITY HOSPITAL INV 2239', 'INV-2293'],
      ['NIP FRM HAUWA MATERNITY HOSPITAL INV2026002235', 'INV-002235'],
    ] as const) {
      const r = reconcile([bankLine('b1', '2025-10-14', 965_650_00, { narration })], books(reference), ng);
      expect(ledgerIdsOf(r), narration).toEqual(['l1']);
    }
  });
});
