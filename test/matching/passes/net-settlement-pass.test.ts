/**
 * A settlement credited net of a fee the statement does not state, against the gross the books hold
 * (passes/net-settlement-pass.ts): offered with the gross, the fee and its rate; confirmed only when it is the one
 * reading and the fee is corroborated (booked, or the same acquirer's rate seen on another line). And what must stay
 * a person's: a tie, a lone settlement, another acquirer's takings, a gap beyond a merchant's rate.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { isMerchantFee, readsAsAcquirerCredit, roundRateOf } from '../../../matching/passes/net-settlement-pass.js';
import { bankLine, entry, expectSuggestedFirst, firstChoice, ledgerIdsOf } from '../build.js';

const za = { timezone: 'Africa/Johannesburg' };
const zar = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, amount, { currency: 'ZAR', narration });
const book = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) =>
  entry(id, date, amount, { currency: 'ZAR', ...extra });
// a later line: the bank data reaches past the days, so no batch of them is still to come
const later = (currency: 'ZAR' | 'KES' | 'GHS') =>
  bankLine('later', '2031-12-31', -1_234_56, { currency, narration: 'DEBIT ORDER INSURANCE' });
const groupOf = (r: ReturnType<typeof reconcile>, bankId: string) => r.matches.find((m) => m.bankIds.includes(bankId));
const suggestionOf = (r: ReturnType<typeof reconcile>, bankId: string) =>
  r.suggestions.find((s) => s.bankIds.includes(bankId))?.candidates[0];

describe('a settlement net of a fee the statement does not state', () => {
  it('confirms two payouts of one acquirer net of the same rate against the gross card takings, the fee written off', () => {
    const r = reconcile(
      [
        zar('b1', '2031-05-08', 7_266_13, 'YOCO UITBETALING'),
        zar('b2', '2031-05-15', 6_894_43, 'YOCO UITBETALING'),
        later('ZAR'),
      ],
      [
        book('l1', '2031-05-07', 7_487_00, { description: 'Kaartverkope week 1', party: 'Yoco' }),
        book('l2', '2031-05-14', 7_104_00, { description: 'Kaartverkope week 2', party: 'Yoco' }),
      ],
      za,
    );
    const g = groupOf(r, 'b1');
    expect(g?.ledgerIds).toEqual(['l1']);
    expect(g?.writeOff?.amountMinor).toBe(220_87);
    const words = g!.evidence.map((e) => e.detail).join(' ');
    expect(words).toContain('gross 748700 minor units');
    expect(words).toContain('2.95% of the gross');
    expect(words).toContain('written off to');
    expect(words).toContain('same fee or rate');
    expect(groupOf(r, 'b2')?.ledgerIds).toEqual(['l2']);
  });

  it('only suggests a settlement while a batch of its days may still come', () => {
    const r = reconcile(
      [
        bankLine('b1', '2026-05-18', 26_373_06, {
          currency: 'KES',
          narration: 'EFT-IN PESAPAL LTD SETTLEMENT 496479270',
        }),
      ],
      [entry('l1', '2026-05-15', 27_329_60, { currency: 'KES', description: 'Pesapal takings 15 May 2026' })],
      { timezone: 'Africa/Nairobi' },
    );
    expectSuggestedFirst(r, ['l1']);
  });

  it('confirms no settlement while takings of its days are left that no settlement reads', () => {
    const r = reconcile(
      [zar('b1', '2031-05-08', 7_266_13, 'YOCO UITBETALING'), later('ZAR')],
      [
        book('l1', '2031-05-07', 7_487_00, { description: 'Card takings device 1', party: 'Yoco' }),
        book('l2', '2031-05-07', 3_120_00, { description: 'Card takings device 2', party: 'Yoco' }),
      ],
      za,
    );
    expectSuggestedFirst(r, ['l1']);
  });

  it('only suggests a lone settlement, first, with the fee and its rate: no other line shows it, no published rate is it', () => {
    const r = reconcile(
      [zar('b1', '2031-05-08', 7_266_50, 'YOCO UITBETALING')],
      [book('l1', '2031-05-07', 7_487_00, { description: 'Kaartverkope week 1', party: 'Yoco' })],
      za,
    );
    expectSuggestedFirst(r, ['l1']);
    const c = suggestionOf(r, 'b1')!;
    expect(c.writeOff?.amountMinor).toBe(220_50);
    expect(c.evidence.map((e) => e.detail).join(' ')).toContain('unstated fee of 22050 minor units, 2.95%');
  });

  it("confirms a lone settlement whose fee is a published rate's to the minor unit", () => {
    const kes = (id: string, date: string, amount: number, narration: string) =>
      bankLine(id, date, amount, { currency: 'KES', narration });
    const r = reconcile(
      [kes('b1', '2026-05-18', 26_373_06, 'EFT-IN PESAPAL LTD SETTLEMENT 496479270'), later('KES')],
      [entry('l1', '2026-05-15', 27_329_60, { currency: 'KES', description: 'Pesapal takings 15 May 2026' })],
      { timezone: 'Africa/Nairobi' },
    );
    const g = groupOf(r, 'b1');
    expect(g?.ledgerIds).toEqual(['l1']);
    expect(g?.writeOff?.amountMinor).toBe(956_54);
    expect(g?.evidence.map((e) => e.detail).join(' ')).toContain('3.5% of the gross to the minor unit');
  });

  it('confirms no gross where the books hold takings of the very amount paid: they may be booked net', () => {
    const kes = (id: string, date: string, amount: number, narration: string) =>
      bankLine(id, date, amount, { currency: 'KES', narration });
    const takings = (id: string, date: string, amount: number) =>
      entry(id, date, amount, { currency: 'KES', description: 'Pesapal takings' });
    const r = reconcile(
      [kes('b1', '2026-05-18', 26_373_06, 'EFT-IN PESAPAL LTD SETTLEMENT 496479270')],
      [
        takings('l1', '2026-05-15', 27_329_60),
        takings('net', '2026-05-16', 26_373_06),
        takings('net2', '2026-05-17', 26_373_06),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(groupOf(r, 'b1')?.ledgerIds ?? []).not.toEqual(['l1']);
  });

  it('reads a published rate only where a step of it is far more than a minor unit', () => {
    expect(roundRateOf(956_54, 27_329_60, 1)).toBe(350);
    expect(roundRateOf(956_00, 27_329_60, 1)).toBe(0);
    // 0.05 % of 69.50 is 3.5 minor units: every gap is within two of a step
    expect(roundRateOf(70, 69_50, 1)).toBe(0);
    // three receipts, each fee rounded: a margin of three
    expect(roundRateOf(318_02, 53_000_00, 3)).toBe(60);
  });

  it('reads a settlement as a run of the receipts of the days before it, taken the same way', () => {
    const kes = (id: string, date: string, amount: number, narration: string) =>
      bankLine(id, date, amount, { currency: 'KES', narration });
    const receipt = (id: string, date: string, amount: number, party: string) =>
      entry(id, date, amount, { currency: 'KES', description: 'Retainer received by M-PESA', party });
    const r = reconcile(
      [kes('b1', '2031-10-06', 52_676_00, 'MPESA C2B SETTLEMENT PAYBILL 4122077')],
      [
        receipt('l1', '2031-10-03', 30_000_00, 'Peter Mutua Kilonzo'),
        receipt('l2', '2031-10-03', 12_000_00, 'Halima Abdi Hassan'),
        receipt('l3', '2031-10-03', 11_000_00, 'Brian Otieno Were'),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
    expect([...firstChoice(r)!].sort()).toEqual(['l1', 'l2', 'l3']);
    expect(suggestionOf(r, 'b1')!.evidence[0]!.detail).toContain('3 takings entries of 2031-10-03');
  });

  it('confirms a payout with the fee the books hold as an entry of exactly the gap', () => {
    const ghs = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) =>
      entry(id, date, amount, { currency: 'GHS', ...extra });
    const r = reconcile(
      [bankLine('b1', '2026-02-04', 8_746_06, { currency: 'GHS', narration: 'HUBTEL SETTLEMENT 95612631' })],
      [
        ghs('l1', '2026-02-04', 8_920_00, { description: 'Hubtel Collections — MoMo sales settled' }),
        ghs('fee', '2026-02-04', -173_94, { description: 'Bank Charges — Hubtel fee' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect([...(groupOf(r, 'b1')?.ledgerIds ?? [])].sort()).toEqual(['fee', 'l1']);
    expect(groupOf(r, 'b1')?.writeOff).toBeNull();
  });

  it('never decides between two groupings that fit alike: both offered, marked a tie', () => {
    const r = reconcile(
      [zar('b1', '2031-05-08', 7_266_13, 'YOCO UITBETALING'), zar('b2', '2031-05-15', 6_894_43, 'YOCO UITBETALING')],
      [
        book('l1', '2031-05-07', 7_487_00, { description: 'Kaartverkope', party: 'Yoco' }),
        book('l1b', '2031-05-06', 7_490_00, { description: 'Kaartverkope', party: 'Yoco' }),
        book('l2', '2031-05-14', 7_104_00, { description: 'Kaartverkope week 2', party: 'Yoco' }),
      ],
      za,
    );
    expect(groupOf(r, 'b1')).toBeUndefined();
    expect(suggestionOf(r, 'b1')!.evidence.some((e) => e.kind === 'tie')).toBe(true);
  });

  it("offers nothing of another acquirer's takings, nor a gap beyond a merchant's rate", () => {
    const other = reconcile(
      [zar('b1', '2031-05-08', 7_266_13, 'YOCO UITBETALING')],
      [book('l1', '2031-05-07', 7_487_00, { description: 'Online sales', party: 'PayFast' })],
      za,
    );
    expect(firstChoice(other)).toBeUndefined();
    const wide = reconcile(
      [zar('b1', '2031-05-08', 7_000_00, 'YOCO UITBETALING')],
      [book('l1', '2031-05-07', 7_487_00, { description: 'Kaartverkope week 1', party: 'Yoco' })],
      za,
    );
    expect(ledgerIdsOf(wide)).toEqual([]);
    expect(firstChoice(wide)).not.toEqual(['l1']);
  });

  it('confirms a settlement whose only near charge is the fee booked for another settlement, once that one took it', () => {
    const ghs = (id: string, date: string, amount: number, extra: Parameters<typeof entry>[3]) =>
      entry(id, date, amount, { currency: 'GHS', ...extra });
    const line = (id: string, date: string, amount: number, narration: string) =>
      bankLine(id, date, amount, { currency: 'GHS', narration });
    const r = reconcile(
      [
        line('b1', '2026-02-03', 13_722_10, 'HUBTEL SETTLEMENT 97140479'),
        line('b2', '2026-02-04', 8_746_06, 'HUBTEL SETTLEMENT 95612631'),
        line('b3', '2026-02-09', 8_344_05, 'HUBTEL SETTLEMENT 53912299'),
        later('GHS'),
      ],
      [
        ghs('l1', '2026-02-03', 13_995_00, { description: 'Hubtel Collections — MoMo sales' }),
        ghs('l2', '2026-02-04', 8_920_00, { description: 'Hubtel Collections — MoMo sales settled' }),
        ghs('fee2', '2026-02-04', -173_94, { description: 'Bank Charges — Hubtel fee' }),
        ghs('l3', '2026-02-09', 8_510_00, { description: 'Hubtel Collections — MoMo sales' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect([...(groupOf(r, 'b2')?.ledgerIds ?? [])].sort()).toEqual(['fee2', 'l2']);
    expect(groupOf(r, 'b1')?.ledgerIds).toEqual(['l1']);
    expect(groupOf(r, 'b1')?.writeOff?.amountMinor).toBe(272_90);
    expect(groupOf(r, 'b3')?.ledgerIds).toEqual(['l3']);
  });

  it("reads online sales as a gateway's to settle, and a merchant settlement naming no wallet as a card acquirer's", () => {
    const ngn = (id: string, date: string, amount: number, narration: string) =>
      bankLine(id, date, amount, { narration });
    const online = reconcile(
      [ngn('b1', '2025-04-08', 381_729_00, 'PAYSTACK SETTLEMENT PSTK_2584116')],
      [entry('l1', '2025-04-07', 383_729_00, { description: 'Online orders week to 07/04/2025 — Sales Receipt' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(firstChoice(online)).toEqual(['l1']);
    const card = reconcile(
      [zar('b1', '2025-06-05', 17_849_81, 'MERCHANT SETTLEMENT 61000231')],
      [book('l1', '2025-06-04', 18_177_00, { description: 'Counter card takings 04/06' })],
      za,
    );
    expect(firstChoice(card)).toEqual(['l1']);
    const wallet = reconcile(
      [zar('b1', '2025-06-05', 17_849_81, 'MOMO MERCHANT SETTLEMENT')],
      [book('l1', '2025-06-04', 18_177_00, { description: 'Counter card takings 04/06' })],
      za,
    );
    expect(firstChoice(wallet)).toBeUndefined();
  });

  it('reads only a settlement, payout or sweep naming the channel, never money sent back or a payment of a document', () => {
    expect(readsAsAcquirerCredit('TELECEL CASH MERCHANT SETTLEMENT')).toBe(true);
    expect(readsAsAcquirerCredit('T-KASH COLLECTIONS SWEEP')).toBe(true);
    expect(readsAsAcquirerCredit('POS MERCHANT STLMT MULTI')).toBe(true);
    expect(readsAsAcquirerCredit('NIP FRM ADA OKEKE SETTLEMENT INV 0451')).toBe(false);
    expect(readsAsAcquirerCredit('PAYSTACK SETTLEMENT REVERSAL')).toBe(false);
    expect(readsAsAcquirerCredit('SETTLEMENT OF ACCOUNT')).toBe(false);
    expect(readsAsAcquirerCredit('TRF FROM JOHN KAMAU')).toBe(false);
  });

  it('takes a fee from a tenth of a percent (a capped gateway fee) to 4 % of the gross', () => {
    expect(isMerchantFee(2_000_00, 1_589_000_00)).toBe(true);
    expect(isMerchantFee(1_00, 1_589_000_00)).toBe(false);
    expect(isMerchantFee(400_00, 10_000_00)).toBe(true);
    expect(isMerchantFee(401_00, 10_000_00)).toBe(false);
    expect(isMerchantFee(0, 10_000_00)).toBe(false);
  });
});
