/**
 * A merchant's sales through a wallet booked as such ("PalmPay sales", "Ventes MPESA", "Incasso vendite PalmPay",
 * "Ventas AT Money"), to the wallet or to no party: a day's takings, which the wallet's sweep or settlement the next
 * day settles net of its charge. Missed before: a wallet's name made no entry takings (customers pay through wallets
 * too) and the sales word was read in English only; AT Money (Ghana's AirtelTigo Money) was no wallet at all, nor
 * Kenya's T-Kash and Equitel (seen in holdout42).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

// the later line is the bank's own fee, posted by a rule: only the settlement's matches are read
const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.bankIds.includes('s')).map((m) => [m.bankIds, m.ledgerIds]);

function swept(narration: string, description: string, party: string | null, currency: 'NGN' | 'GHS' | 'KES' = 'NGN') {
  return reconcile(
    [
      bankLine('s', '2027-10-12', 803_399_85, { currency, narration }),
      // the bank data reaches days past the sweep: no other batch of the day is still to come
      bankLine('later', '2027-10-20', -1_500_00, { currency, narration: 'SMS ALERT CHARGES' }),
    ],
    [entry('t', '2027-10-11', 811_515_00, { currency, description, party })],
    { timezone: 'Africa/Lagos' },
  );
}

describe("a wallet's sales booked as takings", () => {
  it('are settled by the next day’s settlement net of a 1% charge, in the language the books are kept in', () => {
    for (const [description, party] of [
      ['PalmPay sales', 'PalmPay'],
      ['Incasso vendite PalmPay', 'PalmPay'],
      ['Ventes PalmPay', null],
    ] as const) {
      const r = swept('PALMPAY SETTLEMENT', description, party);
      expect(groups(r), description).toEqual([[['s'], ['t']]]);
      expect(r.matches.find((m) => m.bankIds.includes('s'))!.writeOff?.amountMinor).toBe(8_115_15);
    }
  });

  it("AT Money is Ghana's wallet: its merchant sweep settles the sales booked to it", () => {
    const r = swept('AT MONEY MERCHANT SWEEP', 'Ventas AT Money', 'AT Money', 'GHS');
    expect(groups(r)).toEqual([[['s'], ['t']]]);
  });

  it('are whatever the books call money booked to the wallet itself, a wallet named Cash included', () => {
    expect(groups(swept('TELECEL CASH MERCHANT SWEEP', 'Ontvangst Telecel Cash', 'Telecel Cash', 'GHS'))).toEqual([
      [['s'], ['t']],
    ]);
    expect(groups(swept('AIRTEL MONEY MERCHANT SWEEP', 'Tilitys Airtel Money', 'Airtel Money', 'KES'))).toEqual([
      [['s'], ['t']],
    ]);
    // booked to no party, only a sales word says takings: a receipt naming a wallet may be a customer's
    expect(groups(swept('TELECEL CASH MERCHANT SWEEP', 'Ontvangst Telecel Cash', null, 'GHS'))).toEqual([]);
  });

  it("T-Kash and Equitel are Kenya's wallets too: booked to Telkom Kenya's T-Kash, its sweep settles them", () => {
    expect(groups(swept('T-KASH MERCHANT SWEEP', 'Receipts T-Kash', 'Telkom Kenya T-Kash', 'KES'))).toEqual([
      [['s'], ['t']],
    ]);
    expect(groups(swept('EQUITEL MERCHANT SWEEP', 'Equitel sales', null, 'KES'))).toEqual([[['s'], ['t']]]);
    // written glued or spaced, T-Kash is one wallet
    for (const sweep of ['TKASH MERCHANT SWEEP', 'T KASH MERCHANT SWEEP'])
      expect(groups(swept(sweep, 'Receipts T-Kash', 'Telkom Kenya T-Kash', 'KES')), sweep).toEqual([[['s'], ['t']]]);
    // another wallet's sweep does not settle them
    expect(groups(swept('MPESA TILL SWEEP', 'Receipts T-Kash', 'Telkom Kenya T-Kash', 'KES'))).toEqual([]);
  });

  it("are no customer's payment: an entry booked to a customer, or naming an invoice, is not takings", () => {
    expect(groups(swept('PALMPAY SETTLEMENT', 'PalmPay sales', 'Bola Stores Ltd'))).toEqual([]);
    expect(groups(swept('PALMPAY SETTLEMENT', 'PalmPay sales INV-0452', 'PalmPay'))).toEqual([]);
  });
});
