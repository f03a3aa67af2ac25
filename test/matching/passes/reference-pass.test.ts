import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

const confirmed = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds, m.kind]);

describe('pass 2: references', () => {
  it.each([
    ['lower case', 'payment for inv-2025-0342'],
    ['slashes for hyphens', 'PAYMENT INV/2025/0342'],
    ['spaces for hyphens', 'PAYMENT INV 2025 0342'],
    ['serial without zero padding', 'PAYMENT INV-2025-342'],
    ['year and serial run together', 'PAYMENT INV20250342'],
  ])('confirms the only open document written another way (%s) when the amount is exact', (_, narration) => {
    const r = reconcile(
      [bankLine('b', '2025-05-06', 410_000_00, { narration, counterpartyName: 'ZARIA COMMODITY HUB' })],
      [
        entry('inv', '2025-05-01', 410_000_00, { reference: 'INV-2025-0342', party: 'Northern Grain Traders' }),
        entry('other', '2025-05-01', 410_000_00, { reference: 'INV-2025-0343', party: 'Northern Grain Traders' }),
      ],
    );
    expect(confirmed(r)).toEqual([[['b'], ['inv'], 'reference']]);
  });

  it('a cheque number in the reference field meets the voucher carrying it whole, zeros and all', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-06', 90_000_00, { narration: 'CLEARING CHQ 000781', reference: '000781' })],
      [
        entry('v1', '2025-05-02', 90_000_00, { reference: '000781', party: 'Sapele Timber' }),
        entry('v2', '2025-05-02', 90_000_00, { reference: '000782', party: 'Sapele Timber' }),
      ],
    );
    expect(confirmed(r)).toEqual([[['b'], ['v1'], 'reference']]);
  });

  it('an invoice less its credit note, both quoted, is one group with mixed signs', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-10', 270_000_00, { narration: 'TRF FROM IBADAN TILES INV-2025-0610 LESS CN-2025-0021' })],
      [
        entry('inv', '2025-05-01', 300_000_00, { reference: 'INV-2025-0610', party: 'Ibadan Tiles' }),
        entry('cn', '2025-05-04', -30_000_00, { reference: 'CN-2025-0021', party: 'Ibadan Tiles' }),
        entry('decoy', '2025-05-09', 270_000_00, { reference: 'INV-2025-0700', party: 'Benin Glass' }),
      ],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.ledgerIds.sort()).toEqual(['cn', 'inv']);
    expect(r.matches[0]!.kind).toBe('split');
    expect(r.matches[0]!.differenceMinor).toBe(0);
  });

  it('a session id glued on with a slash is not part of the credit note number', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-05-10', 90_000_00, {
          narration: 'NIP/OPAY/ENUGU BAKERY/INV/2025/0201 LESS CN-2025-0009/090405250510111111222222333333',
        }),
      ],
      [
        entry('inv', '2025-05-06', 100_000_00, { reference: 'INV-2025-0201' }),
        entry('cn', '2025-05-07', -10_000_00, { reference: 'CN-2025-0009' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds.sort())).toEqual([['cn', 'inv']]);
  });

  it('"INV-2025-0470 & 0473" pays both documents', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-10', 150_000_00, { narration: 'TRF FROM AWKA MART INV-2025-0470 & 0473' })],
      [
        entry('a', '2025-05-02', 100_000_00, { reference: 'INV-2025-0470' }),
        entry('b2', '2025-05-03', 50_000_00, { reference: 'INV-2025-0473' }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds.sort())).toEqual([['a', 'b2']]);
  });

  it('a date in the narration is not a reference', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-06', 88_000_00, { narration: 'POS SETTLEMENT TID 2071AB12 SALES 05/05/2025' })],
      [entry('day', '2025-05-05', 120_000_00, { description: 'POS sales 05/05/2025' })],
    );
    expect(r.matches).toEqual([]);
    const ev = r.suggestions.flatMap((s) => s.candidates).flatMap((c) => c.evidence);
    expect(ev.some((e) => e.kind === 'reference')).toBe(false);
  });

  it('of two equally good reference pairs none is confirmed, but a capped score is not a tie', () => {
    // both lines quote the terminal code; one pays exactly, the other over-pays: exact wins
    const r = reconcile(
      [
        bankLine('exact', '2025-05-06', 161_000_00, { narration: 'CARD SETTLEMENT 51209900 02 MAY' }),
        bankLine('later', '2025-05-09', 170_000_00, { narration: 'CARD SETTLEMENT 51209900 06 MAY' }),
      ],
      [entry('s', '2025-05-06', 161_000_00, { reference: '51209900', description: 'Card settlement 51209900' })],
    );
    expect(r.matches.map((m) => m.bankIds)).toEqual([['exact']]);
  });
});

