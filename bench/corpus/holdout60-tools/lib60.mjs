// Draws, money and date text, CSV/XLSX writers and the numbers a text carries, for make-holdout60.mjs.
import * as XLSX from 'xlsx';

/** mulberry32: a small seeded generator, so the same seed writes the same bytes. */
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

/** n random digits from the draw. */
export const digits = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
export const pick = (rng, list) => list[Math.floor(rng() * list.length)];

// ---- money: amounts are written by hand as decimal strings and held as integer minor units

export function toMinor(s) {
  const m = /^([+-]?)(\d+)(?:\.(\d{2}))?$/.exec(String(s).trim());
  if (!m) throw new Error(`bad amount ${s}`);
  const v = Number(m[2]) * 100 + Number(m[3] ?? '0');
  return m[1] === '-' ? -v : v;
}
/** "-1470.85" style, as the truth and the reconcile documents write amounts. */
export function major(minor) {
  const sign = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
/** Unsigned with a thousands separator and a decimal mark, as exports print money. */
export function grouped(minor, { thousands = ',', decimal = '.' } = {}) {
  const a = Math.abs(minor);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole}${decimal}${String(a % 100).padStart(2, '0')}`;
}
export const signedGrouped = (minor, opts) => (minor < 0 ? '-' : '') + grouped(minor, opts);

// ---- dates (business dates, ISO yyyy-mm-dd)

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (iso) => iso.split('-').map(Number);
export const weekday = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
export const isWeekend = (iso) => [0, 6].includes(weekday(iso));
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return [String(d).padStart(2, '0'), String(m).padStart(2, '0'), y].join(sep);
};
export const dMonY = (iso, sep = '-', upper = false) => {
  const [y, m, d] = parts(iso);
  const mon = upper ? MON[m - 1].toUpperCase() : MON[m - 1];
  return [String(d).padStart(2, '0'), mon, y].join(sep);
};
export const ymdSlash = (iso) => iso.replaceAll('-', '/');
/** Excel's serial day number (1900 system) of a business date. */
export const excelSerial = (iso) => {
  const [y, m, d] = parts(iso);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};
export const daysInPeriod = (from, to) => {
  const out = [];
  const [y, m, d] = parts(from);
  for (let t = Date.UTC(y, m - 1, d); ; t += 86400000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    out.push(iso);
    if (iso === to) return out;
  }
};

// ---- writers

/** One CSV line; a cell is quoted only when it holds the delimiter, a quote or a line break. */
export function csvLine(cells, delimiter = ',') {
  return cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      return s.includes(delimiter) || s.includes('"') || /[\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(delimiter);
}
export function csvText(rows, { delimiter = ',', eol = '\n', bom = false } = {}) {
  return (bom ? '\ufeff' : '') + rows.map((r) => csvLine(r, delimiter)).join(eol) + eol;
}

/**
 * An XLSX workbook of one sheet from rows of cells: a string, null, or a typed cell — { n, z } a number with its
 * format, { date, z } a business date written as a real date cell.
 */
export function xlsxBuffer(rows, sheetName, widths) {
  const ws = {};
  let maxC = 0;
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || c === undefined || c === '') return;
      const addr = XLSX.utils.encode_cell({ r: ri, c: ci });
      if (typeof c === 'string') ws[addr] = { t: 's', v: c };
      else if (typeof c === 'number') ws[addr] = { t: 'n', v: c };
      else if (c.date) ws[addr] = { t: 'n', v: excelSerial(c.date), z: c.z ?? 'dd/mm/yyyy' };
      else ws[addr] = { t: 'n', v: c.n, z: c.z ?? '#,##0.00' };
      maxC = Math.max(maxC, ci);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
  if (widths) ws['!cols'] = widths.map((wch) => ({ wch }));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

// ---- the numbers a text carries (for the reference-evidence check)

/**
 * Every number of three digits or more in a text, leading zeros aside: as written, and with separators between
 * digit groups removed ("5415 0123 456" → 54150123456, "KTL/24/0595" → 240595 and 595).
 */
export function numbersIn(text) {
  const out = new Set();
  const add = (run) => {
    const n = run.replace(/^0+/, '');
    if (n.length >= 3) out.add(n);
  };
  for (const run of String(text).match(/\d+/g) ?? []) add(run);
  const joined = String(text).replace(/(\d)[\s\-/.]+(?=\d)/g, '$1');
  for (const run of joined.match(/\d+/g) ?? []) add(run);
  return out;
}
/** True when the two texts share a number (one containing the other counts: "595" in "240595"). */
export function shareNumber(a, b) {
  const na = numbersIn(a);
  const nb = numbersIn(b);
  for (const x of na) for (const y of nb) if (x === y || x.includes(y) || y.includes(x)) return true;
  return false;
}
