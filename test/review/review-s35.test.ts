/**
 * Review of session 35 (89d9f40..8b264ef), engine and ledger-file half: Ghana's withholding on the dated VAT-exclusive
 * base (matching/deductions.ts, matching/passes/reference-pass.ts withheldAtSource), a wallet's sales as takings
 * (matching/passes/settlement-pass.ts walletSales, matching/acquirer-charges.ts AT MONEY) and the Korean, Japanese and
 * Chinese balance rows of the ledger reader (adapters/ledger/row-reader.ts BALANCE_LINE). Each `it.fails` is a defect
 * found on the code as reviewed: its comment gives the input, what happens, and what should.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from '../matching/build.js';

const gh = { currency: 'GHS' } as const;

/** A Ghanaian receipt quoting the one open invoice by its full number, and that invoice. */
function ghReceipt(invoiceDate: string, invoiceMinor: number, paidDate: string, paidMinor: number) {
  return reconcile(
    [bankLine('b1', paidDate, paidMinor, { ...gh, narration: 'GIP CR FRM COASTAL FISHERIES TRAINING INS /RG-66775' })],
    [
      entry('l1', invoiceDate, invoiceMinor, {
        ...gh,
        reference: 'RG-66775',
        party: 'Coastal Fisheries Training Institute',
        description: 'Invoice RG-66775',
      }),
    ],
    { timezone: 'Africa/Accra' },
  );
}

describe('1. withholding read on the VAT-exclusive base of the payment day, not the invoice day (reference-pass.ts:476,482)', () => {
  // withheldAtSource passes the bank line's date (p.b.line.date) to deductionFor/withheldAsStated, and
  // DATED_VAT_BASES (deductions.ts:172) picks the base by it. But the VAT an invoice carries is the VAT of its own
  // supply: an invoice issued on 15 Dec 2025 carries VAT and levies of 21.9 % whenever it is paid, so its base is
  // gross / 1.219, and a withholding agent paying it in January 2026 takes 3 % of that (780.90 on GH₵31,730.40).
  // As reviewed: paid on 10 Jan 2026, a gap of 793.26 (3 % of gross / 1.20, a base this invoice never had) is
  // auto-confirmed as "withholding tax at 3% (goods)" and written off to Withholding tax receivable; the true
  // withholding of 780.90 is only suggested. Should: read the base by the invoice's (entry's) date.

  it('does not confirm a gap that is 3 % of a 20 % base for an invoice of 2025 (its VAT was 21.9 %)', () => {
    const r = ghReceipt('2025-12-15', 31_730_40, '2026-01-10', 31_730_40 - 793_26);
    // as reviewed: [['l1']] with writeOff 793.26 to Taxes:Withholding tax receivable
    expect(r.matches).toEqual([]);
  });

  it('confirms the true 3 % of a 2025 invoice base (gross / 1.219) when it is paid in 2026', () => {
    const r = ghReceipt('2025-12-15', 31_730_40, '2026-01-10', 31_730_40 - 780_90);
    // as reviewed: no match (a suggestion), while the same receipt dated 2025-12-20 is confirmed
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
  });
});

