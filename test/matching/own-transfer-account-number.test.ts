/**
 * Pass 5c: the bank says the money went to the holder's own account ("TRF TO OWN A/C 1050***118 SAVINGS", "FT TO OWN
 * A/C 1008***552 CALL DEPOSIT") and the books' transfer writes the same account number, masked as the bank masks it.
 * Missed before: "savings" and "current" alone name no own account (payees say them too), and "FT TO OWN A/C" read as
 * no transfer. Refused: the same number on a line that does not say OWN, another number, a second line of the amount.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const gh = { timezone: 'Africa/Accra' };

describe("an own-account transfer naming the account's number on both sides", () => {
  it('the same masked number, to savings and to another bank', () => {
    const r = reconcile(
      [
        bankLine('s', '2025-02-06', -48_000_00, { narration: 'TRF TO OWN A/C 1050***118 SAVINGS' }),
        bankLine('g', '2025-02-09', -37_000_00, { narration: 'TRF TO OWN ACCT GTB 0112***445 FUNDING' }),
      ],
      [
        entry('ls', '2025-02-06', -48_000_00, { description: 'Transfer to Fidelity savings 1050***118' }),
        entry('lg', '2025-02-09', -37_000_00, { description: 'Transfer to GTBank current 0112***445' }),
      ],
      gh,
    );
    expect(pairs(r)).toEqual([
      [['g'], ['lg']],
      [['s'], ['ls']],
    ]);
  });

  it('"FT TO OWN A/C" is a transfer: a call deposit the books name', () => {
    const r = reconcile(
      [bankLine('c', '2025-09-11', -500_000_00, { narration: 'FT TO OWN A/C 1008***552 CALL DEPOSIT' })],
      [entry('l', '2025-09-11', -500_000_00, { description: 'Transfer to NCBA call deposit 1008***552' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['c'], ['l']]]);
  });

  it('"FT FROM … CALL A/C" is a transfer from the call account the books name', () => {
    const r = reconcile(
      [
        bankLine('in', '2025-07-07', 580_000_00, { narration: 'FT FROM 01109123456700 MAVUNO AGRO INPUTS CALL A/C' }),
        bankLine('out', '2025-07-22', -300_000_00, { narration: 'FT TO 01109123456700 MAVUNO AGRO INPUTS CALL A/C' }),
      ],
      [
        entry('lin', '2025-07-07', 580_000_00, { description: 'Bank Transfer from Co-op Call Account' }),
        entry('lout', '2025-07-22', -300_000_00, { description: 'Bank Transfer to Co-op Call Account' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([
      [['in'], ['lin']],
      [['out'], ['lout']],
    ]);
  });

  it('refuses the same number on a line that does not say it is the holder’s own, and another number', () => {
    const r = reconcile(
      [
        bankLine('p', '2025-02-06', -48_000_00, { narration: 'TRF TO 1050***118 SAVINGS' }),
        bankLine('o', '2025-02-10', -21_000_00, { narration: 'TRF TO OWN A/C 1050***119 SAVINGS' }),
      ],
      [
        entry('lp', '2025-02-06', -48_000_00, { description: 'Transfer to Fidelity savings 1050***118' }),
        entry('lo', '2025-02-10', -21_000_00, { description: 'Transfer to Fidelity savings 1050***118' }),
      ],
      gh,
    );
    expect(r.matches).toEqual([]);
  });

  it('refuses when a second line carries the amount', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-02-06', -48_000_00, { narration: 'TRF TO OWN A/C 1050***118 SAVINGS' }),
        bankLine('b', '2025-02-07', -48_000_00, { narration: 'NIP TO KOFI ANNAN HARDWARE' }),
      ],
      [entry('l', '2025-02-06', -48_000_00, { description: 'Transfer to Fidelity savings 1050***118' })],
      gh,
    );
    expect(r.matches).toEqual([]);
  });
});
