/**
 * Review s16b: wrong outcomes of the three rules of 2026-12-04 — the own account named by its number (pass 5c), the
 * payer read before an instalment and after "Payment received from", and a gateway's payout of one invoice net of its
 * charge (pass 2, gatewayCharged). Each test fails on the code as reviewed; a suggestion instead is always fine.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const ke = { timezone: 'Africa/Nairobi' };
const za = { timezone: 'Africa/Johannesburg' };

/** The confirmed groups holding bank line `id`. */
const matchesOf = (r: ReturnType<typeof reconcile>, id: string) => r.matches.filter((m) => m.bankIds.includes(id));

describe("a gateway's payout of one invoice net of its charge: what it must not write off", () => {
  it('keeps a charge the books already hold: the gap is not written off a second time', () => {
    // The bookkeeper booked Pesapal's charge for the payout as its own entry, the same day, to the cent. Writing the
    // gap off again counts the charge twice and leaves the fee entry open for ever; pass 4 weighs booked charges
    // (BookedCharges), this rule does not. Right: the payout with both entries, or a suggestion.
    const r = reconcile(
      [
        bankLine('b', '2025-09-10', 260_036_62, {
          currency: 'KES',
          narration: 'PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS',
        }),
      ],
      [
        entry('l', '2025-09-12', 269_468_00, {
          currency: 'KES',
          reference: 'INV-001624',
          description: 'Payment received from Mogotio Sisal Growers',
        }),
        entry('f', '2025-09-10', -9_431_38, { currency: 'KES', description: 'Pesapal merchant fees' }),
      ],
      ke,
    );
    expect(matchesOf(r, 'b').filter((m) => !m.ledgerIds.includes('f'))).toEqual([]);
  });

  it('keeps a refund the books hold that the gateway netted from the payout', () => {
    // Two bags came back damaged; the business refunded KES 5,000 through Pesapal (booked as a debit to the same
    // customer) and Pesapal took it out of the next payout with its 1.4 % charge. The gap, 8,772.55, is the refund plus
    // the charge: writing it all off counts the refund twice (its entry stays open). Right: the payout with the
    // refund entry and only the charge written off, or a suggestion.
    const r = reconcile(
      [
        bankLine('b', '2025-09-10', 260_695_45, {
          currency: 'KES',
          narration: 'PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS',
        }),
      ],
      [
        entry('l', '2025-09-08', 269_468_00, {
          currency: 'KES',
          reference: 'INV-001624',
          party: 'Mogotio Sisal Growers',
          description: 'Payment received',
        }),
        entry('r', '2025-09-09', -5_000_00, {
          currency: 'KES',
          party: 'Mogotio Sisal Growers',
          description: 'Pesapal refund - 2 damaged bags',
        }),
      ],
      ke,
    );
    expect(matchesOf(r, 'b').filter((m) => !m.ledgerIds.includes('r'))).toEqual([]);
  });

  it('does not write off a part payment whose balance arrives later as a gateway charge', () => {
    // Paystack charges a local payment 1.5 % + ₦100, capped at ₦2,000: it cannot have taken ₦40,000 of a ₦1.2m invoice.
    // Adebayo Stores paid ₦1,162,000 through Paystack (₦1,160,000 paid out) and the ₦38,000 balance by NIP two weeks
    // later. The rule confirms the invoice and writes ₦40,000 off as the gateway's charge, leaving the balance line
    // with nothing to settle. Right: not confirmed with that write-off (the two lines together, or a suggestion).
    const r = reconcile(
      [
        bankLine('b', '2025-03-10', 1_160_000_00, { narration: 'PAYSTACK PAYOUT INV-000812 ADEBAYO STORES' }),
        bankLine('c', '2025-03-24', 38_000_00, { narration: 'NIP FRM ADEBAYO STORES LTD BALANCE' }),
      ],
      [
        entry('l', '2025-03-08', 1_200_000_00, {
          reference: 'INV-000812',
          description: 'Payment received from Adebayo Stores Ltd',
        }),
      ],
      ng,
    );
    expect(matchesOf(r, 'b').filter((m) => (m.writeOff?.amountMinor ?? 0) > 2_000_00)).toEqual([]);
  });

  it('does not confirm a payout naming another customer, whose own invoice is open, on a mistyped reference', () => {
    // The payout names Subukia Poultry Farm and quotes INV-001624, which is Mogotio Sisal Growers'; Subukia's own
    // invoice is INV-001642 (the digits transposed) and the payout is as near it. A full reference and a short amount
    // are not enough when the payer named is another customer: a person decides, nothing is written off.
    const r = reconcile(
      [
        bankLine('b', '2025-09-10', 260_036_62, {
          currency: 'KES',
          narration: 'PESAPAL PAYOUT INV-001624 SUBUKIA POULTRY FARM',
        }),
      ],
      [
        entry('l', '2025-09-12', 269_468_00, {
          currency: 'KES',
          reference: 'INV-001624',
          party: 'Mogotio Sisal Growers',
          description: 'Payment received',
        }),
        entry('s', '2025-09-11', 265_000_00, {
          currency: 'KES',
          reference: 'INV-001642',
          party: 'Subukia Poultry Farm',
          description: 'Payment received',
        }),
      ],
      ke,
    );
    expect(matchesOf(r, 'b').filter((m) => m.ledgerIds.includes('l'))).toEqual([]);
  });

  it("does not take a gateway's refund reversal for the invoice's payout", () => {
    // A refund of ₦97,000 the business sent Adebayo Stores through Flutterwave failed and came back: money the
    // business already had, not the customer paying INV-000812 (whose receipt waits for the real payout). The gateway
    // code calls such credits no takings (SENT_BACK, NOT_TAKINGS); this rule confirms it and writes ₦3,000 off.
    const r = reconcile(
      [bankLine('v', '2025-03-10', 97_000_00, { narration: 'FLUTTERWAVE REFUND REVERSAL INV-000812 ADEBAYO STORES' })],
      [
        entry('l', '2025-03-08', 100_000_00, {
          reference: 'INV-000812',
          description: 'Payment received from Adebayo Stores Ltd',
        }),
      ],
      ng,
    );
    expect(matchesOf(r, 'v')).toEqual([]);
  });
});

