/**
 * Review of e983e77 (charges-journal-pass.ts, chargeWithItsTax): an entry naming one kind of charge, the fee paired
 * with the one tax line of its day, a "Bank charges …" journal taking every line of the kinds it names in its period,
 * and AMF/MAINT read as MAINTENANCE. Each case passed before e983e77 and fails at it.
 *
 * - A supplier's "Generator maintenance charges" (a cheque not yet presented) is confirmed against the bank's account
 *   maintenance fee and the excise duty line of its day: KIND_OF_CHARGE reads "maintenance charges" in any entry,
 *   whatever else it says or whom it pays.
 * - Termii's "Bulk SMS charges … incl VAT" (a transfer not yet on the statement) is confirmed against the bank's SMS
 *   alert charges and their VAT: the same reading, and 7.5 % VAT on both sides makes equal totals likely.
 * - A "ledger fee" entry booked twice (alone, and inside the month's journal) takes the fee and its duty when its id
 *   sorts first, leaving the month's journal of every March line unmatched; with the ids the other way round the
 *   journal is confirmed. Two open entries each made exactly by those lines are a tie, not the first one's by id.
 * - "Card maintenance fee Q2" is confirmed with the VAT line "VAT ON NIP TRANSFER FEE" (a transfer's VAT), not the
 *   card fee's own VAT line (a plain "VAT" the pass does not see): the one tax line of its day may name another fee,
 *   and one the pass sees is not the only one there.
 * - "Bank charges - account maintenance fee JUN 2025 incl VAT" was the maintenance fee and its VAT line; at a quarter's
 *   end "CARD MAINT FEE" now reads as MAINTENANCE too, the lines no longer make it, and nothing is confirmed.
 * - "Bank charges per statement January 2025" (per the statement, the month's journal) is read as naming statement
 *   fees: a mid-month statement charge and its VAT are taken over the month-end maintenance fee and its VAT, which make
 *   the same amount. A tie must refuse.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const ke = { timezone: 'Africa/Nairobi' };
const ngn = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, -amount, { narration, currency: 'NGN' });
const kes = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, -amount, { narration, currency: 'KES' });

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReturnType<typeof reconcile>, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

describe("review s23: one kind of the bank's charges with its tax (charges-journal-pass.ts)", () => {
  it("a supplier's maintenance charges paid by cheque are not the bank's maintenance fee and its excise duty", () => {
    // the cheque is not presented by the month's end: an unpresented cheque, what a reconciliation lists
    const r = reconcile(
      [
        kes('pl', '2026-03-12', 50_00, 'PESALINK CHARGE'),
        kes('pld', '2026-03-12', 10_00, 'EXCISE DUTY'),
        kes('amf', '2026-03-31', 2_500_00, 'ACCOUNT MAINTENANCE FEE'),
        kes('amfd', '2026-03-31', 500_00, 'EXCISE DUTY'),
      ],
      [
        entry('chq', '2026-03-31', -3_000_00, {
          description: 'Generator maintenance charges - March service',
          party: 'Powerpoint Generators Ltd',
          reference: 'CHQ 000214',
          currency: 'KES',
        }),
      ],
      ke,
    );
    expect(linesOf(r, 'chq')).toBeNull();
  });

  it("SMS units bought from an SMS company are not the bank's SMS alert charges and their VAT", () => {
    // the transfer to Termii goes out after the statement's last day
    const r = reconcile(
      [
        ngn('nip', '2026-04-14', 53_75, 'NIP TRANSFER FEE'),
        ngn('sms', '2026-04-30', 4_000_00, 'SMS ALERT CHARGES APR 2026'),
        ngn('smsv', '2026-04-30', 300_00, 'VAT ON SMS ALERT CHARGES'),
      ],
      [
        entry('pv', '2026-04-30', -4_300_00, {
          description: 'Bulk SMS charges - 1,000 units incl VAT',
          party: 'Termii Nigeria Ltd',
          reference: 'INV-TRM-22871',
          currency: 'NGN',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'pv')).toBeNull();
  });

  it("a ledger fee booked twice does not take the fee from the month's journal by its id", () => {
    // the month's journal (KES 2,040) is every March line; the ledger fee (KES 1,200) is inside it as well
    for (const [feeId, monthId] of [
      ['JV-0412', 'JV-0419'],
      ['JV-0419', 'JV-0412'],
    ] as const) {
      const r = reconcile(
        [
          kes('pl', '2026-03-05', 50_00, 'PESALINK CHARGE'),
          kes('pld', '2026-03-05', 10_00, 'EXCISE DUTY'),
          kes('rt', '2026-03-18', 500_00, 'RTGS CHARGES'),
          kes('rtd', '2026-03-18', 100_00, 'EXCISE DUTY'),
          kes('lf', '2026-03-31', 1_000_00, 'LEDGER FEE'),
          kes('lfd', '2026-03-31', 200_00, 'EXCISE DUTY'),
          kes('sms', '2026-03-31', 150_00, 'SMS ALERT CHARGES'),
          kes('smsd', '2026-03-31', 30_00, 'EXCISE DUTY'),
        ],
        [
          entry(feeId, '2026-03-31', -1_200_00, { description: 'Stanbic Bank - ledger fee', currency: 'KES' }),
          entry(monthId, '2026-03-31', -2_040_00, {
            description: 'Bank charges per statement March 2026',
            party: 'Stanbic Bank Kenya',
            currency: 'KES',
          }),
        ],
        ke,
      );
      expect(linesOf(r, feeId), `the ledger fee booked as ${feeId}`).toBeNull();
    }
  });

  it("the card maintenance fee's tax is not the VAT on a transfer fee of the same day", () => {
    // a quarter's end: the card fee (₦50 + ₦3.75 VAT) and a transfer's fee (₦50 + ₦3.75 VAT) on one day
    const r = reconcile(
      [
        ngn('nipfee', '2026-06-30', 50_00, 'NIP TRANSFER FEE'),
        ngn('nipvat', '2026-06-30', 3_75, 'VAT ON NIP TRANSFER FEE'),
        ngn('card', '2026-06-30', 50_00, 'CARD MAINT FEE Q2 2026'),
        ngn('vat', '2026-06-30', 3_75, 'VAT'),
      ],
      [entry('j', '2026-06-30', -53_75, { description: 'Card maintenance fee Q2 2026', currency: 'NGN' })],
      ng,
    );
    expect(linesOf(r, 'j') ?? []).not.toContain('nipvat');
  });

  it("the account maintenance fee and its VAT are still the journal naming them when a card's fee falls that day", () => {
    const r = reconcile(
      [
        ngn('sms', '2025-06-30', 400_00, 'SMS ALERT CHARGES JUN 2025'),
        ngn('smsv', '2025-06-30', 30_00, 'VAT ON SMS ALERT CHARGES'),
        ngn('card', '2025-06-30', 50_00, 'CARD MAINT FEE Q2 2025'),
        ngn('cardv', '2025-06-30', 3_75, 'VAT ON CARD MAINT FEE'),
        ngn('amf', '2025-06-30', 3_125_00, 'ACCOUNT MAINTENANCE FEE JUN 2025'),
        ngn('amfv', '2025-06-30', 234_38, 'VAT ON ACCOUNT MAINTENANCE FEE'),
      ],
      [
        entry('j', '2025-06-30', -3_359_38, {
          description: 'Bank charges - account maintenance fee JUN 2025 incl VAT',
          currency: 'NGN',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'j')).toEqual(['amf', 'amfv']);
  });

  it('"Bank charges per statement" names no statement fee: two pairs of lines making it are a tie', () => {
    const r = reconcile(
      [
        ngn('st', '2025-01-15', 1_000_00, 'STATEMENT CHARGES'),
        ngn('stv', '2025-01-15', 75_00, 'VAT ON STATEMENT CHARGES'),
        ngn('amf', '2025-01-31', 1_000_00, 'ACCOUNT MAINTENANCE FEE JAN 2025'),
        ngn('amfv', '2025-01-31', 75_00, 'VAT ON ACCOUNT MAINTENANCE FEE'),
      ],
      [
        entry('j', '2025-01-31', -1_075_00, {
          description: 'Bank charges per statement January 2025',
          currency: 'NGN',
        }),
      ],
      ng,
    );
    expect(linesOf(r, 'j')).toBeNull();
  });
});
