/**
 * Third review of s22's matching changes (9d4220c, 6ae8ae4, 7c76b96): the reversal pass's refusals by refund wording and
 * by differing long numbers, the Nigerian VAT and SMS presets, the generic bank-fee rule's payee and bill checks, the
 * own-transfer pass on NIP DR/ layouts, and a receipt confirmed less the charges the payer says it deducted. Each case
 * is a pair, a group or a posting the engine confirms that an accountant would undo, or a real reversal left unpaired so
 * that the failed debit is confirmed against the books.
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

describe('review s22c: a failed transfer and the bank putting it back (reversal pass)', () => {
  it('"Refund for failed transfer" sharing the transfer\'s reference or account number still undoes the transfer', () => {
    // refundOfDocument reads REFUND in the later line as goods refunded whenever the shared key has fewer than twelve
    // digits: wallets word the return of a failed transfer "Refund for failed transfer …" and repeat the transfer's own
    // reference or the beneficiary's account number, so the pair is refused (and, a key being shared, never read by its
    // words); the failed debit is then confirmed as the books' payment to Okon Freight, the refund left over
    const layouts = [
      {
        failed: { narration: 'Transfer to OKON FREIGHT SERVICES', reference: 'OPAY250428AB12CD' },
        refund: { narration: 'Refund for failed transfer to OKON FREIGHT SERVICES', reference: 'OPAY250428AB12CD' },
      },
      {
        failed: { narration: 'Transfer to OKON FREIGHT SERVICES 0123456789 Access Bank' },
        refund: { narration: 'Refund for failed transfer to OKON FREIGHT SERVICES 0123456789 Access Bank' },
      },
    ];
    for (const x of layouts) {
      const r = reconcile(
        [bankLine('b1', '2025-04-28', -80_000_00, x.failed), bankLine('b2', '2025-04-29', 80_000_00, x.refund)],
        [entry('l1', '2025-04-28', -80_000_00, { party: 'Okon Freight Services', reference: 'PV-0077' })],
        ng,
      );
      expect(ledgerIdsOf(r)).toEqual([]);
      expect(reversalPairs(r)).toEqual([['b1', 'b2']]);
    }
  });

  it("a reversal naming the account credited back, the transfer the payee's account, is not another transfer's", () => {
    // otherTransferIds takes any twelve digits or more for a session id: Ghanaian and Kenyan account numbers have
    // thirteen, so the transfer writing the payee's account and its reversal writing the business's own account "carry
    // different session ids"; the reversal, which repeats the payee otherwise, is refused, and the failed debit is
    // confirmed as the books' payment to the payee
    const cases = [
      {
        currency: 'GHS' as const,
        tz: gh,
        failed: 'INTERBANK TRF TO ASANTE PHARMA LTD A/C 1441000123456',
        reversal: 'REVERSAL INTERBANK TRF ASANTE PHARMA LTD CR A/C 1021130012345',
        party: 'Asante Pharma Ltd',
      },
      {
        currency: 'KES' as const,
        tz: ke,
        failed: 'PESALINK TO JOSEPH NJOROGE MUTUA A/C 0180291234567',
        reversal: 'PESALINK REVERSAL JOSEPH NJOROGE MUTUA CR A/C 1180299876543',
        party: 'Joseph Njoroge Mutua',
      },
    ];
    for (const c of cases) {
      const r = reconcile(
        [
          bankLine('b1', '2025-04-28', -80_000_00, { currency: c.currency, narration: c.failed }),
          bankLine('b2', '2025-04-29', 80_000_00, { currency: c.currency, narration: c.reversal }),
        ],
        [entry('l1', '2025-04-28', -80_000_00, { currency: c.currency, party: c.party, reference: 'PV-0077' })],
        c.tz,
      );
      expect(ledgerIdsOf(r)).toEqual([]);
    }
  });
});

describe("review s22c: Nigerian presets on a supplier's payment and on the bank's VAT (nigerian-presets.ts)", () => {
  it('a courier\'s "delivery fee + VAT" paid by transfer is not VAT on the bank\'s fees', () => {
    // ng-vat-on-fees takes any fee word before VAT for the bank's own charge and refuses only NIP DR/ and NIP CR/ among
    // the slash layouts: Kuda's "<payee>/ <bank> — <memo>" (the payer field naming GIG Logistics), Keystone's
    // NIP/<bank>/<payee>/ and MOB TRF/<payee>/ all post ₦3,225 paid to a courier to "Taxes:VAT on bank charges"
    for (const line of [
      {
        narration: 'GIG LOGISTICS/ ZENITH BANK — delivery fee + VAT',
        counterpartyName: 'GIG LOGISTICS/ ZENITH BANK',
      },
      { narration: 'NIP/ZENITH/GIG LOGISTICS/DELIVERY FEE + VAT' },
      { narration: 'MOB TRF/GIG LOGISTICS/DELIVERY FEES VAT' },
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -3_225_00, line)], [], ng);
      expect(rulePostings(r)).toEqual([]);
    }
  });

  it('the VAT on a bank charge written after a hyphen or in brackets is not posted as the charge itself', () => {
    // the VAT preset now wants VAT first, or after the charge's word with a space, "+", "&", AND or INCL between: the
    // bank's "SMS ALERT CHARGES - VAT" and "ACCOUNT MAINTENANCE FEE (VAT)" fall through to the SMS and maintenance
    // presets, and the VAT is posted to "Bank charges:SMS alerts" and "Bank charges:Account maintenance"
    for (const [narration, amount] of [
      ['SMS ALERT CHARGES - VAT', -1_39],
      ['ACCOUNT MAINTENANCE FEE (VAT)', -75_00],
    ] as const) {
      const r = reconcile([bankLine('b1', '2025-06-05', amount, { narration })], [], ng);
      expect(rulePostings(r)).toEqual(['ng-vat-on-fees']);
    }
  });

  it("SMS units bought from an SMS aggregator are not the bank's SMS alert charges", () => {
    // ng-sms-alert refuses only "BULK SMS" with a space and the NIP DR/ and NIP CR/ layouts: the same purchase worded
    // "SMS units charge" in Kuda's layout (the payer field naming Multitexter), "BULK-SMS" in Keystone's NIP/ layout or
    // "SMS CHARGES" after MOB TRF/<payee>/ is posted to "Bank charges:SMS alerts"
    for (const line of [
      {
        narration: 'MULTITEXTER TECHNOLOGIE/ GTBANK — SMS units charge',
        counterpartyName: 'MULTITEXTER TECHNOLOGIE/ GTBANK',
      },
      { narration: 'NIP/GTB/MULTITEXTER TECHNOLOGIES/BULK-SMS CHARGES' },
      { narration: 'MOB TRF/TERMII/SMS CHARGES JUNE' },
    ]) {
      const r = reconcile([bankLine('b1', '2025-06-05', -8_000_00, line)], [], ng);
      expect(rulePostings(r)).toEqual([]);
    }
  });
});

describe("review s22c: a supplier's service is not the bank's own fee (rule-pass.ts, bank-own-fee.ts)", () => {
  it('a payer field naming the payee with its bank, a PLC, or in one word still keeps the fee from being posted', () => {
    // namesPayee takes any field with BANK, MFB or PLC for the bank and wants two words: "SAFEGUARD CASH LOGISTICS/
    // ZENITH BANK" (the payee and its bank), "ETRANZACT INTERNATIONAL PLC" (a listed payment processor) and "G4S" are
    // read as no payee, and the cash-handling and processing fees paid to them are posted to "Bank charges:Bank fees"
    const cases = [
      { narration: 'CASH HANDLING FEE', counterpartyName: 'SAFEGUARD CASH LOGISTICS/ ZENITH BANK' },
      { narration: 'PAYMENT PROCESSING FEE', counterpartyName: 'ETRANZACT INTERNATIONAL PLC' },
      { narration: 'CASH COLLECTION FEE', counterpartyName: 'G4S' },
    ];
    for (const line of cases) {
      const r = reconcile([bankLine('b1', '2025-06-05', -9_800_00, line)], [], ng);
      expect(rulePostings(r)).toEqual([]);
    }
  });

  it("a payroll bureau's bill booked two weeks before its payment is not left open while the fee is posted", () => {
    // billOfTheAmount reads bills inside the 7-day date window only, though a named supplier is paid weeks after its
    // bill (the candidates reach 90 days for a named party): the bureau's ₦7,500 bill of 22 May stays open and
    // "SALARY PROCESSING FEE" on 5 June is posted to Bank fees, the bill to be paid twice
    const r = reconcile(
      [bankLine('b1', '2025-06-05', -7_500_00, { narration: 'SALARY PROCESSING FEE' })],
      [
        entry('l1', '2025-05-22', -7_500_00, {
          party: 'Paywise Payroll Bureau Ltd',
          description: 'Payroll services May 2025',
          reference: 'PB-2291',
        }),
      ],
      ng,
    );
    expect(rulePostings(r)).toEqual([]);
  });
});

describe('review s22c: a payee in the NIP DR/ layout is no own transfer (own-transfer pass)', () => {
  it('"NIP DR/MUSA IBRAHIM/UBA/MONEY TRANSFER" and "NIP DR/MAIN ONE CABLE CO/GTB/TRANSFER" are not a funds transfer', () => {
    // namesPayee (own-transfer-pass.ts) gives up at the first word naming an account's kind, even after the payee's
    // two words: the memo's MONEY and the ISP's name MAIN read as the business's own account, and the payment to Musa
    // Ibrahim or to MainOne is confirmed as money moved between the business's own accounts
    for (const narration of ['NIP DR/MUSA IBRAHIM/UBA/MONEY TRANSFER', 'NIP DR/MAIN ONE CABLE CO/GTB/TRANSFER']) {
      const r = reconcile(
        [bankLine('b1', '2025-03-12', -250_000_00, { narration })],
        [entry('l1', '2025-03-11', -250_000_00, { description: 'Funds transfer' })],
        ng,
      );
      expect(ledgerIdsOf(r)).toEqual([]);
    }
  });
});

describe('review s22c: a receipt less the charges the payer says it deducted (reference-pass.ts chargesDeducted)', () => {
  const invoice = entry('l1', '2025-09-02', 5_852_692_02, {
    reference: 'INV-510775',
    party: 'Amaechi Hardware and Tools Ltd',
    description: 'Receipt for invoice 510775',
  });
  const lessCharges = bankLine('b1', '2025-09-04', 5_852_638_27, {
    narration: 'NIP CR/AMAECHI HARDWARE & TOOLS LTD/STANBIC IBTC/INV 510775 LESS CHARGES',
  });

  it('the ₦53.75 is not written off when the books hold it or the payer sends it the next day', () => {
    // chargesDeducted never asks what gatewayCharged asks (gapExplained): an open entry of exactly the gap (the
    // bookkeeper booked the charge the customer took off), or another receipt of it close by (the customer sent the
    // charges after all); the gap is written off to Bank charges anyway and counted twice
    const booked = reconcile(
      [lessCharges],
      [invoice, entry('l2', '2025-09-04', -53_75, { description: 'Bank charge on receipt deducted by customer' })],
      ng,
    );
    expect(booked.matches.filter((m) => m.writeOff !== null)).toEqual([]);
    const sent = reconcile(
      [
        lessCharges,
        bankLine('b2', '2025-09-05', 53_75, {
          narration: 'NIP CR/AMAECHI HARDWARE & TOOLS LTD/STANBIC IBTC/BAL CHARGES',
        }),
      ],
      [invoice],
      ng,
    );
    expect(sent.matches.filter((m) => m.writeOff !== null)).toEqual([]);
  });
});
