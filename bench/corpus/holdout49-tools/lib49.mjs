// Shared helpers of the holdout49 generator: draws, working days, money text, the evidence rule, file writers.
import XLSX from 'xlsx';

/** mulberry32: small, seedable, the same stream on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  return { next, int, pick };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
export const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const parts = (s) => s.split('-').map(Number);
const dow = (s) => {
  const [y, m, d] = parts(s);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
const shift = (s, days) => {
  const [y, m, d] = parts(s);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/** A month's calendar: working days are Monday to Friday minus the public holidays. */
export function month(year, mon, holidays) {
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const from = iso(year, mon, 1);
  const to = iso(year, mon, last);
  const working = (s) => dow(s) !== 0 && dow(s) !== 6 && !holidays.includes(s);
  /** the first working day on or after day `d` of the month (never past the month's end) */
  const wd = (d) => {
    let s = iso(year, mon, d);
    while (!working(s)) s = shift(s, 1);
    if (s > to) throw new Error(`no working day from ${d}`);
    return s;
  };
  /** `n` working days after (n > 0) or before (n < 0) date `s` */
  const addWd = (s, n) => {
    let t = s;
    const step = n < 0 ? -1 : 1;
    for (let k = 0; k < Math.abs(n); k++) {
      t = shift(t, step);
      while (!working(t)) t = shift(t, step);
    }
    return t;
  };
  return { year, mon, from, to, last, holidays, working, wd, addWd };
}

/** the later of two ISO dates (book rows of a card or wallet week never fall before the period) */
export const later = (a, b) => (a > b ? a : b);

/** Minor units to a plain decimal string in major units ("-1470.85"). */
export function major(minor) {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${pad(a % 100)}`;
}

/** Minor units to grouped text ("1,470.85"; decimal comma with `dec: ','`). Unsigned. */
export function grouped(minor, { group = ',', dec = '.' } = {}) {
  const a = Math.abs(minor);
  const int = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${int}${dec}${pad(a % 100)}`;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2031-11-03" → pieces for date text */
export function dateText(s, style) {
  const [y, m, d] = parts(s);
  if (style === 'dmy/') return `${pad(d)}/${pad(m)}/${y}`;
  if (style === 'd-Mon-y') return `${pad(d)}-${MONTHS[m - 1]}-${y}`;
  if (style === 'd Mon y') return `${pad(d)} ${MONTHS[m - 1]} ${y}`;
  if (style === 'DD-MON-YYYY') return `${pad(d)}-${MONTHS[m - 1].toUpperCase()}-${y}`;
  if (style === 'iso') return s;
  throw new Error(`date style ${style}`);
}

// ---- the evidence rule ----------------------------------------------------------------------------------------
// What a statement line and a book row mechanically share: numbers and letter-digit codes are `reference`, a
// distinctive word is `counterparty`, nothing is `amount`. Generic bank and trade words never count.
export const GENERIC = new Set(
  (
    'transfer trf from with payment paid pymt invoice inv receipt being ltd limited plc company enterprise enterprises ' +
    'services service bank account acct nigeria ghana kenya africa south lagos accra nairobi johannesburg part balance ' +
    'deposit cash cheque credit debit charge charges fees online mobile inward outward outgoing incoming nip instant ' +
    'intra inter reversal reversed return returned salary salaries wages payroll month november march october september ' +
    'customer supplier sales purchase purchases expense expenses income sundry other misc settlement payout order orders ' +
    'trading general holdings group international the and for ref reference remarks narration note notes total ' +
    'batch bulk direct debit order value date posting against full final first second advance deposit booking'
  ).split(/\s+/),
);

export function tokens(text) {
  const nums = new Set();
  const codes = new Set();
  const words = new Set();
  const t = String(text ?? '');
  for (const m of t.matchAll(/\d+/g)) {
    const n = m[0].replace(/^0+/, '');
    if (n.length < 3) continue;
    if (/^(19|20)\d\d$/.test(n)) continue;
    nums.add(n);
  }
  for (const m of t.matchAll(/[A-Za-z0-9]+/g)) {
    const w = m[0];
    if (w.length >= 6 && /[A-Za-z]/.test(w) && /\d/.test(w)) codes.add(w.toUpperCase());
  }
  for (const m of t.matchAll(/[A-Za-z]+/g)) {
    const w = m[0].toLowerCase();
    if (w.length >= 4 && !GENERIC.has(w)) words.add(w);
  }
  return { nums, codes, words };
}

const meets = (a, b) => [...a].some((x) => b.has(x));
/** 'reference' | 'counterparty' | 'amount' */
export function evidence(bankText, bookText) {
  const a = tokens(bankText);
  const b = tokens(bookText);
  if (meets(a.nums, b.nums) || meets(a.codes, b.codes)) return 'reference';
  if (meets(a.words, b.words)) return 'counterparty';
  return 'amount';
}
export function sharesAny(bankText, bookText) {
  return evidence(bankText, bookText) !== 'amount';
}
export function sharesNumber(bankText, bookText) {
  return evidence(bankText, bookText) === 'reference';
}

// ---- writers -------------------------------------------------------------------------------------------------
export function csvCell(v, delim) {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(delim) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function csv(rows, { delim = ',', eol = '\r\n', bom = false } = {}) {
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map((c) => csvCell(c, delim)).join(delim)).join(eol) + eol;
}

/**
 * An XLSX workbook of one sheet from rows of cells: `{ d: 'yyyy-mm-dd', z }` is a date cell, `{ n: minor }` a money
 * cell (minor ÷ 100, format '#,##0.00'), anything else text (or empty when null).
 */
export function xlsx(sheetName, rows, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'object' && 'd' in c) {
        const [y, m, d] = c.d.split('-').map(Number);
        const serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
        ws[addr] = { t: 'n', v: serial, z: c.z ?? 'dd/mm/yyyy' };
      } else if (typeof c === 'object' && 'n' in c) {
        ws[addr] = { t: 'n', v: c.n / 100, z: c.z ?? '#,##0.00' };
      } else ws[addr] = { t: 's', v: String(c) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'bankfeed corpus', CreatedDate: new Date(Date.UTC(2030, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}