describe('the payer read before an instalment', () => {
  it('"Vehicle finance - instalment 12 of 60" names no payee: an MFC debit order is not the WesBank instalment', () => {
    // Two vehicle-finance instalments of R 8,450: the WesBank contract (WB-778812), described by what it is, and
    // Nedbank MFC's, described by its lender. "Vehicle finance" is now read as a payee, so the MFC debit order, whose
    // narration writes VEHICLE FINANCE, is confirmed against the WesBank instalment. The MFC entry is the right one (or
    // a suggestion); before the rule both were only suggested.
    const r = reconcile(
      [
        bankLine('m', '2025-05-02', -8_450_00, {
          currency: 'ZAR',
          narration: 'MFC VEHICLE FINANCE 551234 DEBIT ORDER',
        }),
      ],
      [
        entry('w', '2025-05-01', -8_450_00, {
          currency: 'ZAR',
          description: 'Vehicle finance - instalment 12 of 60 WB-778812',
        }),
        entry('f', '2025-05-03', -8_450_00, { currency: 'ZAR', description: 'Nedbank MFC - instalment 3 of 54' }),
      ],
      za,
    );
    expect(matchesOf(r, 'm').filter((m) => m.ledgerIds.includes('w'))).toEqual([]);
  });
});

describe('an own-account transfer named by its account number', () => {
  it("the paying account's own number on both sides is no own transfer: a supplier paid from it is not", () => {
    // The bank moved ₦48,000 from the current account 0112***445 to the holder's savings 1050***118 and writes both
    // numbers. The books hold a payment to Emeka Obi Hardware noting the account it was paid from, 0112***445 (its
    // bank line goes out after the statement). The shared number is the business's own paying account, not the one
    // the money went to, and the entry names a supplier: the savings transfer is not that payment.
    const r = reconcile(
      [bankLine('s', '2025-02-06', -48_000_00, { narration: 'SELF TRF FRM 0112***445 TO 1050***118' })],
      [
        entry('l', '2025-02-06', -48_000_00, {
          description: 'Transfer to Emeka Obi Hardware from GTB 0112***445',
        }),
      ],
      ng,
    );
    expect(r.matches).toEqual([]);
  });
});
