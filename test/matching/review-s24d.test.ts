/**
 * Review s24d of 416e411 (settlement-pass.ts: the line's reference field read with its narration; a till's, paybill's
 * or C2B sweep read as a settlement) and dc0cfc0 (references.ts: a year after a serial however separated;
 * reference-pass.ts unclearSerial and engine.ts crossedSerials; batch-settlement.ts NOT_A_BATCH). Each case fails on
 * dc0cfc0. Those marked "lost" passed on their commit's parent (416e411~1 or dc0cfc0~1): the change took away a
 * confirmation an accountant would keep; the others are confirmations an accountant would undo.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const za = { timezone: 'Africa/Johannesburg' };
const ghs = { currency: 'GHS' } as const;
const kes = { currency: 'KES' } as const;
const zar = { currency: 'ZAR' } as const;

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReturnType<typeof reconcile>, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

// a later line: the bank data reaches past the sales days, so no settlement of them is still to come
const laterZa = bankLine('later', '2025-12-20', -1_234_56, { ...zar, narration: 'DEBIT ORDER INSURANCE' });

describe("review s24d: a settlement's reference field read with its narration (settlement-pass.ts, 416e411)", () => {
  it("the value date in the reference field does not turn 5 December's settlement into 6 December's takings", () => {
    // the acquirer's narration names the sales day, 5 December, and the payout is 5 December's card takings to the
    // cent. The export puts the credit's own value date in the reference column, year first. writtenDayOf reads the
    // ISO form before the day-first one, whatever field it is in, so "2025-12-06" wins: the payout is confirmed as
    // 6 December's takings with R200 written off as a merchant service charge, and 5 December's entry is left open.
    // 416e411~1 confirmed 5 December's takings to the cent.
    const r = reconcile(
      [
        bankLine('b1', '2025-12-06', 12_000_00, {
          ...zar,
          narration: 'POS SETTLEMENT 05/12/2025 MID 4471203',
          reference: '2025-12-06',
        }),
        laterZa,
      ],
      [
        entry('t5', '2025-12-05', 12_000_00, { ...zar, description: 'Card takings 05/12/2025' }),
        entry('t6', '2025-12-06', 12_200_00, { ...zar, description: 'Card takings 06/12/2025' }),
      ],
      za,
    );
    expect(linesOf(r, 't6')).toBeNull();
    expect(linesOf(r, 't5')).toEqual(['b1']);
  });

  it("a Yoco payout dated in its reference field still settles the day before's Yoco takings (lost)", () => {
    // lost: the narration writes no sales day, so the pass used to find it through the acquirer both sides name (Yoco
    // takings of 5 December, short by Yoco's 3 %). The reference column now holds the payout's own date, which is
    // read as the sales day: no takings of 6 December, nothing confirmed. Reading the narration's date first would not
    // mend this one: the narration has none. 416e411~1 confirmed it, R360 written off.
    const r = reconcile(
      [
        bankLine('b1', '2025-12-06', 11_640_00, { ...zar, narration: 'YOCO PAYOUT YC8841', reference: '2025-12-06' }),
        laterZa,
      ],
      [entry('t5', '2025-12-05', 12_000_00, { ...zar, description: 'Yoco card takings' })],
      za,
    );
    expect(linesOf(r, 't5')).toEqual(['b1']);
  });

  it("a paybill's sweep is not the till's takings of the day before, short by a 'charge'", () => {
    // a pharmacy takes walk-in sales on its M-PESA till and its corporate customers' invoice payments on its paybill;
    // the paybill's balance is swept to the bank and booked as a transfer from the paybill wallet, to the cent. The
    // sweep now reads as a settlement, shares COLLECTIONS with the till's takings entry, and is confirmed as the till's
    // 29 December sales with KES 3,708.61 (1.95 %) written off to bank charges, leaving the exact transfer open.
    // 4828346 (416e411~1) confirmed the sweep with the transfer.
    const r = reconcile(
      [
        bankLine('s', '2025-12-30', 186_291_39, { ...kes, narration: 'MPESA PAYBILL SWEEP C2B COLLECTIONS' }),
        bankLine('after', '2026-01-09', -1_500_00, { ...kes, narration: 'ATM WITHDRAWAL' }),
      ],
      [
        entry('t', '2025-12-29', 190_000_00, {
          ...kes,
          party: 'M-PESA TILL COLLECTIONS',
          description: 'BEING TILL SALES OF 29/12',
        }),
        entry('x', '2025-12-30', 186_291_39, { ...kes, description: 'Transfer from M-PESA paybill 400200 to bank' }),
      ],
      ke,
    );
    expect(linesOf(r, 't')).toBeNull();
    expect(linesOf(r, 'x')).toEqual(['s']);
  });
});

describe('review s24d: a year read after a serial (references.ts collectKeys, dc0cfc0)', () => {
  it('"INV 452 2000 BLOCKS" is invoice 452 and two thousand blocks, not invoice 452 of the year 2000 (lost)', () => {
    // lost: a builders' co-operative pays invoice 452 for 2,000 sandcrete blocks. BLOCKS is not in UNIT_WORD, so 2000
    // is read as the invoice's year and the serial 452 is taken away: the co-operative's two receipts of GHS 1,200
    // (INV-2025-0452 and INV-2025-0453) tie. dc0cfc0~1 confirmed INV-2025-0452.
    const r = reconcile(
      [
        bankLine('b1', '2025-06-10', 1_200_00, {
          ...ghs,
          narration: 'GIP CREDIT/KONONGO BUILDERS/INV 452 2000 BLOCKS',
        }),
      ],
      [
        entry('l452', '2025-06-09', 1_200_00, {
          ...ghs,
          reference: 'INV-2025-0452',
          party: 'Konongo Builders Cooperative',
        }),
        entry('l453', '2025-06-09', 1_200_00, {
          ...ghs,
          reference: 'INV-2025-0453',
          party: 'Konongo Builders Cooperative',
        }),
      ],
      gh,
    );
    expect(linesOf(r, 'l452')).toEqual(['b1']);
  });
});

describe('review s24d: a year-less serial carried both ways (reference-pass.ts unclearSerial, dc0cfc0)', () => {
  it("Ama Owusu's own deposit refund on invoice 452 does not make her payment of invoice 452 undecided (lost)", () => {
    // lost: Ama Owusu's cash deposit on invoice 452/2025 was refunded by transfer (GHS 150 out, not yet cleared);
    // then her payment of the invoice's GHS 1,200 arrives quoting INV 452, her name not on the line. The only money-in
    // document with 452 is hers; the money-out one is her own refund on the same invoice, so no other party's
    // numbering is in play. Crossed serials refuse it all the same, and Kofi Boateng's receipt of the same amount
    // ties it. dc0cfc0~1 confirmed Ama's receipt.
    const r = reconcile(
      [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration: 'GIP CREDIT/INV 452' })],
      [
        entry('l452', '2025-06-09', 1_200_00, {
          ...ghs,
          description: 'Customer Payment — Inv 452/2025',
          party: 'Ama Owusu',
        }),
        entry('l453', '2025-06-09', 1_200_00, {
          ...ghs,
          description: 'Customer Payment — Inv 453/2025',
          party: 'Kofi Boateng',
        }),
        entry('r452', '2025-06-06', -150_00, {
          ...ghs,
          description: 'Refund — deposit on Inv 452/2025 (item out of stock)',
          party: 'Ama Owusu',
        }),
      ],
      gh,
    );
    expect(linesOf(r, 'l452')).toEqual(['b1']);
  });

  it("a refund to Ama Owusu quoting her invoice 452 is not Kasapreko's bill 452 once her receipt is reconciled", () => {
    // review-s24c's refund, a week later: Ama Owusu's receipt for invoice 452 has been reconciled, as it usually is by
    // the time a refund goes out, so no open money-in entry carries 452 and the serial is not "crossed". The line pays
    // Ama Owusu; the open payments of GHS 1,200 are to Kasapreko (its invoice 452/2025) and Accra Brewery. The
    // supplier's bill is confirmed on the bare 452 alone, to a payee the line does not name.
    const r = reconcile(
      [bankLine('b1', '2025-06-10', -1_200_00, { ...ghs, narration: 'GIP DEBIT/AMA OWUSU/REFUND INV 452' })],
      [
        entry('s1', '2025-06-09', -1_200_00, {
          ...ghs,
          description: 'Supplier Payment — Kasapreko Co. Ltd Inv 452/2025',
          party: 'Kasapreko Company Ltd',
        }),
        entry('s2', '2025-06-09', -1_200_00, {
          ...ghs,
          description: 'Supplier Payment — Inv 0871/2025',
          party: 'Accra Brewery PLC',
        }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).not.toContain('s1');
  });
});

describe('review s24d: what is no batch (batch-settlement.ts NOT_A_BATCH, dc0cfc0)', () => {
  it("a lender's paybill collections of loan repayments are its batch takings, net of M-PESA's charge (lost)", () => {
    // lost: a Kenyan lender collects its borrowers' repayments on its paybill; Safaricom settles the day's batch
    // SET57837 net of its charge, and the books hold the batch's gross with the same id. LOAN in the entry's text now
    // makes it "no batch", so the settlement is only suggested. A loan repaid to the business is its takings here, not
    // a loan settled to it. dc0cfc0~1 confirmed it, KES 200 written off.
    const r = reconcile(
      [
        bankLine('b1', '2025-10-02', 54_099_38, { ...kes, narration: 'MPESA C2B SETTLEMENT PAYBILL 522533 SET57837' }),
        bankLine('later', '2025-10-09', -1_500_00, { ...kes, narration: 'ATM WITHDRAWAL WESTLANDS' }),
      ],
      [
        entry('l1', '2025-10-01', 54_299_38, {
          ...kes,
          reference: 'SET57837',
          description: 'M-PESA paybill loan repayments collected 01/10/2025',
        }),
      ],
      ke,
    );
    expect(linesOf(r, 'l1')).toEqual(['b1']);
  });
});
