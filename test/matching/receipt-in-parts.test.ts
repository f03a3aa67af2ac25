/**
 * One transfer the books hold as one row per invoice it settles, all on the day it came ("TRF FROM KOLA ROOFING
 * SERVICES" ₦1,396,450.00 against Kola Roofing Services' rows for invoices 2253, 2254 and 2255 of the 19th): confirmed.
 * A payer's open invoices of several days that happen to sum to a payment stay a suggestion (sample case 2).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const kola = { party: 'Kola Roofing Services' };
const line = bankLine('b', '2025-06-19', 1_396_450_00, {
  narration: 'TRF FROM KOLA ROOFING SERVICES - goods REF:000084250706114355',
});
const rows = [
  entry('i2253', '2025-06-19', 559_950_00, { ...kola, description: 'Inv 2253' }),
  entry('i2254', '2025-06-19', 262_150_00, { ...kola, reference: '2254' }),
  entry('i2255', '2025-06-19', 574_350_00, { ...kola, reference: '2255' }),
];

describe('one receipt the books hold in parts', () => {
  it("confirms the payer's rows of one day that make the line to the cent", () => {
    const r = reconcile(
      [line],
      [
        entry('old', '2025-06-16', 7_500_000_00, { ...kola, description: 'Inv 2256' }),
        ...rows,
        entry('later', '2025-06-27', 1_783_700_00, { ...kola, description: 'Inv 2220' }),
      ],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['i2253', 'i2254', 'i2255']]]);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ; ')).toMatch(/one receipt booked in parts/);
  });

  it('reads the payer from the description when the books keep no party column', () => {
    const r = reconcile(
      [bankLine('b', '2025-10-16', 1_790_546_87, { narration: 'NIP CR/OCHENDO ENGINEERING LTD/TRANSFER' })],
      [
        entry('a', '2025-10-16', 976_897_80, { description: 'Ochendo Engineering Ltd', reference: 'OFC-INV-01229' }),
        entry('c', '2025-10-16', 813_649_07, { description: 'Ochendo Engineering Ltd', reference: 'OFC-INV-01234' }),
        entry('x', '2025-10-16', 500_000_00, { description: 'Ikeja Electric prepaid', reference: 'IE-778' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['a', 'c']]);
  });

  it('takes the rows of a day near the line, booked a day or two later', () => {
    const r = reconcile(
      [line],
      rows.map((e) => ({ ...e, date: '2025-06-21' })),
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['i2253', 'i2254', 'i2255']]);
  });

  it('leaves open invoices of several days a suggestion (sample case 2)', () => {
    const r = reconcile(
      [line],
      [
        entry('i2253', '2025-06-10', 559_950_00, { ...kola, description: 'Inv 2253' }),
        entry('i2254', '2025-06-12', 262_150_00, { ...kola, reference: '2254' }),
        entry('i2255', '2025-06-19', 574_350_00, { ...kola, reference: '2255' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('takes no part of a day: a row of that day left over makes the day no receipt of this amount', () => {
    const r = reconcile([line], [...rows, entry('i2257', '2025-06-19', 100_000_00, { ...kola, reference: '2257' })]);
    expect(r.matches).toEqual([]);
  });

  it("refuses when another day's rows of the payer make the amount too", () => {
    const r = reconcile(
      [line],
      [
        ...rows,
        entry('x1', '2025-06-20', 696_450_00, { ...kola, reference: '2260' }),
        entry('x2', '2025-06-20', 700_000_00, { ...kola, reference: '2261' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('refuses when the payer has a credit note that day (the receipt is netted), or the line quotes another invoice', () => {
    const credit = reconcile([line], [...rows, entry('cn', '2025-06-19', -50_000_00, { ...kola, reference: 'CN-7' })]);
    expect(credit.matches).toEqual([]);
    const quoting = reconcile([{ ...line, narration: 'TRF FROM KOLA ROOFING SERVICES INV 2299' }], rows);
    expect(quoting.matches).toEqual([]);
  });

  it('refuses when another open line of the amount names the payer, or an entry of the whole amount is near', () => {
    const twin = reconcile([line, { ...line, id: 'b2', date: '2025-06-20' }], rows);
    expect(twin.matches).toEqual([]);
    const whole = reconcile(
      [line],
      [...rows, entry('w', '2025-06-18', 1_396_450_00, { party: 'Ekiti Cement Depot', reference: 'INV-88' })],
    );
    expect(whole.matches.filter((m) => m.ledgerIds.length > 1)).toEqual([]);
  });

  it('refuses a line that names someone else', () => {
    const r = reconcile([{ ...line, narration: 'TRF FROM OKON FREIGHT SERVICES' }], rows);
    expect(r.matches).toEqual([]);
  });
});
