/**
 * holdout53's returned transfers, each left unpaired so the payment sent again was only offered: a return whose payee
 * the original writes between slashes with its memo glued on ("EFT/RIFT AGRO PACKAGING/RAP2291"), and a South African
 * bank's "EFT REJECTED INVALID ACCOUNT" return.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { saysReversal } from '../../domain/reversal-words.js';
import { bankLine, entry } from './build.js';

const run = (currency: 'KES' | 'ZAR', original: string, returned: string, resent: string, amount: number) =>
  reconcile(
    [
      bankLine('orig', '2034-10-13', -amount, { currency, narration: original }),
      bankLine('ret', '2034-10-16', amount, { currency, narration: returned }),
      bankLine('resend', '2034-10-17', -amount, { currency, narration: resent }),
    ],
    [
      entry('e', '2034-10-13', -amount, {
        currency,
        description: 'Supplier payment',
        party: 'Rift Agro Packaging Ltd',
      }),
    ],
  ).matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('a transfer returned, then sent again', () => {
  it('pairs the return with the original whose payee sits between slashes, and the books with the one sent again', () => {
    const matches = run(
      'KES',
      'EFT/RIFT AGRO PACKAGING/RAP2291',
      'EFT RETURN/ACCOUNT CLOSED/RIFT AGRO PACKAGING',
      'RTGS/RIFT AGRO PACKAGING LTD/RAP-2291 RESEND',
      186_300_00,
    );
    expect(matches).toContainEqual([['orig', 'ret'], []]);
    expect(matches).toContainEqual([['resend'], ['e']]);
  });

  it('reads "EFT REJECTED" as a return', () => {
    expect(saysReversal('EFT REJECTED INVALID ACCOUNT MAKHADO SCOUTING')).toBe(true);
    const matches = run(
      'ZAR',
      'MAKHADO SCOUTING SVCS MARCH SCOUTING',
      'EFT REJECTED INVALID ACCOUNT MAKHADO SCOUTING',
      'MAKHADO PEST SCOUTING MARCH RESEND',
      9_450_00,
    );
    expect(matches).toContainEqual([['orig', 'ret'], []]);
  });

  it('does not pair a return naming another payee', () => {
    const matches = run(
      'KES',
      'EFT/RIFT AGRO PACKAGING/RAP2291',
      'EFT RETURN/ACCOUNT CLOSED/RIFT VALLEY PACKERS',
      'RTGS/RIFT AGRO PACKAGING LTD/RAP-2291 RESEND',
      186_300_00,
    );
    expect(matches.filter(([b]) => b!.includes('ret'))).toEqual([]);
  });
});
