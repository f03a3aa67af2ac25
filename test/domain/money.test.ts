import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, type CurrencyCode, normalizeCurrency, UnknownCurrencyError } from '../../domain/currency.js';
import {
  AmountParseError,
  addMoney,
  CurrencyMismatchError,
  formatMoney,
  majorToMinor,
  minorToMajorString,
  money,
  parseAmount,
  parseMajorString,
  percentOfMinor,
} from '../../domain/money.js';

const codes = Object.keys(CURRENCIES) as CurrencyCode[];
const anyCurrency = fc.constantFrom(...codes);
const anyMinor = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
// Amounts a bank line can plausibly carry, biased to small values where rounding slips show.
const realisticMinor = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1e13, max: 1e13 }));

describe('parse∘format is the identity', () => {
  it('with the currency symbol, for every currency and sign', () => {
    fc.assert(
      fc.property(anyCurrency, anyMinor, (currency, minor) => {
        const text = formatMoney(money(minor, currency));
        expect(parseAmount(text, currency)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it('without the symbol, and through the canonical major-unit string', () => {
    fc.assert(
      fc.property(anyCurrency, anyMinor, (currency, minor) => {
        expect(parseAmount(formatMoney(money(minor, currency), { symbol: false }), currency)).toBe(minor);
        expect(parseMajorString(minorToMajorString(minor, currency), currency)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it('in comma-decimal writing ("1 250,00") for two-decimal currencies', () => {
    fc.assert(
      fc.property(fc.constantFrom<CurrencyCode>('NGN', 'ZAR', 'KES', 'GHS'), realisticMinor, (currency, minor) => {
        const [int, frac] = minorToMajorString(Math.abs(minor), currency).split('.');
        const text = `${minor < 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${frac}`;
        expect(parseAmount(text, currency, { decimalSeparator: ',' })).toBe(minor);
      }),
    );
  });

  it('bracketed negatives and DR/CR suffixes mean the same as a sign', () => {
    fc.assert(
      fc.property(
        realisticMinor.filter((n) => n > 0),
        (minor) => {
          const body = formatMoney(money(minor, 'NGN'), { symbol: false });
          expect(parseAmount(`(${body})`, 'NGN')).toBe(-minor);
          expect(parseAmount(`${body} DR`, 'NGN')).toBe(-minor);
          expect(parseAmount(`${body}CR`, 'NGN')).toBe(minor);
        },
      ),
    );
  });
});

describe('parseAmount on the writings found in statements', () => {
  it.each([
    ['₦1,250,000.50', 'NGN', {}, 125_000_050],
    ['(1,200.00)', 'NGN', {}, -120_000],
    ['1 250,00', 'ZAR', { decimalSeparator: ',' }, 125_000],
    ['1.250,00', 'ZAR', { decimalSeparator: ',' }, 125_000],
    ['1,000.00 DR', 'NGN', {}, -100_000],
    ['1,000.00 Dr.', 'NGN', {}, -100_000],
    ['500CR', 'NGN', {}, 50_000],
    ['500 cr', 'NGN', {}, 50_000],
    ['NGN 1,000', 'NGN', {}, 100_000],
    ['GH₵ 20.00', 'GHS', {}, 2_000],
    ['GHC 20.00', 'GHS', {}, 2_000],
    ['KSh 1,500', 'KES', {}, 150_000],
    ['R 99.95', 'ZAR', {}, 9_995],
    ['-₦12.39', 'NGN', {}, -1_239],
    ['₦-12.39', 'NGN', {}, -1_239],
    ['\u2212₦12.39', 'NGN', {}, -1_239],
    ['+42', 'NGN', {}, 4_200],
    ['\u00a01\u202f000.5 ', 'NGN', {}, 100_050],
    ['.5', 'NGN', {}, 50],
    ['1,500', 'UGX', {}, 1_500],
    ['(0.00)', 'NGN', {}, 0],
  ] as const)('%s in %s', (text, currency, opts, expected) => {
    const minor = parseAmount(text, currency, opts);
    expect(minor).toBe(expected);
    expect(Number.isSafeInteger(minor)).toBe(true);
  });

  it('reads "-" and blanks as null, or as zero when asked', () => {
    for (const blank of ['-', '', '   ', '–', '—']) {
      expect(parseAmount(blank, 'NGN')).toBeNull();
      expect(parseAmount(blank, 'NGN', { blankAs: 'zero' })).toBe(0);
    }
  });

  it.each([
    ['abc', 'NGN'],
    ['12.3.4', 'NGN'],
    ['1,2345.00', 'NGN'],
    ['12,34', 'NGN'],
    ['1e5', 'NGN'],
    ['0x10', 'NGN'],
    ['Infinity', 'NGN'],
    ['NaN', 'NGN'],
    ['₦', 'NGN'],
    ['--5', 'NGN'],
    ['5 DRCR', 'NGN'],
    ['-5 DR', 'NGN'],
    ['(-5)', 'NGN'],
    ['-₦-5', 'NGN'],
    ['+5 CR', 'NGN'],
  ] as const)('rejects junk %s with an error naming the input', (text, currency) => {
    expect(() => parseAmount(text, currency)).toThrow(AmountParseError);
    expect(() => parseAmount(text, currency)).toThrow(`"${text}"`);
  });

  it('rejects more decimals than the currency has, naming the cell as written', () => {
    expect(() => parseAmount('₦1,250.505', 'NGN')).toThrow(/"₦1,250\.505".*more than 2 decimal places for NGN/);
    expect(() => parseAmount('1,500.5', 'UGX')).toThrow(/more than 0 decimal places for UGX/);
    expect(() => parseAmount('1 250,001', 'ZAR', { decimalSeparator: ',' })).toThrow(AmountParseError);
    // The value is judged before rounding: an over-precise huge number must not round into an integer.
    expect(() => parseAmount('1234567890123456789.001', 'NGN')).toThrow(/decimal places/);
  });

  it('rejects amounts too large to hold exactly instead of losing digits', () => {
    expect(() => parseAmount('90,071,992,547,409.92', 'NGN')).toThrow(/too large/);
    expect(parseAmount('90,071,992,547,409.91', 'NGN')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    // the shilling as Kenyan statements and invoices write it: plural, with the abbreviation's full stop, any case
    ['Kshs. 1,535,425.81', 'KES', 153_542_581],
    ['KShs 1,535,425.81', 'KES', 153_542_581],
    ['Ksh. 1,535,425.81', 'KES', 153_542_581],
    ['KSHS 600', 'KES', 60_000],
    ['ksh 600', 'KES', 60_000],
    ['Kes 600.50', 'KES', 60_050],
    ['KES. 600', 'KES', 60_000],
    ['1,250.00 Kshs.', 'KES', 125_000],
    ['KShs. -500', 'KES', -50_000],
    ['(Kshs. 500.00)', 'KES', -50_000],
    ['Kshs 500 DR', 'KES', -50_000],
    // the cedi, the rand and the naira in their written forms
    ['GH¢ 20.00', 'GHS', 2_000],
    ['Gh¢20.00', 'GHS', 2_000],
    ['Ghs 20.00', 'GHS', 2_000],
    ['ghc 20.00', 'GHS', 2_000],
    ['GHS. 20.00', 'GHS', 2_000],
    ['20.00 GHS', 'GHS', 2_000],
    ['R1,250.00', 'ZAR', 125_000],
    ['ZAR 1,250.00', 'ZAR', 125_000],
    ['zar 1,250.00', 'ZAR', 125_000],
    ['1,250.00 ZAR', 'ZAR', 125_000],
    ['N1,000', 'NGN', 100_000],
    ['NGN 1,000', 'NGN', 100_000],
    ['ngn 1,000', 'NGN', 100_000],
    ['₦1,000', 'NGN', 100_000],
    ['1,000.00 NGN.', 'NGN', 100_000],
    // and the shilling of Uganda, the CFA franc and the dollar as often written
    ['UShs 5,000', 'UGX', 5_000],
    ['5,000 FCFA', 'XOF', 5_000],
    ['US$ 12.50', 'USD', 1_250],
  ] as const)('reads the written mark %s in %s', (text, currency, expected) => {
    expect(parseAmount(text, currency)).toBe(expected);
  });

  it.each([
    // a word that starts with a mark is not the mark: the rupee, the naira spelt out, a mark run into letters
    ['Rs 100', 'ZAR'],
    ['Naira 100', 'NGN'],
    ['Kshsx 100', 'KES'],
    ['KShss 100', 'KES'],
    ['Ksh.. 100', 'KES'],
    ['Kshs.', 'KES'],
    // a lone letter only as a capital and without a full stop
    ['n 100', 'NGN'],
    ['r 100', 'ZAR'],
    ['N.500', 'NGN'],
    ['R. 5', 'ZAR'],
    ['100 N', 'NGN'],
  ] as const)('refuses %s in %s', (text, currency) => {
    expect(() => parseAmount(text, currency)).toThrow(AmountParseError);
    expect(() => parseAmount(text, currency)).toThrow(/expected a number/);
  });

  it('names the mark as written when another currency is typed in its plural or lower-case form', () => {
    expect(() => parseAmount('Kshs. 1,500', 'NGN')).toThrow(/marked Kshs\. \(KES\), expected NGN/);
    expect(() => parseAmount('ghs 20', 'KES')).toThrow(/marked ghs \(GHS\), expected KES/);
    expect(() => parseAmount('1,000 zar', 'NGN')).toThrow(/marked zar \(ZAR\), expected NGN/);
    expect(() => parseAmount('N1,000', 'KES')).toThrow(/marked N \(NGN\), expected KES/);
  });

  it('refuses an amount marked with another currency', () => {
    expect(() => parseAmount('$100.00', 'NGN')).toThrow(/marked \$ \(USD\), expected NGN/);
    expect(() => parseAmount('KSh 1,500', 'NGN')).toThrow(AmountParseError);
    expect(() => parseAmount('100 GHS', 'ZAR')).toThrow(AmountParseError);
  });

  it('never yields a float: every parse of a generated decimal string is a safe integer or an error', () => {
    fc.assert(
      fc.property(anyCurrency, fc.stringMatching(/^-?\d{1,17}(\.\d{0,4})?$/), (currency, text) => {
        let minor: number | null;
        try {
          minor = parseAmount(text, currency);
        } catch (e) {
          expect(e).toBeInstanceOf(AmountParseError);
          return;
        }
        expect(minor === null || Number.isSafeInteger(minor)).toBe(true);
        // And the integer is exactly the decimal scaled, compared as strings (no float in the check either).
        if (minor !== null && minor !== 0) {
          const back = minorToMajorString(minor, currency);
          expect(parseMajorString(back, currency)).toBe(minor);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('currencies', () => {
  it("maps Mono's GHC and KSH (and lower case) to ISO GHS and KES", () => {
    expect(normalizeCurrency('GHC')).toBe('GHS');
    expect(normalizeCurrency('KSH')).toBe('KES');
    expect(normalizeCurrency(' ksh ')).toBe('KES');
    expect(normalizeCurrency('ngn')).toBe('NGN');
    expect(money(100, 'GHC').currency).toBe('GHS');
    expect(() => normalizeCurrency('XYZ')).toThrow(UnknownCurrencyError);
    expect(() => normalizeCurrency('XYZ')).toThrow(/"XYZ"/);
  });
});

describe('arithmetic', () => {
  it('refuses non-integer or unsafe minor units', () => {
    expect(() => money(1.5, 'NGN')).toThrow(RangeError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'NGN')).toThrow(RangeError);
    expect(() => money(Number.NaN, 'NGN')).toThrow(RangeError);
  });

  it('adds within one currency and never across currencies', () => {
    expect(addMoney(money(147085, 'NGN'), money(-85, 'NGN'))).toEqual({ minor: 147000, currency: 'NGN' });
    expect(() => addMoney(money(1, 'NGN'), money(1, 'GHS'))).toThrow(CurrencyMismatchError);
    expect(() => addMoney(money(Number.MAX_SAFE_INTEGER, 'NGN'), money(1, 'NGN'))).toThrow(RangeError);
  });

  it('majorToMinor is exact where floats are not', () => {
    // 0.1 + 0.2 style traps: 1.15 * 100 is 114.99999999999999 in floating point.
    expect(majorToMinor('1.15', 'NGN')).toBe(115);
    expect(majorToMinor('4.35', 'NGN')).toBe(435);
    expect(majorToMinor('1470.85', 'NGN')).toBe(147085);
  });

  it('percentOfMinor rounds half away from zero and stays an integer', () => {
    expect(percentOfMinor(1000, 1)).toBe(10);
    expect(percentOfMinor(150, '1')).toBe(2); // 1.5 -> 2
    expect(percentOfMinor(-150, '1')).toBe(-2);
    expect(percentOfMinor(100_000, '7.5')).toBe(7_500);
    fc.assert(
      fc.property(realisticMinor, fc.integer({ min: 0, max: 10_000 }), (minor, basis) => {
        expect(Number.isSafeInteger(percentOfMinor(minor, basis / 100))).toBe(true);
      }),
    );
  });

  it('formats with grouping and the symbol', () => {
    expect(formatMoney(money(125_000_050, 'NGN'))).toBe('₦1,250,000.50');
    expect(formatMoney(money(-1_239, 'NGN'))).toBe('-₦12.39');
    expect(formatMoney(money(-1_239, 'NGN'), { sign: 'always' })).toBe('-₦12.39');
    expect(formatMoney(money(1_239, 'NGN'), { sign: 'always' })).toBe('+₦12.39');
    expect(formatMoney(money(2_000, 'GHS'))).toBe('GH₵20.00');
    expect(formatMoney(money(5, 'ZAR'), { symbol: false })).toBe('0.05');
    expect(minorToMajorString(-147085, 'NGN')).toBe('-1470.85');
  });
});
