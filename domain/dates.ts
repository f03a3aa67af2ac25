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

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** True for an ISO-8601 instant that names its zone ("…Z" or "…+01:00"): the only strings businessDateOf accepts. */
export function isIsoInstant(s: string): boolean {
  return ISO_INSTANT.test(s.trim());
}

/** The business date of a UTC instant in a time zone: 2024-03-01T23:30:00Z is 2024-03-02 in Lagos (UTC+1). */
export function businessDateOf(instant: string | Date, timeZone: string = DEFAULT_TIMEZONE): BusinessDate {
  // A string without "Z" or an offset would be read in the machine's zone by `new Date`: refuse it instead.
  if (typeof instant === 'string' && !isIsoInstant(instant)) {
    throw new DateParseError(instant, 'not an ISO-8601 instant with Z or a UTC offset');
  }
  // V8 rolls "2024-02-30T10:00Z" over into March; check the written day exists first.
  if (typeof instant === 'string')
    fromParts(+instant.trim().slice(0, 4), +instant.trim().slice(5, 7), +instant.trim().slice(8, 10), instant);
  const d = typeof instant === 'string' ? new Date(instant.trim()) : instant;
  if (Number.isNaN(d.getTime())) throw new DateParseError(String(instant), 'not an ISO-8601 instant');
  return dayFormatter(timeZone).format(d);
}

// One formatter per zone: building an Intl.DateTimeFormat is the slow part, and ingest calls this for every line.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "en-CA" writes dates as YYYY-MM-DD; the zone's rules (offsets, DST) come from the runtime's tz database. */
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}" (expected an IANA name such as Africa/Lagos)`);
    }
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * When something happened, as a person at the account reads it: "2026-10-06 15:32 Lagos time" (the zone named by its
 * city), or "2026-10-06 14:32 UTC" without a zone.
 */
export function clockText(instant: string | Date, timeZone?: string | null): string {
  const iso = typeof instant === 'string' ? instant : instant.toISOString();
  if (!timeZone || timeZone === 'UTC') return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return `${localTimeOf(iso, timeZone)} ${timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ')} time`;
}

/**
 * A note stored with its instants in UTC, as the nightly run writes them for every reader ("no sync since the nightly
 * run began at 2026-12-07 10:45:12 UTC"), with each instant at the account's clock, as every other time beside it: one
 * sync read at two clocks an hour apart on one row read as two. An instant that does not parse is left as written.
 */
export function utcInstantsAt(text: string, timeZone: string | null | undefined): string {
  return text.replace(
    /\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2})? UTC\b/g,
    (written, day: string, hm: string, s?: string) => {
      const iso = `${day}T${hm}${s ?? ':00'}.000Z`;
      if (!Number.isFinite(Date.parse(iso))) return written;
      try {
        return clockText(iso, timeZone);
      } catch {
        return written;
      }
    },
  );
}

/**
 * A UTC instant's wall-clock time in a time zone, "YYYY-MM-DD HH:mm": 2026-10-06T14:32:00Z is "2026-10-06 15:32" in
 * Lagos. For people reading when something happened; business dates stay businessDateOf's.
 */
export function localTimeOf(instant: string | Date, timeZone: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new DateParseError(String(instant), 'not an ISO-8601 instant');
  let f = timeFormatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}" (expected an IANA name such as Africa/Lagos)`);
    }
    timeFormatters.set(timeZone, f);
  }
  const part = (type: string) => f.formatToParts(d).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's business date in a time zone. */
export function todayIn(timeZone: string = DEFAULT_TIMEZONE, now: Date = new Date()): BusinessDate {
  return businessDateOf(now, timeZone);
}

function fromParts(y: number, m: number, d: number, input: string): BusinessDate {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC reads years 0-99 as 1900-1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new DateParseError(input, 'no such calendar day');
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** A month written as its name or a standard abbreviation; "Janfoo" is not January. */
function monthNumber(name: string, input: string): number {
  const month = MONTHS[name.toLowerCase()];
  if (!month) throw new DateParseError(input, `unknown month "${name}"`);
  return month;
}

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
    return fromParts(expandYear(+m[3]!), monthNumber(m[2]!, input), +m[1]!, input);
  }
  m = /^([A-Za-z]{3,9})[ .-](\d{1,2}),?[ ](\d{4})$/.exec(s);
  if (m) {
    return fromParts(+m[3]!, monthNumber(m[1]!, input), +m[2]!, input);
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
  return a !== b && a >= 1 && b >= 1 && a <= 12 && b <= 12;
}

function expandYear(y: number): number {
  if (y >= 100) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/** Spreadsheet serial day number to a date (1900 system with Lotus' leap-year bug, or the 1904 system). */
export function fromSpreadsheetSerial(serial: number, system: 1900 | 1904 = 1900): BusinessDate {
  const first = system === 1904 ? 0 : 1; // 1904 system: 0 is 1904-01-01; 1900 system: 1 is 1900-01-01
  if (!Number.isFinite(serial) || serial < first)
    throw new DateParseError(String(serial), 'not a spreadsheet date serial');
  const whole = Math.floor(serial);
  // Lotus 1-2-3 counted a 29 Feb 1900 that never was: serial 60. Serials before it are one day off from 61 onwards.
  if (system === 1900 && whole === 60)
    throw new DateParseError(String(serial), '1900-02-29 does not exist (Lotus leap-year bug)');
  const epoch = system === 1904 ? Date.UTC(1904, 0, 1) : whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(epoch + whole * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Mono's query date form DD-MM-YYYY. */
export function toMonoDate(date: BusinessDate): string {
  const [y, m, d] = asUtc(date).toISOString().slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

export function fromMonoDate(input: string): BusinessDate {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(input);
  if (!m) throw new DateParseError(input, 'expected DD-MM-YYYY');
  return fromParts(+m[3]!, +m[2]!, +m[1]!, input);
}

// Calendar arithmetic in UTC, never in the machine's zone, where a DST jump can skip a local midnight.
function asUtc(date: BusinessDate): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new DateParseError(date, 'expected YYYY-MM-DD');
  fromParts(+m[1]!, +m[2]!, +m[3]!, date);
  const d = new Date(Date.UTC(2000, +m[2]! - 1, +m[3]!));
  d.setUTCFullYear(+m[1]!);
  return d;
}

const DAY_MS = 86_400_000;

/** Calendar days after (or, negative, before) a business date. */
export function addBusinessDays(date: BusinessDate, days: number): BusinessDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return new Date(asUtc(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((asUtc(to).getTime() - asUtc(from).getTime()) / DAY_MS);
}

export function isBusinessDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s);
}
