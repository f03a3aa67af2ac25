/**
 * Review of session 37's matching changes (39ea694 the bank's own fee lines, 04065dd two parties by a spaced slash,
 * f652e94 quarters as periods): each case is what a real statement and book write, and says what was wrong, what it
 * should be, and where.
 */
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import { bankKeys } from '../../matching/references.js';
import { tradingNamesOf } from '../../matching/trading-names.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

/** What the presets make of a bank-only debit: the account it is posted to, or null when nothing posts it. */
function postedAs(currency: CurrencyCode, narration: string, amountMinor: number): string | null {
  const r = reconcile([bankLine('b1', '2026-09-30', amountMinor, { narration, currency })], []);
  return r.matches.find((m) => m.kind === 'rule')?.proposed?.account ?? null;
}

describe('a maintenance fee paid to a supplier is no account maintenance fee, however large', () => {
  // What: ng-account-maintenance reads "MAINTENANCE FEE"/"MAINTENANCE CHARGES" after any word, and its cap went from
  // ₦100,000 to ₦1M for a busy account's COT: a facility manager's or generator contractor's ₦450,000 paid by card,
  // web or standing order (no transfer word) was auto-posted to Bank charges:Account maintenance, even beside the
  // bill of that amount in the books. Should: only the bank's own wordings (COT, AMF, the account's maintenance) pass
  // ₦100,000. Where: matching/nigerian-presets.ts.
  it.each([['FACILITY MAINTENANCE CHARGES'], ['GENERATOR MAINTENANCE FEE'], ['WEB PAYMENT ESTATE MAINTENANCE FEE']])(
    'does not post %s of ₦450,000',
    (narration) => {
      expect(postedAs('NGN', narration, -450_000_00)).toBeNull();
    },
  );

  it("does not post it over the facility manager's bill of the amount", () => {
    const r = reconcile(
      [bankLine('b1', '2026-09-30', -450_000_00, { narration: 'FACILITY MAINTENANCE CHARGES' })],
      [entry('l1', '2026-09-28', -450_000_00, { party: 'Broll Property Services', description: 'Facility mgt Q3' })],
    );
    expect(r.matches.filter((m) => m.kind === 'rule')).toEqual([]);
  });

  it.each([['ACCOUNT MAINTENANCE FEE SEP 2026'], ['COT CHARGES SEP 2026'], ['AMF SEP 2026']])(
    'still posts the bank’s %s of ₦450,000',
    (narration) => {
      expect(postedAs('NGN', narration, -450_000_00)).toBe('Bank charges:Account maintenance');
    },
  );
});

describe("a government's fee paid through Remita is no gateway fee", () => {
  // What: REMITA and QUICKTELLER became service words of ng-bank-own-fee, so any Remita line of service words and a
  // fee word under ₦10,000 was posted to Bank charges:Bank fees: an ID card's replacement fee to NIMC, a driver's
  // licence card's issuance fee, paid to the state through Remita. Should: a gateway's
  // name makes the line its own fee only in the gateway's words ("REMITA CONVENIENCE FEE", "REMITA PAYMENT CHARGE").
  // Where: matching/nigerian-presets.ts, matching/bank-own-fee.ts.
  it.each([
    ['REMITA PAYMENT CARD REPLACEMENT FEE', -5_000_00],
    ['REMITA PAYMENT CARD ISSUANCE FEE', -6_350_00],
  ])('does not post %s', (narration, amount) => {
    expect(postedAs('NGN', narration, amount)).toBeNull();
  });

  it.each([
    ['REMITA CONVENIENCE FEE'],
    ['QUICKTELLER CONVENIENCE FEE'],
    ['REMITA PROCESSING FEE'],
    ['REMITA PAYMENT CHARGE'],
    ['REMITA CHARGE RRR941135529254'],
  ])('still posts %s', (n) => {
    expect(postedAs('NGN', n, -161_25)).toBe('Bank charges:Bank fees');
  });
});

describe('withholding tax remitted on interest paid is no tax withheld by the bank', () => {
  // What: ng-wht-interest and ke-wht-interest take any debit opening "WHT … INTEREST" that names no transfer, FIRS or
  // KRA: the company's own remittance of the tax it withheld on a lender's interest — to a state service (LIRS), on a
  // loan's interest, or by a KRA payment number (PRN) — was auto-posted to Taxes:Withholding tax on interest, the tax
  // suffered, instead of settling the liability. Should: a state revenue service, a loan's interest, a PRN or a
  // Remita payment are a remittance. Where: matching/nigerian-presets.ts, matching/kenyan-presets.ts.
  it.each([
    ['NGN', 'WHT ON INTEREST - LIRS', -50_000_00],
    ['NGN', 'WHT ON LOAN INTEREST JUNE 2026', -50_000_00],
    ['KES', 'WITHHOLDING TAX ON INTEREST PRN 1520261234567', -5_000_00],
    ['KES', 'WHT ON LOAN INTEREST MAY 2026', -5_000_00],
  ] as [CurrencyCode, string, number][])('does not post %s %s', (currency, narration, amount) => {
    expect(postedAs(currency, narration, amount)).toBeNull();
  });

  it.each([
    ['NGN', 'WHT ON CREDIT INTEREST JUL 2026'],
    ['KES', 'WITHHOLDING TAX ON INTEREST'],
  ] as [CurrencyCode, string][])('still posts %s %s', (currency, narration) => {
    expect(postedAs(currency, narration, -2_044_18)).toBe('Taxes:Withholding tax on interest');
  });
});

