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

  it("the bank saying the holder's own account: the account the books name is that one", () => {
    const r = reconcile(
      [
        bankLine('in', '2026-06-25', 115_000_00, { narration: 'ACH CREDIT GCB OWN ACC TRANSFER' }),
        bankLine('out', '2026-05-20', -601_000_00, { narration: 'INTERNAL TRF TO 0XX0215 OWN ACC' }),
        bankLine('self', '2026-04-17', 2_666_000_00, { narration: 'NIP/PROVIDUS/SELF TRF FROM 54XXXXX781' }),
      ],
      [
        entry('gcb', '2026-06-25', 115_000_00, { description: 'Transfer from GCB collection account' }),
        entry('usd', '2026-05-20', -601_000_00, { description: 'Transfer to Family Bank USD a/c' }),
        entry('prov', '2026-04-17', 2_666_000_00, { description: 'Transfer from Providus collection account' }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['in'], ['gcb']],
        [['out'], ['usd']],
        [['self'], ['prov']],
      ]),
    );
    expect(pairs(r)).toHaveLength(3);
  });

  it('a float to a wallet is a transfer between own accounts', () => {
    const r = reconcile(
      [bankLine('f', '2026-06-22', -6_400_00, { narration: 'BANK TO MOMO 0244XXX318 FLOAT' })],
      [entry('e', '2026-06-22', -6_400_00, { description: 'Float to MTN MoMo merchant wallet' })],
      opts,
    );
    expect(pairs(r)).toEqual([[['f'], ['e']]]);
  });

  it("without the bank saying own, an account the books name may be a payee's", () => {
    const r = reconcile(
      [bankLine('out', '2026-05-20', -601_000_00, { narration: 'INTERNAL TRF TO 0XX0215' })],
      [entry('e', '2026-05-20', -601_000_00, { description: 'Transfer to Kamau Family Bank USD a/c' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('own account said, but the books name a payee and no account', () => {
    const r = reconcile(
      [bankLine('out', '2026-05-20', -601_000_00, { narration: 'INTERNAL TRF TO 0XX0215 OWN ACC' })],
      [entry('e', '2026-05-20', -601_000_00, { description: 'Transfer to Otieno Wekesa' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
