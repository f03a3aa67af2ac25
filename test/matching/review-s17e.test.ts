/**
 * Review of the rules of 2026-12-04 (session 17): a discount or retention the payer states with its rate
 * (stated-deduction.ts, dc4a174) and a year-less serial withheld at source (c27e05c). Each test is an outcome a careful
 * accountant would reject, and fails on the code it was written against (3c89751).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const run = (
  currency: 'NGN' | 'GHS' | 'KES',
  timezone: string,
  reference: string,
  amountMinor: number,
  invoiceMinor: number,
) =>
  reconcile(
    [bankLine('b1', '2025-09-22', amountMinor, { currency, narration: 'INWARD TRANSFER', reference })],
    [
      entry('l1', '2025-09-15', invoiceMinor, {
        currency,
        reference: 'INV-1212',
        party: 'Asante Builders Ltd',
        description: 'Invoice INV-1212',
      }),
    ],
    { timezone },
  ).matches;

describe('a stated discount or retention whose rate is also a withholding rate', () => {
  it('Ghana: "LESS 5% RETENTION" goes to Retentions receivable, not withholding tax', () => {
    // A Ghanaian contractor's client (works contract) holds back 5% retention on a certificate and says so. 5% is also
    // Ghana's WHT rate on works, and the withholding reading runs first: the retention, which the client will pay
    // later, is written off to Withholding tax receivable, where it waits for a GRA credit certificate that never comes.
    const m = run('GHS', 'Africa/Accra', 'ASANTE BUILDERS INV-1212 LESS 5% RETENTION', 95_000_00, 100_000_00);
    expect(m[0]?.writeOff?.account ?? 'none').not.toMatch(/Withholding/);
  });

  it('Ghana: "LESS 3% DISC" goes to Discount allowed, not withholding tax on goods', () => {
    // A 3% early-settlement discount is a common trade term; 3% is also Ghana's WHT on goods, so the customer's stated
    // discount is booked as a tax credit the company will claim against GRA without any WHT certificate behind it.
    const m = run('GHS', 'Africa/Accra', 'ASANTE BUILDERS INV-1212 LESS 3% DISC', 97_000_00, 100_000_00);
    expect(m[0]?.writeOff?.account ?? 'none').not.toMatch(/Withholding/);
  });

  it('Nigeria: "LESS 5% RETENTION" goes to Retentions receivable, not WHT', () => {
    // Nigerian building contracts hold 5% retention until the defects period ends; 5% is also WHT on contracts. The
    // retention still due from the client is written off to WHT receivable and drops out of the debtors' ledger.
    const m = run('NGN', 'Africa/Lagos', 'ASANTE BUILDERS INV-1212 LESS 5% RETENTION', 950_000_00, 1_000_000_00);
    expect(m[0]?.writeOff?.account ?? 'none').not.toMatch(/Withholding/);
  });

  it('Kenya: "LESS 2% DISC" goes to Discount allowed, not withholding VAT', () => {
    // "2/10 net 30" terms: a Kenyan customer takes 2% for paying early and says so. 2% of the gross is read as
    // withholding VAT (an appointed agent's 2%), a KRA credit no iTax certificate will ever support.
    const m = run('KES', 'Africa/Nairobi', 'ASANTE BUILDERS INV-1212 LESS 2% DISC', 98_000_00, 100_000_00);
    expect(m[0]?.writeOff?.account ?? 'none').not.toMatch(/Withholding/);
  });
});

describe('a stated withholding rate the gap is not', () => {
  it('Nigeria: "inv 339 LESS 5% WHT" short by 10% is not all withholding tax', () => {
    // The payer says it withheld 5% (supply of goods), but the receipt is 10% short: the other 5% is a short payment
    // (a disputed line, a retention) still owed. The stated rate is never compared with the gap, so the year-less serial
    // (c27e05c) confirms the match and writes the whole 10% off to WHT receivable, twice the credit note FIRS will show.
    const r = reconcile(
      [
        bankLine('b1', '2025-09-22', 900_000_00, {
          currency: 'NGN',
          narration: 'NIP/ZENITH/DIVINE FAVOUR PROVISIONS/inv 339 LESS 5% WHT',
        }),
      ],
      [
        entry('l1', '2025-09-10', 1_000_000_00, {
          currency: 'NGN',
          reference: 'INV-2025-0339',
          party: 'Divine Favour Provisions Ltd',
          description: 'Supply of provisions',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.matches.map((m) => m.writeOff)).toEqual([]);
  });
  it('Kenya: "inv 339 LESS 5% WHT" short by 2% is not withholding VAT', () => {
    // The client says it withheld 5% income tax on consultancy fees (Kenya's rate on professional fees), yet the gap is
    // 2%: the stated tax and the gap disagree. The serial is confirmed anyway and the gap goes to Withholding VAT
    // receivable, a different KRA tax the client never said it withheld; a person should read the remittance advice.
    const r = reconcile(
      [
        bankLine('b1', '2025-09-22', 98_000_00, {
          currency: 'KES',
          narration: 'PESALINK/WANJIKU HARDWARE LTD/inv 339 LESS 5% WHT',
        }),
      ],
      [
        entry('l1', '2025-09-10', 100_000_00, {
          currency: 'KES',
          reference: 'INV-2025-0339',
          party: 'Wanjiku Hardware Ltd',
          description: 'Consultancy fees',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => m.writeOff)).toEqual([]);
  });
});