describe('stamp duty on a document is no batch of the ₦50 duties', () => {
  // What: ng-stamp-duty-batch takes "STAMP DUTY … <a date>" up to ₦50,000: the duty on a tenancy agreement or a lease,
  // paid to the state or a lawyer and dated, was posted as the bank's ₦50 duties on inflows. Should: a line naming the
  // document stamped is that document's duty, not the bank's batch. Where: matching/nigerian-presets.ts.
  it.each([['STAMP DUTY ON TENANCY AGREEMENT 12/05/2026'], ['STAMP DUTY ON LEASE 15-06-2026']])(
    'does not post %s',
    (narration) => {
      expect(postedAs('NGN', narration, -15_000_00)).toBeNull();
    },
  );
});

describe('a number split into groups is no serial of the bank', () => {
  // What: the fee line's tail takes up to three digits-only groups of four to eight, so a payee's number of nine
  // digits and more, written in groups (a Remita RRR "2903-4581-2277", a number spaced "0803 1145 2780"), passed as
  // three short serials, against the rule's own "nine digits may be a payee's". Should: one digits-only serial, not a
  // number cut into groups. Where: matching/bank-own-fee.ts (TAIL).
  it.each([['ONLINE PAYMENT FEE 2903-4581-2277'], ['TRANSFER FEE 0803 1145 2780']])('does not post %s', (n) => {
    expect(postedAs('NGN', n, -5_000_00)).toBeNull();
  });

  it.each([['RETURNED CHEQUE CHARGE 004417'], ['BATCH PAYMENT FEE 959074 12/05/2026']])('still posts %s', (n) => {
    expect(postedAs('NGN', n, -2_500_00)).toBe('Bank charges:Bank fees');
  });
});

