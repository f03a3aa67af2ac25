/**
 * Review of f1d20b4b (an entry naming nothing but an account at a bank, and a line naming that bank with a funding word
 * or an account word, are an own transfer; a party column naming an own account) and 3b315490 (a document numbered in
 * a financial year, "SI/25-26/0754", also answers to its serial alone).
 *
 * The first block asserts what a careful accountant would do where main now confirms a wrong pair; each held on the
 * commit before f1d20b4b. The second block documents behaviour checked and found right.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { ledgerKeys } from '../../matching/references.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const lagos = { timezone: 'Africa/Lagos' };
const nairobi = { timezone: 'Africa/Nairobi' };
const accra = { timezone: 'Africa/Accra' };
const kes = { currency: 'KES' } as const;
const ghs = { currency: 'GHS' } as const;

describe('wrong pairs the two commits confirm', () => {
  it("a payee whose name holds the bank's word, paid for its own project funding, is no funding of Union Bank", () => {
    // UNION is the payee's name and FUNDING the payee's memo: the line pays Union Motors, the entry funds Union Bank
    const r = reconcile(
      [bankLine('b', '2026-03-04', -5_000_000_00, { narration: 'NIP TRF TO UNION MOTORS LTD/PROJECT FUNDING' })],
      [entry('e', '2026-03-04', -5_000_000_00, { description: 'Transfer to Union Bank account' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it("a dealer's top-up sent from its Access account is not the business's own transfer from Access", () => {
    // inward NIP names the sending bank, then the sender: ADEBAYO STORES LTD is a customer topping up its wallet
    const r = reconcile(
      [bankLine('b', '2026-03-04', 750_000_00, { narration: 'NIP FRM ACCESS/ADEBAYO STORES LTD/WALLET TOP UP' })],
      [entry('e', '2026-03-04', 750_000_00, { description: 'Funds transfer from Access Bank' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it('a person paid at Zenith with a top-up memo is not the Zenith account funded', () => {
    // the funding word is the memo of a payment to Adamu Musa, not said of an account ("FUNDING ZENITH A/C")
    const r = reconcile(
      [bankLine('b', '2026-03-04', -500_000_00, { narration: 'NIP TRF TO ADAMU MUSA/ZENITH/TOP UP' })],
      [entry('e', '2026-03-04', -500_000_00, { description: 'Transfer to Zenith account' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it('an airtime top-up, no transfer at all, is not a transfer to the UBA savings account', () => {
    // the line never says transfer; TOP UP and the bank's name in the channel's words are all it shares
    const r = reconcile(
      [bankLine('b', '2026-03-04', -50_000_00, { narration: 'UBA MOBILE AIRTIME TOP UP 08031234567' })],
      [entry('e', '2026-03-04', -50_000_00, { description: 'Transfer to UBA savings account' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it('a first name that is a month ("June") is a payee, and the line pays someone else (April Nkosi)', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-04', -8_000_00, {
          currency: 'ZAR',
          narration: 'IB TRANSFER TO APRIL NKOSI FNB SAVINGS',
        }),
      ],
      [
        entry('e', '2026-03-04', -8_000_00, {
          currency: 'ZAR',
          description: 'Transfer to June FNB savings account',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(r.matches).toEqual([]);
  });

  it("a party column naming a person's M-Pesa is a payee, and the line pays another number", () => {
    // the engine reads "KOFI MENSAH MOBILE MONEY ACCOUNT" on a line as that person's; a party column is no different
    const r = reconcile(
      [bankLine('b', '2026-03-04', -8_000_00, { ...kes, narration: 'MPESA B2C TRANSFER TO 0722123456' })],
      [
        entry('e', '2026-03-04', -8_000_00, {
          ...kes,
          party: 'Grace Wanjiru M-Pesa 0711000222',
          description: 'Transfer',
        }),
      ],
      nairobi,
    );
    expect(r.matches).toEqual([]);
  });

  it("a party column naming a supplier's till is a payee, and the line pays another till", () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -8_000_00, { ...kes, narration: 'MPESA B2B TRANSFER TILL 7788990' })],
      [
        entry('e', '2026-03-04', -8_000_00, {
          ...kes,
          party: 'Kamau Hardware Till 5123456',
          description: 'M-Pesa transfer',
        }),
      ],
      nairobi,
    );
    expect(r.matches).toEqual([]);
  });

  it('an invoice written by its date (INV/10/11/2025) has no serial 2025: a line quoting INV 2025 is not its', () => {
    // 10 and 11 are a day and a month, 2025 the year: no financial year 2010-11 and serial 2025
    const r = reconcile(
      [bankLine('b', '2026-05-04', 1_250_00, { ...ghs, narration: 'GIP TRF FRM OSU CHEMISTS INV 2025' })],
      [entry('d', '2026-03-10', 1_250_00, { ...ghs, description: 'Asare Pharmacy (INV/10/11/2025)' })],
      accra,
    );
    expect(r.matches).toEqual([]);
  });

  it("nor does that date's year take the line from the payer's own entry", () => {
    const r = reconcile(
      [bankLine('b', '2026-05-04', 1_250_00, { ...ghs, narration: 'GIP TRF FRM OSU CHEMISTS INV 2025' })],
      [
        entry('d', '2026-03-10', 1_250_00, { ...ghs, description: 'Asare Pharmacy (INV/10/11/2025)' }),
        entry('r', '2026-05-01', 1_250_00, { ...ghs, description: 'Osu Chemists' }),
      ],
      accra,
    );
    expect(pairs(r)).toEqual([[['b'], ['r']]]);
  });
});

describe('checked and right', () => {
  it("the business's own funding, as the commit means it, is confirmed", () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_000_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING ZENITH A/C' })],
      [entry('e', '2026-03-04', -3_000_000_00, { description: 'Transfer to Zenith current account' })],
      lagos,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('an entry naming a person beside the bank stays a payee', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-04', -3_000_000_00, { narration: 'NIP TRF TO KANO GRAINS LTD - FUNDING ZENITH A/C' })],
      [entry('e', '2026-03-04', -3_000_000_00, { description: 'Transfer to Musa Zenith account' })],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it("a line quoting this year's document in full does not take last year's of the same serial", () => {
    const r = reconcile(
      [bankLine('b', '2026-05-04', 1_250_00, { ...ghs, narration: 'GIP TRF FRM OSU CHEMISTS SI/26-27/0754' })],
      [entry('fy', '2025-05-01', 1_250_00, { ...ghs, reference: 'SI/25-26/0754' })],
      accra,
    );
    expect(r.matches).toEqual([]);
  });

  it("a document's own number still wins when a financial year's document shares its serial", () => {
    const r = reconcile(
      [bankLine('b', '2026-05-04', 1_250_00, { ...ghs, narration: 'GIP TRF FRM OSU CHEMISTS INV 0754' })],
      [
        entry('old', '2026-04-20', 1_250_00, { ...ghs, reference: 'INV-0754' }),
        entry('fy', '2026-05-01', 1_250_00, { ...ghs, reference: 'SI/26-27/0754' }),
      ],
      accra,
    );
    expect(ledgerIdsOf(r)).toEqual(['old']);
  });

  it('a spaced written date after a document word yields no serial', () => {
    expect(ledgerKeys(null, 'Invoice 10-11-2025').filter((k) => k.startsWith('S:'))).toEqual([]);
    expect(ledgerKeys(null, 'Asare Pharmacy INV 10/11/2025').filter((k) => k.startsWith('S:'))).toEqual([]);
  });
});
