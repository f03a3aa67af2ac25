// Shared helpers of the holdout65 generator: seeded draws, money and date text, CSV and XLSX writers, and the
// decision constructors the four set files use to say what each bank line is.
import XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed gives the same files byte for byte. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
    pick: (list) => list[Math.floor(next() * list.length)],
    alnum: (n) =>
      Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[Math.floor(next() * 34)]).join(''),
  };
}

/** "1234.50" or "-1234.50" → minor units (integer), exact. */
export function minor(text) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!m) throw new Error(`amount ${text}: write it with two decimals`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** minor → "1234.50" (signed, no grouping): the truth's and the reconcile documents' writing. */
export function major(v) {
  const s = v < 0 ? '-' : '';
  const a = Math.abs(v);
  return `${s}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** minor → "1,234.50" (unsigned magnitude, thousands grouped): how most statements print money. */
export function grouped(v) {
  const a = Math.abs(v);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const ymd = (d) => d.split('-').map(Number);
export const dmy = (d, sep = '/') => {
  const [y, m, dd] = ymd(d);
  return `${String(dd).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const mdy = (d) => {
  const [y, m, dd] = ymd(d);
  return `${String(m).padStart(2, '0')}/${String(dd).padStart(2, '0')}/${y}`;
};
export const mdyShort = (d) => {
  const [y, m, dd] = ymd(d);
  return `${m}/${dd}/${y}`;
};
export const dMonY = (d, sep = '-') => {
  const [y, m, dd] = ymd(d);
  return `${String(dd).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
/** Day of week, 0 = Sunday. */
export const weekday = (d) => {
  const [y, m, dd] = ymd(d);
  return new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
};
/** Excel's 1900-system serial of a date. */
export const serial = (d) => {
  const [y, m, dd] = ymd(d);
  return Date.UTC(y, m - 1, dd) / 86400000 + 25569;
};
export const addDays = (d, n) => {
  const [y, m, dd] = ymd(d);
  return new Date(Date.UTC(y, m - 1, dd + n)).toISOString().slice(0, 10);
};

/** One CSV cell: quoted when it must be, or always when `quoteAll`. */
function cell(v, quoteAll) {
  const s = v === null || v === undefined ? '' : String(v);
  if (quoteAll || /[",\r\n]/.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** Rows (arrays) → CSV text; `eol` "\r\n" for exports written on Windows servers, `bom` for Excel-minded ones. */
export function toCsv(rows, { eol = '\n', bom = false, quoteAll = false, sep = ',' } = {}) {
  const body = rows.map((r) => r.map((v) => cell(v, quoteAll)).join(sep)).join(eol) + eol;
  return (bom ? '\ufeff' : '') + body;
}

/**
 * Rows → an XLSX workbook buffer. A cell given as `{ date: 'YYYY-MM-DD' }` becomes a real date cell (serial number
 * with a day-first format), `{ n: 1234.5 }` a number cell with two decimals; anything else is text. Document
 * properties are fixed so the bytes do not depend on the day the generator runs.
 */
export function toXlsx(rows, sheetName, { dateFormat = 'dd/mm/yyyy', widths = [] } = {}) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((v, ci) => {
      if (v === null || v === undefined || v === '') return;
      const ref = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof v === 'object' && 'date' in v) ws[ref] = { t: 'n', v: serial(v.date), z: dateFormat };
      else if (typeof v === 'object' && 'n' in v) ws[ref] = { t: 'n', v: v.n, z: '#,##0.00' };
      else ws[ref] = { t: 's', v: String(v) };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths.length) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { Title: sheetName, Author: 'Statement', CreatedDate: new Date(Date.UTC(2025, 0, 1)) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// Decision constructors: what a bank line is. `ledger` lists book-row keys of the set file.
const base = (decision, extra) => ({
  decision,
  ledger: [],
  group: null,
  evidence: 'amount',
  kind: null,
  partner: null,
  traits: [],
  mustNotAuto: false,
  decoy: null,
  note: null,
  ...extra,
});
/** The line should be confirmed with these book rows. */
export const auto = (ledger, evidence, traits = [], extra = {}) => base('auto', { ledger, evidence, traits, ...extra });
/** A person should decide (part payment, withholding, over-payment); the right rows are given. */
export const suggest = (ledger, evidence, traits = [], extra = {}) =>
  base('suggest', { ledger, evidence, traits, ...extra });
/** The bank's own charge, levy or tax: no book row. */
export const bankOnly = (kind, traits = []) => base('bank-only', { kind, traits });
/** A genuine transaction the books do not hold (or a decoy whose tempting row is another's). */
export const none = (evidence, traits = [], extra = {}) => base('none', { evidence, traits, ...extra });
/** A failed transfer or its reversal; `partner` is the other line's key. */
export const reversal = (partner) => base('reversal-pair', { partner, traits: ['reversal-pair'] });
