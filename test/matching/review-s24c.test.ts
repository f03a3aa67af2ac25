/**
 * Review s24c of d0c5cac (references.ts: a serial written with its year last; engine.ts prepareLedgers: year-less
 * serials counted per direction) and 99757bb (batch-settlement.ts: the payout read in the reference field too). Each
 * case fails on 4828346. Those marked "lost" passed on their commit's parent: the change took away a confirmation an
 * accountant would keep; the others are confirmations an accountant would undo.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const gh = { timezone: 'Africa/Accra' };
const za = { timezone: 'Africa/Johannesburg' };
const ghs = { currency: 'GHS' } as const;
const zar = { currency: 'ZAR' } as const;

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReturnType<typeof reconcile>, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

/** Kwame Mensah's own receipt and Ama Owusu's, of one amount, FrontAccounting numbering its invoices year last. */
const kwameAndAma = (narration: string) =>
  reconcile(
    [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration })],
    [
      entry('l389', '2025-06-09', 1_200_00, {
        ...ghs,
        description: 'Customer Payment — Inv 389/2025',
        party: 'Kwame Mensah',
      }),
      entry('l452', '2025-06-09', 1_200_00, {
        ...ghs,
        description: 'Customer Payment — Inv 452/2025',
        party: 'Ama Owusu',
      }),
    ],
    gh,
  );

/** Konongo Builders' two open receipts of one amount: only the invoice number the payer quotes tells them apart. */
const konongo = (narration: string, first: string, second: string) =>
  reconcile(
    [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration })],
    [
      entry('l452', '2025-06-09', 1_200_00, { ...ghs, reference: first, party: 'Konongo Builders Cooperative' }),
      entry('l453', '2025-06-09', 1_200_00, { ...ghs, reference: second, party: 'Konongo Builders Cooperative' }),
    ],
    gh,
  );

describe('review s24c: a line writing its year (references.ts collectKeys, d0c5cac)', () => {
  it('"INVOICE 452 / 2024", the slash spaced, is not Ama Owusu\'s 452/2025', () => {
    // the payer typed the year with spaces round the slash: invoice 452 of 2024, which is not 2025's. Only a slash
    // touching the year is read with the serial, so the line still offers the bare serial 452, which meets Ama
    // Owusu's "Inv 452/2025", and that is confirmed over Kwame Mensah's own receipt of the same amount.
    const r = kwameAndAma('GIP CREDIT/MENSAH KWAME/INVOICE 452 / 2024');
    expect(linesOf(r, 'l452')).toBeNull();
  });

  it('"INV 452 2024", the year after a space, is not Ama Owusu\'s 452/2025', () => {
    // the same year written after a plain space: invoice 452 of 2024 again. The year is not read, so the line offers
    // serial 452 and takes Ama Owusu's 2025 invoice.
    const r = kwameAndAma('GIP CREDIT/MENSAH KWAME/INV 452 2024');
    expect(linesOf(r, 'l452')).toBeNull();
  });

  it('"INV 452 OF 2025" is Konongo Builders\' INV-2025-0452 (lost)', () => {
    // lost: the books number year first (INV-2025-0452) and the payer writes the same invoice with its year after it.
    // The line now reads only "invoice 452 of 2025" (P:INV:452-2025), which no year-first number has, and no longer
    // offers serial 452: the two receipts of the amount tie. d0c5cac~1 confirmed 0452.
    const r = konongo('GIP CREDIT/KONONGO BUILDERS/INV 452 OF 2025', 'INV-2025-0452', 'INV-2025-0453');
    expect(linesOf(r, 'l452')).toEqual(['b1']);
  });

  it('"INV452/2025" is invoice INV0452 of books numbering without a year (lost)', () => {
    // lost: Sage numbers invoices INV0452, INV0453 with no year; the payer adds the year in its own field. The line's
    // 452 is now read only with 2025, a number the books never write, so its document number INV 452 is gone and the
    // two receipts tie. d0c5cac~1 confirmed INV0452 by its document number.
    const r = konongo('GIP CREDIT/KONONGO BUILDERS/INV452/2025', 'INV0452', 'INV0453');
    expect(linesOf(r, 'l452')).toEqual(['b1']);
  });
});

describe('review s24c: the year-less serial of "Inv 452/2025" (references.ts, engine.ts prepareLedgers, d0c5cac)', () => {
  it('Kwame Mensah\'s "inv 452" is not confirmed as Ama Owusu\'s invoice while his own receipt of the amount is open', () => {
    // the line names Kwame Mensah; his own receipt of GHS 1,200 is open. The bare 452 may be his slip or a payment on
    // Ama Owusu's behalf: the name and the serial disagree, so a person decides. Ama's "Inv 452/2025" now offers
    // serial 452 and is confirmed at 0.99 with nothing of Kwame's weighed (d0c5cac~1 put Kwame's receipt first).
    const r = kwameAndAma('GIP CREDIT/MENSAH KWAME/inv 452');
    expect(linesOf(r, 'l452')).toBeNull();
  });

  it("a refund to Ama Owusu quoting her invoice 452 is not the payment of Kasapreko's bill 452", () => {
    // money out: Ama Owusu is refunded GHS 1,200 on her invoice 452 (the refund not yet booked). The only open payment
    // of that amount is to the supplier Kasapreko, whose own invoice is 452/2025 too. Counted per direction, the
    // supplier's 452 is the only one paid out, so the refund is confirmed as Kasapreko's payment; a customer's serial
    // and a supplier's are two numbering series, and the payee is another.
    const r = reconcile(
      [bankLine('b1', '2025-06-10', -1_200_00, { ...ghs, narration: 'GIP DEBIT/AMA OWUSU/REFUND INV 452' })],
      [
        entry('s1', '2025-06-09', -1_200_00, {
          ...ghs,
          description: 'Supplier Payment — Kasapreko Co. Ltd Inv 452/2025',
          party: 'Kasapreko Company Ltd',
        }),
        entry('c1', '2025-06-02', 1_200_00, {
          ...ghs,
          description: 'Customer Payment — Inv 452/2025',
          party: 'Ama Owusu',
        }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).not.toContain('s1');
  });
});

describe('review s24c: a settlement read in the reference field (batch-settlement.ts, 99757bb)', () => {
  it("an insurer's claim settlement short by the excess is no acquirer's payout net of its charge", () => {
    // the bank writes only "INWARD EFT"; the insurer's reference says CLAIM SETTLEMENT and the claim number, which the
    // books' expected claim carries. Santam paid R48,500 of the R50,000 agreed: R1,500 is the policy's excess (an
    // insurance cost, or a shortfall to take up), not a merchant service charge. Reading the reference as a payout,
    // the pass confirms the claim and writes R1,500 off to Bank charges as an acquirer's charge.
    const r = reconcile(
      [
        bankLine('b1', '2025-09-09', 48_500_00, {
          ...zar,
          narration: 'INWARD EFT',
          reference: 'SANTAM CLAIM SETTLEMENT 3457377',
        }),
        bankLine('later', '2025-09-20', -1_500_00, { ...zar, narration: 'CASH WITHDRAWAL' }),
      ],
      [entry('l1', '2025-09-05', 50_000_00, { ...zar, description: 'Santam claim settlement 3457377 - stock lost' })],
      za,
    );
    expect(linesOf(r, 'l1')).toBeNull();
  });
});
