/**
 * The payee a description names in a part of its own: a company of one word and its legal form between em dashes
 * ("Diesel for baler genset — Ardova Plc — Brass debit card"), or the person behind a firm in brackets ("FA
 * Engineering Works (Femi Adewale)"). Missed before: the one word was taken for what was bought, the brackets dropped.
 * The refusals: the same writing of another company, or another person in brackets.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const confirmed = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('a payee in a part of the description of its own', () => {
  it('a company of one word and its legal form between em dashes', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-10', -98_500_00, { narration: 'CARD PURCHASE ARDOVA PLC IKORODU RD LAGOS NG CRD6645' })],
      [
        entry('e', '2025-07-10', -98_500_00, {
          description: 'Diesel for baler genset — Ardova Plc — Brass debit card',
        }),
      ],
    );
    expect(confirmed(r)).toEqual([[['b'], ['e']]]);
  });

  it('a person in brackets behind the firm the books name', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-29', -78_000_00, { narration: 'TRF TO FEMI ADEWALE/GEN REPAIRS 0905842507291022' })],
      [
        entry('e', '2025-07-29', -78_000_00, {
          description: 'Generator servicing & repairs — FA Engineering Works (Femi Adewale)',
        }),
      ],
    );
    expect(confirmed(r)).toEqual([[['b'], ['e']]]);
  });

  it('another company so written, or another person in brackets, is no payee of the line', () => {
    const other = reconcile(
      [bankLine('b', '2025-07-10', -98_500_00, { narration: 'CARD PURCHASE ARDOVA PLC IKORODU RD LAGOS NG CRD6645' })],
      [
        entry('e', '2025-07-10', -98_500_00, {
          description: 'Diesel for baler genset — Conoil Plc — Brass debit card',
        }),
      ],
    );
    expect(other.matches).toEqual([]);
    const someoneElse = reconcile(
      [bankLine('b', '2025-07-29', -78_000_00, { narration: 'TRF TO FEMI ADEWALE/GEN REPAIRS 0905842507291022' })],
      [
        entry('e', '2025-07-29', -78_000_00, {
          description: 'Generator servicing & repairs — FA Engineering Works (Tunde Bakare)',
        }),
      ],
    );
    expect(someoneElse.matches).toEqual([]);
  });
});