describe("what a slash sets after a party is not always a second party's name", () => {
  // What: 04065dd reads any "A / B" party as two names either may pay under, with no check that B names someone: a
  // bookkeeper's "Kofi Mensah / Salary Advance" gave "SALARY ADVANCE" as Kofi's name, and another employee's advance
  // ("INTERNAL TRANSFER SALARY ADVANCE AMA OWUSU") of the same round sum was confirmed to Kofi's entry at 0.958.
  // Should: a part saying what the money is for or which of the party's accounts ("Staff Loan", "Rent Deposit",
  // "Accounts Payable") is no name. Where: matching/trading-names.ts.
  it("never confirms another employee's salary advance to Kofi's", () => {
    const r = reconcile(
      [
        bankLine('b1', '2029-10-14', -500_00, {
          narration: 'INTERNAL TRANSFER SALARY ADVANCE AMA OWUSU',
          currency: 'GHS',
        }),
      ],
      [
        entry('l1', '2029-10-14', -500_00, {
          party: 'Kofi Mensah / Salary Advance',
          description: 'Advance against Oct salary',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('reads two parties still, and no account or purpose as one', () => {
    expect(tradingNamesOf('N Pillay / Z Mahlangu')).toHaveLength(2);
    for (const name of ['Kofi Mensah / Staff Loan', 'Ama Owusu / Rent Deposit', 'Julius Berger / Accounts Payable'])
      expect(tradingNamesOf(name), name).toEqual([]);
  });
});

describe('a document number after a quarter is still a document number', () => {
  // What: f652e94 drops a code whose letters are Q/QTR/H and whose digit is a quarter or half, whatever follows the
  // separator: "Q1-0042" (a quotation), "H2-2025-118", "QTR2-0042" gave no keys, so a payment quoting Q1-0042 was no
  // longer confirmed to the entry Q1-0042 and its twin Q1-0057 of the same amount was put first. Should: a period
  // code is the quarter or half alone or with its year ("Q4-2029", "Q3/25"); more after it is a document's number.
  // Where: matching/references.ts (isQuarterOrHalf).
  it('keys a quotation or invoice numbered after its period', () => {
    for (const text of ['PAYMENT QUOTE Q1-0042', 'INV H2-2025-118', 'REF QTR2-0042', 'PYMT Q3-118'])
      expect(bankKeys(text, null), text).not.toEqual([]);
    for (const text of ['SERVICE CHARGE Q3', 'LEVY Q4-2029', 'LEVY Q3/25', 'H1-2026'])
      expect(bankKeys(text, null), text).toEqual([]);
  });

  it('confirms the payment to the quotation it quotes', () => {
    const r = reconcile(
      [bankLine('b1', '2029-08-13', 2_450_000_00, { narration: 'TRANSFER FROM KESTREL OFFSHORE - QUOTE Q1-0042' })],
      [
        entry('l1', '2029-08-12', 2_450_000_00, { reference: 'Q1-0042', description: 'Kestrel Offshore - quotation' }),
        entry('l2', '2029-08-13', 2_450_000_00, { reference: 'Q1-0057', description: 'Kestrel Offshore - quotation' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual(['l1']);
  });
});

describe("an IT supplier's hardware maintenance is no token of the bank's", () => {
  // What: HARDWARE joined the service words for the bank's hardware token, alone: "HARDWARE MAINTENANCE FEE", an IT
  // supplier's contract paid by standing order, was posted to Bank charges:Bank fees on a Kenyan line. Should: the
  // hardware is the bank's only as its token ("HARDWARE TOKEN MAINTENANCE FEE"). Where: matching/bank-own-fee.ts.
  it('does not post HARDWARE MAINTENANCE FEE', () => {
    expect(postedAs('KES', 'HARDWARE MAINTENANCE FEE', -1_500_00)).toBeNull();
  });

  it('still posts the hardware token’s fee', () => {
    expect(postedAs('KES', 'HARDWARE TOKEN MAINTENANCE FEE', -1_500_00)).toBe('Bank charges:Bank fees');
  });
});

describe("a school's book fees are no cheque book", () => {
  // What: BOOK joined the service words for the cheque book, alone: a parent's "BOOK FEES 2026" debit (under ₦10,000)
  // was posted to Bank charges:Bank fees. Should: a book is the bank's only as a cheque book. Where:
  // matching/bank-own-fee.ts.
  it('does not post BOOK FEES 2026', () => {
    expect(postedAs('NGN', 'BOOK FEES 2026', -8_500_00)).toBeNull();
  });

  it("still posts the cheque book's fee, with or without its leaves", () => {
    expect(postedAs('NGN', 'CHEQUE BOOK ISSUANCE FEE', -3_000_00)).toBe('Bank charges:Bank fees');
    expect(postedAs('GHS', 'CHEQUE BOOK 25 LVS', -90_00)).toBe('Bank charges:Bank fees');
  });
});

describe('a company and its contact on one document are one party', () => {
  // What: "A / B" reads as two people (a purchaser and a seller), so "Okon Freight Ltd / Musa Ibrahim" made any MUSA
  // IBRAHIM paying the amount the company's payer. Should: a part naming a company (a legal form, a trade word) makes
  // the other its contact, no name of its own. Where: matching/trading-names.ts.
  it('gives no second name beside a company', () => {
    expect(tradingNamesOf('Okon Freight Ltd / Musa Ibrahim')).toEqual([]);
    expect(tradingNamesOf('Kano Millers Nig / Musa Ibrahim')).toEqual([]);
    expect(tradingNamesOf('Musa Ibrahim / Amina Bello')).toEqual([
      ['MUSA', 'IBRAHIM'],
      ['AMINA', 'BELLO'],
    ]);
  });
});

describe('an entry naming the bank first is the charge booked only when it names no document', () => {
  // What: an entry with no party whose description opens with the bank's name counts as the bank's charge booked
  // (rule-pass.ts bankFirst), so a loan repayment "GTBank - Loan repayment LN-0042" of the fee's amount would have been
  // confirmed as the charge. Should: a document's entry is not the charge. Where: matching/passes/rule-pass.ts.
  it('does not confirm a bank fee against the bank’s loan repayment of its amount', () => {
    const r = reconcile(
      [bankLine('b', '2026-04-30', -2_500_00, { narration: 'ACCOUNT MAINTENANCE FEE APR 2026' })],
      [entry('e', '2026-04-30', -2_500_00, { reference: 'LN-0042', description: 'GTBank - Loan repayment LN-0042' })],
      { timezone: 'Africa/Lagos', presets: { nigerianBankCharges: true } },
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('e'))).toEqual([]);
  });

  it('still confirms the charge booked against the bank by name', () => {
    const r = reconcile(
      [bankLine('b', '2026-07-27', -10_00, { narration: 'Unpaid debit order fee', currency: 'ZAR' })],
      [entry('e', '2026-07-28', -10_00, { description: 'TymeBank — Expense', currency: 'ZAR' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });
});
