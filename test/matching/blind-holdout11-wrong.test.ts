/**
 * The wrong auto-matches the blind holdout11 measurement found (bench/corpus/holdout11, measured once at 993de73:
 * precision 98.0 %), restated with fresh figures. Each failed before its fix. Not here: a cheque deposited and
 * returned unpaid, which holdout11 reads as a reversal pair and holdout3 and holdout10 as a deposit settling the
 * receipt (the engine's reading, kept).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('wrong auto-matches of the blind holdout11', () => {
  it('a receipt the books hold twice under the document the line quotes: a person says which is the duplicate', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-06-16', 187_430_00, {
          narration: 'TRF FRM OGBA PROVISIONS/INVOICE 2217',
          reference: '000014250616805579744044551581',
        }),
      ],
      [
        entry('e1', '2025-06-16', 187_430_00, {
          reference: '518',
          description: 'Receipt - invoice #2217',
          party: 'Ogba Provisions Ltd',
        }),
        entry('e2', '2025-06-17', 187_430_00, {
          reference: '519',
          description: 'Being payment for INV 2217',
          party: 'Ogba Provisions Ltd',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.matches).toEqual([]);
    const s = r.suggestions.find((x) => x.bankIds.includes('b'));
    expect(s?.candidates[0]?.ledgerIds).toEqual(['e1']);
  });

  it('but one entry of the document and another of the same amount and another document do not stop it', () => {
    const r = reconcile(
      [bankLine('b', '2025-06-16', 187_430_00, { narration: 'TRF FRM OGBA PROVISIONS/INVOICE 2217' })],
      [
        entry('e1', '2025-06-16', 187_430_00, { reference: '2217', description: 'Receipt - Ogba Provisions' }),
        entry('e2', '2025-06-17', 187_430_00, { reference: '2291', description: 'Receipt - Yaba Stores' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e1']]]);
  });

  it("money of the amount from a person, against a receipt whose description names a business first: not the business's", () => {
    const r = reconcile(
      [
        bankLine('b', '2025-07-29', 318_644_00, {
          narration: 'FT FROM KCB/PETER N KAMAU DEPOSIT',
          reference: 'FT25543428211',
        }),
      ],
      [
        entry('e', '2025-07-28', 318_644_00, {
          reference: '002455',
          description: 'Thika Road Glass & Aluminium — Inv 002455',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches).toEqual([]);
  });

  it('a description of a bookkeeping word and a document names no one ("Sales — INV 12")', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-29', 318_644_17, { narration: 'EFT CR 6860229920' })],
      [entry('e', '2025-07-29', 318_644_17, { description: 'Sales — INV 12' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });
});
