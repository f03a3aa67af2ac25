/**
 * Second review of s22's matching changes: the generic "bank's own fee" rule, the Nigerian VAT and SMS presets on
 * suppliers' payments, the reversal pass's new refusals (a reversal's own reference, a return written FROM the payee)
 * and its receipt-and-refund pairs in the layouts that write no FROM or TO, and the own-transfer pass on NIP slash
 * layouts. Each case is a pair, a group or a posting the engine confirms that an accountant would undo.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };

/** The groups the reversal pass made: both lines, no entry. */
const reversalPairs = (r: ReconcileResult) =>
  r.matches.filter((m) => m.ruleId === 'reversal-pair').map((m) => [...m.bankIds].sort());

/** The rule postings confirmed (a rule group has no ledger side). */
const rulePostings = (r: ReconcileResult) =>
  r.matches.filter((m) => m.ledgerIds.length === 0 && m.ruleId !== 'reversal-pair').map((m) => m.ruleId);

describe("review s22b: a supplier's service paid by transfer is not the bank's own fee (bank-own-fee.ts)", () => {
  it('"Cash handling fee" paid to SAFEGUARD CASH LOGISTICS (the line\'s payer field) is not posted to Bank fees', () => {
    // bankOwnFeeRule reads the narration only: service words and a fee word are taken for the bank's own charge while
    // the line's own payer field names the cash-in-transit company paid, and the rule posts it to Bank charges
    const r = reconcile(
      [
        bankLine('b1', '2025-06-05', -9_800_00, {
          narration: 'Cash handling fee',
          counterpartyName: 'SAFEGUARD CASH LOGISTICS',
          counterpartyAccount: '0123456789',
        }),
      ],
      [],
      ng,
    );
    expect(rulePostings(r)).toEqual([]);
  });

  it("a payroll bureau's, a property manager's and a cash-in-transit bill the books hold of the amount are not posted as bank fees", () => {
    // bookedAs counts only entries that name no one or are worded as a charge: a supplier's bill of exactly the amount,
    // booked the day before, is passed over and the line ("SALARY PROCESSING FEE", "MANAGEMENT FEE", "CASH COLLECTION
    // FEE": a supplier's service as much as the bank's) is posted to Bank charges, leaving the bill open to be paid
    // twice. The counterparty and unique-amount passes never looked, as the line had a rule
    const cases = [
      {
        currency: 'NGN' as const,
        tz: ng,
        narration: 'SALARY PROCESSING FEE',
        amount: -7_500_00,
        bill: { party: 'Paywise Payroll Bureau Ltd', description: 'Payroll services June 2025', reference: 'PB-2291' },
      },
      {
        currency: 'GHS' as const,
        tz: gh,
        narration: 'MANAGEMENT FEE',
        amount: -450_00,
        bill: { party: 'Broll Ghana Ltd', description: 'Property management June 2025', reference: 'BG-INV-0612' },
      },
      {
        currency: 'KES' as const,
        tz: ke,
        narration: 'CASH COLLECTION FEE',
        amount: -1_800_00,
        bill: { party: 'G4S Kenya Ltd', description: 'Cash in transit June 2025', reference: 'G4S-55821' },
      },
    ];
    for (const c of cases) {
      const r = reconcile(
        [bankLine('b1', '2025-06-05', c.amount, { currency: c.currency, narration: c.narration })],
        [entry('l1', '2025-06-04', c.amount, { currency: c.currency, ...c.bill })],
        c.tz,
      );
      expect(rulePostings(r)).toEqual([]);
    }
  });
});

describe("review s22b: Nigerian presets on a supplier's payment (nigerian-presets.ts)", () => {
  it("the VAT on Tetra Pak's and Okon Freight's invoices, paid by transfer, is not VAT on the bank's fees", () => {
    // ng-vat-on-fees refuses TO, FIRS or a VAT payment, but Kuda's outward layout ("<payee>/ <bank> — <memo>") and
    // the NIP DR/ layout write no TO: a supplier's VAT balance of ₦3,750 is posted to "Taxes:VAT on bank charges"
    for (const line of [
      {
        narration: 'TETRA PAK WEST AFRICA LI/ FIRST BANK — VAT on INV-4471',
        counterpartyName: 'TETRA PAK WEST AFRICA LI/ FIRST BANK',
      },
      { narration: 'NIP DR/OKON FREIGHT SERVICES/ACCESS/VAT BAL INV 0451' },
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -3_750_00, line)], [], ng);
      expect(rulePostings(r)).toEqual([]);
    }
  });

  it("bulk SMS units bought from Multitexter are not the bank's SMS alert charges", () => {
    // ng-sms-alert reads SMS then a charge word anywhere in any debit up to ₦10,000: a school's bulk SMS bought from an
    // SMS aggregator, the payee named, is posted to "Bank charges:SMS alerts"
    for (const line of [
      { narration: 'NIP DR/MULTITEXTER TECHNOLOGIES/GTB/BULK SMS CHARGES' },
      {
        narration: 'MULTITEXTER TECHNOLOGIE/ GTBANK — bulk SMS charge',
        counterpartyName: 'MULTITEXTER TECHNOLOGIE/ GTBANK',
      },
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -8_000_00, line)], [], ng);
      expect(rulePostings(r)).toEqual([]);
    }
  });
});

