import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

/** A calendar date in the account's time zone, as "YYYY-MM-DD". Business logic compares these, never instants. */
export type BusinessDate = string;

export const DEFAULT_TIMEZONE = 'Africa/Lagos';

export class DateParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`cannot read date "${input}": ${reason}`);
    this.name = 'DateParseError';
  }
}

/** The business date of a UTC instant in a time zone: 2024-03-01T23:30:00Z is 2024-03-02 in Lagos (UTC+1). */
export function businessDateOf(instant: string | Date, timeZone: string = DEFAULT_TIMEZONE): BusinessDate {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new DateParseError(String(instant), 'not an ISO-8601 instant');
  return format(new TZDate(d.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Today's business date in a time zone. */
export function todayIn(timeZone: string = DEFAULT_TIMEZONE, now: Date = new Date()): BusinessDate {
  return businessDateOf(now, timeZone);
}

function fromParts(y: number, m: number, d: number, input: string): BusinessDate {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new DateParseError(input, 'no such calendar day');
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/**
 * Strict parsing of the date writings found in statements and ledgers. Numeric day/month dates need an explicit
 * order (Nigerian, Ghanaian, Kenyan and South African exports are day-first; QuickBooks US exports are month-first).
 * Never goes through `new Date(string)`, which silently reads 03/04 as March 4th.
 */
export function parseBusinessDate(input: string, order: DateOrder = 'DMY'): BusinessDate {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, input);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return fromParts(+m[1]!, +m[2]!, +m[3]!, input);
  m = /^(\d{1,2})[-/ .]([A-Za-z]{3,9})[-/ .,]*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase().slice(0, m[2]!.toLowerCase().startsWith('sept') ? 4 : 3)];
    if (!month) throw new DateParseError(input, `unknown month "${m[2]}"`);
    return fromParts(expandYear(+m[3]!), month, +m[1]!, input);
  }
  m = /^([A-Za-z]{3,9})[ .-](\d{1,2}),?[ ](\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    if (!month) throw new DateParseError(input, `unknown month "${m[1]}"`);
    return fromParts(+m[3]!, month, +m[2]!, input);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const y = expandYear(+m[3]!);
    if (order === 'YMD') throw new DateParseError(input, 'expected YYYY-MM-DD');
    return order === 'DMY' ? fromParts(y, b, a, input) : fromParts(y, a, b, input);
  }
  throw new DateParseError(input, 'expected DD/MM/YYYY, DD-MMM-YYYY or YYYY-MM-DD');
}

/** True when a numeric date reads as a valid day both day-first and month-first with different results. */
export function isAmbiguousNumericDate(input: string): boolean {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})/.exec(input.trim());
  if (!m) return false;
  const a = +m[1]!;
  const b = +m[2]!;
  return a !== b && a <= 12 && b <= 12;
}

function expandYear(y: number): number {
  if (y >= 100) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/** Spreadsheet serial day number to a date (1900 system with Lotus' leap-year bug, or the 1904 system). */
export function fromSpreadsheetSerial(serial: number, system: 1900 | 1904 = 1900): BusinessDate {
  if (!Number.isFinite(serial) || serial < 1) throw new DateParseError(String(serial), 'not a spreadsheet date serial');
  const whole = Math.floor(serial);
  const epoch = system === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + whole * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Mono's query date form DD-MM-YYYY. */
export function toMonoDate(date: BusinessDate): string {
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

export function fromMonoDate(input: string): BusinessDate {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(input);
  if (!m) throw new DateParseError(input, 'expected DD-MM-YYYY');
  return fromParts(+m[3]!, +m[2]!, +m[1]!, input);
}

function asUtc(date: BusinessDate): Date {
  const d = parse(date, 'yyyy-MM-dd', new Date(Date.UTC(2000, 0, 1)));
  if (!isValid(d)) throw new DateParseError(date, 'expected YYYY-MM-DD');
  return d;
}

export function addBusinessDays(date: BusinessDate, days: number): BusinessDate {
  return format(addDays(asUtc(date), days), 'yyyy-MM-dd');
}

export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return differenceInCalendarDays(asUtc(to), asUtc(from));
}

export function isBusinessDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}
