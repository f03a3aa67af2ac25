/**
 * A receipt booked days after the money came (when the remittance advice arrived): the payer named clearly, the
 * amount to the cent, no rival on either side, up to NAMED_PAYER_DAYS apart. Missed before beyond three days. The
 * refusals: five days and more apart, another open item of the payer with the amount, a name too slight.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const lagos = { timezone: 'Africa/Lagos' };

describe('a named payer booked late', () => {
  it('is confirmed four days after the money', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-16', 271_700_00, { narration: 'NIP TRF FROM BALOGUN SUPERMARKET NIG' })],
      [entry('e', '2026-03-20', 271_700_00, { party: 'Balogun Supermarket', description: 'Receipt' })],
      lagos,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('but not five days and more apart', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-16', 271_700_00, { narration: 'NIP TRF FROM BALOGUN SUPERMARKET NIG' })],
      [entry('e', '2026-03-21', 271_700_00, { party: 'Balogun Supermarket', description: 'Receipt' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it('nor when another open item of the payer has the amount', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-16', 271_700_00, { narration: 'NIP TRF FROM BALOGUN SUPERMARKET NIG' })],
      [
        entry('e', '2026-03-20', 271_700_00, { party: 'Balogun Supermarket', description: 'Receipt' }),
        entry('f', '2026-03-02', 271_700_00, { party: 'Balogun Supermarket', description: 'Invoice' }),
      ],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });
});