describe('review s22b: a failed transfer and its reversal (reversal pass)', () => {
  it("a failed transfer reversed with the bank's own reference on each line is not confirmed as the books' payment", () => {
    // otherTransferIds takes any twelve digits in the reference for a session id: Wema writes each line's own ALAT
    // reference, Stanbic the reversal's as "RVSL" and the original id's tail, so the two never share one and the
    // reversal is not paired by its words; the failed debit is then confirmed as the books' payment (re-sent next
    // month), and the reversal left over
    const layouts = [
      {
        failed: { narration: 'ALAT TRANSFER TO SANGO DIESEL DEPOT', reference: 'ALT2804258532759' },
        reversal: { narration: 'RVSL ALAT TRANSFER TO SANGO DIESEL DEPOT', reference: 'ALT2904255902568' },
        party: 'Sango Diesel Depot',
      },
      {
        failed: { narration: 'NIP TRANSFER TO ZENITH/OKON LOGISTICS LTD', reference: '221250428096077318975156553' },
        reversal: { narration: 'REVERSAL: NIP TRANSFER TO ZENITH/OKON LOGISTICS LTD', reference: 'RVSL318975156553' },
        party: 'Okon Logistics Ltd',
      },
    ];
    for (const x of layouts) {
      const r = reconcile(
        [bankLine('b1', '2025-04-28', -2_040_000_00, x.failed), bankLine('b2', '2025-04-29', 2_040_000_00, x.reversal)],
        [
          entry('l1', '2025-04-28', -2_040_000_00, {
            party: x.party,
            description: 'Supply April',
            reference: 'PV-0412',
          }),
        ],
        ng,
      );
      expect(ledgerIdsOf(r)).toEqual([]);
    }
  });

  it('a transfer the beneficiary bank returned, quoting its session id, is not confirmed as the payment made', () => {
    // turnsRound refuses any shared key when one line writes TO and the other FRM: a return comes from the payee's
    // bank ("NIP FRM ZENITH/OKON FREIGHT RETURNED/<the same session>"), and a session id is one transfer's, never a
    // refund's; unpaired, the failed debit is confirmed as the books' payment to Okon Freight
    const r = reconcile(
      [
        bankLine('b1', '2025-04-28', -80_000_00, {
          narration: 'NIP TRF TO OKON FREIGHT/000013250428101010000111222333',
        }),
        bankLine('b2', '2025-04-29', 80_000_00, {
          narration: 'NIP FRM ZENITH/OKON FREIGHT RETURNED/000013250428101010000111222333',
        }),
      ],
      [entry('l1', '2025-04-28', -80_000_00, { party: 'Okon Freight Services', reference: 'PV-0077' })],
      ng,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a customer's payment and the refund for returned goods, both quoting INV 0451, are no reversal pair in CR/DR layouts", () => {
    // turnsRound only knows FROM and TO: Globus writes NIP CR/ and NIP DR/, Kuda "<name>/ <bank> — <memo>", Keystone
    // NIP/<bank>/<name>/: "RETURNED GOODS" is read as a reversal and the invoice number as the same transfer, and the
    // receipt and refund cancel with no ledger side, the books' INV-0451 receipt and credit note left open
    const layouts = [
      ['NIP CR/ADA OKEKE STORES/INV 0451', 'NIP DR/ADA OKEKE STORES/REFUND RETURNED GOODS INV 0451'],
      ['ADA OKEKE STORES/ OPAY — INV 0451', 'ADA OKEKE STORES/ OPAY — refund returned goods INV 0451'],
      ['NIP/GTB/ADA OKEKE STORES/INV 0451', 'NIP/OPAY/ADA OKEKE STORES/RETURNED GOODS INV 0451'],
    ];
    for (const [paid, refunded] of layouts) {
      const r = reconcile(
        [
          bankLine('b1', '2025-06-03', 45_000_00, { narration: paid }),
          bankLine('b2', '2025-06-12', -45_000_00, { narration: refunded }),
        ],
        [
          entry('l1', '2025-06-01', 45_000_00, {
            reference: 'INV-0451',
            party: 'Ada Okeke Stores',
            description: 'Sales invoice',
          }),
          entry('l2', '2025-06-11', -45_000_00, {
            reference: 'CN-0032',
            party: 'Ada Okeke Stores',
            description: 'Refund for returned goods INV-0451',
          }),
        ],
        ng,
      );
      expect(reversalPairs(r)).toEqual([]);
    }
  });
});

describe('review s22b: a payee in a NIP slash layout is no own transfer (own-transfer pass)', () => {
  it('"NIP/ACCESS/EBONYI GRAINS AND ALLIED CO/TRF" and "NIP DR/MUSA IBRAHIM/UBA/TRANSFER" are not the books\' funds transfer', () => {
    // namesOtherSide reads a payee only after TO, FROM, IFO, B/O or "TRF/": Keystone's inward NIP/<bank>/<name>/TRF and
    // the NIP DR/<name>/ layout name the customer or payee after a plain slash, and the transfer is confirmed as money
    // moved between the business's own accounts
    const cases = [
      { narration: 'NIP/ACCESS/EBONYI GRAINS AND ALLIED CO/TRF', amount: 1_250_000_00, description: 'Funds transfer' },
      { narration: 'NIP DR/MUSA IBRAHIM/UBA/TRANSFER', amount: -250_000_00, description: 'Funds transfer' },
    ];
    for (const c of cases) {
      const r = reconcile(
        [bankLine('b1', '2025-03-12', c.amount, { narration: c.narration })],
        [entry('l1', '2025-03-11', c.amount, { description: c.description })],
        ng,
      );
      expect(ledgerIdsOf(r)).toEqual([]);
    }
  });
});
