// Shared helpers of the holdout28 generator: a seeded PRNG, integer money, the business calendar, date writings,
// CSV/TSV and XLSX writers and Prettier-formatted JSON. Money is integer minor units everywhere.
import XLSX from 'xlsx';
import * as prettier from 'prettier';

/** mulberry32: small, fast and the same on every machine, so one seed gives one month. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** integer in [lo, hi] */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  shuffle(arr) {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  /** a digit string of n digits (leading zeros allowed) */
  digits(n) {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  /** upper-case letters and digits, as M-PESA receipt codes are written */
  code(n, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }
}

// ---------------------------------------------------------------------------------------------------- money

/** "-1234.56" from -123456 (two decimals: every currency here has them) */
export function dec(minor) {
  const neg = minor < 0;
  const m = Math.abs(minor);
  const s = `${Math.floor(m / 100)}.${String(m % 100).padStart(2, '0')}`;
  return neg ? `-${s}` : s;
}

/** "1,234.56" (sign kept) */
export function commas(minor) {
  const neg = minor < 0;
  const [units, cents] = dec(Math.abs(minor)).split('.');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}.${cents}`;
}

/** a spreadsheet number written from the integer's decimal text, so that no binary fraction creeps in */
export function num(minor) {
  return Number(dec(minor));
}

/** a share of an amount, rounded half up to the minor unit; rate as a fraction of two integers */
export function part(minor, numerator, denominator) {
  const sign = minor < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(minor) * numerator * 2 + denominator) / (2 * denominator));
}

/** a document serial that cannot be read as a year (2000–2099 are moved up) */
export function notYear(n) {
  return n >= 2000 && n <= 2099 ? n + 200 : n;
}

// ---------------------------------------------------------------------------------------------------- calendar

export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function weekday(iso) {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(iso, holidays) {
  const w = weekday(iso);
  return w !== 0 && w !== 6 && !holidays.includes(iso);
}

export function workingDays(from, to, holidays) {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) out.push(d);
  return out;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** date writings used by the files: DMY '03/12/2025', MDY, 'DD-MMM-YYYY', 'D MMM YYYY', 'ISO' */
export function fmtDate(iso, style) {
  const [y, m, d] = iso.split('-');
  const mon = MONTHS[Number(m) - 1];
  switch (style) {
    case 'DMY':
      return `${d}/${m}/${y}`;
    case 'MDY':
      return `${m}/${d}/${y}`;
    case 'DD-MMM-YYYY':
      return `${d}-${mon}-${y}`;
    case 'D MMM YYYY':
      return `${Number(d)} ${mon} ${y}`;
    case 'ISO':
      return iso;
    default:
      throw new Error(`unknown date style ${style}`);
  }
}

/** Excel's day number of a date (1900 system) */
export function excelSerial(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------------------------------------------- files

function quoteCell(v, delimiter, quoteAll) {
  const s = v === null || v === undefined ? '' : String(v);
  if (quoteAll || s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** CSV (or TSV) text with CRLF line ends, as Windows exports write it */
export function delimited(rows, { delimiter = ',', quoteAll = false, quoteNonEmpty = false } = {}) {
  return (
    rows
      .map((r) =>
        r.map((c) => quoteCell(c, delimiter, quoteAll || (quoteNonEmpty && c !== '' && c !== null))).join(delimiter),
      )
      .join('\r\n') + '\r\n'
  );
}

/**
 * An XLSX workbook. Cells: a string, null, { n: minor, z } (money), { d: iso, z } (a real date cell),
 * { v: number, z } (a plain number). The document date is fixed so that a seed gives the same bytes.
 */
export function workbook(sheets, docDate) {
  const wb = XLSX.utils.book_new();
  for (const sh of sheets) {
    const aoa = sh.rows.map((r) =>
      r.map((c) => {
        if (c === null || c === undefined || c === '') return null;
        if (typeof c === 'string') return { t: 's', v: c };
        if ('n' in c) return { t: 'n', v: num(c.n), z: c.z ?? '#,##0.00' };
        if ('d' in c) return { t: 'n', v: excelSerial(c.d), z: c.z ?? 'dd/mm/yyyy' };
        if ('v' in c) return { t: 'n', v: c.v, ...(c.z ? { z: c.z } : {}) };
        throw new Error(`bad cell ${JSON.stringify(c)}`);
      }),
    );
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    if (sh.merges) ws['!merges'] = sh.merges.map(([r1, c1, r2, c2]) => ({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } }));
    if (sh.cols) ws['!cols'] = sh.cols.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, sh.name);
  }
  const when = new Date(`${docDate}T08:00:00Z`);
  wb.Props = { CreatedDate: when, ModifiedDate: when };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

const prettierOptions = { parser: 'json', singleQuote: true, printWidth: 120, trailingComma: 'all' };

/** JSON as the repository's Prettier settings write it, so that `prettier --write` changes nothing */
export async function prettyJson(value) {
  return prettier.format(JSON.stringify(value), prettierOptions);
}

// ---------------------------------------------------------------------------------------------------- evidence

// The generator's own check of what each bank line's cells carry (the validator has its own copy and re-checks).
const STOP = new Set(
  (
    'LTD LIMITED PLC PTY THE AND FOR FROM WITH PAYMENT PAYMENTS PMT RECEIPT RECEIVED TRANSFER TRF INV INVOICE BILL REF ' +
    'NIP DR CR OUT SUPPLY GOODS BEING AGAINST OUR YOUR NOV DEC OCT SEP FEB JAN BAL NO'
  ).split(' '),
);

export function numbersOf(text) {
  const out = new Set();
  const s = String(text ?? '');
  // a group of three or more digits, leading zeros dropped ("00528" is 528)
  const add = (raw) => {
    const t = raw.replace(/^0+/, '');
    if (raw.length >= 3 && t.length > 0) out.add(t);
  };
  const isYear = (g) => /^20\d\d$/.test(g);
  for (const m of s.matchAll(/\d+(?:[- ]\d+)*/g)) {
    const groups = m[0].split(/[- ]/);
    for (const g of groups) if (g.length >= 3 && !isYear(g)) add(g);
    if (groups.length > 1) {
      const joined = groups.join('');
      if (joined.length >= 3) add(joined);
      const noYears = groups.filter((g) => !isYear(g));
      if (noYears.length > 1 && noYears.length < groups.length) add(noYears.join(''));
    }
  }
  return out;
}

export function wordsOf(text) {
  return (
    String(text ?? '')
      .toUpperCase()
      .match(/[A-Z]+/g) ?? []
  ).filter((w) => w.length >= 3 && !STOP.has(w));
}

export function sharesNumber(a, b) {
  const na = numbersOf(a);
  for (const n of numbersOf(b)) if (na.has(n)) return true;
  return false;
}

export function sharesNamePair(ledgerText, bankText) {
  const lw = wordsOf(ledgerText);
  const bw = wordsOf(bankText);
  const pairs = new Set();
  for (let i = 0; i + 1 < bw.length; i++) pairs.add(`${bw[i]} ${bw[i + 1]}`);
  for (let i = 0; i + 1 < lw.length; i++) if (pairs.has(`${lw[i]} ${lw[i + 1]}`)) return true;
  return false;
}
