/**
 * A day with a settlement and a takings entry per card machine, the acquirer's charge netted and not booked: once the
 * settlements with a booked charge are paired, each left settlement is short of exactly one left entry by what an
 * acquirer charges, so that pairing is the only one and is confirmed with the charge written off. Missed before (a day
 * of several machines was paired only through booked charges). The refusals: a second reading, an entry or settlement
 * left over, a day whose settlements may not all have come, a charge booked for the day.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()]);
const takings = (id: string, date: string, amount: number) =>
  entry(id, date, amount, { description: 'Card machine takings', party: 'Card Sales' });
const settlement = (id: string, date: string, amount: number, device: string, salesDay: string) =>
  bankLine(id, date, amount, { narration: `Merchant Settlement ${salesDay} Device ${device}` });
// a later line: the bank data reaches past the day, so no settlement of it is still to come
const later = bankLine('later', '2025-10-12', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' });
const opts = { timezone: 'Africa/Johannesburg' };

describe('settlements net of an unbooked charge, one per card machine', () => {
  it('the one left after the booked-charge pair takes the one takings entry left', () => {
    const r = reconcile(
      [
        settlement('d142', '2025-10-03', 7_724_46, '142', '02/10'),
        settlement('d157', '2025-10-03', 10_320_81, '157', '02/10'),
        later,
      ],
      [
        takings('t1', '2025-10-02', 7_926_59),
        entry('f1', '2025-10-02', -202_13, { description: 'Card machine fees', party: 'Capitec Business' }),
        takings('t2', '2025-10-02', 10_590_88),
      ],
      opts,
    );
    expect(groups(r)).toEqual([
      [['d142'], ['f1', 't1']],
      [['d157'], ['t2']],
    ]);
    const m = r.matches.find((x) => x.bankIds[0] === 'd157')!;
    expect(m.writeOff?.amountMinor).toBe(270_07);
  });

  it('three machines, none with a booked charge: each settlement to the entry its charge explains', () => {
    const r = reconcile(
      [
        settlement('a', '2025-10-07', 6_044_97, '156', '06/10'),
        settlement('b', '2025-10-07', 11_141_92, '182', '06/10'),
        settlement('c', '2025-10-07', 5_095_03, '173', '06/10'),
        later,
      ],
      [
        takings('t1', '2025-10-06', 11_433_47),
        takings('t2', '2025-10-06', 5_228_35),
        takings('t3', '2025-10-06', 6_203_15),
      ],
      opts,
    );
    expect(groups(r)).toEqual([
      [['a'], ['t3']],
      [['b'], ['t1']],
      [['c'], ['t2']],
    ]);
  });

  it('two entries close enough that either could be a settlement’s: a person decides', () => {
    const r = reconcile(
      [
        settlement('a', '2025-10-07', 6_044_97, '156', '06/10'),
        settlement('b', '2025-10-07', 6_100_00, '182', '06/10'),
        later,
      ],
      [takings('t1', '2025-10-06', 6_203_15), takings('t2', '2025-10-06', 6_250_00)],
      opts,
    );
    expect(r.matches.filter((m) => m.bankIds[0] !== 'later')).toEqual([]);
  });

  it('a takings entry left over (a machine not settled yet, or settled elsewhere): a person decides', () => {
    const r = reconcile(
      [settlement('a', '2025-10-07', 6_044_97, '156', '06/10'), later],
      [takings('t1', '2025-10-06', 6_203_15), takings('t2', '2025-10-06', 11_433_47)],
      opts,
    );
    expect(r.matches.filter((m) => m.bankIds[0] !== 'later')).toEqual([]);
  });

  it('while a settlement of the day may still come: only suggested', () => {
    const r = reconcile(
      [
        settlement('a', '2025-10-07', 6_044_97, '156', '06/10'),
        settlement('b', '2025-10-07', 11_141_92, '182', '06/10'),
      ],
      [takings('t1', '2025-10-06', 11_433_47), takings('t2', '2025-10-06', 6_203_15)],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('a charge of another amount booked for the day: not written off again', () => {
    const r = reconcile(
      [
        settlement('a', '2025-10-07', 6_044_97, '156', '06/10'),
        settlement('b', '2025-10-07', 11_141_92, '182', '06/10'),
        later,
      ],
      [
        takings('t1', '2025-10-06', 11_433_47),
        takings('t2', '2025-10-06', 6_203_15),
        entry('f', '2025-10-06', -300_00, { description: 'Card machine fees', party: 'Capitec Business' }),
      ],
      opts,
    );
    expect(r.matches.filter((m) => m.bankIds[0] !== 'later')).toEqual([]);
  });

  it('a gap larger than an acquirer charges is no charge', () => {
    const r = reconcile(
      [
        settlement('a', '2025-10-07', 5_800_00, '156', '06/10'),
        settlement('b', '2025-10-07', 11_141_92, '182', '06/10'),
        later,
      ],
      [takings('t1', '2025-10-06', 11_433_47), takings('t2', '2025-10-06', 6_203_15)],
      opts,
    );
    expect(r.matches.filter((m) => m.bankIds[0] !== 'later')).toEqual([]);
  });
});

describe('a day whose other settlement was claimed before, with its own takings', () => {
  // two iKhokha devices' takings of 5 November; one payout is paired with its takings and booked fee by their batch id
  // before the settlements are read by day, and the other, net of 2.75 %, is then the whole of what is left of the day
  const books = (extra: ReturnType<typeof entry>[] = []) => [
    entry('t1', '2025-11-05', 45_410_31, { description: 'iKhokha card takings 2025/11/05 — JE-00041' }),
    entry('t2', '2025-11-05', 57_200_08, {
      reference: 'IK2511050770',
      description: 'iKhokha card takings 2025/11/05 — JE-00042',
    }),
    entry('f2', '2025-11-06', -1_573_00, { reference: 'IK2511050770', description: 'iKhokha fees IK2511050770' }),
    ...extra,
  ];
  const lines = [
    bankLine('p1', '2025-11-06', 55_627_08, { narration: 'IKHOKHA PAYOUT IK2511050770' }),
    bankLine('p2', '2025-11-06', 44_161_53, { narration: 'IKHOKHA PAYOUT' }),
    bankLine('later', '2025-11-20', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' }),
  ];

  it('confirms the payout left against the takings left, the charge written off', () => {
    const r = reconcile(lines, books(), opts);
    const m = r.matches.find((x) => x.bankIds.includes('p2'));
    expect(m?.ledgerIds).toEqual(['t1']);
    expect(m?.writeOff?.amountMinor).toBe(1_248_78);
    expect(r.matches.find((x) => x.bankIds.includes('p1'))?.ledgerIds.sort()).toEqual(['f2', 't2']);
  });

  it('but not when the other payout went elsewhere than to takings: a batch of the day may still be missing', () => {
    // the first payout is confirmed against a customer's invoice, not the day's takings: the day is not whole
    const r = reconcile(
      [bankLine('p1', '2025-11-06', 55_627_08, { narration: 'IKHOKHA PAYOUT INV-0042' }), ...lines.slice(1)],
      [
        entry('t1', '2025-11-05', 45_410_31, { description: 'iKhokha card takings 2025/11/05 — JE-00041' }),
        entry('i42', '2025-11-04', 55_627_08, { reference: 'INV-0042', party: 'Berea Stores' }),
      ],
      opts,
    );
    expect(r.matches.find((x) => x.bankIds.includes('p2'))).toBeUndefined();
  });
});
