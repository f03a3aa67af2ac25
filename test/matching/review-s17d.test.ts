/**
 * Review of the rules of 2026-12-04 (session 17d): a description's parts set apart by an em dash, a part of only
 * channel, purpose or role words dropped (3054460, prepared.ts descriptionSegmentsOf), and the instalments pass
 * indexing an entry under every word of its own name (c3c780e, instalments-pass.ts). Each test is an outcome a careful
 * accountant would reject; each fails on the code it was written against (8a4006f) and passes with that commit's change
 * taken out.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

type Result = ReturnType<typeof reconcile>;
const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const takenBy = (r: Result, ledgerId: string) =>
  r.matches.filter((m) => m.ledgerIds.includes(ledgerId)).map((m) => [...m.bankIds].sort());

describe('a part after the em dash that says how the money came, not who sent it', () => {
  it('"Chidi Okafor — Moniepoint" is not every payer banking with Moniepoint', () => {
    // A Lagos shop's Zoho Books receipts note the customer and the way they paid ("— Moniepoint", "— Opay"). The
    // statement's NIP credits name the sending bank and the sender. Blessing Adeyemi's ₦250,000 (another customer,
    // not yet booked) comes through Moniepoint too; Chidi Okafor has paid nothing. The part [MONIEPOINT] alone is
    // read as naming the payee, and the credit is confirmed against Chidi's receipt at 0.96.
    const r = reconcile(
      [bankLine('b1', '2025-05-12', 250_000_00, { narration: 'NIP/MONIEPOINT MFB/BLESSING ADEYEMI' })],
      [entry('l1', '2025-05-12', 250_000_00, { reference: 'RCT-0143', description: 'Chidi Okafor — Moniepoint' })],
      ng,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });

  it('"Okon Freight Services — Zenith Bank" is not every transfer to a Zenith account', () => {
    // The books note the supplier and the bank it is paid into; NIP debits write the beneficiary's bank. A ₦400,000
    // transfer to another supplier banking with Zenith is confirmed as Okon Freight's payment: [ZENITH] is a bank.
    const r = reconcile(
      [bankLine('b1', '2025-05-12', -400_000_00, { narration: 'NIP TRF TO ADEBAYO PRINTING PRESS/ZENITH BANK' })],
      [
        entry('l1', '2025-05-12', -400_000_00, {
          reference: 'PV-0217',
          description: 'Okon Freight Services — Zenith Bank',
        }),
      ],
      ng,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });

  it('"Kojo Mensah — Vodafone Cash" is not Ama Serwaa paying by Vodafone Cash', () => {
    // An Accra retailer's receipts say which wallet paid. Every Vodafone Cash credit writes VODAFONE; Ama Serwaa's
    // GH₵1,200 is confirmed as Kojo Mensah's receipt, whose wallet payment has not come.
    const r = reconcile(
      [
        bankLine('b1', '2025-05-12', 1_200_00, {
          currency: 'GHS',
          narration: 'VODAFONE CASH CR 0201234567 AMA SERWAA',
        }),
      ],
      [
        entry('l1', '2025-05-12', 1_200_00, {
          currency: 'GHS',
          reference: 'RCT-0143',
          description: 'Kojo Mensah — Vodafone Cash',
        }),
      ],
      gh,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });

  it('"Kilimani Dental Clinic — Pesalink" is not Makini Schools paying by Pesalink', () => {
    // A Nairobi supplier's Zoho receipts end with the channel. Makini Schools' KES 85,000 by Pesalink (its own
    // invoice, unbooked) is confirmed as the clinic's receipt: the narration names another payer outright.
    const r = reconcile(
      [bankLine('b1', '2025-05-12', 85_000_00, { currency: 'KES', narration: 'PESALINK CR MAKINI SCHOOLS' })],
      [
        entry('l1', '2025-05-12', 85_000_00, {
          currency: 'KES',
          reference: 'RCT-0143',
          description: 'Kilimani Dental Clinic — Pesalink',
        }),
      ],
      ke,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });

  it('instalments of "Chidi Okafor — Moniepoint" are not two other customers paying through Moniepoint', () => {
    // The same part feeds the instalments pass: Blessing Adeyemi's ₦150,000 and Ibrahim Musa's ₦100,000, two
    // different senders, are summed and confirmed as Chidi Okafor's ₦250,000 paid in parts.
    const r = reconcile(
      [
        bankLine('p1', '2025-05-05', 150_000_00, { narration: 'NIP/MONIEPOINT MFB/BLESSING ADEYEMI' }),
        bankLine('p2', '2025-05-19', 100_000_00, { narration: 'NIP/MONIEPOINT MFB/IBRAHIM MUSA' }),
      ],
      [entry('l1', '2025-05-19', 250_000_00, { reference: 'RCT-0143', description: 'Chidi Okafor — Moniepoint' })],
      ng,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });
});

describe('a part after the em dash that says what was sold', () => {
  it('"Catering — Yaba College of Technology" is not a payment from another caterer', () => {
    // A Lagos caterer books each job as "<service> — <client>". Adunni Catering Services (a fellow caterer paying for
    // a shared job, not yet booked) sends ₦450,000; Yaba College's receipt of the same round sum is open. The part
    // [CATERING] is a word of the sender's trading name, and the credit is confirmed as Yaba College's payment.
    const r = reconcile(
      [bankLine('b1', '2025-05-12', 450_000_00, { narration: 'NIP FRM ADUNNI CATERING SERVICES' })],
      [
        entry('l1', '2025-05-12', 450_000_00, {
          reference: 'SI-2025-0143',
          description: 'Catering — Yaba College of Technology',
        }),
      ],
      ng,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });
});

describe('instalments found by a word of the name that is not its longest', () => {
  it('Peter Kamau Mwangi paying twice is not Peter Kamau Njoroge paying in parts', () => {
    // Two Kenyan customers share a given name and first surname, as many do. Before, Peter Kamau Njoroge's invoice was
    // found by NJOROGE only; now KAMAU finds it, and the narration's leading PETER KAMAU is taken as naming him: Peter
    // Kamau Mwangi's KES 30,000 and KES 20,000 are confirmed as Njoroge's KES 50,000 in two parts.
    const r = reconcile(
      [
        bankLine('p1', '2025-05-05', 30_000_00, { currency: 'KES', narration: 'MPESA C2B PETER KAMAU MWANGI' }),
        bankLine('p2', '2025-05-19', 20_000_00, { currency: 'KES', narration: 'MPESA C2B PETER KAMAU MWANGI' }),
      ],
      [
        entry('l1', '2025-05-19', 50_000_00, {
          currency: 'KES',
          reference: 'INV-0143',
          party: 'Peter Kamau Njoroge',
        }),
      ],
      ke,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });

  it('Royal Grace Supermarket paying twice is not Royal Grace Pharmacy paying in parts', () => {
    // A Lagos distributor sells to both (unrelated shops sharing a common lead name). Before, the pharmacy's invoice
    // was found by PHARMACY; now GRACE finds it, and ROYAL GRACE is read as its name: the supermarket's ₦300,000 and
    // ₦200,000 are confirmed as the pharmacy's ₦500,000 invoice paid in parts.
    const r = reconcile(
      [
        bankLine('p1', '2025-05-05', 300_000_00, { narration: 'NIP FRM ROYAL GRACE SUPERMARKET' }),
        bankLine('p2', '2025-05-19', 200_000_00, { narration: 'NIP FRM ROYAL GRACE SUPERMARKET' }),
      ],
      [entry('l1', '2025-05-19', 500_000_00, { reference: 'INV-0143', party: 'Royal Grace Pharmacy Ltd' })],
      ng,
    );
    expect(takenBy(r, 'l1')).toEqual([]);
  });
});
