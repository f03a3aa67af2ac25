/**
 * Pass 5c, the business's other accounts as books and banks name them: a call or notice deposit ("Transfer to Stanbic
 * GHS call account"), the bank itself ("Transfer to I&M Bank"), and a bank's internal funds transfer ("IFT FROM A/C
 * 0123XXXX0201"). Missed before: the description's party was read as a payee, IFT as no transfer. The refusals: a
 * payee at a bank, a second line of the amount.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Nairobi' };

describe("a transfer to or from the business's other accounts", () => {
  it('a call account, both ways', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-06-15', -12_500_00, { narration: 'TRANSFER TO 9040XXXX4471 CALL A/C' }),
        bankLine('in', '2026-06-25', 7_300_00, { narration: 'TRANSFER FROM 9040XXXX4471' }),
      ],
      [
        entry('to', '2026-06-15', -12_500_00, { description: 'Transfer to Stanbic GHS call account' }),
        entry('from', '2026-06-25', 7_300_00, { description: 'Transfer from Stanbic GHS call account' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toHaveLength(2);
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['out'], ['to']],
        [['in'], ['from']],
      ]),
    );
  });

  it("an internal funds transfer from the bank's other account, and a wallet's payment to the bank", () => {
    const r = reconcile(
      [
        bankLine('ift', '2026-05-04', 95_000_00, { narration: 'IFT FROM A/C 0123XXXX0201' }),
        bankLine('sweep', '2026-05-13', -127_654_00, {
          narration: 'Business Payment to Bank - I&M BANK LIMITED via API',
        }),
      ],
      [
        entry('call', '2026-05-04', 95_000_00, { description: 'Transfer from DTB Call deposit' }),
        entry('bank', '2026-05-14', -127_654_00, { description: 'Transfer to I&M Bank' }),
      ],
      opts,
    );
    expect(pairs(r)).toHaveLength(2);
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['ift'], ['call']],
        [['sweep'], ['bank']],
      ]),
    );
  });

  it('a payee named beside a bank is no account of the business', () => {
    const r = reconcile(
      [bankLine('out', '2026-05-04', -95_000_00, { narration: 'TRANSFER TO 0123XXXX0201' })],
      [entry('e', '2026-05-04', -95_000_00, { description: 'Transfer to Otieno Wekesa, Equity Bank' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('two lines of the amount within days: neither is decided', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-05-04', 95_000_00, { narration: 'IFT FROM A/C 0123XXXX0201' }),
        bankLine('b', '2026-05-06', 95_000_00, { narration: 'IFT FROM A/C 0123XXXX0202' }),
      ],
      [entry('call', '2026-05-04', 95_000_00, { description: 'Transfer from DTB Call deposit' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
