// Shared helpers of the holdout55 generator: seeded draws, money held as integer minor units, date text, CSV/XLSX.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import XLSX from 'xlsx';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random digits as text (ids, session numbers): never used for money. */
export const digits = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

/** '-1,234.56' → -123456; written by hand as decimal strings so no float ever carries money. */
export function minor(text) {
  const s = text.trim();
  const neg = s.startsWith('-');
  const [whole, frac = ''] = s.replace(/[-,\s]/g, '').split('.');
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(frac)) throw new Error(`bad amount ${text}`);
  const v = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return neg ? -v : v;
}

/** Signed plain decimal string in major units ("-1234.56"), as truth and reconcile files write money. */
export function major(v) {
  const a = Math.abs(v);
  return `${v < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Unsigned grouped text: grouped(123456789) = "1,234,567.89"; German: { thou: '.', dec: ',' }. */
export function grouped(v, { thou = ',', dec = '.' } = {}) {
  const a = Math.abs(v);
  const w = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  return `${w}${dec}${String(a % 100).padStart(2, '0')}`;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const parts = (iso) => iso.split('-').map(Number);
export const dMonY = (iso, sep = '-') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${MON[m - 1]}${sep}${y}`;
};
export const dmy = (iso, sep = '/') => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
};
export const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
/** An Excel date cell holding the business date (UTC midnight, so no zone shifts the day). */
export const dateCell = (iso) => {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
};

export function csvText(rows, sep = ',') {
  const cell = (c) => {
    const s = c === null || c === undefined ? '' : String(c);
    return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(sep)).join('\r\n') + '\r\n';
}

export function writeOut(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** A one-sheet workbook; dates are real date cells, money real numbers (from minor units, two decimals). */
export function xlsxBytes(sheetName, rows, { dateFormat = 'dd/mm/yyyy', moneyFormat = '#,##0.00' } = {}) {
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: dateFormat });
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const c = ws[key];
    if (c.t === 'd') c.z = dateFormat;
    else if (c.t === 'n') c.z = moneyFormat;
  }
  const wb = XLSX.utils.book_new();
  wb.Props = { Title: sheetName, CreatedDate: new Date(Date.UTC(2035, 0, 1)) };
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** Money as a spreadsheet number: minor units / 100 is exact enough at two decimals for a cell's display. */
export const cellMoney = (v) => (v === 0 ? null : Math.abs(v) / 100);
