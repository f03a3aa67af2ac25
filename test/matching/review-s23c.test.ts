/**
 * Review of 142c9e2 (references.ts: "IN" glued to its number, or before a padded one, is the invoice's prefix), of
 * e862e23 (references.ts makeNumberKeys: "Inv 452/2025" offers its year-less serial 452) and of 13b8d65
 * (bank-names.ts and charges-journal-pass.ts namesTheBank). Each case fails at c4dfde3.
 *
 * Confirmed wrongly:
 * - "GIP CREDIT/MENSAH KWAME/INV452/2024" is confirmed against Ama Owusu's "Inv 452/2025" of the same amount, though
 *   Kwame Mensah's own entry of that amount is open: the line's "INV452" (cut from its year at the slash) is serial 452,
 *   which e862e23 now also reads in "Inv 452/2025". Invoice 452 of 2024 is not invoice 452 of 2025.
 * - "…/INV 452 OF 2024" with two open receipts of the same amount, 452/2025 and 453/2025: the only thing telling them
 *   apart is a serial whose year says it is neither, yet 452/2025 is confirmed. A tie: refuse.
 * - "…/FEES DUE IN 01/2025" (a month) is confirmed against "Inv 001/2025", the year's first invoice, booked to another
 *   customer, over the payer's own entry: "IN" before a zero-led number is now the invoice's prefix, so the month is no
 *   longer a period but invoice 1 of 2025 (P:INV:1-2025). Invoices 001/…012/2025 all meet "in MM/2025".
 * - "SERVICE CHARGE DUE IN 03/2025" on Peter Otieno's transfer is confirmed against John Kamau's "Service charge due in
 *   03/2025 - Hse 4" rather than Otieno's own entry: the same month phrase on both sides is now one invoice number.
 * - "Maintenance charges June 2026" booked to the landlord Riverbank Holdings Ltd is confirmed against the account's
 *   maintenance fee and its VAT: any word ending in BANK ("Riverbank", "Westbank", "Databank") is read as a bank's name
 *   run together (GTBank, Nedbank).
 *
 * No longer confirmed, though right:
 * - A customer's "inv 452" for Konongo Builders' INV-2025-0452 (its twin INV-2025-0453 of the same amount also open) was
 *   confirmed by the serial; a supplier payment (money out, another party) describing the supplier's "Inv 452/2025" now
 *   also carries serial 452, so it counts as shared and the receipt is refused.
 * - "SMS alert charges" booked to "United Bank for Africa Plc" (UBA's own name) was that bank's SMS charge and its VAT:
 *   bankNameSpan stops at FOR, so the party is read as no bank.
 * - An entry with no party, "Guaranty Trust Bank - SMS alert charges March 2026" or "Kenya Commercial Bank - ledger fee
 *   March 2026": bankNameSpan takes one word before BANK, so GUARANTY or KENYA is left over as a word that is not the
 *   bank's, and the bank's fee lines are written off by rule while the books' entry for them stays open.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const ng = { timezone: 'Africa/Lagos' };
const ghs = { currency: 'GHS' } as const;
const kes = { currency: 'KES' } as const;

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReturnType<typeof reconcile>, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

describe('review s23c: a serial written with its year last (references.ts, e862e23)', () => {
  it("invoice 452 of 2024 is not Ama Owusu's 452/2025 when the payer's own entry of the amount is open", () => {
    const r = reconcile(
      [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration: 'GIP CREDIT/MENSAH KWAME/INV452/2024' })],
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
    expect(linesOf(r, 'l452')).toBeNull();
  });

  it('"INV 452 OF 2024" does not decide between two open receipts of the amount, 452/2025 and 453/2025', () => {
    const r = reconcile(
      [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration: 'GIP CREDIT/ASANTE HARDWARE/INV 452 OF 2024' })],
      [
        entry('l452', '2025-06-09', 1_200_00, { ...ghs, description: 'Customer Payment — Inv 452/2025' }),
        entry('l453', '2025-06-09', 1_200_00, { ...ghs, description: 'Customer Payment — Inv 453/2025' }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a supplier's invoice number on a payment out does not make a customer's serial shared", () => {
    const r = reconcile(
      [bankLine('b1', '2025-06-10', 1_200_00, { ...ghs, narration: 'GIP CREDIT/KONONGO BUILDERS/inv 452' })],
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
        entry('s1', '2025-06-03', -3_480_00, {
          ...ghs,
          description: 'Supplier Payment — Kasapreko Co. Ltd Inv 452/2025',
          party: 'Kasapreko Company Ltd',
        }),
      ],
      gh,
    );
    expect(linesOf(r, 'l452')).toEqual(['b1']);
  });
});

describe('review s23c: "IN" before a zero-led number (references.ts, 142c9e2)', () => {
  it("a month written after IN is no invoice: the year's first invoice of another customer is not the payment", () => {
    const r = reconcile(
      [bankLine('b1', '2025-02-05', 2_500_00, { ...ghs, narration: 'GIP CREDIT/KOFI BOATENG/FEES DUE IN 01/2025' })],
      [
        entry('l1', '2025-02-04', 2_500_00, {
          ...ghs,
          description: 'Customer Payment — Inv 001/2025',
          party: 'Adom Pharmacy',
        }),
        entry('l2', '2025-02-04', 2_500_00, {
          ...ghs,
          description: 'Customer Payment — school fees',
          party: 'Kofi Boateng',
        }),
      ],
      gh,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
  });

  it("the same month phrase on a line and an entry is no shared document: Otieno's payment is not Kamau's", () => {
    const r = reconcile(
      [
        bankLine('b1', '2025-03-05', 15_000_00, {
          ...kes,
          narration: 'PESALINK CR PETER OTIENO SERVICE CHARGE DUE IN 03/2025',
        }),
      ],
      [
        entry('l1', '2025-03-04', 15_000_00, {
          ...kes,
          description: 'Service charge due in 03/2025 - Hse 4',
          party: 'John Kamau',
        }),
        entry('l2', '2025-03-04', 15_000_00, { ...kes, description: 'Service charge - Hse 7', party: 'Peter Otieno' }),
      ],
      ke,
    );
    expect(ledgerIdsOf(r)).not.toContain('l1');
  });
});

describe("review s23c: a bank's name (bank-names.ts, charges-journal-pass.ts namesTheBank, 13b8d65)", () => {
  const smsLines = [
    bankLine('nip', '2026-03-12', -53_75, { narration: 'NIP TRANSFER FEE' }),
    bankLine('sms', '2026-03-31', -1_240_00, { narration: 'SMS ALERT CHARGES MAR 2026' }),
    bankLine('smsv', '2026-03-31', -93_00, { narration: 'VAT ON SMS ALERT CHARGES' }),
  ];

  it("SMS alert charges booked to United Bank for Africa Plc are that bank's SMS charge and its VAT", () => {
    const r = reconcile(
      smsLines,
      [
        entry('j', '2026-03-31', -1_333_00, {
          description: 'SMS alert charges March 2026',
          party: 'United Bank for Africa Plc',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'j')).toEqual(['sms', 'smsv']);
  });

  it('"Guaranty Trust Bank - SMS alert charges" with no party names the bank: its SMS charge and VAT', () => {
    const r = reconcile(
      smsLines,
      [entry('j', '2026-03-31', -1_333_00, { description: 'Guaranty Trust Bank - SMS alert charges March 2026' })],
      ng,
    );
    expect(linesOf(r, 'j')).toEqual(['sms', 'smsv']);
  });

  it('"Kenya Commercial Bank - ledger fee" with no party names the bank: its ledger fee and excise duty', () => {
    const r = reconcile(
      [
        bankLine('pl', '2026-03-05', -50_00, { ...kes, narration: 'PESALINK CHARGE' }),
        bankLine('pld', '2026-03-05', -10_00, { ...kes, narration: 'EXCISE DUTY' }),
        bankLine('lf', '2026-03-31', -1_000_00, { ...kes, narration: 'LEDGER FEE' }),
        bankLine('lfd', '2026-03-31', -200_00, { ...kes, narration: 'EXCISE DUTY' }),
      ],
      [entry('j', '2026-03-31', -1_200_00, { ...kes, description: 'Kenya Commercial Bank - ledger fee March 2026' })],
      ke,
    );
    expect(linesOf(r, 'j')).toEqual(['lf', 'lfd']);
  });

  it("a landlord called Riverbank Holdings Ltd is no bank: its maintenance charges are not the bank's fee", () => {
    const r = reconcile(
      [
        bankLine('nip', '2026-06-12', -53_75, { narration: 'NIP TRANSFER FEE' }),
        bankLine('amf', '2026-06-30', -50_000_00, { narration: 'ACCOUNT MAINTENANCE FEE JUN 2026' }),
        bankLine('amfv', '2026-06-30', -3_750_00, { narration: 'VAT ON ACCOUNT MAINTENANCE FEE' }),
      ],
      [
        entry('pv', '2026-06-30', -53_750_00, {
          description: 'Maintenance charges June 2026',
          party: 'Riverbank Holdings Ltd',
          reference: 'CHQ 000311',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'pv')).toBeNull();
  });
});
