/**
 * Pass 5c: money moved between the business's own accounts, booked as a transfer with no party, against whatever the
 * bank's channel writes. Round sums are the rule, so the checks around the pair carry the weight. The confirmed cases
 * were missed before (a round sum of two figures, no party, no reference).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('a transfer between own accounts', () => {
  it('is confirmed both ways: a wallet sweep in, a transfer out to the bank', () => {
    const r = reconcile(
      [
        bankLine('in', '2025-02-07', 7_100_00, { narration: 'MOMO TO BANK 0244000777 NANA AMA PHARMACEUTICALS' }),
        bankLine('out', '2025-09-05', -250_000_00, { narration: 'Business Withdrawal to Bank' }),
      ],
      [
        entry('from-momo', '2025-02-07', 7_100_00, { description: 'Funds Transfer from MoMo' }),
        entry('to-coop', '2025-09-05', -250_000_00, { description: 'Internal transfer to Co-op Bank' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['in'], ['from-momo']],
        [['out'], ['to-coop']],
      ]),
    );
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ')).toContain("the business's own accounts");
  });
});

describe('a transfer whose description names the other account', () => {
  it('is confirmed when that names a wallet or account (MOMO TO ACCT against "from MTN MoMo merchant wallet")', () => {
    const r = reconcile(
      [bankLine('b', '2025-01-03', 8_874_58, { narration: 'MOMO TO ACCT MTN 0241840035 ASANTE PHARMA' })],
      [
        entry('t', '2025-01-03', 8_874_58, {
          reference: 'MOMO-0301',
          description: 'Transfer from MTN MoMo merchant wallet',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([[['b'], ['t']]]);
  });

  it('is no own transfer when it names a payee (Transfer to Okon Freight against a transfer to Juma Hardware)', () => {
    const r = reconcile(
      [bankLine('b', '2025-01-03', -40_000_00, { narration: 'NIP TRF TO JUMA HARDWARE' })],
      [entry('t', '2025-01-03', -40_000_00, { description: 'Transfer to Okon Freight' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('what a transfer entry must not take', () => {
  it('another bank line of the amount within a week: a person decides', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-02-07', 7_100_00, { narration: 'MOMO TO BANK 0244000777' }),
        bankLine('b', '2025-02-12', 7_100_00, { narration: 'CASH DEPOSIT OSU BRANCH' }),
      ],
      [entry('t', '2025-02-07', 7_100_00, { description: 'Funds Transfer from MoMo' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('another open entry of the amount within a week, even one not worded as a transfer', () => {
    const r = reconcile(
      [bankLine('a', '2025-02-07', 7_100_00, { narration: 'MOMO TO BANK 0244000777' })],
      [
        entry('t', '2025-02-07', 7_100_00, { description: 'Funds Transfer from MoMo' }),
        entry('sale', '2025-02-10', 7_100_00, { description: 'Cash sales' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('salaries, taxes and a party named are no transfer of one’s own', () => {
    const r = reconcile(
      [
        bankLine('pay', '2025-03-27', -435_000_00, { narration: 'BULK TRF 14 BENEFICIARIES' }),
        bankLine('tax', '2025-03-20', -64_200_00, { narration: 'FIRS TAXPRO MAX' }),
        bankLine('sup', '2025-03-12', -40_000_00, { narration: 'NIP TRF TO 0123456789' }),
      ],
      [
        entry('salaries', '2025-03-27', -435_000_00, { description: 'Transfer - salaries March 2025' }),
        entry('vat', '2025-03-20', -64_200_00, { description: 'VAT transfer Feb 2025' }),
        entry('okon', '2025-03-12', -40_000_00, { description: 'Transfer to supplier', party: 'Okon Freight' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    // (the tax may still be its amount's only entry and line for a month: pass 5b's to confirm, not this pass's)
    expect(r.matches.filter((m) => m.evidence.some((e) => e.detail.includes('own accounts')))).toEqual([]);
    expect(r.matches.flatMap((m) => m.bankIds)).not.toContain('pay');
    expect(r.matches.flatMap((m) => m.bankIds)).not.toContain('sup');
  });

  it('more than three days apart', () => {
    const r = reconcile(
      [bankLine('a', '2025-02-12', 7_100_00, { narration: 'MOMO TO BANK 0244000777' })],
      [entry('t', '2025-02-07', 7_100_00, { description: 'Funds Transfer from MoMo' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });
});
