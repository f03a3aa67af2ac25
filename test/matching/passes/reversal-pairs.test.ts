import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

const reversalPairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ruleId === 'reversal-pair').map((m) => [...m.bankIds].sort());

describe('pass 1: reversal pairs', () => {
  it('pairs a failed transfer with its reversal by session id; the re-sent payment takes the bill', () => {
    const r = reconcile(
      [
        bankLine('d1', '2025-04-02', -80_000_00, {
          narration: 'NIP TRF TO OKON FREIGHT/000013250402101010000111222333',
        }),
        bankLine('c1', '2025-04-02', 80_000_00, {
          narration: 'RVSL NIP TRF TO OKON FREIGHT/000013250402101010000111222333',
        }),
        bankLine('d2', '2025-04-03', -80_000_00, {
          narration: 'NIP TRF TO OKON FREIGHT/000013250403090909000444555666',
        }),
      ],
      [entry('bill', '2025-04-01', -80_000_00, { party: 'Okon Freight Services', reference: 'PV-0077' })],
    );
    expect(reversalPairs(r)).toEqual([['c1', 'd1']]);
    const pair = r.matches.find((m) => m.ruleId === 'reversal-pair')!;
    expect(pair).toMatchObject({ ledgerIds: [], differenceMinor: 0, writeOff: null, proposed: null });
    expect(pair.evidence.map((e) => e.detail).join(' ')).toMatch(/same transfer/);
    // the failed debit never takes the bill: only d2 may be proposed for it
    expect(r.matches.some((m) => m.ledgerIds.includes('bill') && m.bankIds.includes('d1'))).toBe(false);
  });

  it('leaves a reversal that could undo two identical lines to a person', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-04-01', -2_000_00, { narration: 'POS PURCHASE FILLING STATION' }),
        bankLine('b', '2025-04-02', -2_000_00, { narration: 'POS PURCHASE FILLING STATION' }),
        bankLine('c', '2025-04-03', 2_000_00, { narration: 'REVERSAL POS PURCHASE FILLING STATION' }),
      ],
      [],
    );
    expect(reversalPairs(r)).toEqual([]);
  });

  it('a charge reversed with its transfer is told apart from identical charges by the running balance', () => {
    const r = reconcile(
      [
        bankLine('t1', '2025-04-07', -50_000_00, {
          narration: 'RTGS TO MERU MILLERS',
          reference: 'FT2500001',
          balanceMinor: 100_000_00,
        }),
        bankLine('f1', '2025-04-07', -200_00, { narration: 'TRANSFER CHARGE', balanceMinor: 99_800_00 }),
        bankLine('t2', '2025-04-07', -10_000_00, {
          narration: 'RTGS TO EMBU GROWERS',
          reference: 'FT2500002',
          balanceMinor: 89_800_00,
        }),
        bankLine('f2', '2025-04-07', -200_00, { narration: 'TRANSFER CHARGE', balanceMinor: 89_600_00 }),
        bankLine('rt', '2025-04-07', 10_000_00, {
          narration: 'REV RTGS TO EMBU GROWERS',
          reference: 'FT2500002',
          balanceMinor: 99_600_00,
        }),
        bankLine('rf', '2025-04-07', 200_00, { narration: 'REV TRANSFER CHARGE', balanceMinor: 99_800_00 }),
      ],
      [],
    );
    expect(reversalPairs(r)).toEqual([
      ['f2', 'rf'],
      ['rt', 't2'],
    ]);
  });

  it('a refund is not a reversal', () => {
    const r = reconcile(
      [
        bankLine('in', '2025-04-01', 5_000_00, { narration: 'TRF FROM ADA STORES INV-2025-0099' }),
        bankLine('out', '2025-04-03', -5_000_00, { narration: 'REFUND TO ADA STORES INV-2025-0099' }),
      ],
      [],
    );
    expect(reversalPairs(r)).toEqual([]);
  });

  it('pairs a reversal that swaps the memo for its reason, and the charges that followed the transfer', () => {
    // the balances chain the lines: the failed transfer, its charge and VAT; later the same charges for another
    // transfer on the reversal's own day, then the reversals of the transfer and of its charge and VAT
    const lines = [
      ['t', '2025-10-17', -5_068_539_00, 'NIP TRANSFER TO ADEKUNLE HAULAGE SVCS - AHS 192'],
      ['f', '2025-10-17', -50_00, 'NIP TRANSFER CHARGE'],
      ['v', '2025-10-17', -3_75, 'VAT ON NIP TRANSFER CHARGE'],
      ['f2', '2025-10-20', -50_00, 'NIP TRANSFER CHARGE'],
      ['v2', '2025-10-20', -3_75, 'VAT ON NIP TRANSFER CHARGE'],
      [
        'rt',
        '2025-10-20',
        5_068_539_00,
        'REVERSAL - NIP TRANSFER TO ADEKUNLE HAULAGE SVCS - BENEFICIARY BANK UNAVAILABLE',
      ],
      ['rf', '2025-10-20', 50_00, 'REVERSAL - NIP TRANSFER CHARGE'],
      ['rv', '2025-10-20', 3_75, 'REVERSAL - VAT ON NIP TRANSFER CHARGE'],
    ] as const;
    let balance = 9_000_000_00;
    const bank = lines.map(([id, date, amount, narration]) => {
      balance += amount;
      return bankLine(id, date, amount, { narration, balanceMinor: balance });
    });
    const r = reconcile(bank, [
      entry('bill', '2025-10-16', -5_068_539_00, { party: 'Adekunle Haulage Services', reference: 'AHS 192' }),
    ]);
    expect(reversalPairs(r).sort()).toEqual([
      ['f', 'rf'],
      ['rt', 't'],
      ['rv', 'v'],
    ]);
    expect(r.matches.some((m) => m.ledgerIds.includes('bill'))).toBe(false);
  });

  it('reads an unpaid payment (South African banks) as its reversal', () => {
    const r = reconcile(
      [
        bankLine('p', '2025-10-09', -921_15, { narration: 'ELECTRONIC PAYMENT FASTWAY COURIER FAS812854' }),
        bankLine('u', '2025-10-10', 921_15, { narration: 'UNPAID ELECTRONIC PAYMENT FASTWAY COURIER ACCOUNT CLOSED' }),
      ],
      [entry('bill', '2025-10-08', -921_15, { party: 'Fastway Couriers', reference: 'FAS812854' })],
    );
    expect(reversalPairs(r)).toEqual([['p', 'u']]);
  });

  it('a shared lead of rail words alone pairs nothing', () => {
    const r = reconcile(
      [
        bankLine('p', '2025-10-09', -921_15, { narration: 'ELECTRONIC PAYMENT TO ACCOUNT 1234 FOR GOODS' }),
        bankLine('u', '2025-10-10', 921_15, { narration: 'REVERSAL ELECTRONIC PAYMENT TO ACCOUNT 5678 WRONG' }),
      ],
      [],
    );
    expect(reversalPairs(r)).toEqual([]);
  });

  it('a reversal dropping a connective still repeats the line it undoes; the resend takes the bill', () => {
    const r = reconcile(
      [
        bankLine('p', '2025-09-08', -34_484_14, { narration: 'IB PAYMENT TO MAKRO', reference: 'MAK771940' }),
        bankLine('r', '2025-09-09', 34_484_14, {
          narration: 'IB PAYMENT REVERSAL MAKRO',
          reference: 'INVALID ACCOUNT',
        }),
        bankLine('again', '2025-09-10', -34_484_14, { narration: 'IB PAYMENT TO MAKRO', reference: 'MAK771940' }),
      ],
      [entry('bill', '2025-09-05', -34_484_14, { party: 'Makro', reference: 'MAK771940' })],
    );
    expect(reversalPairs(r)).toEqual([['p', 'r']]);
    expect(r.matches.find((m) => m.ledgerIds.includes('bill'))?.bankIds).toEqual(['again']);
  });

  const dep = bankLine('dep', '2025-02-11', 5_085_50, {
    narration: 'CHQ DEP 004512 BOATENG YAW CLEARING',
    reference: '004512',
  });
  const ret = bankLine('ret', '2025-02-13', -5_085_50, {
    narration: 'RETURNED CHQ 004512 - INSUFFICIENT FUNDS',
    reference: '004512',
  });
  const rcpt = entry('rcpt', '2025-02-10', 5_085_50, { party: 'Boateng Yaw Enterprises', reference: '004512' });

  it('a cheque paid in and returned unpaid is held for a person: keep the receipt, or reverse it and pair the lines', () => {
    const r = reconcile([dep, ret], [rcpt]);
    expect(reversalPairs(r)).toEqual([]);
    expect(r.matches).toEqual([]);
    const offered = r.suggestions.find((s) => s.bankIds[0] === 'dep')!;
    expect(offered.candidates[0]!.ledgerIds).toEqual(['rcpt']);
    const why = offered.candidates[0]!.evidence.find((e) => e.kind === 'tie')!;
    expect(why.detail).toContain(
      'the cheque came back unpaid on 2025-02-13 ("RETURNED CHQ 004512 - INSUFFICIENT FUNDS", 508550 minor units)',
    );
    expect(why.weight).toBe(0);
  });

  it('books that hold the return keep the receipt: the deposit settles it, the return its own entry', () => {
    const booked = entry('bounce', '2025-02-13', -5_085_50, { description: 'Cheque 004512 returned unpaid' });
    const r = reconcile([dep, ret], [rcpt, booked]);
    expect(reversalPairs(r)).toEqual([]);
    expect(r.matches.find((m) => m.bankIds.includes('dep'))?.ledgerIds).toEqual(['rcpt']);
    expect(r.matches.find((m) => m.bankIds.includes('ret'))?.ledgerIds).toEqual(['bounce']);
  });

  it('names the book entry of a reversed payment the books still hold open, and none once it is paid again', () => {
    const failed = bankLine('d', '2026-10-09', -6_300_00, { narration: 'NIP TRF TO AMA OWUSU FT26100999812' });
    const back = bankLine('c', '2026-10-09', 6_300_00, { narration: 'REVERSAL NIP TRF TO AMA OWUSU FT26100999812' });
    const booked = entry('pay', '2026-10-09', -6_300_00, {
      party: 'Ama Owusu',
      description: 'Payment to AMA OWUSU',
      reference: 'FT26100999812',
    });
    const pairOf = (r: ReturnType<typeof reconcile>) => r.matches.find((m) => m.ruleId === 'reversal-pair')!;
    const named = pairOf(reconcile([failed, back], [booked])).evidence.filter((e) => e.ledgerIds);
    expect(named.map((e) => e.ledgerIds)).toEqual([['pay']]);
    expect(named[0]!.weight).toBe(0);
    expect(named[0]!.detail).toMatch(/will not present; reverse it in the books/);
    const again = bankLine('e', '2026-10-10', -6_300_00, { narration: 'NIP TRF TO AMA OWUSU FT26101000007' });
    const r = reconcile([failed, back, again], [booked]);
    expect(r.matches.find((m) => m.bankIds.includes('e'))?.ledgerIds).toEqual(['pay']);
    expect(pairOf(r).evidence.some((e) => e.ledgerIds)).toBe(false);
    // a payment of the payee weeks later (no longer the one sent again) is only offered: it may clear the entry yet
    const later = bankLine('e', '2026-11-05', -6_300_00, { narration: 'NIP TRF TO AMA OWUSU FT26110500007' });
    const offered = reconcile([failed, back, later], [booked]);
    expect(offered.suggestions.find((s) => s.bankIds.includes('e'))?.candidates[0]?.ledgerIds).toEqual(['pay']);
    expect(pairOf(offered).evidence.some((e) => e.ledgerIds)).toBe(false);
  });
});
