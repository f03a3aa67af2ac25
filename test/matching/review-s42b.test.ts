/**
 * Review s42b of session 42's later matching changes: a credit saying it refunds is not an invoice's payment
 * (99d0e2fc, refundForReceipt and refund-words.ts), the fixes after review s42 (5d6509a6: receipt-in-parts'
 * settledAlone and anotherNamedAlike, payouts as they came, a till as a device, cheque number words, trade words in the
 * plural) and a books description beginning with the cheque's word (1a9b0532, CHEQUE_FIRST). Each `it.fails` is a
 * defect: the engine now auto-confirms what an accountant would undo, or refuses what it confirmed rightly before the
 * commit named; it passes once the defect is gone. Each plain `it` is a behaviour checked that holds.
 *
 * Considered and not made into cases: WRITES_CHEQUE_NUMBER's new `[\s-]*` beside `\s*` on 20,000 spaces or hyphens
 * (no slowdown measured); "Check-in", "Checkout", "Cheque book charges" and "CHECK-OFF" written joined (not read as
 * cheques); SUPPLIES/SUPPLY, INDUSTRIES/INDUSTRY and STEELS/STEEL (not read as one trade, as before 5d6509a6).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import type { MatchOptions } from '../../matching/options.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { bankLine, entry } from './build.js';

/** The entries confirmed with a line, sorted, or null when it is not confirmed. */
const confirmed = (r: ReconcileResult, bankId: string): string[] | null => {
  const m = r.matches.find((g) => g.bankIds.includes(bankId));
  return m ? [...m.ledgerIds].sort() : null;
};

