/**
 * A discount or retention the payer states with its rate (passes/stated-deduction.ts): the gap that rate of the one
 * document the reference names is written off to the deduction's own account. A rate the gap is not, or no rate, stays
 * a person's.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const za = { timezone: 'Africa/Johannesburg' };
const run = (reference: string, amountMinor: number) =>
  reconcile(
    [bankLine('b1', '2025-09-22', amountMinor, { currency: 'ZAR', narration: 'MAGTAPE CREDIT', reference })],
    [
      entry('l1', '2025-09-22', 52_416_00, {
        currency: 'ZAR',
        reference: 'INV-1212',
        description: 'Payment: Sandton Conference Centre',
      }),
    ],
    za,
  ).matches;

describe('a deduction the payer states', () => {
  it('writes a stated 2.5% early-payment discount off to Discount allowed', () => {
    const m = run('SANDTON CONF CENTRE INV/1212 LESS 2.5% DISC', 51_105_60);
    expect(m.map((g) => g.ledgerIds)).toEqual([['l1']]);
    expect(m[0]!.writeOff).toEqual({ account: 'Discount allowed', amountMinor: 1_310_40 });
  });

  it('writes a stated 5% retention off to Retentions receivable', () => {
    const m = run('SANDTON CONF CENTRE INV/1212 LESS 5% RETENTION', 49_795_20);
    expect(m[0]?.writeOff).toEqual({ account: 'Retentions receivable', amountMinor: 2_620_80 });
  });

  it('reads the word before the rate as well ("RET 5%", "DISCOUNT @ 2.5%")', () => {
    expect(run('INV-1212 RET 5%', 49_795_20)[0]?.writeOff).toEqual({
      account: 'Retentions receivable',
      amountMinor: 2_620_80,
    });
    expect(run('SANDTON CONF INV/1212 DISCOUNT @ 2.5%', 51_105_60)[0]?.writeOff).toEqual({
      account: 'Discount allowed',
      amountMinor: 1_310_40,
    });
    expect(run('INV-1212 RET 5%', 50_000_00)).toEqual([]);
  });

  it('refuses a gap that is not the stated rate, or no rate stated', () => {
    expect(run('SANDTON CONF CENTRE INV/1212 LESS 2.5% DISC', 50_000_00)).toEqual([]);
    expect(run('SANDTON CONF CENTRE INV/1212 LESS DISCOUNT', 51_105_60)).toEqual([]);
  });
});
