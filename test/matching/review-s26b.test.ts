/**
 * Review s26b of the rules added in session 26 (920c2f1, 12f83a7, 6af1531, b7416a8, 1a70a4d, b369909), at 5f88c2f.
 * Each case fails today and passes at 9d1a94d, the engine before these rules. The first confirms a match an accountant
 * would undo (9d1a94d only suggested it); the others refuse a right match 9d1a94d confirmed. One kind a describe:
 *
 * - an institution word (COLLEGE, SCHOOL, ACADEMY, UNIVERSITY, CHURCH) counted as a trade is no longer needed to name
 *   the institution: "NIP FRM KINGS GLOBAL LTD", "DIVINE ENTERPRISE", "HILLCREST ENTERPRISES" are confirmed as Kings
 *   College's, Divine Academy's, Hillcrest School's invoice on a shared first word and the amount;
 * - a place word that is a person's given name (KAREN in Kenya, MADINA in Ghana) is read as another branch's town;
 * - a district of the town the books name (Sandton in Johannesburg), or the bank's branch where cash was paid in
 *   (IKEJA), is read as another branch;
 * - a fiscal year's quarter ("Q1 FY2026/27", "Q1 2026/27") is read as January to March;
 * - a pro-forma paid ahead, quoted by the invoice that carries its number, is refused after 60 days.
 *
 * Checked and right (not made into cases):
 * - runs and lists: "INV 2024-0013", "INV 2026/0013-0016", "RENT 2025 TO 2026", "FEES 2025 AND 2026" (years, no run);
 *   "INV 470 TO 560" (too long); "INV 452 TO 0454" (lengths differ); "TRF INV 452 TO KANO MILLERS", "INV 452 TO 3
 *   PERSONS"; "INV 1020 AND 1030 CARTONS", "INV 2300 AND 2305 BAGS" (a unit after the number); "INV 1204 TO 1201"
 *   (going down); a run whose inner invoices are other customers' is refused, not taken;
 * - close serials: room, plot, shop and quantity lists ("ROOMS 304/312/308", "BAGS 150/120/180") key under their own
 *   word and meet no invoice; "INV 4793/4835" (two) unchanged; "INV 2023/2024/2025" (years) no list;
 * - "INV 1452 AND 1500 DELIVERY" is read as two invoices, but only an invoice of ₦1,500 would be taken: not realistic;
 * - a line naming another party of the books: a bank name in the narration ("ZENITH BANK", "EQUITY BANK", "ECOBANK
 *   GHANA") while the bank is a party (loan repayments), our own name after TO, a title before the payer (ALHAJI), a
 *   product brand the supplier is a party for ("DANGOTE CEMENT"): all still confirmed, the payer field's first words
 *   alone being compared. A pupil booked surname first ("Adeyemi Mercy Grace") beside a "Grace Adeyemi" is refused for
 *   "MERCY GRACE ADEYEMI": real only where the books write names two ways, so left out;
 * - quarters: "BLOCK Q3", "AUDI Q3", "Q1 TONER", "STAFF QTR 2" beside a month both sides name, and "APR-JUN" against
 *   "Q2", all still confirmed;
 * - refunds: a supplier's refund quoting our own PO (its entry a refund due), a courier's refund quoting the customer's
 *   invoice: unchanged;
 * - a place word first in a name ("Kano Millers", "AMINU KANO STORES"): no branch;
 * - credit notes: parts of one invoice less the party's note, another customer's note, two notes: as the commit says;
 * - the presets' new wordings (EMTL "- 3 CREDITS", bulk counts in brackets, "SALARY UPLOAD CHARGES", "EFT CREDIT FEES
 *   (27)") match only the bank's own debits below their caps.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { bankLine, entry } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const za = { timezone: 'Africa/Johannesburg' };
const kes = { currency: 'KES' } as const;
const ghs = { currency: 'GHS' } as const;
const zar = { currency: 'ZAR' } as const;

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReconcileResult, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

describe('review s26b: an institution word is needed to name the institution (scoring.ts TRADE_WORDS, unique amount)', () => {
  it('KINGS GLOBAL LTD, DIVINE ENTERPRISE, HILLCREST ENTERPRISES are not Kings College, Divine Academy, Hillcrest School', () => {
    // a school's account is in the school's name; a business sharing its first word is another body, and the amount
    // alone is chance (9d1a94d only suggested these, COLLEGE, ACADEMY and SCHOOL being words the payer had to write)
    const cases = [
      {
        line: bankLine('b1', '2026-06-10', 45_375_00, { narration: 'NIP FRM KINGS GLOBAL LTD' }),
        books: entry('x', '2026-06-09', 45_375_00, {
          party: 'Kings College',
          reference: 'INV-1187',
          description: 'Invoice - exercise books 1 carton',
        }),
        opts: ng,
      },
      {
        line: bankLine('b1', '2026-06-10', 1_375_50, { ...ghs, narration: 'GIP TRANSFER FROM DIVINE ENTERPRISE' }),
        books: entry('x', '2026-06-09', 1_375_50, {
          ...ghs,
          party: 'Divine Academy',
          reference: 'INV-1187',
          description: 'Invoice - exercise books 1 carton',
        }),
        opts: gh,
      },
      {
        line: bankLine('b1', '2026-06-10', 13_750_00, { ...kes, narration: 'PESALINK FROM HILLCREST ENTERPRISES' }),
        books: entry('x', '2026-06-09', 13_750_00, {
          ...kes,
          party: 'Hillcrest School',
          reference: 'INV-1187',
          description: 'Invoice - exercise books 1 carton',
        }),
        opts: ke,
      },
    ];
    for (const { line, books, opts } of cases) {
      const r = reconcile([line], [books], opts);
      expect(linesOf(r, 'x'), line.narration ?? '').toBeNull();
    }
  });
});

describe("review s26b: a given name is not another branch's town (place-names.ts namesOtherBranch)", () => {
  it('KAREN WANJIKU paying Jamii Hardware Thika, MADINA ISSAH paying Asante Pharmacy Kumasi, are confirmed', () => {
    // Karen and Madina are common given names: the payer is a person, the business named is the party's own, and
    // 9d1a94d confirmed both on the name, the amount and the day
    const cases = [
      {
        line: bankLine('b1', '2026-05-12', 18_500_00, {
          ...kes,
          narration: 'MPESA C2B KAREN WANJIKU ACC JAMII HARDWARE',
        }),
        books: entry('x', '2026-05-11', 18_500_00, { ...kes, party: 'Jamii Hardware Thika', description: 'Invoice' }),
        opts: ke,
      },
      {
        line: bankLine('b1', '2026-05-12', 1_850_00, {
          ...ghs,
          narration: 'MOMO CREDIT FROM MADINA ISSAH REF ASANTE PHARMACY',
        }),
        books: entry('x', '2026-05-11', 1_850_00, { ...ghs, party: 'Asante Pharmacy Kumasi', description: 'Invoice' }),
        opts: gh,
      },
    ];
    for (const { line, books, opts } of cases) {
      const r = reconcile([line], [books], opts);
      expect(linesOf(r, 'x'), line.narration ?? '').toEqual(['b1']);
    }
  });
});

describe("review s26b: a district of the party's town, or the bank's branch, is no other branch (namesOtherBranch)", () => {
  it("MICHELANGELO HOTEL SANDTON is the books' Michelangelo Hotel Johannesburg", () => {
    // Sandton is a district of Johannesburg: one hotel, the books naming its city and the payer its district (9d1a94d
    // confirmed it on the name, the amount and the day)
    const r = reconcile(
      [bankLine('b1', '2026-05-12', 18_500_00, { ...zar, narration: 'ACB CREDIT MICHELANGELO HOTEL SANDTON' })],
      [
        entry('x', '2026-05-11', 18_500_00, {
          ...zar,
          party: 'Michelangelo Hotel Johannesburg',
          description: 'Invoice - linen',
        }),
      ],
      za,
    );
    expect(linesOf(r, 'x')).toEqual(['b1']);
  });

  it("cash Bola Stores paid in at the bank's Ikeja branch is Bola Stores Lekki's invoice", () => {
    // a customer pays cash in at whichever branch of the bank it likes, and the bank writes its own branch's town:
    // the payer and amount are the party's (9d1a94d confirmed it)
    const r = reconcile(
      [bankLine('b1', '2026-05-12', 1_234_500_00, { narration: 'CASH DEPOSIT BY BOLA STORES AT IKEJA' })],
      [entry('x', '2026-05-11', 1_234_500_00, { party: 'Bola Stores Lekki', description: 'Invoice' })],
      ng,
    );
    expect(linesOf(r, 'x')).toEqual(['b1']);
  });
});

describe("review s26b: a fiscal year's quarter is not the calendar's (month-names.ts QUARTER)", () => {
  it('"Q1 FY2026/27" paid in July is the books\' July - September retainer; "Q1 2026/27" the April - June services', () => {
    // a year written as 2026/27 is a fiscal year (Kenya's government's from July, South Africa's from April), whose Q1
    // is not January to March: the payer, the amount and the day agree, and 9d1a94d confirmed both
    const cases = [
      {
        line: bankLine('b1', '2026-07-10', 450_000_00, {
          ...kes,
          narration: 'RTGS FROM KENYA RED CROSS SOCIETY Q1 FY2026/27 RETAINER',
        }),
        books: entry('x', '2026-07-08', 450_000_00, {
          ...kes,
          party: 'Kenya Red Cross Society',
          description: 'Retainer fee July - September 2026',
        }),
        opts: ke,
      },
      {
        line: bankLine('b1', '2026-07-20', 185_000_00, {
          ...zar,
          narration: 'ACB CREDIT GAUTENG DEPT OF HEALTH Q1 2026/27 CLEANING',
        }),
        books: entry('x', '2026-07-17', 185_000_00, {
          ...zar,
          party: 'Gauteng Department of Health',
          description: 'Cleaning services April - June 2026',
        }),
        opts: za,
      },
    ];
    for (const { line, books, opts } of cases) {
      const r = reconcile([line], [books], opts);
      expect(linesOf(r, 'x'), line.narration ?? '').toEqual(['b1']);
    }
  });
});

describe('review s26b: a pro-forma is paid before its invoice (reference-pass.ts ADVANCE_PAYMENT_DAYS)', () => {
  it('"PFI 0231" paid on 2 March is the invoice of 18 May that carries pro-forma PFI-0231', () => {
    // a pro-forma is paid before the goods come (an imported generator, weeks at sea), and the invoice raised on
    // delivery quotes that very pro-forma: the number is no other year's, and 9d1a94d confirmed it
    const r = reconcile(
      [bankLine('b1', '2026-03-02', 4_500_000_00, { narration: 'NIP FRM BOLA STORES LTD PFI 0231 GENERATOR' })],
      [
        entry('x', '2026-05-18', 4_500_000_00, {
          party: 'Bola Stores Ltd',
          reference: 'PFI-0231',
          description: 'Invoice - 60KVA generator (pro-forma PFI-0231)',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'x')).toEqual(['b1']);
  });
});
