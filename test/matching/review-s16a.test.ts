/**
 * Review of the rules of 2026-12-04 (session 16): the second round for the bank's fee on the line's own row
 * (engine.ts withFeesLeftOut, prepared.ts paymentOf, the fee write-off in groups.ts) and a day's sales settled by a
 * gateway payout or a mobile-money merchant sweep (settlement-pass.ts). Each test is an outcome a careful accountant
 * would reject, and fails on the code it was written against (7bca030).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

type Result = ReturnType<typeof reconcile>;
const za = { timezone: 'Africa/Johannesburg' };
const gh = { timezone: 'Africa/Accra' };
const zar = (id: string, date: string, amount: number, narration: string, fee?: number) => ({
  ...bankLine(id, date, amount, { currency: 'ZAR', narration }),
  ...(fee === undefined ? {} : { feeMinor: fee }),
});
const book = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) =>
  entry(id, date, amount, { currency: 'ZAR', ...extra });
const overberg = { party: 'Overberg Packaging (Pty) Ltd', description: 'Bill payment' };
const feesWrittenOff = (r: Result) =>
  r.matches
    .filter((m) => m.evidence.some((e) => e.kind === 'bank_fee'))
    .reduce((s, m) => s + m.writeOff!.amountMinor, 0);

describe("the second round's fee write-off counts a fee the books already hold", () => {
  it('a same-day "Bank charges" entry of exactly the row fee stays open while the fee is written off again', () => {
    // Capitec row: R3,473.35 to the supplier plus R8.00 fee. The bookkeeper (Sage bank feed) booked the bill and, the
    // same day, the R8.00 fee as its own entry, without a reference tying them. The second round matches the line to
    // the bill and writes R8.00 off to Bank charges while the R8.00 "Bank charges" entry stays open: the expense is
    // counted twice. The fee is in the books, so it belongs in the group (or the match is left to a person).
    const r = reconcile(
      [zar('b1', '2025-06-10', -3_481_35, 'Payment to OVERBERG PACKAGING', 8_00)],
      [
        book('l1', '2025-06-09', -3_473_35, overberg),
        book('fee', '2025-06-10', -8_00, { description: 'Bank charges' }),
      ],
      za,
    );
    const feeCountedTwice = feesWrittenOff(r) > 0 && r.unmatchedLedger.includes('fee');
    expect(feeCountedTwice).toBe(false);
  });

  it("a month's bank-charges journal that sums the row fees stays open while each fee is written off again", () => {
    // A bookkeeper posting from the statement's Fee column books one journal a month: "Bank charges June 2025",
    // R14.50 = R8.00 + R6.50, exactly the two rows' fees. The second round writes off R8.00 and R6.50 on the two
    // payments and leaves the journal open: R14.50 of charges expensed twice.
    const r = reconcile(
      [
        zar('b1', '2025-06-10', -3_481_35, 'Payment to OVERBERG PACKAGING', 8_00),
        zar('b2', '2025-06-17', -1_211_50, 'Payment to CAPE UNION MART', 6_50),
      ],
      [
        book('l1', '2025-06-09', -3_473_35, overberg),
        book('l2', '2025-06-16', -1_205_00, { party: 'Cape Union Mart', description: 'Bill payment' }),
        book('j', '2025-06-30', -14_50, { description: 'Bank charges June 2025' }),
      ],
      za,
    );
    const feesCountedTwice = feesWrittenOff(r) > 0 && r.unmatchedLedger.includes('j');
    expect(feesCountedTwice).toBe(false);
  });
});

describe('the second round sees only the lines with a fee', () => {
  it('a payment the bank reversed is not the bill paid', () => {
    // The R1,000 payment to the supplier (R8.00 fee on its row) bounced: the next day the bank credits the R1,000
    // back, keeping its fee. The bill is still unpaid. The reversal credit has no fee, so the second round never sees
    // it, reads the debit as R1,000 paid and confirms it against the bill, leaving the R1,000 credit unexplained.
    const r = reconcile(
      [
        zar('b1', '2025-06-10', -1_008_00, 'Payment to OVERBERG PACKAGING', 8_00),
        zar('b2', '2025-06-11', 1_000_00, 'REVERSAL Payment to OVERBERG PACKAGING'),
      ],
      [book('l1', '2025-06-09', -1_000_00, overberg)],
      za,
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('l1'))).toEqual([]);
  });

  it('two fee-less payments tied for the bill: the line that needs a fee to fit is no "sole candidate"', () => {
    // Two R1,000.00 payments to Overberg with no fee tie for the one R1,000.00 bill in the first round (left to a
    // person). The third payment, R1,008.00 with an R8.00 fee, is the least likely of the three to be it, yet the
    // second round, which sees only lines with a fee, finds it the sole candidate and confirms it.
    const r = reconcile(
      [
        zar('c1', '2025-06-10', -1_000_00, 'Payment to OVERBERG PACKAGING'),
        zar('c2', '2025-06-11', -1_000_00, 'Payment to OVERBERG PACKAGING'),
        zar('b1', '2025-06-12', -1_008_00, 'Payment to OVERBERG PACKAGING', 8_00),
      ],
      [book('l1', '2025-06-09', -1_000_00, overberg)],
      za,
    );
    expect(r.matches).toEqual([]);
  });

  it('no suggestion names an entry the second round confirmed for another line', () => {
    // The first round suggests the bill for c1 (R3.35 short of it); the second round then confirms the bill for b1.
    // The result still offers the bill to a person for c1: confirming that suggestion would pay one bill twice. Every
    // other path suggests only entries still open.
    const r = reconcile(
      [
        zar('c1', '2025-06-11', -3_470_00, 'Payment to OVERBERG PACKAGING'),
        zar('b1', '2025-06-10', -3_481_35, 'Payment to OVERBERG PACKAGING', 8_00),
      ],
      [book('l1', '2025-06-09', -3_473_35, overberg)],
      za,
    );
    const confirmed = new Set(r.matches.flatMap((m) => m.ledgerIds));
    const stale = r.suggestions.flatMap((s) =>
      s.candidates.filter((c) => c.ledgerIds.some((id) => confirmed.has(id))).map((c) => [s.bankIds, c.ledgerIds]),
    );
    expect(stale).toEqual([]);
  });

  it("a day's merchant sweeps: one sweep with a fee is not the whole day while its sibling is open", () => {
    // Two MTN MoMo merchant sweeps of the same day's till takings (GHS 3,033.28 counter sales of 03/09): MMS1A
    // GHS 2,950.00 with a GHS 30.00 fee on its row, MMS1B GHS 400.00. Together they bring in more than the sales, so
    // the first round rightly confirms nothing. The second round sees MMS1A alone, takes it for the whole day "short
    // by an acquirer's charge" and writes GHS 83.28 off to Bank charges, while MMS1B, money that did arrive for that
    // day, is left open.
    const r = reconcile(
      [
        {
          ...bankLine('m1', '2025-09-04', 2_950_00, { currency: 'GHS', narration: 'MTN MOMO MERCHANT SWEEP MMS1A' }),
          feeMinor: 30_00,
        },
        bankLine('m2', '2025-09-04', 400_00, { currency: 'GHS', narration: 'MTN MOMO MERCHANT SWEEP MMS1B' }),
        {
          ...bankLine('later', '2025-09-30', -505_00, { currency: 'GHS', narration: 'GIP OUTWARD KINAPHARMA LTD' }),
          feeMinor: 5_00,
        },
      ],
      [entry('s', '2025-09-03', 3_033_28, { currency: 'GHS', description: 'Counter sales MoMo 03/09/2025' })],
      gh,
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('s') && !m.bankIds.includes('m2'))).toEqual([]);
  });
});

describe("a statutory withholding and the bank's fee on the same row", () => {
  it('a receipt net of 5% WHT and the ₦50 EMTL: the levy is not withholding tax receivable', () => {
    // The customer pays INV-2025-0481 (₦1,625,200) less 5% WHT (₦81,260): ₦1,543,940 arrives, and the bank takes the
    // ₦50 Electronic Money Transfer Levy on the same row. The second round confirms it and writes ₦81,310 off to
    // "Taxes:Withholding tax receivable": the ₦50 levy becomes a tax credit the company will claim from FIRS and
    // never gets (the WHT credit note says ₦81,260), and Bank charges miss it.
    const r = reconcile(
      [
        {
          ...bankLine('b', '2025-03-18', 1_543_890_00, {
            narration: 'NIP/FIRST BANK/EBUTE METTA SUPERMKT/INV20250481',
          }),
          feeMinor: 50_00,
        },
      ],
      [entry('inv', '2025-03-18', 1_625_200_00, { reference: 'INV-2025-0481', party: 'Ebute Metta Supermarket' })],
    );
    for (const m of r.matches)
      if (m.writeOff?.account.startsWith('Taxes:Withholding')) expect(m.writeOff.amountMinor).toBe(81_260_00);
  });

  it('a payment net of the WHT we withheld, with the NIP fee on its row: the fee is not tax we owe', () => {
    // We pay Okon Freight's ₦1,000,000 bill less 5% WHT: ₦950,000 leaves, plus the ₦53.75 NIP fee on the same row
    // (₦950,053.75 in all). The second round writes ₦50,053.75 off to "Taxes:Withholding tax payable": the liability
    // to FIRS is overstated by the bank's fee, and with the wrong sign at that — the fee is an expense (a debit), the
    // tax withheld a liability (a credit), so a single write-off closing the bill would be ₦49,946.25, the group's
    // own difference. Either way the tax payable is ₦50,000.
    const r = reconcile(
      [
        {
          ...bankLine('b', '2025-03-20', -950_053_75, { narration: 'NIP TRF TO OKON FREIGHT BILL-2025-0330' }),
          feeMinor: 53_75,
        },
      ],
      [entry('bill', '2025-03-15', -1_000_000_00, { reference: 'BILL-2025-0330', party: 'Okon Freight Services' })],
    );
    for (const m of r.matches)
      if (m.writeOff?.account.startsWith('Taxes:Withholding')) expect(m.writeOff.amountMinor).toBe(50_000_00);
  });
});
