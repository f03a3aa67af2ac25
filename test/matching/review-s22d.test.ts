/**
 * Fourth review of s22's matching changes (9459481): the Nigerian VAT and SMS presets now refusing any slash but A/C's,
 * the generic bank-fee rule's payee field and bill of the amount, the reversal pass's session id of eighteen digits or
 * more, and the own-transfer pass's MAIN and MONEY. Each case is a posting, a pair or a match the engine confirms that
 * an accountant would undo.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };

/** The groups the reversal pass made: both lines, no entry. */
const reversalPairs = (r: ReconcileResult) =>
  r.matches.filter((m) => m.ruleId === 'reversal-pair').map((m) => [...m.bankIds].sort());

/** The rule postings confirmed (a rule group has no ledger side). */
const rulePostings = (r: ReconcileResult) =>
  r.matches.filter((m) => m.ledgerIds.length === 0 && m.ruleId !== 'reversal-pair').map((m) => m.ruleId);

describe("review s22d: the bank's VAT and a supplier's charges (nigerian-presets.ts)", () => {
  it("the bank's VAT on its maintenance fee or SMS alerts, written with a period, is posted as VAT, not as the charge", () => {
    // ng-vat-on-fees refuses any slash but A/C's since 9459481, and TO anywhere: the bank's own "VAT ON COT 01/05/2025 -
    // 31/05/2025" or "VAT/COT" (VAT first, taken by the VAT preset before 9459481) falls through to
    // ng-account-maintenance, and "VAT ON SMS ALERT CHARGES FROM 01-MAY-2025 TO 31-MAY-2025" to ng-sms-alert: the VAT is
    // posted to "Bank charges:Account maintenance" and "Bank charges:SMS alerts"
    for (const narration of [
      'VAT ON COT 01/05/2025 - 31/05/2025',
      'VAT ON ACCOUNT MAINTENANCE FEE 01/05/2025-31/05/2025',
      'VAT/COT',
      'VAT ON SMS ALERT CHARGES FROM 01-MAY-2025 TO 31-MAY-2025',
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-01', -56_25, { narration })], [], ng);
      expect(rulePostings(r), narration).toEqual(['ng-vat-on-fees']);
    }
  });

  it("SMS bought from an SMS aggregator by a transfer naming it after TO or IFO is not the bank's SMS alert charge", () => {
    // ng-sms-alert refuses BULK SMS, SMS UNITS and a slash, but not a transfer naming its payee in words (the VAT
    // preset refuses TO; neither refuses IFO): ₦8,000 of SMS paid to Termii or Multitexter is posted to "Bank
    // charges:SMS alerts"
    for (const narration of [
      'NIP TRF TO TERMII NIGERIA LTD SMS CHARGES MAY',
      'NIP TRF IFO MULTITEXTER TECHNOLOGIES SMS CHARGES',
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -8_000_00, { narration })], [], ng);
      expect(rulePostings(r), narration).toEqual([]);
    }
  });

  it('a courier\'s "delivery fee + VAT" paid by a transfer naming it after IFO or between hyphens is not VAT on bank fees', () => {
    // ng-vat-on-fees sets a payee apart by a slash only (A/C aside): IFO ("in favour of", as the own-transfer pass reads
    // it), an account number after the payee, and the hyphen now read between a fee and VAT ("FEE-VAT", new in
    // 9459481) leave ₦3,225 paid to GIG Logistics posted to "Taxes:VAT on bank charges"
    for (const narration of [
      'NIP TRF IFO GIG LOGISTICS DELIVERY FEE + VAT',
      'MOB TRF GIG LOGISTICS A/C 0123456789 DELIVERY FEE + VAT',
      'MOB TRF-GIG LOGISTICS-DELIVERY FEE-VAT',
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -3_225_00, { narration })], [], ng);
      expect(rulePostings(r), narration).toEqual([]);
    }
  });
});

