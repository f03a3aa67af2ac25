/**
 * A gateway's payout against the takings a bookkeeper booked on the day the payout came (holdout34: "EXPRESSPAY
 * SETTLEMENT" and "Card and mobile money sales" of ExpressPay, both dated the 27th): no takings before it share a word
 * with it, so its own day's entry naming the gateway is the one it can be, if the payout settles it. A payout of an
 * earlier day whose takings the books lack does not take today's.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [[...m.bankIds].sort(), [...m.ledgerIds].sort()]);
const later = bankLine('later', '2026-04-30', -1_234_56, { narration: 'DEBIT ORDER INSURANCE' });
const opts = { timezone: 'Africa/Johannesburg' };

describe('a payout against the takings booked on its own day', () => {
  it('is matched net of what the gateway charges, written off, and says the takings are of its day', () => {
    const r = reconcile(
      [bankLine('p', '2026-04-20', 19_486_22, { narration: 'EFT CREDIT — OZOW SETTLEMENT' }), later],
      [entry('t', '2026-04-20', 20_068_20, { description: 'Umsatz Ozow' })],
      opts,
    );
    expect(groups(r)).toEqual([[['p'], ['t']]]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(581_98);
    expect(JSON.stringify(r.matches[0]!.evidence)).toContain('the takings booked on 2026-04-20, the day it came');
  });

  it("leaves today's takings to today's payout when an earlier day's payout names the same gateway", () => {
    const r = reconcile(
      [
        // the 30th's takings are not in these books: this payout is not the 1st's
        bankLine('p0', '2025-10-01', 7_477_42, { narration: 'YOCO PAYOUT MOKOENA ENG' }),
        bankLine('p1', '2025-10-02', 3_991_83, { narration: 'YOCO PAYOUT MOKOENA ENG' }),
        bankLine('later', '2025-10-20', -1_000, { narration: 'DEBIT ORDER' }),
      ],
      [entry('t1', '2025-10-01', 4_132_00, { reference: 'YOCO01', description: 'Card sales 01/10/2025' })],
      opts,
    );
    expect(groups(r)).toEqual([[['p1'], ['t1']]]);
  });
});
