/**
 * Books without a party column that write the payer in the description of an instalment: "Greenfield Intl School -
 * instalment 3 of 6 IN000318", "Payment received from Molo Dairy Farmers Ltd - instalment 3/4 INV-001402". Two
 * customers paying the same instalment in one month are each their own when each line names its payer. The word
 * INSTALMENT names no one: it is no evidence that a line pays another customer's instalment.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { partyFromDescription } from '../../matching/prepared.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const ng = { timezone: 'Africa/Lagos' };

describe('instalments booked with the payer in the description', () => {
  it('two customers paying the same instalment in a month: each line its named payer', () => {
    const r = reconcile(
      [
        bankLine('g', '2025-04-04', 275_000_00, { narration: 'TRANSFER FROM GREENFIELD INTL SCHOOL - APR INSTALMENT' }),
        bankLine('c', '2025-04-15', 275_000_00, { narration: 'ALAT/NIP FRM ROYAL CREST HOTEL LTD APR INSTALMENT' }),
      ],
      [
        entry('lg', '2025-04-02', 275_000_00, { description: 'Greenfield Intl School - instalment 3 of 6 IN000318' }),
        entry('lc', '2025-04-15', 275_000_00, { description: 'Royal Crest Hotel - instalment 2 of 4 IN000344' }),
      ],
      ng,
    );
    expect(pairs(r)).toEqual([
      [['c'], ['lc']],
      [['g'], ['lg']],
    ]);
  });

  it('"Payment received from" names the payer too', () => {
    const r = reconcile(
      [
        bankLine('m', '2025-09-03', 35_000_00, { narration: 'PESALINK FROM MOLO DAIRY FARMERS LTD SEPT INSTALMENT' }),
        bankLine('s', '2025-09-18', 35_000_00, { narration: 'RTGS IN SUBUKIA POULTRY FARM/SEPT INSTALMENT' }),
      ],
      [
        entry('lm', '2025-09-01', 35_000_00, {
          description: 'Payment received from Molo Dairy Farmers Ltd - instalment 3/4 INV-001402',
        }),
        entry('ls', '2025-09-18', 35_000_00, {
          description: 'Payment received from Subukia Poultry Farm - instalment 2/6 INV-001417',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toHaveLength(2);
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['m'], ['lm']],
        [['s'], ['ls']],
      ]),
    );
  });

  it('a line naming only an instalment, no payer, takes neither of two equal instalments', () => {
    const r = reconcile(
      [bankLine('x', '2025-04-10', 275_000_00, { narration: 'NIP TRANSFER APR INSTALMENT' })],
      [
        entry('lg', '2025-04-09', 275_000_00, { description: 'Greenfield Intl School - instalment 3 of 6 IN000318' }),
        entry('lc', '2025-04-11', 275_000_00, { description: 'Royal Crest Hotel - instalment 2 of 4 IN000344' }),
      ],
      ng,
    );
    expect(r.matches).toEqual([]);
  });

  it('the payer is the name before the instalment, never a trade or bookkeeping words', () => {
    expect(partyFromDescription('Greenfield Intl School - instalment 3 of 6 IN000318')).toBe('Greenfield Intl School');
    expect(partyFromDescription('Payment received from Molo Dairy Farmers Ltd - instalment 3/4 INV-001402')).toBe(
      'Molo Dairy Farmers Ltd',
    );
    expect(partyFromDescription('Office rent - instalment 2 of 4')).toBeNull();
    expect(partyFromDescription('Loan instalment 2 of 4')).toBeNull();
  });
});
