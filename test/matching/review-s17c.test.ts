/**
 * Review of the rules of 2026-12-04 (session 17c): a books reference that is a number alone read as a cheque's serial
 * (c6f2892), the widened bank-charge presets (3351eda) and the wider reading of a batch settlement (dbb2691,
 * 636b2bb). Each test is an outcome a careful accountant would reject, and fails on the code it was written against
 * (636b2bb).
 */
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

type Result = ReturnType<typeof reconcile>;
const ng = { timezone: 'Africa/Lagos' };
const paired = (r: Result, bankId: string, ledgerId: string) =>
  r.matches.some((m) => m.bankIds.includes(bankId) && m.ledgerIds.includes(ledgerId));
const ruleTaken = (r: Result, bankId: string) =>
  r.matches.filter((m) => m.kind === 'rule' && m.bankIds.includes(bankId)).map((m) => m.ruleId);
/** One bank-only line on its own, as the presets see it. */
const alone = (currency: CurrencyCode, date: string, amountMinor: number, narration: string) =>
  reconcile([bankLine('b1', date, amountMinor, { currency, narration })], []);

describe("a bare books number read as a cheque's serial", () => {
  it('cheque 000412 takes payment voucher 412 that a named transfer of the same day paid', () => {
    // The business's cheque book runs 000401–000450 and its payment vouchers run 400–450 in the same months: the
    // ranges meet. PV 412 is the driver's March salary, paid by NIP transfer the next day (the line names him). Cheque
    // 000412, of the same round ₦85,000 (a contractor, not yet booked), claims PV 412 in the reference pass before the
    // transfer naming Musa Ibrahim is ever looked at: the rival is a line, and voucherByChance counts only rival
    // entries. The salary transfer is left unexplained and the contractor's cheque is booked as salary.
    const r = reconcile(
      [
        bankLine('chq', '2025-03-27', -85_000_00, { narration: 'CHQ 000412 PAID CLEARING', reference: '000412' }),
        bankLine('nip', '2025-03-28', -85_000_00, { narration: 'NIP TRF TO MUSA IBRAHIM SALARY MARCH' }),
      ],
      [
        entry('pv412', '2025-03-28', -85_000_00, {
          reference: '412',
          party: 'Musa Ibrahim',
          description: 'Salary March 2025',
        }),
      ],
      ng,
    );
    expect(paired(r, 'chq', 'pv412')).toBe(false);
  });

  it('a cheque the bank says was paid to one payee takes a voucher booked to another, said to be a transfer', () => {
    // First Bank and GTBank print the payee on a cheque withdrawal ("CHQ WDL 000412 ADEWALE PROPERTIES"). PV 412 is
    // Musa Ibrahim's salary, its description saying it went by bank transfer. The bank names another payee and the
    // books name another way of paying, yet the bare 412 meets 000412 and the pair is confirmed at 0.99.
    const r = reconcile(
      [
        bankLine('chq', '2025-03-27', -85_000_00, {
          narration: 'CHQ WDL 000412 ADEWALE PROPERTIES',
          reference: '000412',
        }),
      ],
      [
        entry('pv412', '2025-03-28', -85_000_00, {
          reference: '412',
          party: 'Musa Ibrahim',
          description: 'Salary March 2025 - bank transfer',
        }),
      ],
      ng,
    );
    expect(paired(r, 'chq', 'pv412')).toBe(false);
  });

  it("a customer's deposited cheque takes the receipt of another customer's transfer that shares its number", () => {
    // A deposited cheque's number is the drawer's bank's series, never the business's: 000518 is on a cheque of some
    // customer's bank. Receipt 518 (the package's receipt series, bare) is Okafor and Sons' ₦450,000, paid by NIP the
    // next day — the line names them. The unrelated cheque deposit claims receipt 518; Okafor's transfer is left open
    // and the cheque's drawer is never asked about.
    const r = reconcile(
      [
        bankLine('dep', '2025-03-27', 450_000_00, { narration: 'CLEARING CHQ DEP 000518', reference: '000518' }),
        bankLine('nip', '2025-03-28', 450_000_00, { narration: 'NIP FRM OKAFOR AND SONS LTD' }),
      ],
      [
        entry('r518', '2025-03-28', 450_000_00, {
          reference: '518',
          party: 'Okafor and Sons Ltd',
          description: 'Receipt',
        }),
      ],
      ng,
    );
    expect(paired(r, 'dep', 'r518')).toBe(false);
  });
});