describe('review s42b: a refund is not an invoice paid (99d0e2fc)', () => {
  const kes = { currency: 'KES' } as const;
  /** One KES credit against one entry of the day before: what is confirmed. */
  const taken = (narration: string, e: Parameters<typeof entry>[3]) =>
    reconcile(
      [bankLine('b', '2025-06-19', 32_340_00, { ...kes, narration })],
      [entry('e', '2025-06-18', 32_340_00, { ...kes, ...e })],
    ).matches.map((m) => m.ledgerIds);
  const supplier = { party: 'Kamau Supplies Ltd' };

  it('confirms a supplier’s refund the books hold as goods returned on its invoice', () => {
    // "PESALINK CR KAMAU SUPPLIES/REFUND RETURNED GOODS" against the supplier's "Goods returned to supplier, invoice
    // 2291", to the shilling: confirmed before 99d0e2fc; now refused, as "invoice 2291" is read as the business's own
    // invoice and "goods returned" is no booked-refund word. Should: confirmed (the entry is the refund).
    expect(
      taken('PESALINK CR KAMAU SUPPLIES/REFUND RETURNED GOODS', {
        ...supplier,
        description: 'Goods returned to supplier, invoice 2291',
      }),
    ).toEqual([['e']]);
  });

  it('confirms an overpayment returned that the books write in the very words the bank does', () => {
    // "OVERPAYMENT RETURNED" is a refund word on the bank's side (REFUND) but not on the books' (BOOKED_REFUND): the
    // supplier's "Overpayment on supplier invoice INV 2291 returned" is refused. Before 99d0e2fc confirmed. Should:
    // confirmed.
    expect(
      taken('PESALINK CR KAMAU SUPPLIES/OVERPAYMENT RETURNED', {
        ...supplier,
        description: 'Overpayment on supplier invoice INV 2291 returned',
      }),
    ).toEqual([['e']]);
  });

  it('confirms a refund the French books hold as a credit note (avoir) on the supplier’s invoice', () => {
    // OHADA books (Côte d'Ivoire, Senegal, Cameroon) write a supplier's credit note "Avoir AV-0042 sur facture
    // FAC-2291"; "avoir" is not in BOOKED_REFUND (only "remboursement"), so the refund is refused. Before 99d0e2fc
    // confirmed. Should: confirmed.
    expect(
      taken('VIR RECU KAMAU SUPPLIES/REFUND OVERPAYMENT', {
        ...supplier,
        description: 'Avoir AV-0042 sur facture FAC-2291',
      }),
    ).toEqual([['e']]);
  });

  it('confirms a refund the Portuguese books hold as an estorno or nota de crédito on a fatura', () => {
    // Mozambican and Angolan books write "Estorno da fatura FT-2291" or "Nota de crédito NC-12 s/ fatura 2291"; the
    // commit's own test accepts "Estorno de fornecedor" only because it names no invoice. Refused now, confirmed before
    // 99d0e2fc. Should: confirmed.
    for (const description of ['Estorno da fatura FT-2291', 'Nota de crédito NC-12 s/ fatura 2291'])
      expect(taken('TRF CR KAMAU SUPPLIES/REFUND', { ...supplier, description }), description).toEqual([['e']]);
  });

  it('confirms a refund booked as a credit memo, a German Gutschrift or an Arabic استرداد', () => {
    // the other usual names of a supplier's credit: none is in BOOKED_REFUND, each entry names the supplier's invoice,
    // so each is refused. All confirmed before 99d0e2fc. Should: confirmed.
    for (const description of [
      'Credit memo CM-7 against bill INV-2291',
      'Gutschrift zu Rechnung RE-2291',
      'استرداد فاتورة INV-2291',
    ])
      expect(taken('PESALINK CR KAMAU SUPPLIES/REFUND', { ...supplier, description }), description).toEqual([['e']]);
  });

  it('confirms a landlord’s deposit refund the books hold against the lease invoice', () => {
    // "PESALINK CR KAMAU PROPERTIES/DEPOSIT REFUNDED" against "Rent deposit returned — lease invoice INV 2291" of
    // Kamau Properties: refused now, confirmed before. Should: confirmed ("returned" is the books' refund word).
    expect(
      taken('PESALINK CR KAMAU PROPERTIES/DEPOSIT REFUNDED', {
        party: 'Kamau Properties',
        description: 'Rent deposit returned — lease invoice INV 2291',
      }),
    ).toEqual([['e']]);
  });

  it('does not take a refund written in French by the bank for the customer’s invoice', () => {
    // the fix reads the books in many languages but the bank's narration in English only: "VIR RECU ETS DIALLO &
    // FILS/REMBOURSEMENT TROP PERCU" against the customer's "Facture FAC-0883" of Ets Diallo & Fils is confirmed as
    // its payment (as before 99d0e2fc), while the same line written "REFUND OVERCHARGE" is refused. Should: refused
    // alike.
    const customer = { party: 'Ets Diallo & Fils', description: 'Facture FAC-0883' };
    expect(taken('VIR RECU ETS DIALLO & FILS/REFUND OVERCHARGE', customer)).toEqual([]);
    expect(taken('VIR RECU ETS DIALLO & FILS/REMBOURSEMENT TROP PERCU', customer)).toEqual([]);
  });

  it('still confirms the customer’s payment quoting its invoice, and refunds the books hold as such', () => {
    expect(taken('PESALINK CR KAMAU STORES/PAYMENT', { party: 'Kamau Stores', description: 'Invoice 2291' })).toEqual([
      ['e'],
    ]);
    expect(
      taken('PESALINK CR KAMAU SUPPLIES/REFUND', { ...supplier, description: 'Kredietnota op faktuur 2291' }),
    ).toEqual([['e']]);
    expect(
      taken('PESALINK CR KAMAU SUPPLIES/REFUND', { ...supplier, description: 'Remboursement facture FAC-2291' }),
    ).toEqual([['e']]);
  });

  it('reads a hostile narration and description quickly', () => {
    const t = performance.now();
    const r = taken(`PESALINK CR KAMAU SUPPLIES/REFUND ${'INV '.repeat(5000)}`, {
      ...supplier,
      description: `${'INV-'.repeat(20000)}x`,
    });
    expect(r).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('review s42b: the cheque’s word first in the books (1a9b0532) and its number words (5d6509a6)', () => {
  const kola = { party: 'Kola Roofing Services Ltd' };
  const taken = (narration: string, e: Parameters<typeof entry>[3]) =>
    reconcile(
      [bankLine('b', '2025-06-19', -475_000_00, { narration })],
      [entry('e', '2025-06-18', -475_000_00, e)],
    ).matches.map((m) => m.ledgerIds);

  it('confirms a transfer the package files as a “Check” with its auto-number', () => {
    // QuickBooks files every payment from the register as a "Check" and numbers it (Num 1045) however it was paid;
    // the books write "Check — paid by NIP transfer, roof repair" for Kola Roofing Services Ltd, and the bank "NIP TO
    // KOLA ROOFING SERVICES LTD/ROOF REPAIR", the very payee, to the kobo. Confirmed before 1a9b0532; now read as
    // a cheque not yet presented and refused. Should: confirmed (the entry says it was a transfer).
    expect(
      taken('NIP TO KOLA ROOFING SERVICES LTD/ROOF REPAIR', {
        ...kola,
        description: 'Check — paid by NIP transfer, roof repair',
        reference: '1045',
      }),
    ).toEqual([['e']]);
  });

  it('does not take a transfer to a like-named payee for a cheque whose naira amount the books write', () => {
    // "Being cheque N475,000 to Kola Roofing, cheque no 001123", reference 001123: "N" (the naira sign in Nigerian
    // books) is now a number word, so "cheque N475" is read as cheque 475, not 001123, and the cheque is no longer
    // seen; "NIP TO KOLA ROOFING SUPPLIES/IRON SHEETS" is confirmed against it. Refused before 5d6509a6. Should:
    // refused (a cheque of the books is paid when presented).
    expect(
      taken('NIP TO KOLA ROOFING SUPPLIES/IRON SHEETS', {
        ...kola,
        description: 'Being cheque N475,000 to Kola Roofing, cheque no 001123',
        reference: '001123',
      }),
    ).toEqual([]);
  });

  it('still refuses a like-named transfer for the cheque written out, and confirms the cheque presented', () => {
    const cheque = { ...kola, description: 'Being payment to Kola Roofing, cheque no 001123', reference: '001123' };
    expect(taken('NIP TO KOLA ROOFING SUPPLIES/IRON SHEETS', cheque)).toEqual([]);
    expect(taken('CHQ 001123 CLEARING KOLA ROOFING', cheque)).toEqual([['e']]);
  });

  it('reads no cheque in “Check-in …” nor in a transfer the books describe plainly', () => {
    for (const description of ['Check-in deposit, conference', 'Roof repair, March'])
      expect(
        taken('NIP TO KOLA ROOFING SERVICES LTD/ROOF REPAIR', { ...kola, description, reference: '1045' }),
        description,
      ).toEqual([['e']]);
  });
});

describe('review s42b: payouts as they came and a till’s number (5d6509a6)', () => {
  const kes = { currency: 'KES' } as const;

  it('confirms an M-PESA till’s payout whose books write the period with “till” (until)', () => {
    // "M-PESA till sales 10 till 16 March" (Kenyan English: 10 to 16 March) against "MPESA SETTLEMENT TILL 552211" to
    // the shilling: "till 16" is now read as till number 16, another till's takings, and refused. Confirmed before
    // 5d6509a6. Should: confirmed.
    const r = reconcile(
      [bankLine('p', '2026-03-17', 50_000_00, { ...kes, narration: 'MPESA SETTLEMENT TILL 552211' })],
      [entry('e', '2026-03-17', 50_000_00, { ...kes, description: 'M-PESA till sales 10 till 16 March' })],
    );
    expect(confirmed(r, 'p')).toEqual(['e']);
  });

  it('does not take today’s “Net sales” for the payout of yesterday’s, less its booked fee', () => {
    // review s42's third payout case with the books' usual "Net sales" (net of returns, gross of the acquirer's fee):
    // yesterday's ₦100,000 less the booked ₦1,500 fee is the payout ₦98,500; today's net sales are ₦98,500 too.
    // BOOKED_AS_PAYOUT reads NET as "the entry is the payout", so today's sales are confirmed. Should: yesterday's
    // sales with the fee, or a suggestion (as with "Online sales").
    const r = reconcile(
      [bankLine('p', '2026-03-16', 98_500_00, { narration: 'PAYSTACK SETTLEMENT 1046703' })],
      [
        entry('d15', '2026-03-15', 100_000_00, { description: 'Net sales (Paystack)' }),
        entry('d16', '2026-03-16', 98_500_00, { description: 'Net sales (Paystack)' }),
        entry('fee', '2026-03-16', -1_500_00, { description: 'Paystack fees' }),
      ],
    );
    expect(confirmed(r, 'p')).not.toEqual(['d16']);
  });

  it('confirms a till’s payout against its own till, however the number is written', () => {
    for (const description of ['M-PESA till sales TILL NO. 552211', 'M-PESA till sales, Till No: 552211']) {
      const r = reconcile(
        [bankLine('p', '2026-03-17', 50_000_00, { ...kes, narration: 'MPESA SETTLEMENT TILL 552211' })],
        [entry('e', '2026-03-17', 50_000_00, { ...kes, description })],
      );
      expect(confirmed(r, 'p'), description).toEqual(['e']);
    }
  });

  it('confirms terminal and merchant ids written alike on both sides, whatever their case or zeros', () => {
    const r = reconcile(
      [bankLine('p', '2026-03-17', 122_300_00, { narration: 'POS SETTLEMENT TID:2044q8e7 MID 000123' })],
      [entry('e', '2026-03-17', 122_300_00, { description: 'POS takings TID 2044Q8E7, MID 123' })],
    );
    expect(confirmed(r, 'p')).toEqual(['e']);
  });

  it('confirms a payout the books hold as such the day before it landed', () => {
    const r = reconcile(
      [bankLine('p', '2026-03-17', 96_500_00, { narration: 'PAYSTACK SETTLEMENT 1046703' })],
      [
        entry('d16', '2026-03-16', 96_500_00, { description: 'Paystack payout' }),
        entry('d17', '2026-03-17', 120_000_00, { description: 'Online sales (Paystack)' }),
      ],
    );
    expect(confirmed(r, 'p')).toEqual(['d16']);
  });
});

describe('review s42b: a receipt in parts (5d6509a6)', () => {
  const kola = { party: 'Kola Roofing Services' };
  const line = bankLine('b', '2025-06-19', 600_000_00, { narration: 'TRF FROM KOLA ROOFING SERVICES' });
  const day = [
    entry('a', '2025-06-18', 100_000_00, { ...kola, reference: 'INV-2253' }),
    entry('c', '2025-06-18', 500_000_00, { ...kola, reference: 'INV-2254' }),
  ];

  it('is not set aside by another party’s invoice within the tolerance', () => {
    // a 1% tolerance; Kola's two invoices of the day make the line to the kobo, and Zenith Motors has an open invoice
    // of ₦595,000 (within 1%, of another party the line does not name). settledAlone takes any candidate within
    // tolerance as "one item beats a combination", so Kola's receipt is refused; confirmed before 5d6509a6. Should:
    // confirmed (sample case 5 is about the payer's one exact item, not another party's near one).
    const opts: Partial<MatchOptions> = { tolerance: { overPercent: '1', underPercent: '1' } };
    const r = reconcile(
      [line],
      [...day, entry('z', '2025-06-19', 595_000_00, { party: 'Zenith Motors', reference: 'INV-2260' })],
      opts,
    );
    expect(confirmed(r, 'b')).toEqual(['a', 'c']);
  });

  it('is not refused for a sister business the line does not name (SERVICES against SUPPLIES)', () => {
    // "TRF FROM KOLA ROOFING SERVICES" and the two invoices of the day of Kola Roofing Services; a sister business,
    // Kola Roofing Supplies, has an open invoice of the 10th. The line spells Services; refused since 5d6509a6,
    // confirmed before. Should: confirmed.
    const r = reconcile(
      [line],
      [...day, entry('d', '2025-06-10', 70_000_00, { party: 'Kola Roofing Supplies', reference: 'INV-2201' })],
    );
    expect(confirmed(r, 'b')).toEqual(['a', 'c']);
  });

  it('still confirms the day’s parts beside an old invoice that makes no other reading, or a body named apart', () => {
    const old = reconcile([line], [...day, entry('o', '2025-04-01', 250_000_00, { ...kola, reference: 'INV-2100' })]);
    expect(confirmed(old, 'b')).toEqual(['a', 'c']);
    const hospital = { party: "St Mary's Mission Hospital" };
    const r = reconcile(
      [bankLine('b', '2025-06-19', 600_000_00, { narration: 'TRF FROM ST MARYS MISSION HOSPITAL' })],
      [
        entry('a', '2025-06-18', 100_000_00, hospital),
        entry('c', '2025-06-18', 500_000_00, hospital),
        entry('d', '2025-06-10', 70_000_00, { party: "St Mary's Mission School" }),
      ],
    );
    expect(confirmed(r, 'b')).toEqual(['a', 'c']);
  });
});

describe('review s42b: trade words in the plural (5d6509a6)', () => {
  const kesTaken = (narration: string, party: string) =>
    reconcile(
      [bankLine('b', '2025-06-19', 63_000_00, { currency: 'KES', narration })],
      [entry('e', '2025-06-18', 63_000_00, { currency: 'KES', party, reference: 'INV-77' })],
    ).matches.map((m) => m.ledgerIds);

  it('takes no plural trade for another trade of the singular’s word', () => {
    // the singular and plural of a trade word are one trade, but COSMETIC or PLASTIC surgery, CABLE TV or ELECTRONIC
    // payments are not COSMETICS, PLASTICS, CABLES or ELECTRONICS shops
    expect(kesTaken('PESALINK CR KOLA COSMETICS', 'Kola Cosmetic Surgery Clinic')).toEqual([]);
    expect(kesTaken('PESALINK CR OKAFOR PLASTICS', 'Okafor Plastic Surgery Centre')).toEqual([]);
    expect(kesTaken('PESALINK CR OKAFOR CABLES', 'Okafor Cable TV Services')).toEqual([]);
    expect(kesTaken('PESALINK CR OKAFOR ELECTRONICS', 'Okafor Electronic Payments Ltd')).toEqual([]);
  });

  it('still confirms HARDWARES for Hardware', () => {
    expect(kesTaken('PESALINK CR MWANGI & SONS HARDWARES LTD', 'Mwangi & Sons Hardware Ltd')).toEqual([['e']]);
  });
});
