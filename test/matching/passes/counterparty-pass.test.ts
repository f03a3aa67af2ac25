import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

describe('pass 3: counterparty', () => {
  it('names the payee from a ledger description "Payment - X - memo" against "NIP TRF TO X …"', () => {
    const r = reconcile(
      [bankLine('b', '2025-06-03', -640_000_00, { narration: 'NIP TRF TO OKON FREIGHT HAULAGE MAY' })],
      [
        entry('pay', '2025-06-02', -640_000_00, { description: 'Payment - Okon Freight Services - May haulage' }),
        entry('other', '2025-06-02', -640_000_00, { description: 'Payment - Delta Cold Rooms - compressor' }),
      ],
    );
    expect(r.matches.map((m) => [m.ledgerIds, m.kind])).toEqual([[['pay'], 'exact']]);
    expect(r.matches[0]!.evidence.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['counterparty_name', 'sole_candidate', 'amount_exact']),
    );
  });

  it('reads an abbreviated payer ("TABLE MNT TOURS") as the party it abbreviates', () => {
    const r = reconcile(
      [bankLine('b', '2025-06-03', 12_500_00, { narration: 'Magtape Credit KLEIN KAROO VINTN', currency: 'ZAR' })],
      [entry('i', '2025-06-02', 12_500_00, { currency: 'ZAR', description: 'Klein Karoo Vintners (Pty) Ltd' })],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['i']]);
  });

  it("suggests a named payer's invoice over-paid a little (no reference: never confirmed), extra left on the line", () => {
    const r = reconcile(
      [bankLine('b', '2025-06-03', 505_000_00, { counterpartyName: 'ASABA FOODS LTD' })],
      [entry('i', '2025-06-01', 500_000_00, { party: 'Asaba Foods Ltd' })],
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]).toMatchObject({ ledgerIds: ['i'], differenceMinor: 5_000_00 });
  });
  it("suggests a named payer's invoice paid net of 10% withholding (no reference), with the gap and the tax account", () => {
    // ₦1,000,000 less 10% WHT on the gross: the receipt is ₦900,000, a tenth short, beyond any percentage charge
    const r = reconcile(
      [bankLine('b', '2025-06-03', 900_000_00, { counterpartyName: 'ASABA FOODS LTD' })],
      [entry('i', '2025-05-20', 1_000_000_00, { party: 'Asaba Foods Ltd' })],
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]).toMatchObject({ ledgerIds: ['i'], differenceMinor: -100_000_00 });
    expect(JSON.stringify(r.suggestions[0]!.candidates[0])).toMatch(/withholding tax at 10%/);
  });

  describe("a party column holding the package's account code (Sage's KIAMBU01)", () => {
    it('the code names the payer the narration writes, and the match is confirmed', () => {
      const r = reconcile(
        [bankLine('b', '2025-05-07', 1_337_290_00, { narration: 'EFT CR-KCB KIBERA TRADERS AND SONS/GOODS' })],
        [
          entry('sr', '2025-05-07', 1_337_290_00, {
            party: 'KIBERA01',
            description: 'Sales Receipt',
            reference: '10475',
          }),
          entry('far', '2025-04-02', 1_337_290_00, {
            party: 'KISUMU01',
            description: 'Sales Receipt',
            reference: '10411',
          }),
        ],
      );
      expect(r.matches.map((m) => m.ledgerIds)).toEqual([['sr']]);
      expect(r.matches[0]!.evidence.map((e) => e.detail).join('; ')).toMatch(/account code "KIBERA01"/);
    });

    it("the code's letters may run on into the next word, and read the bank's counterparty name too", () => {
      const r = reconcile(
        [
          bankLine('b', '2025-05-07', -460_681_63, { narration: 'RTGS TO DOSHI HARDWARE MANUFACTURE' }),
          bankLine('m', '2025-05-29', 18_921_00, {
            narration: 'Pay Bill Online from 254714***347 - GRACE AKINYI Acc. GRACE',
            counterpartyName: 'GRACE AKINYI',
          }),
        ],
        [
          entry('pp', '2025-05-07', -460_681_63, { party: 'DOSHIH01', description: 'Purchase Payment' }),
          entry('sr', '2025-05-27', 18_921_00, { party: 'AKINYI01', description: 'Sales Receipt' }),
        ],
      );
      expect(r.matches.map((m) => m.ledgerIds).sort()).toEqual([['pp'], ['sr']]);
    });

    it('a code is no name to conflict with, and one whose letters begin no word of the line proves nothing', () => {
      const r = reconcile(
        [
          bankLine('b', '2025-05-07', 250_000_00, {
            narration: 'RTGS CR NAKURU TRADERS LTD',
            counterpartyName: 'NAKURU TRADERS LTD',
          }),
        ],
        [entry('sr', '2025-05-07', 250_000_00, { party: 'KIBERA01', description: 'Sales Receipt' })],
      );
      expect(r.matches).toEqual([]);
      const evidence = r.suggestions[0]!.candidates[0]!.evidence.map((e) => e.detail).join('; ');
      expect(evidence).not.toMatch(/differs|account code/);
    });

    it('a code of fewer than six letters names nobody', () => {
      const r = reconcile(
        [bankLine('b', '2025-05-07', 250_000_00, { narration: 'RTGS CR KIBER TRADING' })],
        [entry('sr', '2025-05-07', 250_000_00, { party: 'KIBER01', description: 'Sales Receipt' })],
      );
      expect(r.matches).toEqual([]);
    });
  });
});
