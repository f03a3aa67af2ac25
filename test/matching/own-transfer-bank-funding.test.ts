/**
 * Pass 5c: the business funding or sweeping its own account at another bank. The bank writes the holder's own name as
 * the other side ("NIP TRF TO KANO GRAINS LTD - FUNDING STERLING A/C"), which the engine cannot tell from a payee's; the
 * books name nothing but that bank's account. Both naming the same bank, with the line saying funding or naming the
 * account, is what stands for the name. The confirmed cases were missed before.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Lagos' };

describe("funding the business's account at another bank", () => {
  it('is confirmed both ways, the bank written by any of its names (GTCO for GTBank)', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-03-04', -3_150_000_00, {
          narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING STERLING A/C',
        }),
        bankLine('in', '2026-03-18', 1_720_400_00, { narration: 'NIP FRM GTCO/KANO GRAINS LTD/SWEEP' }),
        bankLine('ops', '2026-03-25', -640_000_00, {
          narration: 'NIP OUTWARD/KANO GRAINS LTD/TRF TO UBA OPERATING A/C',
        }),
      ],
      [
        entry('to-sterling', '2026-03-04', -3_150_000_00, { description: 'Transfer to Sterling current account' }),
        entry('from-gtb', '2026-03-18', 1_720_400_00, {
          description: 'Funds Transfer from GTBank collections',
          reference: 'JV-0318',
        }),
        entry('to-uba', '2026-03-25', -640_000_00, { description: 'Transfer to UBA Bank operating account (1204)' }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['out'], ['to-sterling']],
        [['in'], ['from-gtb']],
        [['ops'], ['to-uba']],
      ]),
    );
    expect(r.matches).toHaveLength(3);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ')).toContain("the business's own accounts");
  });

  it('a transfer payee names the account (YNAB\'s "Transfer : Sterling Current")', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-09', -900_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD/TOP UP STERLING A/C' })],
      [
        entry('e', '2026-03-09', -900_000_00, {
          party: 'Transfer : Sterling Current',
          description: 'Top up for March',
        }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a party column naming a fixed deposit, in an entry the books call a transfer', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-02-16', -80_000_00, {
          currency: 'KES',
          narration: 'INTERNAL TRF TO 2040012345678 JUA KALI WORKS FIXED DEP',
        }),
      ],
      [
        entry('e', '2026-02-16', -80_000_00, {
          currency: 'KES',
          party: 'Unity Sacco Fixed Deposit',
          description: 'To fixed deposit — Transfer',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });
});

describe('what such a transfer entry must not take', () => {
  it("a payee's account at that bank: no funding said, the bank's name and no account", () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_150_000_00, { narration: 'NIP TRF TO OKON FREIGHT/STERLING BANK' })],
      [entry('e', '2026-03-04', -3_150_000_00, { description: 'Transfer to Sterling current account' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('an entry naming a payee beside the bank', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_150_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING STERLING A/C' })],
      [entry('e', '2026-03-04', -3_150_000_00, { description: 'Transfer to Okon Freight Sterling account' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('another bank than the one the books name', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_150_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING ZENITH A/C' })],
      [entry('e', '2026-03-04', -3_150_000_00, { description: 'Transfer to Sterling current account' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('a second line of the amount within the week', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-03-04', -3_150_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING STERLING A/C' }),
        bankLine('b', '2026-03-08', -3_150_000_00, { narration: 'NIP TRF TO ADAMU MOTORS' }),
      ],
      [entry('e', '2026-03-04', -3_150_000_00, { description: 'Transfer to Sterling current account' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('a party column naming a person, however the entry is described', () => {
    const r = reconcile(
      [bankLine('b', '2026-02-16', -80_000_00, { narration: 'INTERNAL TRF TO 2040012345678 FIXED DEP' })],
      [entry('e', '2026-02-16', -80_000_00, { party: 'Grace Wanjiru', description: 'To fixed deposit — Transfer' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('wages or a refund moved that way are no funding of one’s own', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_150_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING STERLING A/C' })],
      [entry('e', '2026-03-04', -3_150_000_00, { description: 'Transfer to Sterling salary account' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
