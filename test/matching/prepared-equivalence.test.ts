import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeBook } from '../../bench/large-book.js';
import { bankKeys, describeKey, ledgerKeys, referenceKeys } from '../../matching/references.js';
import * as oracle from './reference-keys-oracle.js';

/**
 * Preparation reads every bank line and ledger entry, so it is written as single passes over the characters. It must
 * give exactly what the plain regular-expression reading gave (the oracle), keys in the same order: the order decides
 * which shared key a match's evidence names.
 */

// Fragments in the writings banks and bookkeepers use, and the punctuation and spaces that cut them.
const letters = fc.constantFrom(
  'INV',
  'inv',
  'Invoice',
  'INVOICE',
  'BILL',
  'PO',
  'ORDER',
  'CHQ',
  'CHEQUE',
  'SI',
  'RCT',
  'ACC',
  'SINV',
  'LTD',
  'NIP',
  'TRF',
  'FROM',
  'TO',
  'NO',
  'NUMBER',
  'NR',
  'REF',
  'AND',
  'and',
  'I',
  'FT',
  'ABCDEFGHI',
  'CUSTOMER',
  'Okon',
  'ı',
  'ß',
  'é',
  'ſ',
);
const digits = fc.stringMatching(/^\d{1,20}$/);
const years = fc.constantFrom('1999', '2019', '2024', '2025', '2100', '1899', '24', '00');
const number2 = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.constantFrom('00', '01', '09', '10', '12', '13'),
);
const dateSeparator = fc.constantFrom('-', '/', '.', '_');
const dates = fc.oneof(
  fc.tuple(number2, dateSeparator, number2, dateSeparator, years).map((p) => p.join('')),
  fc.tuple(years, dateSeparator, number2, dateSeparator, number2).map((p) => p.join('')),
);
const joins = fc.constantFrom('-', '/', '.', '_', '#', '', '--', '/-', '#-');
const cuts = fc.constantFrom(
  ' ',
  '  ',
  ',',
  ', ',
  ' & ',
  '&',
  ' and ',
  '+',
  ';',
  ':',
  '(',
  ')',
  '[',
  '}',
  '"',
  "'",
  '|',
  '\u00a0',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  // every Unicode space JavaScript's \s knows, and characters next to them that are not spaces
  ...'\u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...'\u0085\u180e\u200b\u2020\u1fff\u200c',
);
const fragment = fc.oneof(letters, digits, years, dates, joins, cuts, fc.string({ maxLength: 4 }));
const text = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(''));
const maybeText = fc.option(text, { nil: undefined });

function expectSameKeys(narration: string | undefined, reference: string | undefined): void {
  expect(bankKeys(narration, reference)).toEqual(oracle.bankKeys(narration, reference));
  expect(ledgerKeys(reference, narration)).toEqual(oracle.ledgerKeys(reference, narration));
  expect([...referenceKeys(narration, reference)]).toEqual([...oracle.referenceKeys(narration, reference)]);
  for (const k of bankKeys(narration, reference)) expect(describeKey(k)).toBe(oracle.describeKey(k));
}

/** Every string of the evaluation corpus (narrations, references, descriptions, names, ids): real writings. */
function corpusStrings(): string[] {
  const out = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) collect(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(join(import.meta.dirname, '../../bench/corpus'));
  return [...out];
}

describe('reference keys equal the regular-expression reading', () => {
  it('on generated writings', () => {
    fc.assert(
      fc.property(maybeText, maybeText, (narration, reference) => expectSameKeys(narration, reference)),
      { numRuns: 4000 },
    );
  });

  it('on every string of the evaluation corpus and of the bench book', () => {
    const strings = corpusStrings();
    expect(strings.length).toBeGreaterThan(1000);
    const { bank, ledger } = largeBook(3000, 7);
    for (const b of bank) strings.push(b.narration ?? '');
    for (const l of ledger) strings.push(l.reference ?? '');
    for (let i = 0; i < strings.length; i++) expectSameKeys(strings[i], strings[(i * 7919) % strings.length]);
  });
});
