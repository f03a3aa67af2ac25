/**
 * Settlements that write their sales day run together ("SETTLEMENT NOS 20250203", "POS SETTLEMENT 2UBA0K31 02062025"),
 * and gateways named in both the credit and the takings entry (Paystack). Both were missed before (no sales day read,
 * and a lone credit without a card word was never taken for takings).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()]);

describe('a sales day written run together', () => {
  it('day first: a POS settlement net of the MSC the books hold, confirmed with the charge', () => {
    const r = reconcile(
      [bankLine('s', '2025-06-03', 696_620_95, { narration: 'POS SETTLEMENT 2UBA0K31 02062025 MID 2057LA10044' })],
      [
        entry('sales', '2025-06-02', 697_620_95, { description: 'POS sales 02/06/2025' }),
        entry('msc', '2025-06-02', -1_000_00, { description: 'POS MSC 02/06/2025', party: 'UBA' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(groups(r)).toEqual([[['s'], ['msc', 'sales']]]);
  });

  it('year first, from a gateway the takings entry names (no card word in the credit)', () => {
    const r = reconcile(
      [bankLine('s', '2025-02-04', 5_412_40, { narration: 'ACH CREDIT PAYSTACK GHANA LTD SETTLEMENT NOS 20250203' })],
      [
        entry('sales', '2025-02-03', 5_520_04, {
          description: 'Paystack - online sales 03 Feb 2025',
          reference: 'Paystack',
        }),
        entry('fees', '2025-02-03', -107_64, { description: 'Paystack - fees 03 Feb 2025', reference: 'Paystack' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(groups(r)).toEqual([[['s'], ['fees', 'sales']]]);
  });
});

describe('a sales day written as day and month only', () => {
  it('POS SETTLEMENT … 07/07 against the card takings of 7 July and the MDR booked beside them', () => {
    const r = reconcile(
      [bankLine('s', '2025-07-08', 83_432_92, { narration: 'POS SETTLEMENT MID 040038337 07/07' })],
      [
        entry('takings', '2025-07-07', 84_919_00, { description: 'Card takings' }),
        entry('mdr', '2025-07-07', -1_486_08, { description: 'Card MDR', party: 'Equity Bank' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(groups(r)).toEqual([[['s'], ['mdr', 'takings']]]);
  });
});

describe('a day with a takings entry and a settlement per card machine', () => {
  it('each settlement takes the takings it makes with the fee booked beside them; one without its fee is left', () => {
    const r = reconcile(
      [
        bankLine('d142', '2025-10-03', 7_724_46, { narration: 'Merchant Settlement 02/10 Device 142' }),
        bankLine('d173', '2025-10-03', 10_320_81, { narration: 'Merchant Settlement 02/10 Device 173' }),
      ],
      [
        entry('t1', '2025-10-02', 7_926_59, { description: 'Card machine takings', party: 'Card Sales' }),
        entry('f1', '2025-10-02', -202_13, { description: 'Card machine fees', party: 'Capitec Business' }),
        entry('t2', '2025-10-02', 10_590_00, { description: 'Card machine takings', party: 'Card Sales' }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(groups(r)).toEqual([[['d142'], ['f1', 't1']]]);
  });

  it('two settlements that each make one entry with the same booked fee amount: a person decides', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-10-03', 7_724_46, { narration: 'Merchant Settlement 02/10 Device 142' }),
        bankLine('b', '2025-10-03', 9_724_46, { narration: 'Merchant Settlement 02/10 Device 173' }),
      ],
      [
        entry('t1', '2025-10-02', 7_926_59, { description: 'Card machine takings' }),
        entry('t2', '2025-10-02', 9_926_59, { description: 'Card machine takings' }),
        entry('f1', '2025-10-02', -202_13, { description: 'Card machine fees' }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(r.matches).toEqual([]);
  });
});

describe('what a day run together must not do', () => {
  it('eight digits that read as a day more than a month before the credit are no sales day', () => {
    const r = reconcile(
      [bankLine('s', '2025-02-04', 5_412_40, { narration: 'ACH CREDIT PAYSTACK GHANA LTD SETTLEMENT NOS 20241203' })],
      [
        entry('sales', '2024-12-03', 5_520_04, { description: 'Paystack - online sales 03 Dec 2024' }),
        entry('fees', '2024-12-03', -107_64, { description: 'Paystack - fees 03 Dec 2024' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches).toEqual([]);
  });

  it('a lone settlement naming no card word and not the gateway the entry names is not those takings', () => {
    const r = reconcile(
      [bankLine('s', '2025-02-04', 5_412_40, { narration: 'ACH CREDIT FLUTTERWAVE SETTLEMENT 20250203' })],
      [
        entry('sales', '2025-02-03', 5_520_04, { description: 'Paystack - online sales 03 Feb 2025' }),
        entry('fees', '2025-02-03', -107_64, { description: 'Paystack - fees 03 Feb 2025' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches).toEqual([]);
  });
});