describe("review s22d: a supplier's service is not the bank's own fee (bank-own-fee.ts, rule-pass.ts)", () => {
  it('a payer field naming the payee with its bank after a hyphen, or after its bank and a slash, keeps the fee from being posted', () => {
    // fieldNamesPayee reads only what comes before the first slash and takes any BANK there for the bank's own line:
    // "SAFEGUARD CASH LOGISTICS - ZENITH BANK" and "ZENITH BANK/SAFEGUARD CASH LOGISTICS" (the layouts the own-transfer
    // pass reads as "TO MUSA IBRAHIM - ACCESS BANK" and "TO ZENITH BANK/MUSA IBRAHIM") are read as the bank, and the
    // cash-handling fee paid to the cash-in-transit company is posted to "Bank charges:Bank fees"
    for (const counterpartyName of ['SAFEGUARD CASH LOGISTICS - ZENITH BANK', 'ZENITH BANK/SAFEGUARD CASH LOGISTICS']) {
      const r = reconcile(
        [bankLine('b1', '2025-06-05', -9_800_00, { narration: 'CASH HANDLING FEE', counterpartyName })],
        [],
        ng,
      );
      expect(rulePostings(r), counterpartyName).toEqual([]);
    }
  });

  it("a payroll bureau's numbered bill naming it in its description only is not left open while the fee is posted", () => {
    // billOfTheAmount holds the rule back only for an entry with a party name (a party column, or a description in one
    // of the shapes partyFromDescription reads); bookedAs only for one naming no one and no document. Books with no
    // party column write the supplier in the description ("Paywise Payroll Bureau - May 2025 payroll", bill PB-2291):
    // that bill is neither, and "SALARY PROCESSING FEE" of its exact amount is posted to Bank fees, the bill left open
    // to be paid twice
    const r = reconcile(
      [bankLine('b1', '2025-06-05', -7_500_00, { narration: 'SALARY PROCESSING FEE' })],
      [
        entry('l1', '2025-05-28', -7_500_00, {
          description: 'Paywise Payroll Bureau - May 2025 payroll',
          reference: 'PB-2291',
        }),
      ],
      ng,
    );
    expect(rulePostings(r)).toEqual([]);
  });
});

describe('review s22d: a reversal of another attempt (reversal-pairs.ts otherTransferIds)', () => {
  it("the reversal of May's failed attempt, its number under eighteen digits as written, does not undo June's payment", () => {
    // otherTransferIds reads only runs of eighteen digits or more since 9459481 (twelve before): a card purchase's
    // twelve-digit RRN, and a session id the statement wrapped in two, are no transfer's number, so the reversal of
    // 31 May's declined attempt (RRN …765432, session …987654321) is paired by its words with 2 June's purchase or
    // payment that went through, and the books' entry for it is left open
    const layouts = [
      {
        paid: 'POS PURCHASE SHOPRITE LEKKI RRN 515312345678',
        reversal: 'REVERSAL POS PURCHASE SHOPRITE LEKKI RRN 515198765432',
        party: 'Shoprite Lekki',
      },
      {
        paid: 'NIP/ACCESS/OKON FREIGHT SERVICES/000013250602101544000123456789',
        reversal: 'RVSL NIP/ACCESS/OKON FREIGHT SERVICES/000013250528093 012000987654321',
        party: 'Okon Freight Services',
      },
    ];
    for (const x of layouts) {
      const r = reconcile(
        [
          bankLine('b1', '2025-06-02', -150_000_00, { narration: x.paid }),
          bankLine('b2', '2025-06-03', 150_000_00, { narration: x.reversal }),
        ],
        [entry('l1', '2025-06-02', -150_000_00, { party: x.party, description: 'Supplies June' })],
        ng,
      );
      expect(reversalPairs(r), x.paid).toEqual([]);
    }
  });
});

describe('review s22d: a payee named before an account word is no own transfer (own-transfer-pass.ts namesPayee)', () => {
  it('"TO KOFI MENSAH MOBILE MONEY ACCOUNT …" and "TO CHIDI OKAFOR MAIN ACCT …" are not the books\' funds transfer', () => {
    // namesPayee gives up at an account kind even after a payee's two words, and MONEY and MAIN are account kinds
    // before an account word: a payment to Kofi Mensah's mobile money account or Chidi Okafor's main account is
    // confirmed as money moved between the business's own accounts ("TO CHIDI OKAFOR A/C 0123456789" is a payee)
    const cases = [
      { currency: 'GHS' as const, tz: gh, narration: 'GIP TRF TO KOFI MENSAH MOBILE MONEY ACCOUNT 0244123456' },
      { currency: 'NGN' as const, tz: ng, narration: 'NIP TRF TO CHIDI OKAFOR MAIN ACCT 0123456789' },
    ];
    for (const c of cases) {
      const r = reconcile(
        [bankLine('b1', '2025-03-12', -2_500_00, { currency: c.currency, narration: c.narration })],
        [entry('l1', '2025-03-11', -2_500_00, { currency: c.currency, description: 'Funds transfer' })],
        c.tz,
      );
      expect(ledgerIdsOf(r), c.narration).toEqual([]);
    }
  });
});
