// Shared pieces of the holdout53 generator: seeded draws, dates, money text, CSV/XLSX writing and the month under
// construction (bank lines with their truth, book rows). Money is integer minor units throughout.
import * as XLSX from 'xlsx';

/** mulberry32: small, seedable, the same numbers on every machine */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** an integer amount in minor units between lo and hi (major units), rounded to `step` major units */
export const draw = (rng, lo, hi, step = 1) => {
  const n = Math.floor((hi - lo) / step + 1);
  return Math.round((lo + Math.floor(rng() * n) * step) * 100);
};
export const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday
export const pad = (n, w = 2) => String(n).padStart(w, '0');
export const parts = (iso) => iso.split('-').map(Number);
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${pad(d)}${sep}${pad(m)}${sep}${y}`;
};
export const mdy = (iso) => {
  const [y, m, d] = parts(iso);
  return `${pad(m)}/${pad(d)}/${y}`;
};
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = parts(iso);
  return `${pad(d)}${sep}${MONTHS[m - 1]}${sep}${y}`;
};
/** a spreadsheet date cell for the day (UTC midnight, so no time zone moves it) */
export const dateCell = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
};

/** 1234567 minor → "12,345.67" (thousands and decimal marks as the layout writes them) */
export function money(minor, { thousands = ',', decimal = '.', blankZero = false } = {}) {
  if (minor === 0 && blankZero) return '';
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${neg ? '-' : ''}${whole}${decimal}${pad(abs % 100)}`;
}
/** minor → the reconcile JSON's signed decimal string */
export const major = (minor) => money(minor, { thousands: '' });

export function csvText(rows, sep = ',', eol = '\r\n') {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(sep) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(sep)).join(eol) + eol;
}

/** an XLSX workbook of one sheet from an array of rows; Date cells are written as real dates */
export function xlsxBuffer(rows, sheetName, dateFormat = 'dd/mm/yyyy') {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: dateFormat });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'export', CreatedDate: new Date(Date.UTC(2035, 0, 2)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/**
 * The month under construction. Book rows are added with a key; bank lines carry their truth, which names book rows
 * by key. Files are written later by the set's layout, which reports the spreadsheet row of every key.
 */
export class Month {
  constructor() {
    this.books = []; // { key, date, amount, ...fields }
    this.lines = []; // { key, date, amount, text, ref, truth, anyDay, ...fields }
    this.ledgerOnly = new Map(); // key → why
    this.seq = 0;
  }
  book(key, o) {
    if (this.books.some((b) => b.key === key)) throw new Error(`book key ${key} twice`);
    this.books.push({ key, order: this.seq++, ...o });
    return key;
  }
  line(o, truth) {
    const key = o.key ?? `b${this.lines.length + 1}`;
    this.lines.push({ key, order: this.seq++, ref: '', ...o, truth });
    return key;
  }
  only(key, why) {
    this.ledgerOnly.set(key, why);
  }
}

// Truth of a line. `decision` is how a careful reconciler should treat it (auto needs a reference or the name and an
// amount that is the book rows' or more); the runner grades by `expect`, `ledger`/`ledgerAnyOf` and `group`.
export const T = {
  match: (ledger, evidence, decision, traits, extra = {}) => ({
    expect: 'match',
    ledger,
    evidence,
    decision,
    traits,
    ...extra,
  }),
  twins: (anyOf, evidence, traits, extra = {}) => ({
    expect: 'match',
    anyOf,
    evidence,
    decision: extra.mustNotAuto ? 'suggest' : 'auto',
    traits,
    ...extra,
  }),
  bankOnly: (kind, traits) => ({ expect: 'bank-only', decision: 'bank-only', kind, traits }),
  none: (traits) => ({ expect: 'no-counterpart', decision: 'none', traits }),
  reversal: (partner, traits) => ({ expect: 'reversal-pair', decision: 'reversal-pair', partner, traits }),
};

/** stable sort by date, then by the order the events were written */
export const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order);
