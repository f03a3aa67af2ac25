/**
 * Review of f493b65 (a bank line with a cheque word gives a cheque serial key for every standalone 3–8 digit number it
 * writes; a books reference holding a bare number gives the same key) and 6debb99 (a bank-charges entry naming a kind
 * of charge takes the charge lines naming it within a day of its date). Each case is a wrong auto-confirmation made now
 * and not with the named commit's rule taken out (bankChequeKeys/ledgerChequeKey, chargeWithItsTax: then a suggestion,
 * the right match, or nothing). Failing by design until the engine is fixed.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const gh = { timezone: 'Africa/Accra' };
const ke = { timezone: 'Africa/Nairobi' };
const za = { timezone: 'Africa/Johannesburg' };

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('review s15b: every number on a cheque line read as the cheque number (f493b65)', () => {
  it("a cheque deposit's branch number is not the receipt numbered 105 in the books", () => {
    // 105 is where the cheque was lodged; QuickBooks numbers sales receipts in its Num column, and Kano Traders' receipt
    // of three weeks earlier happens to carry 105. Two open receipts of the amount: a person says which
    const r = reconcile(
      [bankLine('chq', '2025-06-10', 450_000_00, { narration: 'CLEARING CHQ DEP 00000245 BRANCH 105' })],
      [
        entry('adewale', '2025-06-06', 450_000_00, { description: 'Payment — Adewale Stores (cheque)' }),
        entry('sr105', '2025-05-20', 450_000_00, { reference: '105', description: 'Sales receipt — Kano Traders' }),
      ],
      ng,
    );
    expect(pairs(r)).not.toContainEqual([['chq'], ['sr105']]);
  });

  it('a deposit slip number is no cheque number: a receipt seven weeks old is not proved by it', () => {
    // the line's only tie to receipt 1105 is the bank's slip number; by amount alone an entry that old is no candidate
    const r = reconcile(
      [bankLine('chq', '2025-06-10', 85_000_00, { narration: 'CHQ DEPOSIT 000341 SLIP NO 1105' })],
      [entry('r1105', '2025-04-22', 85_000_00, { reference: '1105', description: 'Receipt — Nakuru Hardware' })],
      ke,
    );
    expect(pairs(r)).toEqual([]);
  });

  it("a customer's cheque number is from the customer's cheque book, not the business's receipt series", () => {
    // receipts 245 and 251 are the books' own numbering (both bare numbers in one column): cheque 000245 drawn by
    // some customer meets receipt 245 by chance, and either receipt of the amount may be the one banked
    const r = reconcile(
      [bankLine('chq', '2025-06-10', 120_000_00, { narration: 'CHQ DEP 000245 CLEARING' })],
      [
        entry('r245', '2025-06-03', 120_000_00, { reference: '245', description: 'Receipt — Tema Oil Mills' }),
        entry('r251', '2025-06-09', 120_000_00, { reference: '251', description: 'Receipt — Kumasi Agro' }),
      ],
      gh,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('cheque 000412 is not payment voucher 412: the cheque book and the voucher series are numbered apart', () => {
    // Manager.io numbers payments itself (398, 412): the voucher that shares the cheque's number pays someone else by
    // transfer; two open payments of the rent-sized round sum are a person's to tell apart
    const r = reconcile(
      [bankLine('chq', '2025-06-12', -250_000_00, { narration: 'CHQ 000412 PAID CLEARING' })],
      [
        entry('pv398', '2025-06-09', -250_000_00, {
          reference: '398',
          description: 'Office rent June — Adeyemi Properties',
        }),
        entry('pv412', '2025-06-11', -250_000_00, {
          reference: '412',
          description: 'Security retainer June — Halogen',
        }),
      ],
      ng,
    );
    expect(pairs(r)).toEqual([]);
  });

  it("Absa's CHEQUE CARD PURCHASE is a debit card payment: the card's last four digits are no cheque number", () => {
    // South African banks call a current account a cheque account and its debit card a cheque card; 2231 ends the card
    // number on every purchase, and the books' payment 2231 (a prepaid electricity purchase) is not this one
    const r = reconcile(
      [
        bankLine('card', '2025-06-12', -1_250_00, {
          narration: 'CHEQUE CARD PURCHASE BUILDERS WAREHOUSE 4587*2231',
          currency: 'ZAR',
        }),
      ],
      [
        entry('bw', '2025-06-12', -1_250_00, {
          reference: '2240',
          description: 'Builders Warehouse — paint',
          currency: 'ZAR',
        }),
        entry('pv2231', '2025-06-09', -1_250_00, {
          reference: '2231',
          description: 'Prepaid electricity — City Power',
          currency: 'ZAR',
        }),
      ],
      za,
    );
    expect(pairs(r)).not.toContainEqual([['card'], ['pv2231']]);
  });
});

describe("review s15b: a charge booked with its VAT takes another month's charge of the same kind (6debb99)", () => {
  it("May's maintenance fee booked late on 30 June is not June's fee charged that day", () => {
    // the entry names MAY 2025; the bank charges the same fee every month end, so June's fee and VAT make its amount by
    // construction. May's own lines stay open (and get posted again by the rules): the fee is counted twice
    const line = (id: string, date: string, amountMinor: number, narration: string) =>
      bankLine(id, date, amountMinor, { narration });
    const r = reconcile(
      [
        line('sms', '2025-05-12', -4_00, 'SMS ALERT CHARGES'),
        line('mayFee', '2025-05-31', -1_000_00, 'ACCOUNT MAINTENANCE FEE'),
        line('mayVat', '2025-05-31', -75_00, 'VAT ON ACCOUNT MAINTENANCE FEE'),
        line('junFee', '2025-06-30', -1_000_00, 'ACCOUNT MAINTENANCE FEE'),
        line('junVat', '2025-06-30', -75_00, 'VAT ON ACCOUNT MAINTENANCE FEE'),
      ],
      [
        entry('may', '2025-06-30', -1_075_00, {
          description: 'Bank charges - account maintenance fee MAY 2025 incl VAT',
        }),
      ],
      ng,
    );
    expect(pairs(r)).not.toContainEqual([['junFee', 'junVat'], ['may']]);
  });
});