describe('the widened bank-charge presets take real payments', () => {
  it("Nigeria: a microfinance bank's EMTL remittance to FIRS is booked as its own levy expense", () => {
    // Banks and other financial institutions (microfinance banks, payment service providers) collect the ₦50 EMTL from
    // their customers and remit it to FIRS from their settlement account. "NIP TRF TO FIRS EMTL REMITTANCE MAR 2025" is
    // a payment of a liability (the levy collected), named to FIRS. ng-emtl-month is not anchored, so any debit naming
    // EMTL and a month up to ₦50,000 is auto-confirmed to Taxes:Electronic money transfer levy — an expense.
    const r = alone('NGN', '2025-04-14', -41_250_00, 'NIP TRF TO FIRS EMTL REMITTANCE MAR 2025');
    expect(ruleTaken(r, 'b1')).toEqual([]);
  });

  it("South Africa: a smart-safe company's monthly debit order is taken as the bank's cash fee", () => {
    // Retailers rent smart safes from cash-management companies (Cash Connect among them) on a monthly debit order of a
    // few thousand rand; the statement shows the collector's name and reference. za-cash-fee reads any debit starting
    // with CASH and naming a fee anywhere after, and now up to R10,000: R4,950 of a supplier's rental is confirmed as
    // Bank charges:Cash fees with no books entry asked for.
    const r = alone('ZAR', '2025-06-01', -4_950_00, 'CASH CONNECT 40012 SAFE RENTAL FEE');
    expect(ruleTaken(r, 'b1')).toEqual([]);
  });

  it('South Africa: an internet-banking payment whose own reference starts with FEES is taken as a transaction fee', () => {
    // The bank prints the channel and then the payer's own statement reference. A R950 crèche fee paid online with the
    // reference "FEES JUN LITTLE LAMBS" (an owner's child's fees through the business account, booked to the loan
    // account) now reads as "IB PAYMENT FEES": the new IB/INTERNET/ONLINE/IMMEDIATE prefixes let the payer's word FEES
    // stand for the bank's, and R950 is within the R1,000 cap.
    const r = alone('ZAR', '2025-06-03', -950_00, 'IB PAYMENT FEES JUN LITTLE LAMBS');
    expect(ruleTaken(r, 'b1')).toEqual([]);
  });

  it("Kenya: a sales agent's commission paid by bulk payment is taken as the bank's transfer charge", () => {
    // Kenyan banks' bulk payments (to M-PESA or accounts) print one line per payee with the payer's narrative:
    // "BULK PAYMENT COMMISSION JUNE 254722..." is KES 2,800 of sales commission to an agent. With BULK now a prefix and
    // the cap raised to KES 3,000, COMMISSION is read as the bank's commission and auto-confirmed to Transfer fees.
    const r = alone('KES', '2025-06-30', -2_800_00, 'BULK PAYMENT COMMISSION JUNE 254722123456');
    expect(ruleTaken(r, 'b1')).toEqual([]);
  });
});

describe('the wider reading of a batch settlement', () => {
  it("a distributor's remittance worded as a settlement has its shortfall written off as an acquirer's charge", () => {
    // A Nigerian manufacturer books each depot's week of van sales as takings with the remittance slip's number
    // (DEP23-0612). Okeke Ventures, the distributor running the depot, remits ₦980,000 of the ₦1,000,000 with the slip
    // number and "SETTLEMENT" in its narration; the ₦20,000 is the 2% withholding tax it deducted (a WHT credit to
    // collect the receipt for) or a shortage it owes. No acquirer is involved — the credit names a customer — but the
    // bare SETTLEMENT word now makes it a batch settlement, and ₦20,000 is written off as a merchant service charge.
    const r = reconcile(
      [
        bankLine('b1', '2025-06-16', 980_000_00, { narration: 'NIP FRM OKEKE VENTURES/SETTLEMENT DEP23-0612' }),
        bankLine('later', '2025-06-25', -15_000_00, { narration: 'POS PURCHASE SHOPRITE LEKKI' }),
      ],
      [
        entry('l1', '2025-06-13', 1_000_000_00, {
          reference: 'DEP23-0612',
          description: 'Onitsha depot sales week 23',
        }),
      ],
      ng,
    );
    const written = r.matches.filter((m) => m.bankIds.includes('b1') && (m.writeOff?.amountMinor ?? 0) > 0);
    expect(written).toEqual([]);
  });
});