describe('2. an unstated gap on the 2026 base auto-confirms round part payments as withholding (reference-pass.ts:463, deductions.ts:106)', () => {
  // From 2026 the base is gross / 1.2, so the three rates on it are 1/40, 1/24 and 1/16 of the gross: round fractions
  // that part payments and short payments hit. withheldAtSource now also reads 'partial' fits (a gap beyond a
  // plausible deduction) and deductionFor reads the dated base for any unstated gap, so a customer quoting the invoice
  // who pays GH₵7,500 of GH₵8,000 (the rest to follow) has the invoice confirmed as paid in full and GH₵500 booked as
  // tax receivable that no withholding certificate will ever back. At 89d9f40 each of these was a suggestion.
  // Should: an unstated gap read on the dated base stays a suggestion (or needs the payer to say it withheld, as the
  // removed STATED_VAT_BASES comment had it: "an unstated gap read on two dated bases would find a tax in too many
  // shortfalls"); a part payment must not be written off as tax on a coincidence of round numbers.

  it('GH₵7,500 paid on a GH₵8,000 invoice (6.25 %) is not confirmed as 7.5 % withholding', () => {
    const r = ghReceipt('2026-03-02', 8_000_00, '2026-03-10', 7_500_00);
    // as reviewed: [['l1']], writeOff 500.00 to Taxes:Withholding tax receivable
    expect(r.matches).toEqual([]);
  });

  it('GH₵3,900 paid on a GH₵4,000 invoice (2.5 %) is not confirmed as 3 % withholding', () => {
    const r = ghReceipt('2026-03-02', 4_000_00, '2026-03-10', 3_900_00);
    // as reviewed: [['l1']], writeOff 100.00 to Taxes:Withholding tax receivable (at 89d9f40: 'a charge of 2.5%', suggested)
    expect(r.matches).toEqual([]);
  });

  it('GH₵2,300 paid on a GH₵2,400 invoice (1/24) is not confirmed as 5 % withholding', () => {
    const r = ghReceipt('2026-03-02', 2_400_00, '2026-03-10', 2_300_00);
    expect(r.matches).toEqual([]);
  });
});

/** A wallet or card credit the day after an entry of GH₵5,000.00 (or KES), short by 1 %, and a later line. */
function settled(narration: string, description: string, party: string | null, currency: 'GHS' | 'KES' = 'GHS') {
  return reconcile(
    [
      bankLine('s', '2027-10-12', 4_950_00, { currency, narration }),
      // the bank data reaches days past the credit: the settlement window is closed
      bankLine('later', '2027-10-20', -1_500_00, { currency, narration: 'SMS ALERT CHARGES' }),
    ],
    [entry('t', '2027-10-11', 5_000_00, { currency, description, party })],
    { timezone: 'Africa/Accra' },
  );
}
const settledWith = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.bankIds.includes('s')).map((m) => m.ledgerIds);

describe("3. one wallet's settlement confirms another wallet's sales through the word MONEY (settlement-pass.ts:221, 606, 308)", () => {
  // "AT Money sales" (AirtelTigo's takings) is now takings (walletSales). An MTN settlement worded "MTN MOBILE MONEY
  // MERCHANT SETTLEMENT" names no acquirer the ACQUIRERS list knows (no MOMO), so anotherAcquirerNamed lets it
  // through, and unwrittenSalesDay finds the sales day through the one word both share: MONEY (four letters, not in
  // NOT_SHARED). As reviewed, the MTN credit is auto-confirmed as the AT Money takings net of a 1 % charge written off
  // to Bank charges. A Ghanaian merchant takes both wallets; the AT Money sweep then finds its takings gone, and the
  // MTN takings stay open. At 89d9f40 nothing was matched. Should: a wallet's sales are settled only by a credit that
  // names that wallet (sameAcquirer), as "customers pay through wallets too" already keeps for the lone-credit case;
  // a generic word (MONEY, MOBILE) names no wallet.

  it('"MTN MOBILE MONEY MERCHANT SETTLEMENT" does not settle "AT Money sales"', () => {
    expect(settledWith(settled('MTN MOBILE MONEY MERCHANT SETTLEMENT', 'AT Money sales', 'AT Money'))).toEqual([]);
  });

  it('"MOBILE MONEY SETTLEMENT" does not settle "Ventas AT Money" booked to no party', () => {
    expect(settledWith(settled('MOBILE MONEY SETTLEMENT', 'Ventas AT Money', null))).toEqual([]);
  });
});

