/**
 * One transfer paying an invoice less its credit note, both booked to the payer on one day ("EFT CR MANYATTA RIDERS
 * SACCO" KSh89,700.00 against invoice 10226 of KSh97,500.00 and credit memo CM-1004 of KSh7,800.00): confirmed as the
 * pair when the line names the payer clearly and no other of the payer's open items nets to the amount.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const sacco = { party: 'Manyatta Riders Sacco', currency: 'KES' as const };
const line = bankLine('b', '2011-07-22', 89_700_00, { currency: 'KES', narration: 'EFT CR MANYATTA RIDERS SACCO' });
const invoice = entry('inv', '2011-07-21', 97_500_00, { ...sacco, reference: '10226', description: '15 bicycles' });
const credit = entry('cm', '2011-07-21', -7_800_00, {
  ...sacco,
  reference: 'CM-1004',
  description: 'Credit memo - 2 frames returned',
});

describe('a receipt of an invoice less its credit note', () => {
  it("confirms the payer's invoice and credit note of one day that net to the line", () => {
    const r = reconcile([line], [invoice, credit]);
    expect(r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()])).toEqual([[['b'], ['cm', 'inv']]]);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ; ')).toMatch(/1 item less 1 credit note/);
  });

  it("leaves it a suggestion when another of the payer's invoices less a credit note nets to it too", () => {
    const r = reconcile(
      [line],
      [
        invoice,
        credit,
        entry('inv2', '2011-07-05', 92_700_00, { ...sacco, reference: '10219', description: '14 bicycles' }),
        entry('cm2', '2011-07-06', -3_000_00, {
          ...sacco,
          reference: 'CM-1001',
          description: 'Credit memo - a saddle',
        }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it("does not net another payer's credit note", () => {
    const r = reconcile([line], [invoice, { ...credit, party: 'Kisumu Bicycle Hire' }]);
    expect(r.matches).toEqual([]);
  });
});
