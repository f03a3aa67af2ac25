/**
 * A gateway's payout of one invoice net of its charge ("PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS",
 * "FLUTTERWAVE/PAYOUT/IN000593/…"): the full reference names one open document no other line quotes and the gap is
 * what gateways charge, written off. Refused: a gap beyond what gateways charge, a wallet customers pay through, a
 * second line quoting the document.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const ke = { timezone: 'Africa/Nairobi' };
const invoice = entry('l', '2025-09-12', 269_468_00, {
  reference: 'INV-001624',
  description: 'Payment received from Mogotio Sisal Growers',
});

describe("a gateway's payout of one invoice net of its charge", () => {
  it('is the invoice, the charge written off', () => {
    const r = reconcile(
      [bankLine('b', '2025-09-10', 260_036_62, { narration: 'PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS' })],
      [invoice],
      ke,
    );
    expect(pairs(r)).toEqual([[['b'], ['l']]]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(9_431_38);
  });

  it('refuses a gap beyond what gateways charge, a wallet, and a document quoted twice', () => {
    for (const lines of [
      [bankLine('b', '2025-09-10', 250_000_00, { narration: 'PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS' })],
      [bankLine('b', '2025-09-10', 260_036_62, { narration: 'MPESA C2B INV-001624 MOGOTIO SISAL GROWERS' })],
      [
        bankLine('b', '2025-09-10', 260_036_62, { narration: 'PESAPAL PAYOUT INV-001624 MOGOTIO SISAL GROWERS' }),
        bankLine('c', '2025-09-11', 5_000_00, { narration: 'PESAPAL PAYOUT INV-001624 BALANCE' }),
      ],
    ])
      expect(
        reconcile(lines, [invoice], ke).matches.filter((m) => m.bankIds.includes('b')),
        lines[0]!.narration ?? '',
      ).toEqual([]);
  });
});