describe("4. a customer whose name holds a wallet's word is read as the wallet (settlement-pass.ts:225)", () => {
  // walletSales accepts the entry when its party "names a wallet" (namesWallet(party)), meant for the wallet itself
  // ("PalmPay"). A customer's name holding a wallet's word passes too: Ghana's mobile-money agents trade as "… MoMo
  // Enterprise", and Airtel's operating companies buy goods like any customer. As reviewed, a sale booked to
  // "Abena MoMo Enterprise" (or "Airtel Networks Kenya Ltd") with the sales word and no invoice number is takings, and
  // the next day's MoMo sweep (or Airtel Money settlement) of about its amount is auto-confirmed against it, 1 %
  // written off. At 89d9f40 neither was matched. Should: the party is the wallet itself (the party is no more than the
  // wallet's name and a company form), or the entry has no party.

  it('a sale to "Abena MoMo Enterprise" is no MoMo takings for the MoMo merchant sweep', () => {
    expect(settledWith(settled('MOMO MERCHANT SWEEP', 'Sales', 'Abena MoMo Enterprise'))).toEqual([]);
  });

  it('a sale of routers to Airtel Networks Kenya is no Airtel Money takings', () => {
    const r = settled(
      'AIRTEL MONEY SETTLEMENT',
      'Sales of routers to Airtel Kenya',
      'Airtel Networks Kenya Ltd',
      'KES',
    );
    expect(settledWith(r)).toEqual([]);
  });
});

describe('5. AirtelTigo and AT Money are one wallet but two acquirers (acquirer-charges.ts:106)', () => {
  // The commit makes AT Money "Ghana's AirtelTigo Money" and adds both AIRTELTIGO and AT\s?MONEY to ACQUIRERS, but
  // SAME_ACQUIRER does not join them: a settlement worded "AIRTELTIGO MONEY SETTLEMENT" and takings booked as "AT Money
  // sales" read as two different acquirers (anotherAcquirerNamed), so the wallet's own settlement never settles its
  // takings (recall, not precision). Should: SAME_ACQUIRER maps AIRTELTIGO (and ATMONEY) to one name.

  it('"AIRTELTIGO MONEY SETTLEMENT" settles "AT Money sales" net of a 1 % charge', () => {
    expect(settledWith(settled('AIRTELTIGO MONEY SETTLEMENT', 'AT Money sales', 'AT Money'))).toEqual([['t']]);
  });
});

describe('6. a real Korean or Japanese entry whose words begin with a balance label is dropped (row-reader.ts:50)', () => {
  // BALANCE_LINE now holds 전월이월/전기이월 and 前期繰越/前月繰越, guarded by (?![\p{L}\p{N}]) so that "누계회사" is a
  // payee. That guard works for writing without spaces only: Korean separates words with spaces, and Japanese 摘要 often
  // with an ideographic space (U+3000). A dated entry with money whose description begins "전월이월 미수금 회수 …"
  // (collection of a receivable brought forward) or "前期繰越\u3000売掛金回収 …", in an export with no voucher or reference
  // column filled, is skipped as "a summary row" and the money is lost from the books read, silently (the file is not
  // refused). Should: a balance label is the whole description (anchored at its end, as DATELESS_SUMMARY is), or a row
  // whose amount moves the running balance by its money is an entry (movesBalance, as the total-row check asks).
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-review-s35-'));

  it('reads "전월이월 미수금 회수 대한상사" and "前期繰越　売掛金回収　山田商事" as the receipts they are', async () => {
    for (const [name, description] of [
      ['ko', '전월이월 미수금 회수 대한상사'],
      ['ja', '前期繰越\u3000売掛金回収\u3000山田商事'],
    ] as const) {
      const p = join(dir, `${name}.csv`);
      writeFileSync(
        p,
        [
          'Date,Voucher,Description,Debit,Credit,Balance',
          '2027-10-05,,Receipt Nigel Farm,1000.00,,1001000.00',
          `2027-10-06,,${description},500000.00,,1501000.00`,
        ].join('\n'),
      );
      const { entries } = await readLedgerFile(p, {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          journalId: 'Voucher',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      });
      // as reviewed: only the first row; the 500,000.00 receipt is skipped as a summary row
      expect(
        entries.map((e) => e.amountMinor),
        name,
      ).toEqual([100_000, 50_000_000]);
    }
  });
});