describe('pass 2: a receipt short by a statutory withholding', () => {
  const invoice = (extra = {}) =>
    entry('inv', '2025-03-18', 1_625_200_00, {
      reference: 'INV-2025-0481',
      party: 'Ebute Metta Supermarket',
      ...extra,
    });

  it('confirms the one document its reference names when the gap is exactly 5% WHT, written off to the WHT account', () => {
    const r = reconcile(
      [bankLine('b', '2025-03-18', 1_543_940_00, { narration: 'NIP/FIRST BANK/EBUTE METTA SUPERMKT/INV20250481' })],
      [invoice()],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({
      ledgerIds: ['inv'],
      kind: 'reference',
      writeOff: { account: 'Taxes:Withholding tax receivable', amountMinor: 81_260_00 },
    });
    expect(r.matches[0]!.evidence.map((e) => e.detail).join('; ')).toMatch(/withholding tax at 5%/);
  });

  it('a payment we make net of the tax we withheld goes to the tax we owe', () => {
    const r = reconcile(
      [bankLine('b', '2025-03-20', -950_000_00, { narration: 'NIP TRF TO OKON FREIGHT BILL-2025-0330' })],
      [entry('bill', '2025-03-15', -1_000_000_00, { reference: 'BILL-2025-0330', party: 'Okon Freight Services' })],
    );
    expect(r.matches[0]).toMatchObject({
      ledgerIds: ['bill'],
      writeOff: { account: 'Taxes:Withholding tax payable', amountMinor: 50_000_00 },
    });
  });

  it('takes the tax rounded to a whole unit (Ghana, 3% on goods)', () => {
    const r = reconcile(
      [bankLine('b', '2025-03-04', 60_965_00, { currency: 'GHS', narration: 'MOMO TO BANK OSU CLINIC inv-2025-0771' })],
      [entry('inv', '2025-03-04', 62_850_00, { currency: 'GHS', reference: 'INV-2025-0771' })],
    );
    expect(r.matches[0]?.writeOff).toEqual({ account: 'Taxes:Withholding tax receivable', amountMinor: 1_885_00 });
  });

  it('suggests, never confirms, when the gap is no statutory rate, the presets are off or the reference is a bare serial', () => {
    const narration = 'NIP/FIRST BANK/EBUTE METTA SUPERMKT/INV20250481';
    const off = reconcile([bankLine('b', '2025-03-18', 1_543_940_00, { narration })], [invoice()], {
      presets: { nigerianBankCharges: false },
    });
    expect(off.matches).toEqual([]);
    expect(off.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['inv']);
    // 4% short: a part payment, not a tax
    const part = reconcile([bankLine('b', '2025-03-18', 1_560_192_00, { narration })], [invoice()]);
    expect(part.matches).toEqual([]);
    const serial = reconcile(
      [bankLine('b', '2025-03-18', 1_543_940_00, { narration: 'EBUTE METTA SUPERMKT INV 481' })],
      [invoice()],
    );
    expect(serial.matches).toEqual([]);
  });

  it("a credit note the line quotes, or the payer's credit note for the gap, is the likelier reading", () => {
    const quoted = reconcile(
      [bankLine('b', '2025-03-18', 900_000_00, { narration: 'TRF OKON STORES INV-2025-0610 LESS CN-2025-0044' })],
      [
        entry('inv', '2025-03-01', 1_000_000_00, { reference: 'INV-2025-0610', party: 'Okon Stores' }),
        entry('cn', '2025-03-05', -100_000_00, { reference: 'CN-2025-0044', party: 'Okon Stores' }),
      ],
    );
    expect(quoted.matches.map((m) => m.ledgerIds.sort())).toEqual([['cn', 'inv']]);
    const party = reconcile(
      [bankLine('b', '2025-03-18', 950_000_00, { narration: 'TRF OKON STORES INV-2025-0610' })],
      [
        entry('inv', '2025-03-01', 1_000_000_00, { reference: 'INV-2025-0610', party: 'Okon Stores' }),
        entry('cn', '2025-03-05', -50_000_00, { reference: 'CN-2025-0050', party: 'Okon Stores' }),
      ],
    );
    expect(party.matches).toEqual([]);
  });
});
