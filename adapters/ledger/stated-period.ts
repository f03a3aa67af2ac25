import { isAmbiguousNumericDate, parseBusinessDate, type DateOrder } from '../../domain/dates.js';

/** The dates an export's heading says it covers. */
export interface StatedPeriod {
  from: string;
  to: string;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
// the date writings parseBusinessDate reads, as they appear inside a sentence
const DATE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}[ -]${MONTH}[ ,-]*\\d{4}|${MONTH} \\d{1,2},? \\d{4})`;
const UNTIL = '\\s*(?:to|until|through|thru|and|-|–|—)\\s*';
/** "For the period 1 January 2024 to 31 January 2024", "From: 01/10/2026 To: 30/11/2026", "2024-01-01 - 2024-01-31" */
const RANGE = new RegExp(`(?:^|[^\\w])(${DATE})\\s*:?${UNTIL}:?\\s*(${DATE})(?![\\w])`, 'i');
/** QuickBooks: "January 1-31, 2024", "October 1 - November 30, 2026" */
const QUICKBOOKS = new RegExp(`^(${MONTH}) (\\d{1,2})\\s*[-–]\\s*(?:(${MONTH}) )?(\\d{1,2}), (\\d{4})$`, 'i');
/** A month on its own: "January 2024", "For October 2026", "Period: Oct 2026" */
const MONTH_ALONE = new RegExp(`^(?:(?:for|period|month)\\s*:?\\s*)?(?:the month of )?(${MONTH})[ ,-]*(\\d{4})$`, 'i');

function read(text: string, order: DateOrder): string | null {
  try {
    return parseBusinessDate(text, order);
  } catch {
    return null;
  }
}

function monthDay(month: string, day: string, year: string): string | null {
  return read(`${day} ${month} ${year}`, 'DMY');
}

function lastDayOf(from: string): string {
  const [y, m] = from.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${from.slice(0, 8)}${String(last).padStart(2, '0')}`;
}

/**
 * The period an export's heading rows state, when one states it in a writing read without doubt: two dates joined
 * by "to" or a dash, QuickBooks' "January 1-31, 2024", or a month alone on its line. Null otherwise: a heading
 * read wrongly would close the books' entries it does not list, so anything less is not taken.
 * `order` is the file's date order (null when its rows did not settle one: a numeric date that reads two ways is
 * then not taken).
 */
export function statedPeriod(lines: readonly string[], order: DateOrder | null): StatedPeriod | null {
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '' || line.length > 200) continue;
    const range = RANGE.exec(line);
    if (range) {
      const [a, b] = [range[1]!, range[2]!];
      if (order === null && (isAmbiguousNumericDate(a) || isAmbiguousNumericDate(b))) continue;
      const from = read(a, order ?? 'DMY');
      const to = read(b, order ?? 'DMY');
      if (from && to && from <= to) return { from, to };
      continue;
    }
    const qb = QUICKBOOKS.exec(line);
    if (qb) {
      const from = monthDay(qb[1]!, qb[2]!, qb[5]!);
      const to = monthDay(qb[3] ?? qb[1]!, qb[4]!, qb[5]!);
      if (from && to && from <= to) return { from, to };
      continue;
    }
    const month = MONTH_ALONE.exec(line);
    if (month) {
      const from = monthDay(month[1]!, '1', month[2]!);
      if (from) return { from, to: lastDayOf(from) };
    }
  }
  return null;
}
