import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HAS_DIGIT,
  MAY_LIST,
  NOT_UPPER,
  WORD_CAPITALS,
  WORD_DIGIT,
  WordBounds,
  scanText,
} from '../../matching/reference-text.js';
import { NumberKeys, bankKeys } from '../../matching/references.js';
import * as oracle from './preparation-oracle.js';

/**
 * scanText reads a text once for what several passes read before: its flags, its words (each with what it is made of)
 * and a narration's candidates for whole codes. Each is checked against its plain definition by regular expressions.
 */

interface Scan {
  flags: number;
  words: string[];
  kinds: number[];
  codes: string[];
}

function scan(text: string, mayStop: boolean): Scan {
  const out = new WordBounds();
  const codes = new WordBounds();
  const flags = scanText(text, out, codes, mayStop);
  const words: string[] = [];
  const kinds: number[] = [];
  for (let w = 0; w < out.count; w++) {
    words.push(text.slice(out.offsets[2 * w]!, out.offsets[2 * w + 1]!));
    kinds.push(out.kinds[w]!);
  }
  const found: string[] = [];
  for (let c = 0; c < codes.count; c++) found.push(text.slice(codes.offsets[2 * c]!, codes.offsets[2 * c + 1]!));
  return { flags, words, kinds, codes: found };
}

/** The flags by their definitions: a digit; a list word before a digit; a character upper-casing may change. */
function plainFlags(text: string): number {
  return (
    (/\d/.test(text) ? HAS_DIGIT : 0) |
    (/(?:[&,+]|and)\s*\d/i.test(text) ? MAY_LIST : 0) |
    (/[a-z\u0080-\uffff]/.test(text) ? NOT_UPPER : 0)
  );
}

const plainKind = (word: string): number => (/\d/.test(word) ? WORD_DIGIT : /^[A-Z]+$/.test(word) ? WORD_CAPITALS : 0);

/** A narration's space-separated words of six characters or more with a digit. */
const plainCodes = (text: string): string[] => text.split(/\s+/).filter((w) => w.length >= 6 && /\d/.test(w));

/** What scanText must say of `text`; null when it does. */
function difference(text: string): string | null {
  const upper = text.toUpperCase();
  const whole = scan(text, false);
  const stopping = scan(text, true);
  const ofUpper = scan(upper, false);
  const expected = oracle.wordsOf(upper);
  const checks: Array<[string, unknown, unknown]> = [
    ['flags', whole.flags, plainFlags(text)],
    ['flags (may stop)', stopping.flags, plainFlags(text)],
    ['codes', whole.codes, plainCodes(text)],
    ['codes (may stop)', stopping.codes, plainCodes(text)],
    ['words', ofUpper.words, expected],
    ['kinds', ofUpper.kinds, expected.map(plainKind)],
  ];
  // a text read as it is (nothing to upper-case, no list) keeps its words when the scan may stop
  if ((plainFlags(text) & (NOT_UPPER | MAY_LIST)) === 0) checks.push(['words (may stop)', stopping.words, expected]);
  for (const [what, got, want] of checks)
    if (JSON.stringify(got) !== JSON.stringify(want))
      return `${what} of ${JSON.stringify(text)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`;
  return null;
}

const pieces = fc.constantFrom(
  'INV',
  'inv',
  'Invoice',
  'CUSTOMER',
  'NIP',
  'FT23145ABC12',
  'I2025000011',
  'INV2024-42',
  'INV#3240',
  'ACC-SINV-2025-00011',
  'LTD/INV/2024/00391',
  'NIP/000013240314248781165776438760/ADA',
  '0000013240314248781165776438760',
  '05/03/2025',
  '2025-03-05',
  '31.12.1999',
  '32/01/2025',
  '2024',
  '202400684',
  'AND',
  'and',
  'Aand',
  'ı',
  'ß',
  'é',
  'Ü',
  'ſ',
  '١٢٣',
  '😀',
);
const digits = fc.stringMatching(/^\d{1,20}$/);
const joins = fc.constantFrom('-', '/', '.', '_', '#', '', '--', '/-', '#-', '*', '@');
const cuts = fc.constantFrom(
  ' ',
  '  ',
  ',',
  ' & ',
  '&',
  ' and ',
  '+',
  ';',
  '(',
  ']',
  '"',
  "'",
  '|',
  '\t',
  '\n',
  ...'\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...'\u0085\u180e\u200b\u200c',
);
const fragment = fc.oneof(pieces, digits, joins, cuts, fc.string({ maxLength: 4 }));
const text = fc.array(fragment, { maxLength: 16 }).map((parts) => parts.join(''));

describe('scanText reads a text once as its plain definitions do', () => {
  it('on generated writings (digits glued to letters, dates, lists, long ids, non-ASCII)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(difference(t)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('on the edges', () => {
    const edges = [
      '',
      ' ',
      '-',
      '#-/',
      '123456',
      '12345',
      ' 123456 ',
      'ABC123',
      'abc123',
      'INV-2024-0001 & 0002',
      'INV-2024-0001&0002',
      'INV 2024 0001',
      'INV2024 0001',
      'INV 2024/0001, 0002 and 0003',
      'ınv 2024',
      'straße 123456',
      'NIP FRM CUSTOMER 000000 TRADING inv 9999/99',
      'A'.repeat(20) + '1',
      '-'.repeat(20) + '1234567890123' + '/'.repeat(20),
      'X/1234567890123/',
      '1234567890123/1234567890123-1',
      'AB-/1234567890123',
      '\u00a0123456\u00a0',
      'and',
      'and1',
      'ANd 1',
      'and\u30001',
    ];
    for (const t of edges) expect(difference(t)).toBeNull();
  });

  it('on hostile narrations (thousands of words, one endless word)', () => {
    const texts = [
      'NIP TRF FROM OKON FREIGHT INV-2024-0001 '.repeat(2000),
      'INV-2024-0001 & 0002 '.repeat(1000),
      'inv 2024 0001 '.repeat(1000),
      'A'.repeat(50_000) + '1',
      '1'.repeat(50_000),
      `${'12/'.repeat(5000)}2025`,
      'é '.repeat(5000) + '123456',
    ];
    for (const t of texts) expect(difference(t)).toBeNull();
  });
});

describe('the keys of a payer number kept for a run (NumberKeys)', () => {
  it('are those made afresh, for thousands of numbers under many words, each met again', () => {
    const numbers = new NumberKeys();
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) texts.push(`NIP FRM CUSTOMER ${String(i).padStart(6, '0')} TRADING`);
    const words = ['ACCT', 'CUST', 'MEMBER', 'CLIENT', 'PAYER', 'TENANT', 'UNIT'];
    // the same digits under different words, and written again under the same word
    for (let i = 0; i < 3000; i++) texts.push(`${words[i % 7]!} ${String(i % 400).padStart(5, '0')} REF`);
    for (let i = 0; i < 2000; i++) texts.push(`customer 00${i} and CUSTOMER 0${i}`);
    for (const pass of [1, 2])
      for (const t of texts) expect([pass, t, bankKeys(t, null, numbers)]).toEqual([pass, t, bankKeys(t, null)]);
  });
});
