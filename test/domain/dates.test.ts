import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDateOf,
  DateParseError,
  daysBetween,
  fromMonoDate,
  fromSpreadsheetSerial,
  isAmbiguousNumericDate,
  isBusinessDate,
  isIsoInstant,
  parseBusinessDate,
  todayIn,
  toMonoDate,
} from '../../domain/dates.js';

// Every calendar day from 1901 to 2099, as a Date at UTC midnight, so generated days are always real ones.
const anyDay = fc
  .integer({ min: Date.UTC(1901, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('business date of an instant', () => {
  it('23:30Z is the next day in Lagos (UTC+1) and the same day in UTC', () => {
    expect(businessDateOf('2024-03-01T23:30:00Z')).toBe('2024-03-02');
    expect(businessDateOf('2024-03-01T23:30:00.000Z', 'Africa/Lagos')).toBe('2024-03-02');
    expect(businessDateOf('2024-03-01T22:59:59.999Z', 'Africa/Lagos')).toBe('2024-03-01');
    expect(businessDateOf('2024-03-01T23:30:00Z', 'UTC')).toBe('2024-03-01');
  });

  it('follows each market zone: Nairobi +3, Johannesburg +2, Accra +0', () => {
    expect(businessDateOf('2024-12-31T21:00:00Z', 'Africa/Nairobi')).toBe('2025-01-01');
    expect(businessDateOf('2024-12-31T20:59:59Z', 'Africa/Nairobi')).toBe('2024-12-31');
    expect(businessDateOf('2024-02-28T22:00:00Z', 'Africa/Johannesburg')).toBe('2024-02-29');
    expect(businessDateOf('2024-02-29T23:59:59Z', 'Africa/Accra')).toBe('2024-02-29');
  });

  it("reads Mono's millisecond instants, offsets and Date objects alike", () => {
    expect(businessDateOf('2023-12-14T00:02:00.500Z')).toBe('2023-12-14');
    expect(businessDateOf('2024-03-01T23:30:00+01:00')).toBe('2024-03-01');
    expect(businessDateOf(new Date(Date.UTC(2024, 2, 1, 23, 30)))).toBe('2024-03-02');
    expect(todayIn('Africa/Lagos', new Date('2024-06-30T23:00:00Z'))).toBe('2024-07-01');
  });

  it('agrees with date-fns/tz for any instant in the market zones and a DST zone', () => {
    const zones = [
      'Africa/Lagos',
      'Africa/Accra',
      'Africa/Nairobi',
      'Africa/Johannesburg',
      'Europe/London',
      'America/New_York',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const expected = format(new TZDate(ms, zone), 'yyyy-MM-dd');
          expect(businessDateOf(new Date(ms), zone)).toBe(expected);
          expect(businessDateOf(new Date(ms).toISOString(), zone)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names an unknown time zone', () => {
    expect(() => businessDateOf('2024-03-01T23:30:00Z', 'Africa/Atlantis')).toThrow(
      'unknown time zone "Africa/Atlantis"',
    );
  });

  it('refuses instants without a zone, which new Date would read in the machine zone', () => {
    expect(() => businessDateOf('2024-03-01 23:30')).toThrow(DateParseError);
    expect(() => businessDateOf('2024-03-01T23:30:00')).toThrow(/with Z or a UTC offset/);
    expect(() => businessDateOf('01/03/2024')).toThrow(DateParseError);
    expect(() => businessDateOf('2024-02-30T10:00:00Z')).toThrow(DateParseError);
    expect(isIsoInstant('2023-12-14T00:02:00.500Z')).toBe(true);
    expect(isIsoInstant('2024-03-01T23:30+0100')).toBe(true);
    expect(isIsoInstant('2024-03-01T23:30:00')).toBe(false);
    expect(isIsoInstant('2024-03-01')).toBe(false);
  });
});

describe('strict parsing of written dates', () => {
  it.each([
    ['01/03/2024', 'DMY', '2024-03-01'],
    ['1/3/2024', 'DMY', '2024-03-01'],
    ['01/03/2024', 'MDY', '2024-01-03'],
    ['31.12.2023', 'DMY', '2023-12-31'],
    ['29-02-2024', 'DMY', '2024-02-29'],
    ['05/06/24', 'DMY', '2024-06-05'],
    ['05/06/99', 'DMY', '1999-06-05'],
    ['05-Jan-2024', 'DMY', '2024-01-05'],
    ['5 Sept 2024', 'DMY', '2024-09-05'],
    ['12-DEC-23', 'DMY', '2023-12-12'],
    ['29 February 2024', 'DMY', '2024-02-29'],
    ['Mar 7, 2024', 'DMY', '2024-03-07'],
    ['2024-03-01', 'DMY', '2024-03-01'],
    ['2024-03-01', 'MDY', '2024-03-01'],
    ['2024/3/1', 'YMD', '2024-03-01'],
    ['2024-03-01 00:00:00', 'DMY', '2024-03-01'],
    ['01/03/2024 14:05', 'DMY', '2024-03-01'],
  ] as const)('%s (%s) is %s', (text, order, expected) => {
    expect(parseBusinessDate(text, order)).toBe(expected);
  });

  it.each([
    ['31/04/2024', 'no such calendar day'],
    ['29/02/2023', 'no such calendar day'],
    ['30-Feb-2024', 'no such calendar day'],
    ['2024-13-01', 'no such calendar day'],
    ['00/01/2024', 'no such calendar day'],
    ['32/01/2024', 'no such calendar day'],
    ['05-Janfoo-2024', 'unknown month'],
    ['05-Foo-2024', 'unknown month'],
    ['March 2024', 'expected'],
    ['2024', 'expected'],
    ['', 'expected'],
    ['tomorrow', 'expected'],
    ['01/03/2024/5', 'expected'],
  ])('rejects %s (%s), naming the input', (text, reason) => {
    expect(() => parseBusinessDate(text)).toThrow(DateParseError);
    expect(() => parseBusinessDate(text)).toThrow(reason);
    expect(() => parseBusinessDate(text)).toThrow(`"${text}"`);
  });

  it('refuses numeric day/month dates when only YYYY-MM-DD is expected', () => {
    expect(() => parseBusinessDate('01/03/2024', 'YMD')).toThrow(/expected YYYY-MM-DD/);
  });

  it('round-trips every day written day-first, month-first and ISO', () => {
    fc.assert(
      fc.property(anyDay, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(parseBusinessDate(`${d}/${m}/${y}`, 'DMY')).toBe(iso);
        expect(parseBusinessDate(`${m}/${d}/${y}`, 'MDY')).toBe(iso);
        expect(parseBusinessDate(iso)).toBe(iso);
        const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+m! - 1];
        expect(parseBusinessDate(`${d}-${mon}-${y}`)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('detects ambiguity: both readings valid and different', () => {
    expect(isAmbiguousNumericDate('03/04/2024')).toBe(true);
    expect(isAmbiguousNumericDate('12/11/2024')).toBe(true);
    expect(isAmbiguousNumericDate('13/04/2024')).toBe(false); // only day-first works
    expect(isAmbiguousNumericDate('04/13/2024')).toBe(false); // only month-first works
    expect(isAmbiguousNumericDate('05/05/2024')).toBe(false); // both readings agree
    expect(isAmbiguousNumericDate('00/05/2024')).toBe(false); // day 0 is no reading at all
    expect(isAmbiguousNumericDate('2024-03-04')).toBe(false);
    expect(isAmbiguousNumericDate('05-Jan-2024')).toBe(false);
    fc.assert(
      fc.property(anyDay, (iso) => {
        const [y, m, d] = iso.split('-');
        const text = `${d}/${m}/${y}`;
        let monthFirst: string | undefined;
        try {
          monthFirst = parseBusinessDate(text, 'MDY');
        } catch {
          monthFirst = undefined;
        }
        expect(isAmbiguousNumericDate(text)).toBe(monthFirst !== undefined && monthFirst !== iso);
      }),
      { numRuns: 500 },
    );
  });
});

describe('spreadsheet serials', () => {
  it('1900 system, with the Lotus leap-year bug around serial 60', () => {
    expect(fromSpreadsheetSerial(1)).toBe('1900-01-01');
    expect(fromSpreadsheetSerial(59)).toBe('1900-02-28');
    expect(() => fromSpreadsheetSerial(60)).toThrow(/1900-02-29 does not exist/);
    expect(fromSpreadsheetSerial(61)).toBe('1900-03-01');
    expect(fromSpreadsheetSerial(45_292)).toBe('2024-01-01');
    expect(fromSpreadsheetSerial(45_351)).toBe('2024-02-29');
    expect(fromSpreadsheetSerial(45_351.99)).toBe('2024-02-29'); // time of day is dropped, not rounded
  });

  it('1904 system (old Mac Excel): serial 0 is 1904-01-01, 1462 days after the 1900 system', () => {
    expect(fromSpreadsheetSerial(0, 1904)).toBe('1904-01-01');
    expect(fromSpreadsheetSerial(45_292 - 1_462, 1904)).toBe('2024-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 1_462, max: 80_000 }), (serial) => {
        expect(fromSpreadsheetSerial(serial - 1_462, 1904)).toBe(fromSpreadsheetSerial(serial, 1900));
      }),
    );
  });

  it('rejects what is not a serial', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => fromSpreadsheetSerial(bad)).toThrow(DateParseError);
    expect(() => fromSpreadsheetSerial(-1, 1904)).toThrow(DateParseError);
  });
});

describe("Mono's DD-MM-YYYY", () => {
  it('converts both ways', () => {
    expect(toMonoDate('2024-03-01')).toBe('01-03-2024');
    expect(fromMonoDate('01-03-2024')).toBe('2024-03-01');
    fc.assert(
      fc.property(anyDay, (iso) => {
        expect(fromMonoDate(toMonoDate(iso))).toBe(iso);
      }),
    );
  });

  it('is strict', () => {
    expect(() => fromMonoDate('1-3-2024')).toThrow(/expected DD-MM-YYYY/);
    expect(() => fromMonoDate('2024-03-01')).toThrow(DateParseError);
    expect(() => fromMonoDate('31-02-2024')).toThrow(/no such calendar day/);
    expect(() => toMonoDate('2024-02-30')).toThrow(DateParseError);
    expect(() => toMonoDate('01-03-2024')).toThrow(/expected YYYY-MM-DD/);
  });
});

describe('calendar arithmetic on business dates', () => {
  it('crosses month, year and leap-year ends', () => {
    expect(addBusinessDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addBusinessDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addBusinessDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addBusinessDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addBusinessDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addBusinessDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year
    expect(addBusinessDays('2000-02-28', 1)).toBe('2000-02-29'); // 2000 is
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('add and between are inverse, whatever the machine zone', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -3_000, max: 3_000 }), (day, n) => {
        const later = addBusinessDays(day, n);
        expect(isBusinessDate(later)).toBe(true);
        expect(daysBetween(day, later)).toBe(n);
        expect(addBusinessDays(later, -n)).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses malformed business dates and fractional days', () => {
    expect(() => addBusinessDays('2024-2-3', 1)).toThrow(/expected YYYY-MM-DD/);
    expect(() => addBusinessDays('2024-02-30', 1)).toThrow(/no such calendar day/);
    expect(() => daysBetween('2024-01-01', '01/02/2024')).toThrow(DateParseError);
    expect(() => addBusinessDays('2024-01-01', 0.5)).toThrow(RangeError);
  });
});
