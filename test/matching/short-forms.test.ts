/**
 * An amount no other item carries, paid by a customer the narration names in the short forms banks and payers write:
 * initials for a run of the name's words ("MAF CARREFOUR", "PNP RETAILERS", "T VD MERWE"), two words run together
 * ("QUICK MART" for Quickmart, "NEWLIFE" for New Life). Missed before (every word of the party had to be written whole). The refusals: a word
 * the party's name does not explain, a word of the name left unwritten, initials with no word in full, another trade.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { namesInShortForms } from '../../matching/scoring.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const words = (s: string) => s.split(' ');

describe('a party named in short forms', () => {
  it.each([
    ['MAF CARREFOUR KENYA', 'CARREFOUR MAJID AL FUTTAIM'],
    ['PNP RETAILERS', 'PICK N PAY RETAILERS'],
    ['T VD MERWE', 'THANDI VAN DER MERWE'],
    ['QUICK MART', 'QUICKMART SUPERMARKETS'],
    ['KASOA NEWLIFE PHARMACY', 'KASOA NEW LIFE PHARMACY'],
  ])('%s names %s', (narration, party) => {
    expect(namesInShortForms(words(party), words(narration))).toBe(true);
  });

  it.each([
    ['GRACE AKINYI', 'GRACE WANJIRU'], // a word the name does not explain: someone else
    ['CARREFOUR', 'CARREFOUR MAJID AL FUTTAIM'], // a word of the name left unwritten
    ['T VD', 'THANDI VAN DER MERWE'], // initials only
    ['QUICK MART MOTORS', 'QUICKMART SUPERMARKETS'], // another trade
    ['PNP RETAILERS', 'SHOPRITE RETAILERS'],
    ['KASOA NEWLIFE', 'KASOA NEW DAWN LIFE'], // words run together that are not next to each other
    ['NEWLIFE PHARMACY', 'NEW HOPE PHARMACY'],
  ])('%s does not name %s', (narration, party) => {
    expect(namesInShortForms(words(party), words(narration))).toBe(false);
  });

  it('confirms an amount no other item carries, the line naming the customer in short forms', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-05-04', 272_956_00, { narration: 'PESALINK CR MAF CARREFOUR KENYA', currency: 'KES' }),
        bankLine('b', '2026-07-09', 32_385_00, { narration: 'Magtape credit T VD MERWE — Deposit', currency: 'ZAR' }),
      ],
      [
        entry('e1', '2026-05-04', 272_956_00, {
          party: 'Carrefour Majid Al Futtaim',
          reference: '1069',
          currency: 'KES',
        }),
        entry('e2', '2026-07-09', 32_385_00, { party: 'Thandi van der Merwe', reference: 'SI-0243', currency: 'ZAR' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([
      [['a'], ['e1']],
      [['b'], ['e2']],
    ]);
  });

  it('refuses when another open entry carries the amount', () => {
    const r = reconcile(
      [bankLine('a', '2026-05-04', 272_956_00, { narration: 'PESALINK CR MAF CARREFOUR KENYA', currency: 'KES' })],
      [
        entry('e1', '2026-05-04', 272_956_00, { party: 'Carrefour Majid Al Futtaim', currency: 'KES' }),
        entry('e2', '2026-05-06', 272_956_00, { party: 'Naivas Limited', currency: 'KES' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe("a customer's long name written by its initials, beside an amount no other item carries", () => {
  it.each([
    ['ACH CREDIT CALBANK THC june', 'Takoradi Harbour Clinic'],
    ['PESALINK CR OAA', 'Otieno & Achieng Associates'],
  ])('%s names %s', (narration, party) => {
    const r = reconcile(
      [bankLine('b', '2026-06-22', 8_971_37, { narration, currency: 'GHS' })],
      [entry('e', '2026-06-22', 8_971_37, { party, reference: 'SI-000768', currency: 'GHS' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('initials spelling a bank name nobody (KCB is the payer’s bank)', () => {
    const r = reconcile(
      [bankLine('b', '2026-05-03', 469_022_37, { narration: 'RTGS CR KCB may invoice', currency: 'KES' })],
      [entry('e', '2026-05-03', 469_022_37, { party: 'Kilimo Cereal Brokers', currency: 'KES' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('initials beside a round sum are not enough', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-22', 12_500_00, { narration: 'ACH CREDIT CALBANK THC june', currency: 'GHS' })],
      [entry('e', '2026-06-22', 12_500_00, { party: 'Takoradi Harbour Clinic', currency: 'GHS' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('initials are refused when another entry carries the amount', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-22', 8_971_37, { narration: 'ACH CREDIT CALBANK THC june', currency: 'GHS' })],
      [
        entry('e1', '2026-06-22', 8_971_37, { party: 'Takoradi Harbour Clinic', currency: 'GHS' }),
        entry('e2', '2026-06-25', 8_971_37, { party: 'Tema Hardware Centre', currency: 'GHS' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('initials spelling a plain word', () => {
  it('PAY in "INSTANT PAY" is not Pan African Yard', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-22', 8_971_37, { narration: 'GIP INSTANT PAY FRM KOFI', currency: 'GHS' })],
      [entry('e', '2026-06-22', 8_971_37, { party: 'Pan African Yard', currency: 'GHS' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });
});
