/**
 * A payment returned with its reason, to a payee of two short words ("YAW MANU", "PORT FINS CC"): the return names
 * the payee enough when it says why it came back; a payee of two short words with no reason stays unpaired.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ledgerIds.length === 0).map((m) => [...m.bankIds].sort());

describe('a return naming a short payee', () => {
  it("pairs a GIP payment with its return for the account name's mismatch", () => {
    const r = reconcile(
      [
        bankLine('sent', '2024-10-10', -2_600_00, { currency: 'GHS', narration: 'GIP DR YAW MANU ENGINE OVERHAUL' }),
        bankLine('back', '2024-10-10', 2_600_00, {
          currency: 'GHS',
          narration: 'GIP RETURN YAW MANU ACCT NAME MISMATCH',
        }),
      ],
      [entry('e', '2024-10-09', -2_600_00, { currency: 'GHS', party: 'Yaw Manu Auto Workshop' })],
    );
    expect(pairs(r)).toEqual([['back', 'sent']]);
  });

  it('pairs a payment the other bank sent back unpaid, its account closed', () => {
    const r = reconcile(
      [
        bankLine('sent', '1996-05-09', -3_412_00, { currency: 'ZAR', narration: 'ACB PMT PORT FINS CC' }),
        bankLine('back', '1996-05-13', 3_412_00, { currency: 'ZAR', narration: 'ACB UNPAID PORT FINS CC ACC CLOSED' }),
      ],
      [],
    );
    expect(pairs(r)).toEqual([['back', 'sent']]);
  });

  it('leaves a return without a reason to a payee of two short words unpaired', () => {
    const r = reconcile(
      [
        bankLine('sent', '1996-05-09', -3_412_00, { currency: 'ZAR', narration: 'ACB PMT PORT FINS CC' }),
        bankLine('back', '1996-05-13', 3_412_00, { currency: 'ZAR', narration: 'ACB RETURN PORT FINS CC' }),
      ],
      [],
    );
    expect(pairs(r)).toEqual([]);
  });
});
